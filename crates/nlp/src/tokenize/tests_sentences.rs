//! Tests of the sentence splitter: final marks, abbreviations, glued
//! sentences, lines and paragraphs (and the paragraph separators an
//! article's analysis text has between body paragraphs), the example
//! article.

use super::tests::{check_doc, sents, toks};
use super::tokenize;

#[test]
fn sentences_end_at_final_marks() {
    assert_eq!(
        sents("He said \"no.\" Then he left! Did he? \"Really?\" she asked. Yes... I think so."),
        [
            "He said \"no.\"",
            "Then he left!",
            "Did he?",
            "\"Really?\" she asked.",
            "Yes...",
            "I think so."
        ]
    );
    assert_eq!(
        sents("He said: “We are ready.” The ministry agreed."),
        ["He said: “We are ready.”", "The ministry agreed."]
    );
    // Footnote references stay with their sentence.
    assert_eq!(
        sents(
            "He stayed until July 1805. [6] An undistinguished student, he left.[7] Then he wrote."
        ),
        [
            "He stayed until July 1805. [6]",
            "An undistinguished student, he left.[7]",
            "Then he wrote."
        ]
    );
    // Brackets close with the sentence.
    assert_eq!(sents("(It rained.) We left."), ["(It rained.)", "We left."]);
}

#[test]
fn abbreviations_end_sentences_only_before_a_clear_start() {
    assert_eq!(
        sents("Mr. Smith met Gov. Newsom in the U.S. Capitol on Jan. 5. Both spoke."),
        [
            "Mr. Smith met Gov. Newsom in the U.S. Capitol on Jan. 5.",
            "Both spoke."
        ]
    );
    assert_eq!(
        sents(
            "He works for Acme Inc. The company makes cranes, tools, etc. It is based in the U.S."
        ),
        [
            "He works for Acme Inc.",
            "The company makes cranes, tools, etc.",
            "It is based in the U.S."
        ]
    );
    // At a sentence end the abbreviation's period is its own token, as in EWT.
    let doc = tokenize("He works for Acme Inc. The company is in the U.S.");
    let words: Vec<&str> = doc.tokens.iter().map(|t| t.text.as_str()).collect();
    assert_eq!(
        words,
        [
            "He", "works", "for", "Acme", "Inc", ".", "The", "company", "is", "in", "the", "U.S",
            "."
        ]
    );
    check_doc(&doc);
    assert_eq!(
        sents(
            "Material on DH (e.g. The Programming Historian) and Norton (c. 1818 – 1880) exists."
        ),
        ["Material on DH (e.g. The Programming Historian) and Norton (c. 1818 – 1880) exists."]
    );
    assert_eq!(
        sents("Her son, Ralph (b. August 2015), and Mlle. Moreau (d. 1975) agreed."),
        ["Her son, Ralph (b. August 2015), and Mlle. Moreau (d. 1975) agreed."]
    );
    // Initials before a name do not end a sentence.
    assert_eq!(
        sents("Jennifer M. Anderson and Steffen W. Graae agreed."),
        ["Jennifer M. Anderson and Steffen W. Graae agreed."]
    );
}

#[test]
fn glued_sentences_are_split() {
    assert_eq!(
        sents("may be used as a tool of espionage.According to one US media outlet, the media outlet noted.This development comes after cargo ships.ZPMC cranes are used."),
        [
            "may be used as a tool of espionage.",
            "According to one US media outlet, the media outlet noted.",
            "This development comes after cargo ships.",
            "ZPMC cranes are used."
        ]
    );
    assert_eq!(toks("espionage.According"), ["espionage", ".", "According"]);
    // Domains, numbers and dotted abbreviations are not sentence ends.
    assert_eq!(
        sents("Visit sputniknews.com or whitehouse.gov today for 3.5 p.c. more."),
        ["Visit sputniknews.com or whitehouse.gov today for 3.5 p.c. more."]
    );
}

#[test]
fn lines_and_paragraphs_end_sentences() {
    assert_eq!(
        sents("Not by Balloons Alone: US Officials Worry 'Chinese Port Cranes' Could Spy on American Cargo\nThe cranes have sensors.\n18:41 GMT 05.03.2023\nthe end\n\nlowercase paragraph"),
        [
            "Not by Balloons Alone: US Officials Worry 'Chinese Port Cranes' Could Spy on American Cargo",
            "The cranes have sensors.",
            "18:41 GMT 05.03.2023\nthe end",
            "lowercase paragraph"
        ]
    );
    assert_eq!(
        sents("WASHINGTON (AP) —\nOfficials said so."),
        ["WASHINGTON (AP) —", "Officials said so."]
    );
    // A text wrapped mid-sentence is not cut after "by" or "the", but a
    // line ending with a comma before a capital is a line of its own.
    assert_eq!(
        sents("The cranes, produced by\nZPMC, are used in the\nUS ports.\nRegards,\nJane"),
        [
            "The cranes, produced by\nZPMC, are used in the\nUS ports.",
            "Regards,",
            "Jane"
        ]
    );
}

