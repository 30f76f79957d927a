//! newsgraph's readers: files, directories and stdin to [`Article`]s.
//!
//! This module owns the public reading API ([`read_inputs`], [`read_file`],
//! [`parse_str`]), the input [`Format`]s and the [`ReadError`]. The work is
//! split by job:
//!
//! - `source`: paths, directories (walked lazily, in sorted order) and stdin;
//! - `decode`: raw bytes to text (empty, binary and invalid UTF-8 input);
//! - `txt`, `html`, `json`: one reader per format;
//! - `paragraphs`: the text's lines grouped into paragraphs;
//! - `clean`: which paragraphs are body (no repeats, no stray lines);
//! - `date`: publication dates to `YYYY-MM-DD`.
//!
//! Offsets: every range in [`Article::body`] counts Unicode code points
//! (chars) of [`Article::text`].

mod clean;
pub(crate) mod date;
mod decode;
mod html;
mod json;
mod paragraphs;
mod source;
mod txt;

#[cfg(test)]
mod tests;
#[cfg(test)]
mod tests_plain;

use std::path::{Path, PathBuf};

pub use newsgraph_core::Article;

/// An input that cannot be read; displays as one line, `PATH: problem`.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{path}: {problem}")]
pub struct ReadError {
    /// The input as given (a path, `-` for stdin).
    pub path: String,
    /// What is wrong with it, in a few words.
    pub problem: String,
}

impl ReadError {
    pub(crate) fn new(path: impl Into<String>, problem: impl Into<String>) -> Self {
        ReadError {
            path: path.into(),
            problem: problem.into(),
        }
    }
}

/// An input format.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Format {
    /// Plain text: an optional `date YYYY-MM-DD URL` line, the title line
    /// (when the first line looks like a headline and body follows it; else
    /// the article is untitled), then the body.
    Txt,
    /// An HTML page.
    Html,
    /// One JSON article object, or an array of them.
    Json,
    /// JSON Lines: one article object per line.
    Jsonl,
}

impl Format {
    /// The format of a file name's extension (`txt`, `html`, `htm`, `xhtml`,
    /// `json`, `jsonl`, `ndjson`; any case), if it is one newsgraph reads.
    pub fn from_extension(ext: &str) -> Option<Format> {
        match ext.to_ascii_lowercase().as_str() {
            "txt" => Some(Format::Txt),
            "html" | "htm" | "xhtml" => Some(Format::Html),
            "json" => Some(Format::Json),
            "jsonl" | "ndjson" => Some(Format::Jsonl),
            _ => None,
        }
    }

    /// The format of a path, by its extension.
    pub fn from_path(path: &Path) -> Option<Format> {
        path.extension()
            .and_then(|e| e.to_str())
            .and_then(Format::from_extension)
    }

    /// The format of a text of unknown origin (stdin): JSON if it starts
    /// with `{` or `[` (JSON Lines if its first line is a whole JSON object
    /// and more lines follow), HTML if it starts with `<`, else plain text.
    pub fn sniff(text: &str) -> Format {
        let t = text.trim_start_matches(|c: char| c.is_whitespace() || c == '\u{feff}');
        match t.chars().next() {
            Some('[') => Format::Json,
            Some('{') => {
                let mut lines = t.lines().filter(|l| !l.trim().is_empty());
                let first = lines.next().unwrap_or("");
                let whole = serde_json::from_str::<serde_json::Value>(first)
                    .map(|v| v.is_object())
                    .unwrap_or(false);
                if whole && lines.next().is_some() {
                    Format::Jsonl
                } else {
                    Format::Json
                }
            }
            Some('<') => Format::Html,
            _ => Format::Txt,
        }
    }
}

/// Reads every input in `paths`, lazily, one article at a time.
///
/// A path is a file (its format from its extension; a file without an
/// extension is sniffed like stdin), a directory (walked recursively in
/// sorted order; hidden entries and files of other formats are skipped
/// silently), or `-` for stdin (format sniffed, see [`Format::sniff`]).
/// JSON Lines files and stdin are read line by line; a bad line yields an
/// error and reading goes on with the next line. Nothing is read before the
/// iterator is advanced.
pub fn read_inputs(paths: &[PathBuf]) -> impl Iterator<Item = Result<Article, ReadError>> + Send {
    source::Inputs::new(paths.to_vec())
}

/// Reads one path (a file, a directory or `-`): every article in it, or
/// the errors met.
pub fn read_file(path: &Path) -> Vec<Result<Article, ReadError>> {
    read_inputs(&[path.to_path_buf()]).collect()
}

/// Parses `text` in `format`; `source` names it in [`Article::source`] and
/// in errors. For JSON arrays and JSON Lines the N-th article's source is
/// `source#N`; for JSON Lines the first bad line is an error.
pub fn parse_str(text: &str, format: Format, source: &str) -> Result<Vec<Article>, ReadError> {
    match format {
        Format::Txt => txt::parse(text, source).map(|a| vec![a]),
        Format::Html => html::parse(text, source).map(|a| vec![a]),
        Format::Json => json::parse_json(text, source).into_iter().collect(),
        Format::Jsonl => {
            let mut out = Vec::new();
            for r in json::Lines::new(std::io::Cursor::new(text.as_bytes()), source) {
                out.push(r?);
            }
            Ok(out)
        }
    }
}
