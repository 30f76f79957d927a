//! Sentence splitting over scanned token spans.
//!
//! A sentence ends:
//! - after `.`, `!`, `?`, `...` (with the closing quotes and brackets glued
//!   to it, and footnote marks "[6]") when the next token starts with a
//!   capital, a digit, a currency sign or an opening quote or bracket (after
//!   a single mark not inside quotes, also a lowercase word, as EWT does);
//!   this also splits sentences glued without a space ("espionage.According");
//! - after an abbreviation or initial that kept its period ("Co.", "U.S.",
//!   "M.") only when the next word clearly starts a sentence ("The", "He"),
//!   and never after a title ("Mr.", "Gov.");
//! - at a paragraph break (a blank line, or a paragraph separator U+2029,
//!   which is what an article's analysis text has between its body
//!   paragraphs), always;
//! - at a line break, unless the next line continues the sentence in
//!   lowercase or the line ends with a word such as "the" or "of" (so
//!   headlines, datelines and time stamps are sentences, but text
//!   wrapped mid-sentence is not cut).
//!
//! As in EWT, an abbreviation that ends a sentence gives up its period to a
//! token of its own ("etc" "."), so the token spans are rewritten here too.

use super::lexicon;
use super::scanner::{is_abbreviation, Span};
use std::ops::Range;

/// Splits `spans` (tokens of `chars`) into sentences, as token index ranges.
/// An abbreviation ending a sentence is split from its period in `spans`.
pub fn split(chars: &[char], spans: &mut Vec<Span>) -> Vec<Range<usize>> {
    let n = spans.len();
    let mut out: Vec<Span> = Vec::with_capacity(n + n / 64 + 1);
    let mut sentences = Vec::new();
    let mut start = 0;
    let mut k = 0;
    while k < n {
        let next_of = |m: usize| spans.get(m + 1).copied();
        let kind = ending(chars, spans[k], next_of(k));
        let mut end = k;
        if kind != Ending::None {
            // Closing quotes and brackets glued to the mark belong to it.
            while end + 1 < n
                && spans[end + 1].0 == spans[end].1
                && is_closer(chars[spans[end + 1].0])
            {
                end += 1;
            }
        }
        let closed = end > k;
        if kind == Ending::Final {
            // So do footnote references ("... in 1805. [6]").
            while let Some(len) = footnote_len(chars, &spans[end + 1..]) {
                end += len;
            }
        }
        let next = next_of(end);
        let mut boundary = match (kind, next) {
            (_, None) => true,
            (Ending::Final, Some(nx)) => {
                let single = spans[k].1 - spans[k].0 == 1;
                let lone_period = single && chars[spans[k].0] == '.';
                opens_after_final(chars, nx, single && !closed)
                    && !(lone_period && is_list_marker(chars, &out[start..], spans[k]))
            }
            (Ending::Abbreviation, Some(nx)) => starts_sentence(chars, spans[k], nx),
            (Ending::Title | Ending::None, Some(_)) => false,
        };
        if let (false, Some(nx)) = (boundary, next) {
            let newlines = line_breaks(&chars[spans[end].1..nx.0]);
            boundary = newlines >= 2
                || (newlines == 1 && !chars[nx.0].is_lowercase() && !runs_on(chars, spans[end]));
        }
        for (m, &span) in spans[k..=end].iter().enumerate() {
            if m == 0 && boundary && kind == Ending::Abbreviation {
                out.push((span.0, span.1 - 1));
                out.push((span.1 - 1, span.1));
            } else {
                out.push(span);
            }
        }
        if boundary {
            sentences.push(start..out.len());
            start = out.len();
        }
        k = end + 1;
    }
    *spans = out;
    sentences
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Ending {
    /// Not a sentence end.
    None,
    /// `.`, `!`, `?`, `...`.
    Final,
    /// An abbreviation or initial with its period.
    Abbreviation,
    /// A title such as "Mr.": never ends a sentence.
    Title,
}

/// `w` as ASCII text in `buf`.
fn ascii<'a>(w: &[char], buf: &'a mut [u8]) -> Option<&'a str> {
    if w.len() > buf.len() || !w.iter().all(|c| c.is_ascii()) {
        return None;
    }
    for (b, &c) in buf.iter_mut().zip(w) {
        *b = c as u8;
    }
    std::str::from_utf8(&buf[..w.len()]).ok()
}

