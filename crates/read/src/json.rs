//! JSON articles: one object, an array of objects (or a stream of objects),
//! and JSON Lines read line by line. Fields: `title` (or `headline`), `text`
//! (or `body`, `content`, `articleBody`), `url` (or `link`), `date` (or
//! `published`, `published_at`, `datePublished`, `pubDate`; the date of an
//! ISO datetime), `publisher` (a string or an object with a `name`).

use std::io::BufRead;

use serde_json::{Map, Value};

use super::{clean, date, decode, paragraphs, Article, ReadError};

/// Reads JSON text: one article object, an array of them, or several
/// objects one after the other. Articles of an array or a stream are
/// `source#N`. An invalid document yields one error (with its line and
/// column) after the articles before it.
pub(super) fn parse_json(text: &str, source: &str) -> Vec<Result<Article, ReadError>> {
    let mut values = Vec::new();
    for v in serde_json::Deserializer::from_str(text).into_iter::<Value>() {
        match v {
            Ok(v) => values.push(v),
            Err(e) => {
                let mut out = articles_of(values, source);
                out.push(Err(ReadError::new(source, syntax_error(&e, None))));
                return out;
            }
        }
    }
    if values.is_empty() {
        return vec![Err(ReadError::new(source, "empty file"))];
    }
    articles_of(values, source)
}

fn articles_of(values: Vec<Value>, source: &str) -> Vec<Result<Article, ReadError>> {
    let several = values.len() > 1;
    let mut out = Vec::new();
    let mut n = 0;
    for v in values {
        match v {
            Value::Array(items) => {
                if items.is_empty() && !several {
                    out.push(Err(ReadError::new(
                        source,
                        "no articles (an empty JSON array)",
                    )));
                }
                for item in items {
                    n += 1;
                    let src = format!("{source}#{n}");
                    out.push(match item {
                        Value::Object(o) => article(&o, &src).map_err(|p| ReadError::new(&src, p)),
                        _ => Err(ReadError::new(&src, "not a JSON object")),
                    });
                }
            }
            Value::Object(o) => {
                n += 1;
                let src = if several {
                    format!("{source}#{n}")
                } else {
                    source.to_string()
                };
                out.push(article(&o, &src).map_err(|p| ReadError::new(&src, p)));
            }
            _ => {
                n += 1;
                out.push(Err(ReadError::new(
                    source,
                    "expected a JSON object or an array of objects",
                )))
            }
        }
    }
    out
}

/// JSON Lines from a reader, one article per non-blank line, read lazily.
/// The N-th non-blank line is `source#N`; a bad line yields an error
/// `source: line L: ...` and reading goes on; binary data ends the file.
pub(super) struct Lines<R> {
    reader: R,
    source: String,
    /// Line number of the last line read (1-based).
    line: usize,
    /// Non-blank lines read.
    records: usize,
    /// Byte offset of the next line.
    offset: u64,
    buf: Vec<u8>,
    done: bool,
}

impl<R: BufRead> Lines<R> {
    pub(super) fn new(reader: R, source: &str) -> Self {
        Lines {
            reader,
            source: source.to_string(),
            line: 0,
            records: 0,
            offset: 0,
            buf: Vec::new(),
            done: false,
        }
    }

    fn err(&self, problem: impl std::fmt::Display) -> Option<Result<Article, ReadError>> {
        Some(Err(ReadError::new(&self.source, problem.to_string())))
    }
}

impl<R: BufRead> Iterator for Lines<R> {
    type Item = Result<Article, ReadError>;

