//! Tests of the reading API: every format, every bad input, offsets. The
//! plain-text reader's title, date-line and paragraph rules are tested in
//! `tests_plain.rs`.

use std::fs;
use std::path::{Path, PathBuf};

use super::*;

const EXAMPLE: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../examples/articles/zpmc-cranes.txt"
);

pub(super) fn one(path: &Path) -> Article {
    let mut v = read_file(path);
    assert_eq!(v.len(), 1, "{v:?}");
    v.remove(0).unwrap()
}

pub(super) fn err(path: &Path) -> String {
    let v = read_file(path);
    assert_eq!(v.len(), 1, "{v:?}");
    v[0].clone().unwrap_err().to_string()
}

pub(super) fn write(dir: &Path, name: &str, content: impl AsRef<[u8]>) -> PathBuf {
    let p = dir.join(name);
    if let Some(parent) = p.parent() {
        fs::create_dir_all(parent).unwrap();
    }
    fs::write(&p, content).unwrap();
    p
}

/// Body ranges are ordered, disjoint, non-empty, inside the text, and slice
/// it on char boundaries; the analysis text keeps the text's length.
pub(super) fn check_offsets(a: &Article) {
    let n = a.text.chars().count();
    let mut last = 0;
    for r in &a.body {
        assert!(
            r.start < r.end && r.end <= n && r.start >= last,
            "{r:?} in {n}"
        );
        last = r.end;
        let byte = |c: usize| {
            a.text
                .char_indices()
                .nth(c)
                .map_or(a.text.len(), |(b, _)| b)
        };
        let (s, e) = (byte(r.start), byte(r.end));
        assert!(a.text.is_char_boundary(s) && a.text.is_char_boundary(e));
        let slice = &a.text[s..e];
        assert_eq!(slice.chars().count(), r.len());
        assert_eq!(slice.trim(), slice, "body ranges are trimmed");
    }
    let analysed = a.analysis_text();
    assert_eq!(analysed.chars().count(), n);
    for r in &a.body {
        let want: String = a.text.chars().skip(r.start).take(r.len()).collect();
        let got: String = analysed.chars().skip(r.start).take(r.len()).collect();
        assert_eq!(got, want);
    }
}

// ---------------------------------------------------------------- txt

#[test]
fn example_article_comes_out_once() {
    let a = one(Path::new(EXAMPLE));
    check_offsets(&a);
    assert_eq!(a.source, EXAMPLE);
    assert_eq!(a.published.as_deref(), Some("2023-03-05"));
    assert_eq!(
        a.url.as_deref(),
        Some("https://sputniknews.com/20230305/not-by-balloons-alone-us-officials-worry-chinese-port-cranes-could-spy-on-american-cargo-1108074200.html")
    );
    assert_eq!(
        a.title,
        "Not by Balloons Alone: US Officials Worry 'Chinese Port Cranes' Could Spy on American Cargo"
    );
    assert_eq!(a.text, fs::read_to_string(EXAMPLE).unwrap());
    let body = a.body_text();
    assert!(!body.contains(&a.title));
    assert!(!body.contains("18:41"), "{body}");
    assert!(!body.contains("sputniknews"));
    assert!(
        !body.contains("espionage.According"),
        "the glued copy is dropped"
    );
    // every sentence of the copy with line breaks, exactly once
    let lines: Vec<&str> = a.text.lines().skip(6).collect();
    assert_eq!(lines.len(), 6);
    let mut sentences = 0;
    for line in lines {
        for s in line.split_inclusive(". ") {
            sentences += 1;
            assert_eq!(body.matches(s.trim()).count(), 1, "{s}\n---\n{body}");
        }
    }
    assert_eq!(sentences, 7);
    // the first paragraph, whose two copies differ in their quotes only
    assert_eq!(body.matches("The cranes, produced in China").count(), 1);
    assert_eq!(a.body.len(), 7);
    // the body is the last lines of the file: the copy with line breaks
    assert!(body.ends_with("sensitive sites in the United States."));
}

