//! Tests of the plain-text reader's rules (see `txt`): untitled texts, a
//! title alone, malformed date lines (a warning, neither title nor body),
//! stdin; and that the analysis text keeps every sentence inside one body
//! paragraph, never across the title or a paragraph boundary.

use std::io::Cursor;

use super::tests::{check_offsets, one, write};
use super::*;

fn txt(text: &str) -> Article {
    let a = parse_str(text, Format::Txt, "x.txt").unwrap().remove(0);
    check_offsets(&a);
    a
}

fn txt_err(text: &str) -> ReadError {
    parse_str(text, Format::Txt, "x.txt").unwrap_err()
}

/// The body paragraphs, one string each.
fn paras(a: &Article) -> Vec<String> {
    let chars: Vec<char> = a.text.chars().collect();
    a.body
        .iter()
        .map(|r| chars[r.clone()].iter().collect())
        .collect()
}

/// The sentences of the article's analysis text, as the tokeniser splits
/// them, sliced from the article text.
fn sentences(a: &Article) -> Vec<String> {
    let doc = newsgraph_nlp::tokenize::tokenize(&a.analysis_text());
    let chars: Vec<char> = a.text.chars().collect();
    doc.sentences
        .iter()
        .map(|s| chars[s.start..s.end].iter().collect())
        .collect()
}

#[test]
fn one_line_is_an_untitled_article() {
    let a = txt("The company said it would sue the regulator.\n");
    assert_eq!(a.title, "");
    assert_eq!(
        a.body_text(),
        "The company said it would sue the regulator."
    );
    assert!(a.warnings.is_empty());
    // no final newline, surrounding blank lines and spaces
    let a = txt("\n\n   The company said it would sue the regulator.   \n\n");
    assert_eq!(a.title, "");
    assert_eq!(
        a.body_text(),
        "The company said it would sue the regulator."
    );
}

#[test]
fn a_title_alone_is_read_as_body() {
    for text in ["Acme sues regulator", "Acme sues regulator\n\n"] {
        let a = txt(text);
        assert_eq!(
            (a.title.as_str(), a.body_text().as_str()),
            ("", "Acme sues regulator")
        );
    }
    // with a date line; with only a time stamp after it
    let a = txt("date 2023-03-05 https://a.example/x\nJust a title\n");
    assert_eq!(a.published.as_deref(), Some("2023-03-05"));
    assert_eq!(
        (a.title.as_str(), a.body_text().as_str()),
        ("", "Just a title")
    );
    let a = txt("Title\n18:41 GMT 05.03.2023\n");
    assert_eq!((a.title.as_str(), a.body_text().as_str()), ("", "Title"));
    // the title repeated as the only body line
    let a = txt("Acme sues regulator\n\nAcme sues regulator\n");
    assert_eq!(
        (a.title.as_str(), a.body_text().as_str()),
        ("", "Acme sues regulator")
    );
}

#[test]
fn a_headline_then_body_is_title_and_body() {
    for text in [
        "Acme sues regulator\n\nThe company said it would sue.\n",
        "Acme sues regulator\nThe company said it would sue.\n",
        "Will Acme sue the regulator?\nThe company said it would sue.\n",
    ] {
        let a = txt(text);
        assert_eq!(a.body_text(), "The company said it would sue.", "{text}");
        assert!(!a.title.is_empty() && !a.body_text().contains(&a.title));
    }
    // a blank line after the headline: a lowercase body is still body
    let a = txt("Acme sues regulator\n\nthe company said it would sue.\n");
    assert_eq!(a.title, "Acme sues regulator");
}

#[test]
fn a_first_line_of_prose_is_body() {
    // ends like a sentence
    let a = txt("The company said so.\nIt filed on Monday.\n");
    assert_eq!(a.title, "");
    assert_eq!(paras(&a), ["The company said so.", "It filed on Monday."]);
    // runs on into the next line: lowercase next line, or a line ending "the"
    let a = txt("The company said it would sue\nthe regulator on Monday.\n");
    assert_eq!(a.title, "");
    assert_eq!(
        paras(&a),
        ["The company said it would sue\nthe regulator on Monday."]
    );
    let a = txt("Officials said the\nUS regulator was sued.\n");
    assert_eq!(a.title, "");
    assert_eq!(paras(&a), ["Officials said the\nUS regulator was sued."]);
    // too long for a headline
    let long = format!("Will {}the regulator?", "the company sue ".repeat(13));
    let a = txt(&format!("{long}\nThe company said so.\n"));
    assert_eq!((a.title.as_str(), a.body.len()), ("", 2));
}

#[test]
fn empty_and_bodiless_texts_are_errors_naming_the_file() {
    for text in ["", " \n\t\n", "\u{feff}\n"] {
        let e = txt_err(text);
        assert_eq!(e.to_string(), "x.txt: empty file");
    }
    let e = txt_err("date 2023-03-05 https://a.example/x\n\n");
    assert_eq!(
        e.to_string(),
        "x.txt: no title or body text after the date line"
    );
    let e = txt_err("date 2023-13-45 notaurl\n");
    assert_eq!(e.path, "x.txt");
    let e = txt_err("18:41 GMT 05.03.2023\nhttps://a.example/x\n");
    assert!(e.problem.starts_with("no body text"), "{e}");
    let dir = tempfile::tempdir().unwrap();
    let p = write(dir.path(), "blank.txt", "\n \n");
    let e = read_file(&p).remove(0).unwrap_err();
    assert_eq!(e.to_string(), format!("{}: empty file", p.display()));
}

