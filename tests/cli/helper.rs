//! Gives each test its own directory, store and command builder.

use assert_cmd::Command;
use std::path::{Path, PathBuf};

/// The repository's root (where `examples/` lives).
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The example article.
pub fn example() -> PathBuf {
    root().join("examples/articles/zpmc-cranes.txt")
}

/// A test's private directory with its own store.
pub struct Env {
    pub dir: tempfile::TempDir,
}

impl Env {
    pub fn new() -> Self {
        Env {
            dir: tempfile::tempdir().expect("temp dir"),
        }
    }

    pub fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    pub fn db(&self) -> PathBuf {
        self.path("store.db")
    }

    /// `newsgraph --db <this test's store> ARGS`, run in the test directory.
    pub fn cmd(&self, args: &[&str]) -> Command {
        let mut c = Command::cargo_bin("newsgraph").expect("binary");
        c.current_dir(self.dir.path())
            .env_remove("NEWSGRAPH_DB")
            .env_remove("NEWSGRAPH_BASE")
            .arg("--db")
            .arg(self.db())
            .args(args);
        c
    }

    /// Runs a command that must succeed; returns its stdout.
    pub fn ok(&self, args: &[&str]) -> String {
        let out = self.cmd(args).output().expect("run");
        assert!(
            out.status.success(),
            "newsgraph {args:?} failed: {}\n{}",
            String::from_utf8_lossy(&out.stderr),
            String::from_utf8_lossy(&out.stdout)
        );
        String::from_utf8(out.stdout).expect("UTF-8 output")
    }

    /// Ingests the example article into this test's store.
    pub fn ingest_example(&self) -> String {
        self.ok(&["ingest", example().to_str().unwrap()])
    }

    pub fn write(&self, name: &str, content: impl AsRef<[u8]>) -> PathBuf {
        let p = self.path(name);
        if let Some(parent) = p.parent() {
            std::fs::create_dir_all(parent).unwrap();
        }
        std::fs::write(&p, content).unwrap();
        p
    }

    /// The store's statistics as JSON.
    pub fn stats(&self) -> serde_json::Value {
        serde_json::from_str(&self.ok(&["stats", "--json"])).expect("stats JSON")
    }

    /// Runs a SELECT query and returns its rows as (variable -> value) maps, from the CSV results.
    pub fn select(&self, query: &str) -> Vec<std::collections::HashMap<String, String>> {
        let csv = self.ok(&["query", query, "--format", "csv"]);
        parse_csv(&csv)
    }
}

/// Parses SPARQL CSV results (RFC 4180 quoting).
pub fn parse_csv(text: &str) -> Vec<std::collections::HashMap<String, String>> {
    let mut rows: Vec<Vec<String>> = Vec::new();
    let mut field = String::new();
    let mut row = Vec::new();
    let mut quoted = false;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match (c, quoted) {
            ('"', true) if chars.peek() == Some(&'"') => {
                chars.next();
                field.push('"');
            }
            ('"', _) => quoted = !quoted,
            (',', false) => row.push(std::mem::take(&mut field)),
            ('\r', false) => {}
            ('\n', false) => {
                row.push(std::mem::take(&mut field));
                rows.push(std::mem::take(&mut row));
            }
            (c, _) => field.push(c),
        }
    }
    if !field.is_empty() || !row.is_empty() {
        row.push(field);
        rows.push(row);
    }
    let header = rows.first().cloned().unwrap_or_default();
    rows.into_iter()
        .skip(1)
        .map(|r| header.iter().cloned().zip(r).collect())
        .collect()
}

/// True when `program` can be run.
pub fn have(program: &str) -> bool {
    std::process::Command::new("sh")
        .arg("-c")
        .arg(format!("command -v {program}"))
        .output()
        .map(|o| o.status.success())
        .unwrap_or(false)
}

/// Whether an external tool must be present (CI sets NEWSGRAPH_REQUIRE_TOOLS=1);
/// otherwise a missing tool skips the check with a note.
pub fn need(program: &str) -> bool {
    if have(program) {
        return true;
    }
    assert!(
        std::env::var("NEWSGRAPH_REQUIRE_TOOLS").is_err(),
        "{program} is required (NEWSGRAPH_REQUIRE_TOOLS is set) but not installed"
    );
    eprintln!("note: {program} not installed, check skipped");
    false
}

/// True when a Python module imports.
pub fn need_python(module: &str) -> bool {
    let ok = std::process::Command::new("python3")
        .args(["-c", &format!("import {module}")])
        .output()
        .map(|o| o.status.success())
        .unwrap_or(false);
    if !ok {
        assert!(
            std::env::var("NEWSGRAPH_REQUIRE_TOOLS").is_err(),
            "python module {module} is required (NEWSGRAPH_REQUIRE_TOOLS is set) but missing"
        );
        eprintln!("note: python module {module} missing, check skipped");
    }
    ok
}

/// `path` inside `../shared` (the shared data beside the repository, e.g.
/// `data/gum/dep`), if it exists. When it does not, the test fails if
/// `NEWSGRAPH_REQUIRE_SHARED` is set (to anything but `0`; `.ci/run` sets
/// it, as it sets NEWSGRAPH_REQUIRE_TOOLS), else it is skipped with a line
/// on stderr saying why: `skipping TEST: ../shared/PATH not found`.
pub fn shared(path: &str) -> Option<PathBuf> {
    let p = root().join("../shared").join(path);
    if p.exists() {
        return Some(p);
    }
    let thread = std::thread::current();
    let test = thread.name().unwrap_or("test");
    let required =
        std::env::var_os("NEWSGRAPH_REQUIRE_SHARED").is_some_and(|v| !v.is_empty() && v != "0");
    assert!(
        !required,
        "{test}: ../shared/{path} is required (NEWSGRAPH_REQUIRE_SHARED is set) but not found at {}",
        p.display()
    );
    eprintln!("skipping {test}: ../shared/{path} not found");
    None
}

pub fn read(p: &Path) -> String {
    std::fs::read_to_string(p).unwrap()
}
