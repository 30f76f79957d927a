//! Tokeniser and sentence splitter: raw text to a [`Doc`] of tokens and
//! sentences, following Universal Dependencies English EWT tokenisation so
//! that the tagger and parser see words as they were trained on.
//!
//! Tokens are EWT's syntactic words: clitics are split ("ca" "n't", "I" "'m",
//! "Bush" "'s"), hyphens between words are split off except after prefixes
//! EWT keeps ("e-mail"), abbreviations keep their period ("Co.", "U.S."),
//! numbers, dates, times, URLs and e-mail addresses stay whole. Every token's
//! `start..end` are char offsets that slice the text back to `token.text`.
//!
//! - [`scanner`]: text to token spans.
//! - [`sentences`]: token spans to sentences.
//! - [`lexicon`]: the word lists both consult.

pub mod lexicon;
mod links;
pub mod scanner;
pub mod sentences;

use crate::doc::{Doc, Sentence, Token};

/// Splits `text` into tokens and sentences with character offsets.
pub fn tokenize(text: &str) -> Doc {
    let chars: Vec<char> = text.chars().collect();
    let mut spans = Vec::with_capacity(chars.len() / 4 + 1);
    scanner::scan(&chars, &mut spans);
    let ranges = sentences::split(&chars, &mut spans);

    // Byte offset of each char (and of the end), to slice token texts.
    let bytes: Option<Vec<usize>> = (!text.is_ascii()).then(|| {
        text.char_indices()
            .map(|(b, _)| b)
            .chain(std::iter::once(text.len()))
            .collect()
    });
    let byte = |c: usize| bytes.as_ref().map_or(c, |b| b[c]);

    let tokens: Vec<Token> = spans
        .iter()
        .map(|&(s, e)| Token {
            text: text[byte(s)..byte(e)].to_string(),
            start: s,
            end: e,
            space_after: e < chars.len() && chars[e].is_whitespace(),
            ..Default::default()
        })
        .collect();
    let sentences = ranges
        .into_iter()
        .map(|r| Sentence {
            start: spans[r.start].0,
            end: spans[r.end - 1].1,
            tokens: r,
        })
        .collect();
    Doc {
        text: text.to_string(),
        tokens,
        sentences,
        ..Doc::default()
    }
}

#[cfg(test)]
mod tests;
#[cfg(test)]
mod tests_sentences;