#[test]
fn a_malformed_date_line_is_a_warning_not_the_title() {
    let a = txt("date 2023-13-45 notaurl\nAcme sues regulator\n\nThe company said it would sue.\n");
    assert_eq!(
        a.warnings,
        ["x.txt:1: ignoring malformed date line (month 13 out of range)"]
    );
    assert_eq!(a.title, "Acme sues regulator");
    assert_eq!(a.body_text(), "The company said it would sue.");
    assert_eq!((a.published.as_deref(), a.url.as_deref()), (None, None));
    // after blank lines: its line number; the text after it untitled
    let a = txt("\n\nDate: 2023-03-05 notaurl\nThe company said it would sue.\n");
    assert_eq!(
        a.warnings,
        ["x.txt:3: ignoring malformed date line (`notaurl` is not a URL)"]
    );
    assert_eq!(a.title, "");
    assert_eq!(a.body_text(), "The company said it would sue.");
    // a file names itself
    let dir = tempfile::tempdir().unwrap();
    let p = write(
        dir.path(),
        "bad-date.txt",
        "date 2023-02-30\nTitle\nBody text.\n",
    );
    let a = one(&p);
    assert_eq!(
        a.warnings,
        [format!(
            "{}:1: ignoring malformed date line (day 30 out of range for 2023-02)",
            p.display()
        )]
    );
    assert_eq!(
        (a.title.as_str(), a.body_text().as_str()),
        ("Title", "Body text.")
    );
    // not date lines: titles
    for title in ["Date night in Paris", "2023-03-05 was a Sunday", "1984"] {
        let a = txt(&format!("{title}\nBody text.\n"));
        assert_eq!(a.title, title);
        assert!(a.warnings.is_empty());
    }
}

#[test]
fn stdin_plain_text() {
    let read = |s: &str| -> Vec<Result<Article, ReadError>> {
        source::from_reader(Cursor::new(s.as_bytes().to_vec()), "-").collect()
    };
    let v = read("The company said it would sue the regulator.\n");
    let a = v[0].as_ref().unwrap();
    assert_eq!(a.source, "-");
    assert_eq!(a.title, "");
    assert_eq!(
        a.body_text(),
        "The company said it would sue the regulator."
    );
    let v = read("date 2023-13-45 notaurl\nThe company said it would sue.\n");
    let a = v[0].as_ref().unwrap();
    assert_eq!(
        a.warnings,
        ["-:1: ignoring malformed date line (month 13 out of range)"]
    );
    let v = read(" \n\n");
    assert_eq!(v[0].as_ref().unwrap_err().to_string(), "-: empty file");
}

#[test]
fn analysis_text_separates_paragraphs() {
    let a = txt("Acme Sues Regulator\r\nThe company said it would sue\nthe regulator.\nIt filed on Monday.\n");
    assert_eq!(a.title, "Acme Sues Regulator");
    let sep = newsgraph_core::article::PARAGRAPH_SEPARATOR;
    let want = format!(
        "{}{sep}The company said it would sue\nthe regulator.{sep}It filed on Monday.{sep}",
        " ".repeat(20)
    );
    assert_eq!(a.analysis_text(), want);
}

#[test]
fn no_sentence_crosses_the_title_or_a_paragraph() {
    // The title ends with "the" and the body starts in lowercase: across a
    // plain line break the splitter would join them.
    let a = txt("Acme sues regulator over the\n\nregulator's fees, the company said.\n");
    assert_eq!(a.title, "Acme sues regulator over the");
    assert_eq!(sentences(&a), ["regulator's fees, the company said."]);
    // A JSON article without a title field: its headline line is body, a
    // paragraph of its own.
    let a = parse_str(
        r#"{"text": "Acme sues the\nregulator over fees\n\nAcme Corp\nsaid so."}"#,
        Format::Json,
        "x.json",
    )
    .unwrap()
    .remove(0);
    assert_eq!(
        sentences(&a),
        ["Acme sues the\nregulator over fees", "Acme Corp\nsaid so."]
    );
    // A line ending with a colon is a paragraph of its own; across a plain
    // line break the splitter would go on into the lowercase next line.
    let a = txt("Officials said:\nthe cranes spy on cargo.\n");
    assert_eq!(paras(&a), ["Officials said:", "the cranes spy on cargo."]);
    assert_eq!(sentences(&a), paras(&a));
    // Body paragraphs the reader keeps apart stay apart: a heading line,
    // a byline, a stray time stamp between two paragraphs.
    let a = txt(
        "Cranes Worry Officials\nBy Jane Doe\nZPMC\n18:41 GMT\nbuilt the cranes, officials say.\n",
    );
    assert_eq!(
        paras(&a),
        ["By Jane Doe", "ZPMC", "built the cranes, officials say."]
    );
    for s in sentences(&a) {
        assert!(paras(&a).contains(&s), "{s:?} crosses a paragraph");
    }
    // The example article: every sentence inside one body paragraph.
    let a = one(std::path::Path::new(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../examples/articles/zpmc-cranes.txt"
    )));
    let body = paras(&a);
    let all = sentences(&a);
    assert!(all.len() > 7, "{all:#?}");
    for s in all {
        assert!(
            body.iter().any(|p| p.contains(&s)),
            "{s:?} crosses a paragraph"
        );
    }
}
