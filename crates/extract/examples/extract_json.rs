//! Prints the JSON extraction of the given files, directories or `-`, as
//! `newsgraph extract --format json` does, without the store or its C++
//! build: the quick way to see what a rule change does to real articles.
//!
//! `cargo run --release -p newsgraph-extract --example extract_json -- FILE...`

use newsgraph_core::vocab::DEFAULT_BASE;
use newsgraph_extract::extract::Registry;
use newsgraph_extract::Engine;
use std::io::Write;
use std::path::PathBuf;

fn main() {
    let paths: Vec<PathBuf> = std::env::args_os().skip(1).map(PathBuf::from).collect();
    if paths.is_empty() {
        eprintln!("usage: extract_json FILE|DIR|- ...");
        std::process::exit(2);
    }
    let engine = Engine::new(DEFAULT_BASE, Registry::default_set(), None).unwrap_or_else(|e| {
        eprintln!("error: {e}");
        std::process::exit(1);
    });
    let mut failed = false;
    let mut articles = Vec::new();
    for r in newsgraph_read::read_inputs(&paths) {
        match r {
            Ok(a) => articles.push(a),
            Err(e) => {
                failed = true;
                eprintln!("error: {e}");
            }
        }
    }
    let mut done = Vec::new();
    for r in engine.extract_batch(&articles) {
        match r {
            Ok(ex) => done.push(ex),
            Err(e) => {
                failed = true;
                eprintln!("error: {e}");
            }
        }
    }
    let mut out = std::io::stdout().lock();
    let written = if done.len() == 1 {
        serde_json::to_writer_pretty(&mut out, &done[0])
    } else {
        serde_json::to_writer_pretty(&mut out, &done)
    };
    written.expect("stdout");
    writeln!(out).expect("stdout");
    std::process::exit(i32::from(failed));
}