/// What kind of sentence end the token `(s, e)` can be.
fn ending(chars: &[char], (s, e): Span, next: Option<Span>) -> Ending {
    let w = &chars[s..e];
    if w.iter().all(|&c| matches!(c, '.' | '!' | '?' | '…')) {
        return Ending::Final;
    }
    if w.len() < 2 || w[w.len() - 1] != '.' || !is_abbreviation(chars, s, e - 1) {
        return Ending::None;
    }
    let mut buf = [0u8; 8];
    match ascii(&w[..w.len() - 1], &mut buf) {
        Some(t) if lexicon::is_title(t) => Ending::Title,
        // "No. 5" but "No. I didn't".
        Some("No") if next.is_some_and(|(a, _)| chars[a].is_ascii_digit() || chars[a] == '#') => {
            Ending::Title
        }
        _ => Ending::Abbreviation,
    }
}

/// A line ending with this token goes on at the next line (a text wrapped
/// mid-sentence): a lowercase word that cannot end a sentence. (Not a comma:
/// "Regards,\nJane" are two.)
fn runs_on(chars: &[char], (s, e): Span) -> bool {
    let mut buf = [0u8; 8];
    let w = &chars[s..e];
    ascii(w, &mut buf).is_some_and(lexicon::is_run_on_word)
}

/// The number of line breaks in `gap` (`\n`, `\r\n`, a lone `\r`, or a
/// Unicode line separator), a paragraph separator (U+2029) counting as two:
/// a paragraph break.
fn line_breaks(gap: &[char]) -> usize {
    gap.iter()
        .enumerate()
        .map(|(i, &c)| match c {
            '\u{2029}' => 2,
            '\n' | '\u{2028}' => 1,
            '\r' if gap.get(i + 1) != Some(&'\n') => 1,
            _ => 0,
        })
        .sum()
}

/// The tokens at the start of `spans` are a footnote reference `[12]`: their
/// number.
fn footnote_len(chars: &[char], spans: &[Span]) -> Option<usize> {
    let [open, num, close, ..] = spans else {
        return None;
    };
    let digits = &chars[num.0..num.1];
    (chars[open.0] == '['
        && open.1 == num.0
        && num.1 == close.0
        && chars[close.0] == ']'
        && digits.len() <= 3
        && digits.iter().all(|c| c.is_ascii_digit()))
    .then_some(3)
}

fn is_closer(c: char) -> bool {
    matches!(c, '"' | '”' | '’' | '\'' | ')' | ']' | '}' | '»')
}

/// After `.`, `!`, `?`: the next token opens a sentence when it starts with
/// a capital, a digit, a currency sign or an opening quote or bracket; after
/// a single mark with no closing quote, a lowercase word does too (sloppy
/// writing: EWT ends the sentence there), but never a comma or another mark
/// (". . .", "!)"), and not the lowercase word after `?"` ("he asked").
fn opens_after_final(chars: &[char], (s, _): Span, single_mark: bool) -> bool {
    let c = chars[s];
    if c.is_lowercase() {
        return single_mark;
    }
    c.is_alphanumeric()
        || matches!(
            c,
            '"' | '“'
                | '‘'
                | '\''
                | '('
                | '['
                | '`'
                | '«'
                | '¿'
                | '¡'
                | '$'
                | '£'
                | '€'
                | '#'
                | '@'
        )
}

/// The sentence so far (`tokens`, already emitted) is only a list marker
/// glued to the period (`period`): "1.", "*2.", "(a).".
fn is_list_marker(chars: &[char], tokens: &[Span], period: Span) -> bool {
    let Some(&(ls, le)) = tokens.last() else {
        return false;
    };
    le == period.0
        && tokens.len() <= 2
        && tokens.iter().all(|&(s, e)| {
            let w = &chars[s..e];
            (w.len() <= 3 && w.iter().all(|c| c.is_ascii_digit()))
                || (w.len() == 1 && (w[0].is_alphabetic() || matches!(w[0], '*' | '(' | '#')))
        })
        && chars[ls..le].iter().all(|c| c.is_alphanumeric())
}

/// The token `nx` after the abbreviation `abbr` clearly opens a sentence: a
/// capitalised function word ("The", "He"), an opening quote, or any
/// capitalised word after "etc.".
fn starts_sentence(chars: &[char], (s, e): Span, (ns, ne): Span) -> bool {
    let w = &chars[ns..ne];
    if matches!(w[0], '“' | '"') {
        return true;
    }
    if w[0].is_uppercase() && chars[s..e] == ['e', 't', 'c', '.'] {
        return true;
    }
    let mut buf = [0u8; 16];
    ascii(w, &mut buf).is_some_and(lexicon::is_sentence_starter)
}
