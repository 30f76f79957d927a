//! A [`Doc`] made by hand: words with their tags, heads and relations, as a
//! parser would have left them. Rule tests build the exact parse a rule is
//! about with it, so they need neither the models nor a retrain-proof
//! sentence (spaCy tests its syntax iterators the same way).
//!
//! ```
//! use newsgraph_nlp::builder::DocBuilder;
//! use newsgraph_nlp::{DepRel, Upos};
//!
//! // heads are 1-based within the sentence, 0 for the root
//! let doc = DocBuilder::new()
//!     .sentence(&[
//!         ("Officials", "NOUN", 2, "nsubj"),
//!         ("worry", "VERB", 0, "root"),
//!     ])
//!     .lemma(1, "worry")
//!     .build();
//! assert_eq!(doc.tokens[0].upos, Upos::Noun);
//! assert_eq!(doc.tokens[0].deprel, DepRel::Nsubj);
//! assert_eq!(doc.children(1).collect::<Vec<_>>(), [0]);
//! assert_eq!(doc.text, "Officials worry");
//! ```

use crate::doc::{Doc, EntitySpan, Sentence, Token};
use crate::tags::{DepRel, Upos};

/// Builds a tagged and parsed [`Doc`]; words are separated by one space,
/// sentences by a line break, so character offsets are those of `doc.text`.
#[derive(Debug, Default)]
pub struct DocBuilder {
    doc: Doc,
}

impl DocBuilder {
    pub fn new() -> Self {
        DocBuilder::default()
    }

    /// Adds a sentence of `(word, UPOS, head, relation)`: `head` counts
    /// words of this sentence from 1, 0 marks the root. The lemma is the
    /// lower-cased word until [`DocBuilder::lemma`] says otherwise.
    ///
    /// Panics on an unknown tag or relation, or a head outside the
    /// sentence: a test's typo should fail loudly.
    pub fn sentence(mut self, words: &[(&str, &str, usize, &str)]) -> Self {
        let first = self.doc.tokens.len();
        if first > 0 {
            self.doc.text.push('\n');
        }
        let sentence_start = self.doc.text.chars().count();
        for (i, &(word, upos, head, rel)) in words.iter().enumerate() {
            if i > 0 {
                self.doc.text.push(' ');
            }
            let start = self.doc.text.chars().count();
            self.doc.text.push_str(word);
            assert!(
                head <= words.len(),
                "head {head} of {word:?} is outside the sentence"
            );
            self.doc.tokens.push(Token {
                text: word.to_string(),
                start,
                end: start + word.chars().count(),
                space_after: i + 1 < words.len(),
                lemma: word.to_lowercase(),
                upos: Upos::from_tag(upos).unwrap_or_else(|| panic!("unknown UPOS {upos:?}")),
                xpos: String::new(),
                head: head.checked_sub(1).map(|h| first + h),
                deprel: DepRel::from_tag(rel).unwrap_or_else(|| panic!("unknown relation {rel:?}")),
            });
        }
        self.doc.sentences.push(Sentence {
            tokens: first..self.doc.tokens.len(),
            start: sentence_start,
            end: self.doc.text.chars().count(),
        });
        self
    }

    /// Sets the lemma of token `t` (counted over the whole document).
    pub fn lemma(mut self, t: usize, lemma: &str) -> Self {
        self.doc.tokens[t].lemma = lemma.to_string();
        self
    }

    /// Sets the Penn Treebank tag of token `t`.
    pub fn xpos(mut self, t: usize, xpos: &str) -> Self {
        self.doc.tokens[t].xpos = xpos.to_string();
        self
    }

    /// Marks tokens `tokens` as a named entity (`PER`, `ORG`, `LOC`, `MISC`).
    pub fn entity(mut self, tokens: std::ops::Range<usize>, label: &str) -> Self {
        let start = self.doc.tokens[tokens.start].start;
        let end = self.doc.tokens[tokens.end - 1].end;
        self.doc.entities.push(EntitySpan {
            tokens,
            label: label.to_string(),
            start,
            end,
        });
        self.doc.entities.sort_by_key(|e| e.tokens.start);
        self
    }

    /// The document, tagged and parsed.
    pub fn build(mut self) -> Doc {
        self.doc.tagged = true;
        self.doc.index_children();
        self.doc
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paragraphs_start_after_a_line_break_or_a_separator() {
        // sentences of the builder are lines; a separator outside the body
        // ("\u{2029}") breaks a paragraph as a line feed does
        let mut doc = DocBuilder::new()
            .sentence(&[("ZPMC", "PROPN", 2, "nsubj"), ("makes", "VERB", 0, "root")])
            .sentence(&[("It", "PRON", 2, "nsubj"), ("grew", "VERB", 0, "root")])
            .build();
        assert_eq!(doc.paragraph_starts(), [true, false, true, false]);
        doc.text = doc.text.replace('\n', "\u{2029}");
        assert_eq!(doc.paragraph_starts(), [true, false, true, false]);
        doc.text = doc.text.replace('\u{2029}', " ");
        assert_eq!(doc.paragraph_starts(), [true, false, false, false]);
    }

    #[test]
    fn entity_lookups_by_binary_search_match_a_scan() {
        let words: Vec<(&str, &str, usize, &str)> = (0..12)
            .map(|i| {
                (
                    "W",
                    "PROPN",
                    if i == 0 { 0 } else { 1 },
                    if i == 0 { "root" } else { "dep" },
                )
            })
            .collect();
        let doc = DocBuilder::new()
            .sentence(&words)
            .entity(1..3, "PER")
            .entity(4..5, "ORG")
            .entity(7..10, "LOC")
            .build();
        for t in 0..12 {
            let scan = doc.entities.iter().find(|e| e.tokens.contains(&t));
            assert_eq!(
                doc.entity_at(t).map(|e| &e.tokens),
                scan.map(|e| &e.tokens),
                "{t}"
            );
        }
        for a in 0..12 {
            for b in a..=12 {
                let scan: Vec<_> = doc
                    .entities
                    .iter()
                    .filter(|e| a <= e.tokens.start && e.tokens.end <= b)
                    .map(|e| e.tokens.clone())
                    .collect();
                let found: Vec<_> = doc
                    .entities_within(a..b)
                    .iter()
                    .map(|e| e.tokens.clone())
                    .collect();
                assert_eq!(found, scan, "{a}..{b}");
            }
        }
    }

    #[test]
    fn offsets_heads_and_entities_are_those_of_the_text() {
        let doc = DocBuilder::new()
            .sentence(&[("ZPMC", "PROPN", 2, "nsubj"), ("makes", "VERB", 0, "root")])
            .sentence(&[("It", "PRON", 2, "nsubj"), ("grew", "VERB", 0, "root")])
            .entity(0..1, "ORG")
            .xpos(1, "VBZ")
            .build();
        assert_eq!(doc.text, "ZPMC makes\nIt grew");
        let it = &doc.tokens[2];
        assert_eq!((it.start, it.end, it.head), (11, 13, Some(3)));
        assert_eq!(doc.sentences[1].start, 11);
        assert_eq!(doc.children(3).collect::<Vec<_>>(), [2]);
        assert_eq!(doc.sentence_of(3), Some(1));
        assert_eq!(doc.entities[0].end, 4);
        assert_eq!(doc.tokens[1].xpos, "VBZ");
        assert!(doc.tagged && doc.is_parsed());
    }

    #[test]
    #[should_panic(expected = "unknown relation")]
    fn a_misspelt_relation_fails_loudly() {
        DocBuilder::new().sentence(&[("x", "NOUN", 0, "rot")]);
    }
}
