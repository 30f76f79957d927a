//! CoNLL04 (Roth & Yih 2004) in the JSON of SpERT (Eberts & Ulges 2020):
//! one object per sentence with its tokens, entities (token spans typed
//! Peop, Org, Loc or Other) and relations (between entity indices).
//! Sentences become texts by joining their tokens with single spaces, so a
//! gold span has a character span in the text the pipeline analyses.

use crate::doc::{Doc, EntitySpan};
use serde::Deserialize;
use std::ops::Range;
use std::path::Path;

#[derive(Debug, Clone, Deserialize)]
pub struct Entity {
    #[serde(rename = "type")]
    pub kind: String,
    pub start: usize,
    pub end: usize,
}

#[derive(Debug, Clone, Deserialize)]
pub struct Relation {
    #[serde(rename = "type")]
    pub kind: String,
    pub head: usize,
    pub tail: usize,
}

/// One annotated sentence.
#[derive(Debug, Clone, Deserialize)]
pub struct Sentence {
    pub tokens: Vec<String>,
    pub entities: Vec<Entity>,
    pub relations: Vec<Relation>,
}

/// Reads a SpERT JSON file, checking that every span and index is in range.
pub fn read(path: &Path) -> Result<Vec<Sentence>, String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    let sentences: Vec<Sentence> = serde_json::from_str(&text).map_err(|e| {
        format!(
            "{}:{}:{}: not CoNLL04 JSON (a list of {{tokens, entities, relations}}): {e}",
            path.display(),
            e.line(),
            e.column()
        )
    })?;
    for (i, s) in sentences.iter().enumerate() {
        let bad = |what: &str| Err(format!("{}: sentence {}: {what}", path.display(), i + 1));
        if s.entities
            .iter()
            .any(|e| e.start >= e.end || e.end > s.tokens.len())
        {
            return bad("an entity span lies outside the sentence");
        }
        if s.relations
            .iter()
            .any(|r| r.head >= s.entities.len() || r.tail >= s.entities.len())
        {
            return bad("a relation names an entity that is not listed");
        }
    }
    Ok(sentences)
}

/// The NER label of a CoNLL04 entity type (`Peop` -> `PER`).
pub fn ner_label(kind: &str) -> &'static str {
    match kind {
        "Peop" => "PER",
        "Org" => "ORG",
        "Loc" => "LOC",
        _ => "MISC",
    }
}

impl Sentence {
    /// The text the pipeline analyses: the tokens joined by spaces.
    pub fn text(&self) -> String {
        self.tokens.join(" ")
    }

    /// The character span of entity `i` in [`Sentence::text`].
    pub fn char_span(&self, i: usize) -> (usize, usize) {
        let e = &self.entities[i];
        let start: usize = self.tokens[..e.start]
            .iter()
            .map(|t| t.chars().count() + 1)
            .sum();
        let len: usize = self.tokens[e.start..e.end]
            .iter()
            .map(|t| t.chars().count() + 1)
            .sum::<usize>()
            - 1;
        (start, start + len)
    }

    /// The gold relations as `(type name, head span, tail span)` in characters.
    pub fn gold(&self) -> Vec<super::score::Scored> {
        self.relations
            .iter()
            .map(|r| {
                (
                    r.kind.clone(),
                    self.char_span(r.head),
                    self.char_span(r.tail),
                )
            })
            .collect()
    }

    /// The gold entities as entity spans of `doc` (the analysis of
    /// [`Sentence::text`]), `None` for one whose edges are not token edges
    /// of `doc`.
    pub fn entity_spans(&self, doc: &Doc) -> Vec<Option<EntitySpan>> {
        (0..self.entities.len())
            .map(|i| {
                let (start, end) = self.char_span(i);
                let tokens = token_range(doc, start, end)?;
                Some(EntitySpan {
                    tokens,
                    label: ner_label(&self.entities[i].kind).to_string(),
                    start,
                    end,
                })
            })
            .collect()
    }
}

/// The tokens of `doc` from the one that starts at `start` to the one that
/// ends at `end`.
fn token_range(doc: &Doc, start: usize, end: usize) -> Option<Range<usize>> {
    let first = doc.tokens.iter().position(|t| t.start == start)?;
    let last = doc.tokens[first..].iter().position(|t| t.end == end)? + first;
    Some(first..last + 1)
}
