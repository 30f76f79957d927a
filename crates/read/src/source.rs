//! Where inputs come from: the paths given (files, directories, `-` for
//! stdin), directories walked lazily in sorted order (hidden entries and
//! files of other formats skipped silently, symlink loops cut), each file
//! dispatched to its reader by extension, JSON Lines files and stdin read
//! line by line.

use std::collections::HashSet;
use std::collections::VecDeque;
use std::fs::{self, File};
use std::io::{self, BufRead, BufReader, Read};
use std::path::{Path, PathBuf};

use super::{decode, html, json, txt, Article, Format, ReadError};

type Articles = Box<dyn Iterator<Item = Result<Article, ReadError>> + Send>;

/// The lazy iterator behind [`super::read_inputs`].
pub(super) struct Inputs {
    /// Paths given, not yet started.
    given: VecDeque<PathBuf>,
    /// The directories being walked: the entries of each, not yet visited.
    walk: Vec<std::vec::IntoIter<PathBuf>>,
    /// The file being read.
    current: Option<Articles>,
    /// Directories entered (canonical paths), so symlink loops end.
    entered: HashSet<PathBuf>,
}

impl Inputs {
    pub(super) fn new(paths: Vec<PathBuf>) -> Self {
        Inputs {
            given: paths.into(),
            walk: Vec::new(),
            current: None,
            entered: HashSet::new(),
        }
    }

    /// Starts directory `dir`: its sorted, non-hidden entries are walked next.
    fn enter(&mut self, dir: &Path) -> Result<(), ReadError> {
        let err = |e: io::Error| ReadError::new(dir.display().to_string(), decode::io_problem(&e));
        if let Ok(canonical) = fs::canonicalize(dir) {
            if !self.entered.insert(canonical) {
                return Ok(());
            }
        }
        let mut entries = Vec::new();
        for entry in fs::read_dir(dir).map_err(err)? {
            let entry = entry.map_err(err)?;
            if !entry.file_name().to_string_lossy().starts_with('.') {
                entries.push(entry.path());
            }
        }
        entries.sort();
        self.walk.push(entries.into_iter());
        Ok(())
    }

    /// A path met while walking a directory: a subdirectory is entered, a
    /// file of a known format read, anything else skipped.
    fn walked(&mut self, path: PathBuf) -> Option<Result<Article, ReadError>> {
        let format = Format::from_path(&path);
        match fs::metadata(&path) {
            Ok(m) if m.is_dir() => self.enter(&path).err().map(Err),
            Ok(m) if m.is_file() => {
                self.current = Some(open(&path, format?));
                None
            }
            Ok(_) => None,
            // a broken link or a vanished file: worth a word if it was an article
            Err(e) => format.map(|_| {
                Err(ReadError::new(
                    path.display().to_string(),
                    decode::io_problem(&e),
                ))
            }),
        }
    }

    /// A path as given: `-`, a directory, or a file (of a known format, or
    /// without an extension: sniffed).
    fn given(&mut self, path: PathBuf) -> Option<Result<Article, ReadError>> {
        let name = path.display().to_string();
        if path.as_os_str() == "-" {
            self.current = Some(stdin());
            return None;
        }
        match fs::metadata(&path) {
            Err(e) => Some(Err(ReadError::new(name, decode::io_problem(&e)))),
            Ok(m) if m.is_dir() => self.enter(&path).err().map(Err),
            Ok(_) => match (Format::from_path(&path), path.extension()) {
                (Some(f), _) => {
                    self.current = Some(open(&path, f));
                    None
                }
                (None, None) => {
                    self.current = Some(Box::new(sniffed(&path).into_iter()));
                    None
                }
                (None, Some(ext)) => Some(Err(ReadError::new(
                    name,
                    format!(
                        "unsupported file type `.{}` (newsgraph reads .txt, .html, .htm, .json and .jsonl)",
                        ext.to_string_lossy()
                    ),
                ))),
            },
        }
    }
}

impl Iterator for Inputs {
    type Item = Result<Article, ReadError>;