#[test]
fn txt_without_date_line() {
    let a = parse_str(
        "Cranes Worry Officials\n\nOfficials worry about the cranes.\n\nZPMC makes them.\n",
        Format::Txt,
        "x.txt",
    )
    .unwrap()
    .remove(0);
    check_offsets(&a);
    assert_eq!(a.title, "Cranes Worry Officials");
    assert_eq!(a.published, None);
    assert_eq!(a.url, None);
    assert_eq!(
        a.body_text(),
        "Officials worry about the cranes.\n\nZPMC makes them."
    );
}

#[test]
fn txt_date_line_without_url_and_crlf() {
    let a = parse_str(
        "\u{feff}Date: 2023-03-05\r\nTitle\r\nThe body, with ünïcödé — it counts chars.\r\n",
        Format::Txt,
        "x.txt",
    )
    .unwrap()
    .remove(0);
    check_offsets(&a);
    assert_eq!(a.published.as_deref(), Some("2023-03-05"));
    assert_eq!(a.title, "Title");
    assert_eq!(a.body_text(), "The body, with ünïcödé — it counts chars.");
    assert_eq!(
        a.body[0].start,
        "\u{feff}Date: 2023-03-05\r\nTitle\r\n".chars().count()
    );
}

// ---------------------------------------------------------------- html

const PAGE: &str = r#"<!DOCTYPE html>
<html><head>
<title>Port cranes worry officials | The Daily</title>
<meta property="og:title" content="Port Cranes Worry  Officials">
<meta property="og:site_name" content="The Daily">
<meta property="og:url" content="https://daily.example/og">
<meta property="article:published_time" content="2023-03-05T18:41:00+03:00">
<link rel="canonical" href="https://daily.example/cranes">
<style>p { color: red }</style>
<script>var p = "<p>not text</p>";</script>
</head><body>
<header><p>Site header paragraph</p></header>
<nav><p>Home | World | Sport</p></nav>
<p>A teaser outside the article.</p>
<article>
  <h1>Port Cranes Worry Officials</h1>
  <p>Officials worry that the cranes,
     made by <a href="/zpmc">ZPMC</a>, contain sensors.</p>
  <figure><img src="x.jpg"><figcaption><p>A crane in Baltimore.</p></figcaption></figure>
  <p>ZPMC denied it.<script>track()</script></p>
  <aside><p>Related: balloons.</p></aside>
  <form><p>Subscribe to our newsletter now.</p></form>
  <p>Officials worry that the cranes, made by ZPMC, contain sensors.</p>
  <p>   </p>
  <p>18:41 GMT 05.03.2023</p>
</article>
<footer><p>Copyright The Daily</p></footer>
</body></html>"#;

#[test]
fn html_page() {
    let dir = tempfile::tempdir().unwrap();
    let p = write(dir.path(), "page.html", PAGE);
    let a = one(&p);
    check_offsets(&a);
    assert_eq!(a.title, "Port Cranes Worry Officials");
    assert_eq!(a.published.as_deref(), Some("2023-03-05"));
    assert_eq!(a.url.as_deref(), Some("https://daily.example/cranes"));
    assert_eq!(a.publisher.as_deref(), Some("The Daily"));
    assert_eq!(
        a.text,
        "Port Cranes Worry Officials\n\n\
         Officials worry that the cranes, made by ZPMC, contain sensors.\n\n\
         ZPMC denied it.\n\n\
         Officials worry that the cranes, made by ZPMC, contain sensors.\n\n\
         18:41 GMT 05.03.2023\n"
    );
    assert_eq!(
        a.body_text(),
        "Officials worry that the cranes, made by ZPMC, contain sensors.\n\nZPMC denied it."
    );
}

