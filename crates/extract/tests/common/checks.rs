//! The checks shared by the fuzz targets (`fuzz/fuzz_targets/*.rs`, which
//! include this file by path) and the tests that replay their findings
//! (`fuzz_regressions.rs`) or generate random texts (`extract_never_panics.rs`).
//!
//! Every check panics on a bug, so that libFuzzer, proptest and the test
//! harness all see it: a reader must return articles or a clean error; the
//! engine must never report `Error::Panicked`, and every span it reports
//! must lie inside the text, on character (code point) boundaries.

#![allow(dead_code)]

use newsgraph_core::vocab::DEFAULT_BASE;
use newsgraph_core::{Article, Extraction};
use newsgraph_extract::extract::Registry;
use newsgraph_extract::{Engine, Error};
use newsgraph_read::Format;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::OnceLock;

/// The engine, built once per process (loading the models is slow).
pub fn engine() -> &'static Engine {
    static ENGINE: OnceLock<Engine> = OnceLock::new();
    ENGINE.get_or_init(|| {
        Engine::new(DEFAULT_BASE, Registry::default_set(), None).expect("the engine builds")
    })
}

/// `text` as an article whose body is the whole text.
pub fn raw_article(text: &str) -> Article {
    Article {
        source: "fuzz-input".to_string(),
        title: text
            .lines()
            .next()
            .unwrap_or("")
            .chars()
            .take(200)
            .collect(),
        text: text.to_string(),
        body: std::iter::once(0..text.chars().count()).collect(),
        ..Article::default()
    }
}

/// Runs `text` through the engine twice: as an article whose body is the
/// whole text, and as the plain-text reader reads it (date line, title,
/// cleaned body), when it reads.
pub fn check_extract_text(text: &str) {
    check_extract(&raw_article(text));
    if let Ok(articles) = newsgraph_read::parse_str(text, Format::Txt, "fuzz-input.txt") {
        for a in &articles {
            check_article(a);
            check_extract(a);
        }
    }
}

/// Extracts `article`: a panic inside the engine is a failure, any other
/// error is fine; a result must keep all its spans inside the text.
pub fn check_extract(article: &Article) {
    match engine().extract(article) {
        Ok(ex) => check_spans(&article.text, &ex),
        Err(Error::Panicked { input, message }) => {
            panic!("Engine::extract panicked on {input}: {message}")
        }
        Err(_) => {}
    }
}

/// Every span of `ex` (entity mentions, relations, sentences) lies inside
/// `text`: `start <= end <= chars`, and slicing by those char offsets works.
pub fn check_spans(text: &str, ex: &Extraction) {
    let n = text.chars().count();
    let check = |what: &str, start: usize, end: usize| {
        assert!(
            start <= end && end <= n,
            "{what} span {start}..{end} is outside the text ({n} chars)"
        );
        let sliced = char_slice(text, start, end);
        assert_eq!(
            sliced.chars().count(),
            end - start,
            "{what} span {start}..{end}"
        );
    };
    for e in &ex.entities {
        for m in &e.mentions {
            check(&format!("mention of {}", e.iri), m.start, m.end);
        }
    }
    for r in &ex.relations {
        check(
            &format!("relation {} {}", r.subject, r.predicate),
            r.start,
            r.end,
        );
    }
    for s in &ex.sentences {
        check(&format!("sentence {}", s.index), s.start, s.end);
    }
}

/// The chars `start..end` of `text`, by byte offsets found from the char
/// offsets (so the slice is on character boundaries by construction; it
/// panics if the offsets are past the end).
pub fn char_slice(text: &str, start: usize, end: usize) -> &str {
    let byte = |c: usize| {
        text.char_indices()
            .map(|(b, _)| b)
            .chain(std::iter::once(text.len()))
            .nth(c)
            .unwrap_or_else(|| panic!("char offset {c} is past the end of the text"))
    };
    let (b0, b1) = (byte(start), byte(end));
    assert!(text.is_char_boundary(b0) && text.is_char_boundary(b1));
    &text[b0..b1]
}

/// An article as a reader returns it: its body ranges lie inside its text,
/// in order, and its body and analysis texts can be built.
pub fn check_article(a: &Article) {
    let n = a.text.chars().count();
    let mut last = 0;
    for r in &a.body {
        assert!(
            r.start <= r.end && r.end <= n,
            "{}: body range {r:?} is outside the text ({n} chars)",
            a.source
        );
        assert!(
            r.start >= last,
            "{}: body ranges out of order at {r:?}",
            a.source
        );
        last = r.end;
    }
    let _ = a.body_text();
    assert_eq!(a.analysis_text().chars().count(), n, "{}", a.source);
}

/// `data` through the reader of `format`, both ways in: as a file read by
/// `read_file` (bytes: decoding, binary and UTF-8 checks, JSON Lines read
/// line by line) and, when it is UTF-8, as text by `parse_str`. Each must
/// give articles or clean errors, never a panic.
pub fn check_reader(data: &[u8], format: Format) {
    let ext = match format {
        Format::Txt => "txt",
        Format::Html => "html",
        Format::Json => "json",
        Format::Jsonl => "jsonl",
    };
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let path = std::env::temp_dir().join(format!(
        "newsgraph-fuzz-{}-{}.{ext}",
        std::process::id(),
        COUNTER.fetch_add(1, Ordering::Relaxed)
    ));
    std::fs::write(&path, data).expect("write the input to a temporary file");
    let read = newsgraph_read::read_file(&path);
    let _ = std::fs::remove_file(&path);
    for a in read.iter().flatten() {
        check_article(a);
    }
    if let Ok(text) = std::str::from_utf8(data) {
        if let Ok(articles) = newsgraph_read::parse_str(text, format, "fuzz-input") {
            for a in &articles {
                check_article(a);
            }
        }
    }
}

/// The format a fuzz target's name reads (`read_txt` ...).
pub fn reader_format(target: &str) -> Option<Format> {
    match target {
        "read_txt" => Some(Format::Txt),
        "read_html" => Some(Format::Html),
        "read_json" => Some(Format::Json),
        "read_jsonl" => Some(Format::Jsonl),
        _ => None,
    }
}
