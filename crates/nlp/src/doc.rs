//! The analysed document that flows through every NLP stage.
//!
//! Offsets are Unicode character (code point) offsets into `Doc::text`, the
//! article text exactly as read; every stage keeps them.

use crate::tags::{DepRel, Upos};

/// One token. `start..end` are character offsets into the document text.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Token {
    /// The token's text as it appears in the document.
    pub text: String,
    pub start: usize,
    pub end: usize,
    /// Whitespace follows the token in the original text.
    pub space_after: bool,
    pub lemma: String,
    /// Universal POS tag (`X` before tagging).
    pub upos: Upos,
    /// Penn Treebank tag (`NN`, `VBD`, ...), empty before tagging.
    pub xpos: String,
    /// Head token index within the document (`None` for the root or before parsing).
    pub head: Option<usize>,
    /// Universal Dependencies relation to the head (`dep` before parsing).
    pub deprel: DepRel,
}

/// A sentence: tokens `tokens.start..tokens.end` of the document.
#[derive(Debug, Clone, PartialEq)]
pub struct Sentence {
    pub tokens: std::ops::Range<usize>,
    /// Character span of the sentence in the document text.
    pub start: usize,
    pub end: usize,
}

/// A named-entity span over tokens `tokens.start..tokens.end`.
#[derive(Debug, Clone, PartialEq)]
pub struct EntitySpan {
    pub tokens: std::ops::Range<usize>,
    /// CoNLL-2003 label: `PER`, `ORG`, `LOC` or `MISC`.
    pub label: String,
    /// Character span in the document text.
    pub start: usize,
    pub end: usize,
}

/// An attributed statement: its content, the cue that attributes it and
/// its source, as token ranges (the attribution model's layer).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct AttributionSpan {
    /// The content: from its first piece to its last.
    pub content: std::ops::Range<usize>,
    pub cue: Option<std::ops::Range<usize>>,
    pub source: Option<std::ops::Range<usize>>,
    /// How often the cue's lemma was a cue in the model's training data,
    /// from 0 (never, or no cue) through 1 (under 10% of its occurrences),
    /// 2 (under 30%), 3 (under 60%) to 4 (mostly).
    pub cue_rate: u8,
}

/// An analysed text.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Doc {
    pub text: String,
    pub tokens: Vec<Token>,
    pub sentences: Vec<Sentence>,
    pub entities: Vec<EntitySpan>,
    /// Attributed statements (empty before the attribution model runs).
    pub attributions: Vec<AttributionSpan>,
    /// Typed relations between entities (empty before the relation
    /// classifier runs).
    pub typed_relations: Vec<crate::typed::TypedRelation>,
    /// Per token, the noun a third-person pronoun stands for (empty before
    /// the pronoun resolver runs; `None` for all but pronouns).
    pub antecedents: Vec<Option<usize>>,
    /// Per token, the path of its word's cluster (`ner::clusters`; 0 for
    /// a word without one; empty before the NER runs).
    pub clusters: Vec<u32>,
    /// Per token, the type of the mention a common noun heads, an index
    /// into [`crate::mention_type::CLASSES`] (empty before the mention
    /// typer runs; `None` for all but common nouns).
    pub noun_types: Vec<Option<u8>>,
    /// The tagger has run (tags are meaningful).
    pub tagged: bool,
    /// Each token's dependents in order, built by [`Doc::index_children`]
    /// once heads are set (empty before parsing).
    pub(crate) child_index: Vec<Vec<usize>>,
}

impl Doc {
    /// The entities that lie within tokens `r`, found by binary search:
    /// `entities` are in text order and do not overlap (the NER writes them
    /// so), which keeps lookups in long documents from growing with the
    /// number of entities.
    pub fn entities_within(&self, r: std::ops::Range<usize>) -> &[EntitySpan] {
        let from = self.entities.partition_point(|e| e.tokens.start < r.start);
        let to = from + self.entities[from..].partition_point(|e| e.tokens.end <= r.end);
        &self.entities[from..to]
    }

    /// The entity that holds token `t`, if any (binary search, as
    /// [`Doc::entities_within`]).
    pub fn entity_at(&self, t: usize) -> Option<&EntitySpan> {
        let i = self.entities.partition_point(|e| e.tokens.end <= t);
        self.entities.get(i).filter(|e| e.tokens.contains(&t))
    }

    /// The tokens of sentence `i`.
    pub fn sentence_tokens(&self, i: usize) -> &[Token] {
        &self.tokens[self.sentences[i].tokens.clone()]
    }

    /// Per token: whether it opens a paragraph (the first token, or a line
    /// break or paragraph separator between it and the token before).
    pub fn paragraph_starts(&self) -> Vec<bool> {
        let mut breaks = Vec::new();
        for (i, c) in self.text.chars().enumerate() {
            if c == '\n' || c == '\u{2029}' {
                breaks.push(i);
            }
        }
        let mut out = vec![false; self.tokens.len()];
        let mut b = 0;
        let mut prev_end = 0;
        for (i, t) in self.tokens.iter().enumerate() {
            while b < breaks.len() && breaks[b] < prev_end {
                b += 1;
            }
            out[i] = i == 0 || (b < breaks.len() && breaks[b] < t.start);
            prev_end = t.end;
        }
        out
    }

    /// The sentence that contains token `t`.
    pub fn sentence_of(&self, t: usize) -> Option<usize> {
        self.sentences
            .binary_search_by(|s| {
                if t < s.tokens.start {
                    std::cmp::Ordering::Greater
                } else if t >= s.tokens.end {
                    std::cmp::Ordering::Less
                } else {
                    std::cmp::Ordering::Equal
                }
            })
            .ok()
    }

    /// Builds the dependents list of every token from the heads; whatever
    /// sets or changes heads (the parser, a repair) calls it.
    pub fn index_children(&mut self) {
        let mut index = vec![Vec::new(); self.tokens.len()];
        for (c, tok) in self.tokens.iter().enumerate() {
            if let Some(h) = tok.head.filter(|&h| h < index.len()) {
                index[h].push(c);
            }
        }
        self.child_index = index;
    }

    /// True once [`Doc::index_children`] has run on the current tokens.
    pub fn is_parsed(&self) -> bool {
        !self.tokens.is_empty() && self.child_index.len() == self.tokens.len()
    }

    /// Dependents of token `t`, in order (none before parsing).
    pub fn children(&self, t: usize) -> impl Iterator<Item = usize> + '_ {
        self.child_index
            .get(t)
            .map(Vec::as_slice)
            .unwrap_or(&[])
            .iter()
            .copied()
    }
}