#[test]
fn html_fallbacks() {
    // no <article>/<main>: the body's <p>s; title from <title>, date from JSON-LD
    let page = r#"<html><head><title>Cranes - Port News</title>
        <meta name="application-name" content="Port News">
        <script type="application/ld+json">{"@graph":[{"@type":"NewsArticle","datePublished":"2023-03-04T10:00:00Z","publisher":{"name":"PN"}}]}</script>
        </head><body><div><p>First paragraph here.</p><div><p>Second one.</p></div></div>
        <footer><p>Footer text.</p></footer></body></html>"#;
    let a = parse_str(page, Format::Html, "p.html").unwrap().remove(0);
    check_offsets(&a);
    assert_eq!(a.title, "Cranes");
    assert_eq!(a.published.as_deref(), Some("2023-03-04"));
    assert_eq!(a.publisher.as_deref(), Some("Port News"));
    assert_eq!(a.url, None);
    assert_eq!(a.body_text(), "First paragraph here.\n\nSecond one.");

    // title from <h1>, date from <time datetime>, url from og:url, <main>
    let page = r#"<html><body><h1>The  Headline</h1><p>Outside main.</p>
        <main><time datetime="2023-03-02">2 March</time><p>Inside main.</p></main>
        <meta property="og:url" content="https://x.example/a"></body></html>"#;
    let a = parse_str(page, Format::Html, "p.html").unwrap().remove(0);
    assert_eq!(a.title, "The Headline");
    assert_eq!(a.published.as_deref(), Some("2023-03-02"));
    assert_eq!(a.url.as_deref(), Some("https://x.example/a"));
    assert_eq!(a.body_text(), "Inside main.");

    // meta name=DC.date; a page wrapped in a <form>
    let page = r#"<html><head><meta name="DC.date" content="2023-03-01"></head>
        <body><form><p>Wrapped body text.</p></form></body></html>"#;
    let a = parse_str(page, Format::Html, "p.htm").unwrap().remove(0);
    assert_eq!(a.published.as_deref(), Some("2023-03-01"));
    assert_eq!(a.title, "");
    assert_eq!(a.text, "Wrapped body text.\n");
    check_offsets(&a);
}

#[test]
fn broken_html_page() {
    let dir = tempfile::tempdir().unwrap();
    let p = write(
        dir.path(),
        "broken.html",
        "<html><body><nav><p>Menu</p></nav><div>no paragraphs<",
    );
    let e = err(&p);
    assert!(
        e.starts_with(&format!("{}: no text paragraphs found", p.display())),
        "{e}"
    );
    assert_eq!(e.lines().count(), 1);
}

// ---------------------------------------------------------------- json

#[test]
fn json_object_and_array() {
    let dir = tempfile::tempdir().unwrap();
    let p = write(
        dir.path(),
        "one.json",
        r#"{"title": "Cranes", "text": "Officials worry.\n\nZPMC denies it.", "url": "https://a.example/1",
            "published": "2023-03-05T18:41:00Z", "publisher": {"name": "Sputnik"}}"#,
    );
    let a = one(&p);
    check_offsets(&a);
    assert_eq!(a.source, p.display().to_string());
    assert_eq!(a.title, "Cranes");
    assert_eq!(a.text, "Officials worry.\n\nZPMC denies it.");
    assert_eq!(a.body, vec![0..16, 18..33]);
    assert_eq!(a.published.as_deref(), Some("2023-03-05"));
    assert_eq!(a.publisher.as_deref(), Some("Sputnik"));
    assert_eq!(a.url.as_deref(), Some("https://a.example/1"));

    let p = write(
        dir.path(),
        "many.json",
        r#"[{"title": "A", "body": "A\nFirst text.", "date": "2023-03-05"},
            {"title": "B", "text": 3},
            {"title": "C", "text": "Third text."}]"#,
    );
    let v = read_file(&p);
    assert_eq!(v.len(), 3);
    let a = v[0].as_ref().unwrap();
    assert_eq!(a.source, format!("{}#1", p.display()));
    assert_eq!(a.body_text(), "First text.", "the title line is not body");
    assert_eq!(a.published.as_deref(), Some("2023-03-05"));
    assert_eq!(
        v[1].as_ref().unwrap_err().to_string(),
        format!("{}#2: the `text` field is not a string", p.display())
    );
    assert_eq!(v[2].as_ref().unwrap().source, format!("{}#3", p.display()));
}

