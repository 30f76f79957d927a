//! Bad input: one clear line naming the file, the other inputs still
//! ingested, a non-zero exit, and never part of an article in the store.

use crate::helper::{example, Env};

/// Ingests `bad` together with the example; the example must land, the
/// command must fail, and stderr must name the bad file with `problem`.
fn check(env: &Env, bad: &str, problem: &str) {
    let out = env
        .cmd(&["ingest", "--quiet", bad, example().to_str().unwrap()])
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "exit code for {bad}: {err}");
    let line = err
        .lines()
        .find(|l| {
            l.contains(bad)
                || l.contains(
                    std::path::Path::new(bad)
                        .file_name()
                        .unwrap()
                        .to_str()
                        .unwrap(),
                )
        })
        .unwrap_or_else(|| panic!("no line names {bad}: {err}"));
    assert!(
        line.to_lowercase().contains(problem),
        "{line:?} should mention {problem:?}"
    );
    assert!(!err.contains("panicked"), "{err}");
    assert_eq!(env.stats()["articles"], 1, "the good article is ingested");
}

#[test]
fn binary_file() {
    let env = Env::new();
    let p = env.write("blob.txt", [0x89u8, b'P', b'N', b'G', 0, 0, 1, 2, 0, 3]);
    check(&env, p.to_str().unwrap(), "binary");
}

#[test]
fn invalid_utf8() {
    let env = Env::new();
    let p = env.write(
        "latin1.txt",
        b"Caf\xe9 news\nThe caf\xe9 opened in Paris.\n".as_slice(),
    );
    check(&env, p.to_str().unwrap(), "utf-8");
}

#[test]
fn empty_file() {
    let env = Env::new();
    let p = env.write("empty.txt", "");
    check(&env, p.to_str().unwrap(), "empty");
}

#[test]
fn missing_path() {
    let env = Env::new();
    let p = env.path("nowhere.txt");
    check(&env, p.to_str().unwrap(), "no such file");
}

#[test]
fn unreadable_file() {
    // a file whose read fails even for root: a link to /proc/self/mem
    let env = Env::new();
    let p = env.path("unreadable.txt");
    std::os::unix::fs::symlink("/proc/self/mem", &p).unwrap();
    check(&env, p.to_str().unwrap(), "input/output error");
}

#[test]
fn malformed_json_line_keeps_the_other_lines() {
    let env = Env::new();
    let p = env.write(
        "feed.jsonl",
        concat!(
            r#"{"title": "Cranes arrive", "text": "Three cranes made by ZPMC arrived at the Port of Baltimore.", "url": "https://example.com/1", "date": "2023-03-06"}"#,
            "\n",
            r#"{"title": "Broken", "text": "unterminated"#,
            "\n",
            r#"{"title": "Ports expand", "body": "The Port of Oakland uses cranes built in China.", "url": "https://example.com/3"}"#,
            "\n"
        ),
    );
    let out = env
        .cmd(&["ingest", "--quiet", p.to_str().unwrap()])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    let line = err
        .lines()
        .find(|l| l.contains("feed.jsonl"))
        .expect("names the file");
    assert!(line.contains('2'), "names line 2: {line}");
    assert_eq!(env.stats()["articles"], 2, "{err}");
}

#[test]
fn broken_html_page() {
    let env = Env::new();
    let p = env.write(
        "page.html",
        "<html><head><script>var x = '<p>';</script></head><body><nav>Home | News</nav>",
    );
    check(&env, p.to_str().unwrap(), "");
}

#[test]
fn unsupported_extension() {
    let env = Env::new();
    let p = env.write("slides.pdf", "%PDF-1.4 not an article");
    check(&env, p.to_str().unwrap(), "unsupported");
}

#[test]
fn malformed_sparql_points_at_the_error() {
    let env = Env::new();
    env.ingest_example();
    let out = env
        .cmd(&["query", "SELECT ?x WHERE { ?x ?y }"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("error"), "{err}");
    assert!(err.chars().any(|c| c.is_ascii_digit()), "a position: {err}");
}

#[test]
fn a_store_held_by_another_process_gives_a_clear_message() {
    use std::io::{BufRead, BufReader, Write};
    let env = Env::new();
    env.ingest_example();
    // `ingest --batch 1 -` opens the store first, then streams JSON Lines
    // from stdin: once it has reported an article it certainly holds the
    // store, and it keeps holding it until stdin closes. Nothing else opens
    // the store meanwhile, so the two processes never race for the lock.
    let mut holder = std::process::Command::new(assert_cmd::cargo::cargo_bin("newsgraph"))
        .arg("--db")
        .arg(env.db())
        .args(["ingest", "--batch", "1", "-"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    let mut stdin = holder.stdin.take().unwrap();
    for n in 1..=2 {
        writeln!(
            stdin,
            r#"{{"title": "Note {n}", "url": "https://example.org/{n}", "text": "Acme Corp. builds cranes in Ohio."}}"#
        )
        .unwrap();
    }
    stdin.flush().unwrap();
    let mut report = BufReader::new(holder.stdout.take().unwrap());
    let mut first = String::new();
    report.read_line(&mut first).unwrap();
    assert!(!first.is_empty(), "the holder reported nothing");
    let out = env.cmd(&["stats"]).output().unwrap();
    drop(stdin);
    std::io::copy(&mut report, &mut std::io::sink()).unwrap();
    let held = holder.wait().unwrap();
    assert!(held.success(), "the holder itself failed");
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("in use by another newsgraph process"), "{err}");
    assert!(!err.contains("panicked"), "{err}");
}

#[test]
fn usage_errors_exit_2() {
    let env = Env::new();
    let out = env.cmd(&["export", "--format", "pdf"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let out = env.cmd(&["frobnicate"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn querying_a_missing_store_says_so() {
    let env = Env::new();
    let out = env.cmd(&["query", "ASK {}"]).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("no newsgraph store"));
}