/// The body paragraph of the example article, with its glued sentences.
const ZPMC_PARAGRAPH: &str = "Military and national security officials in the United States have become concerned that a particular type of heavy machinery manufactured in China and used on US soil, may be used as a tool of espionage.According to one US media outlet, the target of the officials’ concern are port cranes produced by Shanghai Zhenhua Heavy Industries Company Limited (ZPMC), with some even likening this gear to the mythological Trojan horse.Specifically, the officials worry that these cranes contain “sophisticated sensors” that can track “provenance and destination” of the containers moved by this machinery between shore and cargo ships.ZPMC cranes are being used at many US ports, including some that are used by the military. Officials now worry that China may be afforded a chance to spy on shipments sent to support US military operations abroad, the media outlet noted.This development comes after the US military went to great lengths to hunt down and destroy a Chinese balloon that strayed into American airspace last month.";

#[test]
fn example_article_paragraph() {
    let doc = tokenize(ZPMC_PARAGRAPH);
    check_doc(&doc);
    let first_words: Vec<&str> = doc
        .sentences
        .iter()
        .map(|s| doc.tokens[s.tokens.start].text.as_str())
        .collect();
    assert_eq!(
        first_words,
        [
            "Military",
            "According",
            "Specifically",
            "ZPMC",
            "Officials",
            "This"
        ]
    );
    for s in 0..doc.sentences.len() {
        assert_eq!(doc.sentence_tokens(s).last().unwrap().text, ".");
    }
    let words: Vec<&str> = doc.tokens.iter().map(|t| t.text.as_str()).collect();
    for w in [
        "officials",
        "’",
        "(",
        "ZPMC",
        ")",
        "“",
        "sophisticated",
        "”",
        "espionage",
        "horse",
    ] {
        assert!(words.contains(&w), "{w} missing from {words:?}");
    }
}

#[test]
fn example_article_file() {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../examples/articles/zpmc-cranes.txt"
    );
    let Ok(text) = std::fs::read_to_string(path) else {
        eprintln!("note: {path} not found, skipping");
        return;
    };
    let doc = tokenize(&text);
    check_doc(&doc);
    let chars: Vec<char> = text.chars().collect();
    let sentences: Vec<String> = doc
        .sentences
        .iter()
        .map(|s| chars[s.start..s.end].iter().collect())
        .collect();
    assert_eq!(sentences.len(), 19, "{sentences:#?}");
    assert!(sentences[0].starts_with("date 2023-03-05 https://sputniknews.com/"));
    assert_eq!(
        sentences[1],
        "Not by Balloons Alone: US Officials Worry 'Chinese Port Cranes' Could Spy on American Cargo"
    );
    assert_eq!(sentences[10], "18:41 GMT 05.03.2023");
    assert!(sentences[4].starts_with("According to one US media outlet"));
    assert!(sentences[9].starts_with("While China insisted"));
    assert!(sentences[18].ends_with("sensitive sites in the United States."));
    let url = &doc.tokens[2].text;
    assert!(
        url.starts_with("https://") && url.ends_with("1108074200.html"),
        "{url}"
    );
}

#[test]
fn paragraph_separators_always_end_sentences() {
    // An article's analysis text: the title blanked, its line break (and
    // those between body paragraphs) a paragraph separator U+2029. Across a
    // plain line break these would be one sentence (lowercase next line, a
    // line ending with "the"); across a separator never.
    assert_eq!(
        sents("Officials said the\nregulator sued Acme Corp\nchief executives."),
        ["Officials said the\nregulator sued Acme Corp\nchief executives."]
    );
    let text = "            \u{2029}Officials said the\u{2029}regulator sued Acme Corp\u{2029}chief executives.";
    let doc = tokenize(text);
    check_doc(&doc);
    assert_eq!(
        sents(text),
        [
            "Officials said the",
            "regulator sued Acme Corp",
            "chief executives."
        ]
    );
    // a lone separator, separators with spaces and "\r" around them
    assert_eq!(
        sents("Acme\u{2029}Corp \r\u{2029} Corp\u{2029}\u{2029}"),
        ["Acme", "Corp", "Corp"]
    );
}