#[test]
fn json_errors() {
    let e = parse_str(
        "{\"title\": \"x\",\n  \"text\" \"y\"}",
        Format::Json,
        "bad.json",
    )
    .unwrap_err();
    assert_eq!(
        e.to_string(),
        "bad.json: invalid JSON at line 2, column 10: expected `:`"
    );
    let e = parse_str(r#"{"title": "x"}"#, Format::Json, "t.json").unwrap_err();
    assert_eq!(e.to_string(), "t.json: no `text` or `body` field");
    let e = parse_str(r#"{"text": "  "}"#, Format::Json, "t.json").unwrap_err();
    assert_eq!(e.to_string(), "t.json: the `text` field is empty");
    let e = parse_str("[]", Format::Json, "t.json").unwrap_err();
    assert_eq!(e.to_string(), "t.json: no articles (an empty JSON array)");
    let e = parse_str("42", Format::Json, "t.json").unwrap_err();
    assert_eq!(
        e.to_string(),
        "t.json: expected a JSON object or an array of objects"
    );
}

#[test]
fn jsonl_bad_line_does_not_stop_the_file() {
    let dir = tempfile::tempdir().unwrap();
    let p = write(
        dir.path(),
        "feed.jsonl",
        "{\"title\": \"A\", \"text\": \"First.\"}\n\n{\"title\": \"B\", \"text\": \"Sec\n{\"title\": \"C\", \"text\": \"Third.\"}\n[1]\n",
    );
    let v = read_file(&p);
    assert_eq!(v.len(), 4, "{v:?}");
    assert_eq!(v[0].as_ref().unwrap().source, format!("{}#1", p.display()));
    assert_eq!(
        v[1].as_ref().unwrap_err().to_string(),
        format!(
            "{}: line 3: invalid JSON at column 27: EOF while parsing a string",
            p.display()
        )
    );
    let c = v[2].as_ref().unwrap();
    assert_eq!(
        (c.title.as_str(), c.source.clone()),
        ("C", format!("{}#3", p.display()))
    );
    assert_eq!(
        v[3].as_ref().unwrap_err().to_string(),
        format!("{}: line 5: not a JSON object", p.display())
    );
    // parse_str: the first bad line is the error
    let e = parse_str("{\"text\": \"One.\"}\nnope\n", Format::Jsonl, "s.jsonl").unwrap_err();
    assert_eq!(
        e.to_string(),
        "s.jsonl: line 2: invalid JSON at column 2: expected ident"
    );
    let v = parse_str(
        "{\"text\": \"One.\"}\n{\"text\": \"Two.\"}\n",
        Format::Jsonl,
        "s.jsonl",
    )
    .unwrap();
    assert_eq!(
        v.iter().map(|a| a.source.as_str()).collect::<Vec<_>>(),
        ["s.jsonl#1", "s.jsonl#2"]
    );
}

#[test]
fn jsonl_invalid_utf8_line_and_binary() {
    let dir = tempfile::tempdir().unwrap();
    let mut bytes = b"{\"text\": \"ok.\"}\n{\"text\": \"".to_vec();
    bytes.extend([0xff, 0xfe]);
    bytes.extend(b"\"}\n{\"text\": \"fine.\"}\n");
    let p = write(dir.path(), "u.jsonl", &bytes);
    let v = read_file(&p);
    assert_eq!(v.len(), 3);
    assert_eq!(
        v[1].as_ref().unwrap_err().to_string(),
        format!("{}: line 2: invalid UTF-8 at byte offset 26", p.display())
    );
    assert!(v[2].is_ok());
    let p = write(
        dir.path(),
        "b.jsonl",
        b"{\"text\": \"ok.\"}\n\x00\x01\x02\n{\"text\": \"x.\"}\n",
    );
    let v = read_file(&p);
    assert_eq!(v.len(), 2, "binary data ends the file");
    assert_eq!(
        v[1].as_ref().unwrap_err().to_string(),
        format!(
            "{}: binary file, not text (NUL byte at byte offset 16)",
            p.display()
        )
    );
    let p = write(dir.path(), "e.jsonl", "\n\n");
    assert_eq!(err(&p), format!("{}: empty file", p.display()));
}

// ---------------------------------------------------------------- paths

#[test]
fn directories_are_walked_in_order() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    write(d, "b.txt", "B title\nB body.\n");
    write(d, "a/z.json", r#"{"title": "Z", "text": "Z body."}"#);
    write(d, "a/c.htm", "<title>C</title><p>C body.</p>");
    write(d, ".hidden.txt", "H\nHidden body.\n");
    write(d, ".git/x.txt", "H\nHidden body.\n");
    write(d, "notes.md", "# not read");
    write(d, "pic.png", [0u8, 1, 2]);
    write(d, "A.TXT", "Upper\nUpper body.\n");
    let titles: Vec<String> = read_file(d).into_iter().map(|r| r.unwrap().title).collect();
    assert_eq!(titles, ["Upper", "C", "Z", "B title"]);
    // lazily: nothing is read before the iterator is advanced
    let mut it = read_inputs(&[d.to_path_buf(), d.join("b.txt")]);
    write(d, "0.txt", "Zero\nZero body.\n");
    assert_eq!(it.next().unwrap().unwrap().title, "Zero");
    assert_eq!(it.count(), 5);
}

#[cfg(unix)]
#[test]
fn symlink_loops_end() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "d/a.txt", "A\nA body.\n");
    std::os::unix::fs::symlink(dir.path(), dir.path().join("d/loop")).unwrap();
    assert_eq!(read_file(dir.path()).len(), 1);
}

