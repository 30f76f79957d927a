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

    /// The character span `span` of [`Sentence::text`] widened to the
    /// edges of the tokens it touches.
    pub fn snap(&self, span: (usize, usize)) -> (usize, usize) {
        let (mut start, mut end) = span;
        let mut at = 0;
        for t in &self.tokens {
            let len = t.chars().count();
            if at <= span.0 && span.0 < at + len {
                start = at;
            }
            if at < span.1 && span.1 <= at + len {
                end = at + len;
            }
            at += len + 1;
        }
        (start, end)
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
    /// [`Sentence::text`]): the tokens of `doc` they overlap, and their own
    /// character spans; `None` for one that covers no token.
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

/// The tokens of `doc` that overlap characters `start..end`, but for a
/// final punctuation token the data glues to a word ("Ethiopia." is one
/// data token and two of ours).
fn token_range(doc: &Doc, start: usize, end: usize) -> Option<Range<usize>> {
    let first = doc
        .tokens
        .iter()
        .position(|t| t.end > start && t.start < end)?;
    let mut last = doc.tokens[first..]
        .iter()
        .take_while(|t| t.start < end)
        .count()
        + first;
    let punct = |t: &crate::doc::Token| t.text.chars().all(|c| c.is_ascii_punctuation());
    while last > first + 1 && punct(&doc.tokens[last - 1]) {
        last -= 1;
    }
    Some(first..last)
}
