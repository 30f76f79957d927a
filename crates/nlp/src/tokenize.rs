//! Tokeniser and sentence splitter (placeholder until the tokeniser lands:
//! whitespace tokens, one sentence).

use crate::doc::{Doc, Sentence, Token};

/// Splits `text` into tokens and sentences with character offsets.
pub fn tokenize(text: &str) -> Doc {
    let mut tokens = Vec::new();
    let mut start = None;
    let chars: Vec<char> = text.chars().collect();
    for (i, c) in chars.iter().enumerate() {
        if c.is_whitespace() {
            if let Some(s) = start.take() {
                tokens.push(Token {
                    text: chars[s..i].iter().collect(),
                    start: s,
                    end: i,
                    space_after: true,
                    ..Default::default()
                });
            }
        } else if start.is_none() {
            start = Some(i);
        }
    }
    if let Some(s) = start {
        tokens.push(Token {
            text: chars[s..].iter().collect(),
            start: s,
            end: chars.len(),
            ..Default::default()
        });
    }
    let sentences = if tokens.is_empty() {
        vec![]
    } else {
        vec![Sentence {
            tokens: 0..tokens.len(),
            start: tokens[0].start,
            end: tokens.last().unwrap().end,
        }]
    };
    Doc {
        text: text.to_string(),
        tokens,
        sentences,
        entities: vec![],
    }
}