#[test]
fn missing_path() {
    let p = Path::new("no/such/article.txt");
    assert_eq!(err(p), "no/such/article.txt: no such file or directory");
}

#[test]
fn unsupported_extension_given_explicitly() {
    let dir = tempfile::tempdir().unwrap();
    let p = write(dir.path(), "paper.pdf", "%PDF-1.4");
    assert_eq!(
        err(&p),
        format!(
            "{}: unsupported file type `.pdf` (newsgraph reads .txt, .html, .htm, .json and .jsonl)",
            p.display()
        )
    );
    // without an extension: sniffed
    let p = write(
        dir.path(),
        "README",
        "{\"title\": \"T\", \"text\": \"Body.\"}",
    );
    assert_eq!(one(&p).title, "T");
}

#[test]
fn empty_file() {
    let dir = tempfile::tempdir().unwrap();
    for name in ["e.txt", "e.html", "e.json"] {
        let p = write(dir.path(), name, "");
        assert_eq!(err(&p), format!("{}: empty file", p.display()));
    }
    let p = write(dir.path(), "w.txt", " \n\t\n");
    assert_eq!(err(&p), format!("{}: empty file", p.display()));
}

#[test]
fn binary_file() {
    let dir = tempfile::tempdir().unwrap();
    let p = write(dir.path(), "bin.txt", b"Title\nBody\x00\x01\x02");
    assert_eq!(
        err(&p),
        format!(
            "{}: binary file, not text (NUL byte at byte offset 10)",
            p.display()
        )
    );
    let p = write(dir.path(), "utf16.txt", b"\xff\xfeT\x00i\x00");
    assert_eq!(
        err(&p),
        format!(
            "{}: UTF-16 text is not supported (convert it to UTF-8)",
            p.display()
        )
    );
}

#[test]
fn invalid_utf8() {
    let dir = tempfile::tempdir().unwrap();
    let p = write(dir.path(), "latin1.txt", b"Title\nCaf\xe9 owners worry.\n");
    assert_eq!(
        err(&p),
        format!("{}: invalid UTF-8 at byte offset 9", p.display())
    );
}

