//! The `Article`: what every reader produces and every later stage consumes.

use std::ops::Range;

/// What [`Article::analysis_text`] puts for a line break outside the body.
pub const PARAGRAPH_SEPARATOR: char = '\u{2029}';

/// One news article as read, before analysis.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Article {
    /// Where it came from: a file path, `-` for stdin, with `#N` for the
    /// N-th article of a JSON array or JSON Lines file.
    pub source: String,
    pub url: Option<String>,
    pub title: String,
    /// Publication date, `YYYY-MM-DD`.
    pub published: Option<String>,
    pub publisher: Option<String>,
    /// The article text as read; every character offset newsgraph reports
    /// (mentions, sentences, statements) counts Unicode code points in it.
    pub text: String,
    /// Character ranges of `text` that hold the body to analyse, in order:
    /// metadata lines, repeated paragraphs and stray lines (a bare time
    /// stamp) are left out.
    pub body: Vec<Range<usize>>,
    /// Problems met reading it that did not stop the reading, each on one
    /// line, `PATH:LINE: what` (e.g. `a.txt:1: ignoring malformed date
    /// line (month 13 out of range)`); callers print them as warnings.
    pub warnings: Vec<String>,
}

impl Article {
    /// `text` with everything outside `body` blanked, so that analysing it
    /// yields offsets into `text` itself: each char outside the body becomes
    /// a space, except line breaks, which become paragraph separators
    /// (U+2029), one char for one. The sentence splitter always ends a
    /// sentence at a paragraph separator, so no sentence (and no mention)
    /// crosses from one body range into the next or into the title.
    pub fn analysis_text(&self) -> String {
        let mut keep = vec![false; self.text.chars().count()];
        for r in &self.body {
            for k in keep.iter_mut().take(r.end).skip(r.start) {
                *k = true;
            }
        }
        self.text
            .chars()
            .zip(keep)
            .map(|(c, k)| match c {
                _ if k => c,
                '\n' | '\u{2028}' | '\u{2029}' => PARAGRAPH_SEPARATOR,
                _ => ' ',
            })
            .collect()
    }

    /// The body paragraphs' text, joined by blank lines.
    pub fn body_text(&self) -> String {
        let chars: Vec<char> = self.text.chars().collect();
        self.body
            .iter()
            .map(|r| chars[r.clone()].iter().collect::<String>())
            .collect::<Vec<_>>()
            .join("\n\n")
    }
}