    fn next(&mut self) -> Option<Self::Item> {
        while !self.done {
            self.buf.clear();
            let n = match self.reader.read_until(b'\n', &mut self.buf) {
                Ok(n) => n,
                Err(e) => {
                    self.done = true;
                    return self.err(decode::io_problem(&e));
                }
            };
            if n == 0 {
                self.done = true;
                if self.records == 0 {
                    return self.err("empty file");
                }
                return None;
            }
            let start = self.offset;
            self.offset += n as u64;
            self.line += 1;
            if let Err(e) = decode::check_bytes(&self.source, &self.buf, start) {
                self.done = true;
                return Some(Err(e));
            }
            let text = match std::str::from_utf8(&self.buf) {
                Ok(t) => t,
                Err(e) => {
                    self.records += 1;
                    let at = start + e.valid_up_to() as u64;
                    return self.err(format_args!(
                        "line {}: {}",
                        self.line,
                        decode::invalid_utf8(at)
                    ));
                }
            };
            let text = text
                .trim_start_matches('\u{feff}')
                .trim_end_matches(['\n', '\r']);
            if text.trim().is_empty() {
                continue;
            }
            self.records += 1;
            let src = format!("{}#{}", self.source, self.records);
            let line = self.line;
            let r = match serde_json::from_str::<Value>(text) {
                Err(e) => Err(syntax_error(&e, Some(line))),
                Ok(Value::Object(o)) => article(&o, &src).map_err(|p| format!("line {line}: {p}")),
                Ok(_) => Err(format!("line {line}: not a JSON object")),
            };
            return Some(r.map_err(|p| ReadError::new(&self.source, p)));
        }
        None
    }
}

/// `invalid JSON at line L, column C: what` (for JSON Lines, `line L` is
/// the file's line and the column is in that line).
fn syntax_error(e: &serde_json::Error, line: Option<usize>) -> String {
    let msg = e.to_string();
    let suffix = format!(" at line {} column {}", e.line(), e.column());
    let what = msg.strip_suffix(&suffix).unwrap_or(&msg);
    match line {
        Some(l) => format!("line {l}: invalid JSON at column {}: {what}", e.column()),
        None => format!(
            "invalid JSON at line {}, column {}: {what}",
            e.line(),
            e.column()
        ),
    }
}

/// The first of `keys` present in `o`, as a trimmed non-empty string (a
/// number is written out; an object's `name` is taken).
fn field(o: &Map<String, Value>, keys: &[&str]) -> Option<String> {
    keys.iter().find_map(|k| match o.get(*k)? {
        Value::String(s) => Some(s.trim().to_string()).filter(|s| !s.is_empty()),
        Value::Number(n) => Some(n.to_string()),
        Value::Object(inner) => field(inner, &["name"]),
        Value::Array(items) => items.iter().find_map(|v| match v {
            Value::String(s) => Some(s.trim().to_string()).filter(|s| !s.is_empty()),
            _ => None,
        }),
        _ => None,
    })
}

/// The article in object `o`, or the problem with it.
fn article(o: &Map<String, Value>, source: &str) -> Result<Article, String> {
    const TEXT: &[&str] = &["text", "body", "content", "articleBody"];
    let Some(key) = TEXT.iter().find(|k| o.contains_key(**k)) else {
        return Err("no `text` or `body` field".into());
    };
    let Value::String(text) = &o[*key] else {
        return Err(format!("the `{key}` field is not a string"));
    };
    let mut a = Article {
        source: source.to_string(),
        title: field(o, &["title", "headline"]).unwrap_or_default(),
        url: field(o, &["url", "link"]),
        published: field(
            o,
            &[
                "date",
                "published",
                "published_at",
                "publishedAt",
                "datePublished",
                "pubDate",
            ],
        )
        .and_then(|d| date::normalise(&d)),
        publisher: field(o, &["publisher", "site_name"]),
        text: text.clone(),
        body: Vec::new(),
        warnings: Vec::new(),
    };
    let chars: Vec<char> = a.text.chars().collect();
    let lines = paragraphs::lines(&chars);
    if lines.is_empty() {
        return Err(format!("the `{key}` field is empty"));
    }
    let paras = paragraphs::paragraphs(&chars, &lines);
    a.body = clean::body(&chars, &paras, &a.title);
    if a.body.is_empty() {
        return Err(format!("no body text in the `{key}` field"));
    }
    Ok(a)
}