#[cfg(unix)]
#[test]
fn unreadable_file() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let p = write(dir.path(), "secret.txt", "Title\nBody.\n");
    fs::set_permissions(&p, fs::Permissions::from_mode(0o000)).unwrap();
    if fs::read(&p).is_ok() {
        // running as root: permissions do not apply; check the message alone
        let e = std::io::Error::from(std::io::ErrorKind::PermissionDenied);
        assert_eq!(decode::io_problem(&e), "permission denied");
        return;
    }
    assert_eq!(err(&p), format!("{}: permission denied", p.display()));
}

#[test]
fn sniffing() {
    assert_eq!(Format::sniff("  [{\"text\": \"x\"}]"), Format::Json);
    assert_eq!(Format::sniff("{\n  \"text\": \"x\"\n}\n"), Format::Json);
    assert_eq!(Format::sniff("{\"text\": \"x\"}\n"), Format::Json);
    assert_eq!(
        Format::sniff("{\"text\": \"x\"}\n{\"text\": \"y\"}\n"),
        Format::Jsonl
    );
    assert_eq!(Format::sniff("\n<!DOCTYPE html><p>x</p>"), Format::Html);
    assert_eq!(
        Format::sniff(" date 2023-03-05 https://x\nTitle\nBody."),
        Format::Txt
    );
    assert_eq!(
        Format::from_path(Path::new("a/B.JSONL")),
        Some(Format::Jsonl)
    );
    assert_eq!(Format::from_path(Path::new("a/b.htm")), Some(Format::Html));
    assert_eq!(Format::from_path(Path::new("a/b")), None);
}

#[test]
fn errors_display_on_one_line() {
    let e = ReadError::new("a.txt", "empty file");
    assert_eq!(e.to_string(), "a.txt: empty file");
}

#[test]
fn stdin_like_readers_are_sniffed() {
    use std::io::Cursor;
    let read = |s: &str| -> Vec<Result<Article, ReadError>> {
        source::from_reader(Cursor::new(s.as_bytes().to_vec()), "-").collect()
    };
    let v = read("\n{\"text\": \"One.\"}\n\n{\"text\": \"Two.\"}\nbad\n{\"text\": \"Three.\"}");
    assert_eq!(v.len(), 4);
    assert_eq!(v[0].as_ref().unwrap().source, "-#1");
    assert_eq!(v[1].as_ref().unwrap().body_text(), "Two.");
    assert!(v[2]
        .as_ref()
        .unwrap_err()
        .to_string()
        .starts_with("-: line 5: invalid JSON"));
    assert_eq!(v[3].as_ref().unwrap().source, "-#4");
    let v = read("{\n \"title\": \"T\",\n \"text\": \"One.\"\n}\n");
    assert_eq!(v.len(), 1);
    assert_eq!(v[0].as_ref().unwrap().source, "-");
    let v = read("[{\"text\": \"One.\"}, {\"text\": \"Two.\"}]");
    assert_eq!(v[1].as_ref().unwrap().source, "-#2");
    let v = read("<html><title>T</title><p>Body text.</p></html>");
    assert_eq!(v[0].as_ref().unwrap().title, "T");
    let v = read(" date 2023-03-05 https://x.example\nTitle\nBody text.\n");
    let a = v[0].as_ref().unwrap();
    assert_eq!(
        (a.source.as_str(), a.published.as_deref()),
        ("-", Some("2023-03-05"))
    );
    let v = read("");
    assert_eq!(v[0].as_ref().unwrap_err().to_string(), "-: empty file");
}

#[test]
fn deeply_nested_html_does_not_overflow() {
    let depth = 20_000;
    let page = format!(
        "<html><body><article><p>{}Deep text here.{}</p></article></body></html>",
        "<span>".repeat(depth),
        "</span>".repeat(depth)
    );
    let a = parse_str(&page, Format::Html, "deep.html")
        .unwrap()
        .remove(0);
    assert_eq!(a.body_text(), "Deep text here.");
}
