//! The `Article`: what every reader produces and every later stage consumes.

use std::ops::Range;

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
}

impl Article {
    /// `text` with everything outside `body` blanked (spaces; line breaks
    /// kept), so that analysing it yields offsets into `text` itself.
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
            .map(|(c, k)| if k || c == '\n' { c } else { ' ' })
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