    fn next(&mut self) -> Option<Self::Item> {
        loop {
            if let Some(cur) = &mut self.current {
                match cur.next() {
                    Some(r) => return Some(r),
                    None => self.current = None,
                }
            }
            let r = if let Some(entries) = self.walk.last_mut() {
                match entries.next() {
                    Some(p) => self.walked(p),
                    None => {
                        self.walk.pop();
                        None
                    }
                }
            } else {
                let p = self.given.pop_front()?;
                self.given(p)
            };
            if r.is_some() {
                return r;
            }
        }
    }
}

/// The articles of file `path` in `format`, read lazily for JSON Lines.
fn open(path: &Path, format: Format) -> Articles {
    let name = path.display().to_string();
    if format == Format::Jsonl {
        return match File::open(path) {
            Ok(f) => Box::new(json::Lines::new(BufReader::new(f), &name)),
            Err(e) => Box::new(std::iter::once(Err(ReadError::new(
                name,
                decode::io_problem(&e),
            )))),
        };
    }
    let articles = fs::read(path)
        .map_err(|e| ReadError::new(&name, decode::io_problem(&e)))
        .and_then(|bytes| decode::decode(&name, bytes))
        .map(|text| parse_all(&text, format, &name));
    match articles {
        Ok(v) => Box::new(v.into_iter()),
        Err(e) => Box::new(std::iter::once(Err(e))),
    }
}

/// A file without an extension, its format sniffed.
fn sniffed(path: &Path) -> Vec<Result<Article, ReadError>> {
    let name = path.display().to_string();
    match fs::read(path)
        .map_err(|e| ReadError::new(&name, decode::io_problem(&e)))
        .and_then(|bytes| decode::decode(&name, bytes))
    {
        Ok(text) => parse_all(&text, Format::sniff(&text), &name),
        Err(e) => vec![Err(e)],
    }
}

/// Every article of `text`, with an error for each bad one.
fn parse_all(text: &str, format: Format, name: &str) -> Vec<Result<Article, ReadError>> {
    match format {
        Format::Json => json::parse_json(text, name),
        Format::Jsonl => json::Lines::new(io::Cursor::new(text.as_bytes()), name).collect(),
        Format::Txt => vec![txt::parse(text, name)],
        Format::Html => vec![html::parse(text, name)],
    }
}

/// Stdin, read by [`from_reader`].
fn stdin() -> Articles {
    from_reader(BufReader::new(io::stdin()), "-")
}

/// Text of unknown format from `reader`: JSON Lines streamed line by line
/// (when its first line is a whole JSON object and more lines follow);
/// anything else read whole and sniffed.
pub(super) fn from_reader<R: BufRead + Send + 'static>(mut reader: R, name: &str) -> Articles {
    let fail = |e: io::Error| -> Articles {
        Box::new(std::iter::once(Err(ReadError::new(
            name,
            decode::io_problem(&e),
        ))))
    };
    let mut head = Vec::new();
    // the first two non-blank lines tell JSON Lines from the rest
    let mut first_end = None;
    loop {
        let before = head.len();
        match reader.read_until(b'\n', &mut head) {
            Ok(0) => break,
            Ok(_) if head[before..].iter().all(u8::is_ascii_whitespace) => continue,
            Ok(_) if first_end.is_none() => first_end = Some(head.len()),
            Ok(_) => break,
            Err(e) => return fail(e),
        }
    }
    let first = std::str::from_utf8(&head[..first_end.unwrap_or(0)])
        .unwrap_or("")
        .trim();
    let lines = first_end.is_some_and(|end| end < head.len())
        && first.starts_with('{')
        && serde_json::from_str::<serde_json::Value>(first).is_ok_and(|v| v.is_object());
    if lines {
        return Box::new(json::Lines::new(io::Cursor::new(head).chain(reader), name));
    }
    let mut bytes = head;
    if let Err(e) = reader.read_to_end(&mut bytes) {
        return fail(e);
    }
    Box::new(
        match decode::decode(name, bytes) {
            Ok(text) => parse_all(&text, Format::sniff(&text), name),
            Err(e) => vec![Err(e)],
        }
        .into_iter(),
    )
}
