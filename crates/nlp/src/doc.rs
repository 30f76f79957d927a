//! The analysed document that flows through every NLP stage.
//!
//! Offsets are Unicode character (code point) offsets into `Doc::text`, the
//! article text exactly as read; every stage keeps them.

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
    /// Universal POS tag (`NOUN`, `VERB`, ...), empty before tagging.
    pub upos: String,
    /// Penn Treebank tag (`NN`, `VBD`, ...), empty before tagging.
    pub xpos: String,
    /// Head token index within the document (`None` for the root or before parsing).
    pub head: Option<usize>,
    /// Universal Dependencies relation to the head (`nsubj`, `obj`, `root`, ...).
    pub deprel: String,
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

/// An analysed text.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Doc {
    pub text: String,
    pub tokens: Vec<Token>,
    pub sentences: Vec<Sentence>,
    pub entities: Vec<EntitySpan>,
}

impl Doc {
    /// The tokens of sentence `i`.
    pub fn sentence_tokens(&self, i: usize) -> &[Token] {
        &self.tokens[self.sentences[i].tokens.clone()]
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

    /// Dependents of token `t`, in order.
    pub fn children(&self, t: usize) -> impl Iterator<Item = usize> + '_ {
        let range = self
            .sentence_of(t)
            .map(|s| self.sentences[s].tokens.clone())
            .unwrap_or(0..0);
        range.filter(move |&c| self.tokens[c].head == Some(t))
    }
}
