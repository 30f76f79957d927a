//! Replays every input the fuzzers found a bug with (kept in
//! `tests/fuzz-found/<target>/`) through the same checks as the fuzz target
//! of that name (`fuzz/fuzz_targets/<target>.rs`; the checks are shared, in
//! `tests/common/checks.rs`): the readers on the raw bytes, the engine on
//! the text. Add a file there for each crash fixed.
//!
//! `cargo test --release -p newsgraph-extract --test fuzz_regressions`

mod common;

use common::checks;
use std::path::{Path, PathBuf};

const TARGETS: [&str; 5] = [
    "read_txt",
    "read_html",
    "read_json",
    "read_jsonl",
    "extract_article",
];

fn found() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fuzz-found")
}

/// The inputs kept for `target`, sorted by name (none if its directory is missing).
fn inputs(target: &str) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = match std::fs::read_dir(found().join(target)) {
        Ok(dir) => dir
            .map(|e| e.expect("a directory entry").path())
            .filter(|p| p.is_file())
            .filter(|p| !p.file_name().unwrap().to_string_lossy().starts_with('.'))
            .collect(),
        Err(_) => Vec::new(),
    };
    files.sort();
    files
}

fn replay(target: &str) {
    for path in inputs(target) {
        let data = std::fs::read(&path).expect("read a fuzz-found input");
        eprintln!("{target}: {}", path.display());
        match checks::reader_format(target) {
            Some(format) => checks::check_reader(&data, format),
            None => checks::check_extract_text(&String::from_utf8_lossy(&data)),
        }
    }
}

#[test]
fn every_directory_is_a_fuzz_target() {
    let Ok(dir) = std::fs::read_dir(found()) else {
        return;
    };
    for e in dir {
        let name = e.unwrap().file_name().to_string_lossy().into_owned();
        assert!(
            name.starts_with('.') || TARGETS.contains(&name.as_str()),
            "tests/fuzz-found/{name} is not a fuzz target (known: {TARGETS:?})"
        );
    }
}

#[test]
fn read_txt() {
    replay("read_txt");
}

#[test]
fn read_html() {
    replay("read_html");
}

#[test]
fn read_json() {
    replay("read_json");
}

#[test]
fn read_jsonl() {
    replay("read_jsonl");
}

#[test]
fn extract_article() {
    replay("extract_article");
}
