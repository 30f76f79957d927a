//! Tests of the tokeniser and sentence splitter: EWT conventions, news
//! text, the example article, and offsets on every EWT dev sentence.

use super::tokenize;
use crate::doc::Doc;

fn toks(text: &str) -> Vec<String> {
    tokenize(text).tokens.into_iter().map(|t| t.text).collect()
}

fn sents(text: &str) -> Vec<String> {
    let doc = tokenize(text);
    let chars: Vec<char> = text.chars().collect();
    doc.sentences
        .iter()
        .map(|s| chars[s.start..s.end].iter().collect())
        .collect()
}

/// Every invariant a `Doc` from the tokeniser must keep.
fn check_doc(doc: &Doc) {
    let chars: Vec<char> = doc.text.chars().collect();
    let mut prev_end = 0;
    for t in &doc.tokens {
        assert!(t.start < t.end, "empty token {t:?}");
        assert!(t.start >= prev_end, "overlapping token {t:?}");
        let slice: String = chars[t.start..t.end].iter().collect();
        assert_eq!(slice, t.text, "offsets of {t:?}");
        assert!(!t.text.chars().any(char::is_whitespace), "space in {t:?}");
        assert_eq!(
            t.space_after,
            chars.get(t.end).is_some_and(|c| c.is_whitespace()),
            "space_after of {t:?}"
        );
        prev_end = t.end;
    }
    // Non-space text is all covered by tokens (zero-width spaces aside).
    let covered: usize = doc.tokens.iter().map(|t| t.end - t.start).sum();
    let visible = chars
        .iter()
        .filter(|&&c| !super::scanner::is_space(c))
        .count();
    assert_eq!(covered, visible, "tokens do not cover the text");
    // Sentences tile the tokens in order.
    let mut next = 0;
    for s in &doc.sentences {
        assert_eq!(s.tokens.start, next);
        assert!(s.tokens.end > s.tokens.start);
        assert_eq!(s.start, doc.tokens[s.tokens.start].start);
        assert_eq!(s.end, doc.tokens[s.tokens.end - 1].end);
        next = s.tokens.end;
    }
    assert_eq!(next, doc.tokens.len());
}

#[test]
fn abbreviations_keep_their_period() {
    assert_eq!(
        toks("U.S. officials met Mr. Smith of Acme Co. Ltd. and Gov. Newsom on Jan. 5 at 10 a.m. in St. Louis, home of Widget Inc. and Foo Corp. too."),
        [
            "U.S.", "officials", "met", "Mr.", "Smith", "of", "Acme", "Co.", "Ltd.", "and", "Gov.",
            "Newsom", "on", "Jan.", "5", "at", "10", "a.m.", "in", "St.", "Louis", ",", "home", "of",
            "Widget", "Inc.", "and", "Foo", "Corp.", "too", "."
        ]
    );
    assert_eq!(
        toks("George W. Bush read J.R.R. Tolkien (and Ph.D. theses) in the U.S.A."),
        [
            "George", "W.", "Bush", "read", "J.R.R.", "Tolkien", "(", "and", "Ph.D.", "theses",
            ")", "in", "the", "U.S.A", "."
        ]
    );
    // Ordinary words lose the period; "D.C.." is "D.C." and ".".
    assert_eq!(
        toks("in Washington, D.C.. Then"),
        ["in", "Washington", ",", "D.C.", ".", "Then"]
    );
    assert_eq!(toks("He left."), ["He", "left", "."]);
    assert_eq!(
        toks("U.S.-China trade, No. 1"),
        ["U.S.", "-", "China", "trade", ",", "No.", "1"]
    );
}

#[test]
fn numbers_dates_and_times_stay_whole() {
    assert_eq!(
        toks("It cost $2bn, or 1,000.50 per share, up 3.5% on 2023-03-05 at 18:41 GMT 05.03.2023."),
        [
            "It",
            "cost",
            "$",
            "2",
            "bn",
            ",",
            "or",
            "1,000.50",
            "per",
            "share",
            ",",
            "up",
            "3.5",
            "%",
            "on",
            "2023-03-05",
            "at",
            "18:41",
            "GMT",
            "05.03.2023",
            "."
        ]
    );
    assert_eq!(
        toks("at 5pm on 11/28/2000"),
        ["at", "5", "pm", "on", "11/28/2000"]
    );
    assert_eq!(toks("call 713-853-3989"), ["call", "713-853-3989"]);
    assert_eq!(
        toks("batting .292 at $.04"),
        ["batting", ".292", "at", "$", ".04"]
    );
    // Ranges and fractions are split, as in EWT; decades stay whole.
    assert_eq!(
        toks("1990-1995 and 3/4"),
        ["1990", "-", "1995", "and", "3", "/", "4"]
    );
    assert_eq!(toks("the 1980s and '90s"), ["the", "1980s", "and", "'90s"]);
}

#[test]
fn urls_and_emails_stay_whole() {
    assert_eq!(
        toks("See https://sputniknews.com/20230305/not-by-balloons-1108074200.html, or write to info@example.com."),
        [
            "See",
            "https://sputniknews.com/20230305/not-by-balloons-1108074200.html",
            ",",
            "or",
            "write",
            "to",
            "info@example.com",
            "."
        ]
    );
    assert_eq!(
        toks("(sputniknews.com/20230305/cranes.html) and example.co.uk/a?b=1."),
        [
            "(",
            "sputniknews.com/20230305/cranes.html",
            ")",
            "and",
            "example.co.uk/a?b=1",
            "."
        ]
    );
    assert_eq!(
        toks("(www.example.org) and sputniknews.com reported"),
        [
            "(",
            "www.example.org",
            ")",
            "and",
            "sputniknews.com",
            "reported"
        ]
    );
    assert_eq!(
        toks("<mailto:amy@example.com>"),
        ["<", "mailto:amy@example.com", ">"]
    );
}

#[test]
fn quotes_dashes_ellipses_and_brackets_split_off() {
    assert_eq!(
        toks("cranes contain “sophisticated sensors” and 'Chinese Port Cranes' (ZPMC)"),
        [
            "cranes",
            "contain",
            "“",
            "sophisticated",
            "sensors",
            "”",
            "and",
            "'",
            "Chinese",
            "Port",
            "Cranes",
            "'",
            "(",
            "ZPMC",
            ")"
        ]
    );
    assert_eq!(
        toks("\"No,\" he said—twice – then... nothing… [sic]"),
        [
            "\"", "No", ",", "\"", "he", "said", "—", "twice", "–", "then", "...", "nothing", "…",
            "[", "sic", "]"
        ]
    );
    assert_eq!(toks("wait -- what?!"), ["wait", "--", "what", "?!"]);
}

#[test]
fn hyphens_follow_ewt() {
    assert_eq!(
        toks("a 15-year term, an e-mail, al-Qaeda, non-profit, mid-July, well-known"),
        [
            "a",
            "15",
            "-",
            "year",
            "term",
            ",",
            "an",
            "e-mail",
            ",",
            "al",
            "-",
            "Qaeda",
            ",",
            "non-profit",
            ",",
            "mid-July",
            ",",
            "well",
            "-",
            "known"
        ]
    );
}

#[test]
fn contractions_and_clitics_split_as_in_ewt() {
    assert_eq!(
        toks("I can't, don't, won't; I'm sure it's ZPMC's and the officials’ cranes, not Bush’s."),
        [
            "I",
            "ca",
            "n't",
            ",",
            "do",
            "n't",
            ",",
            "wo",
            "n't",
            ";",
            "I",
            "'m",
            "sure",
            "it",
            "'s",
            "ZPMC",
            "'s",
            "and",
            "the",
            "officials",
            "’",
            "cranes",
            ",",
            "not",
            "Bush",
            "’s",
            "."
        ]
    );
    assert_eq!(
        toks("We'll see, you've got it, they'd go, we're here; cannot, gonna, dont"),
        [
            "We", "'ll", "see", ",", "you", "'ve", "got", "it", ",", "they", "'d", "go", ",", "we",
            "'re", "here", ";", "can", "not", ",", "gon", "na", ",", "do", "nt"
        ]
    );
    assert_eq!(toks("the parents' house"), ["the", "parents", "'", "house"]);
    assert_eq!(
        toks("O'Brien's rock'n'roll"),
        ["O'Brien", "'s", "rock'n'roll"]
    );
    assert_eq!(toks("the U.S.'s ports"), ["the", "U.S.", "'s", "ports"]);
    assert_eq!(toks("FERC 's rules"), ["FERC", "'s", "rules"]);
}

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

#[test]
fn offsets_are_char_offsets_on_non_ascii_text() {
    let text = "Ångström’s café — naïve résumé: 10 €.\n\n“Zürich’s” CEO said 中文 😀 ok.";
    let doc = tokenize(text);
    check_doc(&doc);
    let words: Vec<&str> = doc.tokens.iter().map(|t| t.text.as_str()).collect();
    assert_eq!(
        words,
        [
            "Ångström",
            "’s",
            "café",
            "—",
            "naïve",
            "résumé",
            ":",
            "10",
            "€",
            ".",
            "“",
            "Zürich",
            "’s",
            "”",
            "CEO",
            "said",
            "中文",
            "😀",
            "ok",
            "."
        ]
    );
    assert_eq!(doc.tokens[2].start, 11);
    assert_eq!(toks("ok 👍🏽👨‍👩‍👧 ☺️!"), ["ok", "👍🏽", "👨‍👩‍👧", "☺️", "!"]);
    assert_eq!(
        sents("Headline\r\nBody one.\rBody two.\r\n\r\nlast"),
        ["Headline", "Body one.", "Body two.", "last"]
    );
    assert_eq!(doc.sentences.len(), 2);
    assert!(!doc.tokens[0].space_after && doc.tokens[1].space_after);
}

#[test]
fn invariants_hold_on_random_character_soup() {
    // Deterministic pseudo-random strings over the characters the scanner
    // treats specially, to catch panics and broken offsets.
    const ALPHABET: &[char] = &[
        'a', 'B', 'n', 't', 's', 'I', 'U', 'S', '0', '7', '.', '.', ',', ':', ';', '-', '/', '\'',
        '’', '‘', '"', '“', '”', '(', ')', '@', '#', '$', '%', '&', '_', '!', '?', '…', ' ', ' ',
        '\n', 'é', '中', '😀', '\u{200B}', '\u{0301}', 'w', 'h', 'p', ':', '+',
    ];
    let mut state: u64 = 0x2545_F491_4F6C_DD1D;
    let mut next = || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    for _ in 0..3000 {
        let len = (next() % 40) as usize;
        let text: String = (0..len)
            .map(|_| ALPHABET[(next() % ALPHABET.len() as u64) as usize])
            .collect();
        check_doc(&tokenize(&text));
    }
    for text in [
        "http://", "www.", "a@", "@", "#", "'", "'9", "U.S", "1-", "1/", "Mr.", "e.g..",
    ] {
        check_doc(&tokenize(text));
    }
}

#[test]
fn long_chunks_are_scanned_in_linear_time() {
    // Pathological chunks without spaces: a quadratic scan would take
    // minutes on these; a linear one takes milliseconds.
    for unit in ["a-", "1-", "a.", "1.", "x@", "a/", "'a", "-1"] {
        let text = unit.repeat(50_000) + "/x@y.com";
        let doc = tokenize(&text);
        assert!(doc.tokens.len() >= 2, "{unit}");
        assert_eq!(doc.tokens.last().unwrap().end, text.chars().count());
    }
}

#[test]
fn empty_and_blank_text() {
    for text in ["", "   \n\n ", "\u{200B}"] {
        let doc = tokenize(text);
        assert!(doc.tokens.is_empty() && doc.sentences.is_empty());
        check_doc(&doc);
    }
    let doc = tokenize("  .  ");
    assert_eq!(doc.tokens.len(), 1);
    assert_eq!(doc.sentences.len(), 1);
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
fn offsets_slice_back_on_ewt_dev() {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../../shared/data/ud_en_ewt/en_ewt-ud-dev.conllu"
    );
    let Ok(sentences) = crate::conllu::read(std::path::Path::new(path)) else {
        eprintln!("note: EWT dev not found at {path}, skipping");
        return;
    };
    let mut all = String::new();
    for s in &sentences {
        let text = s.comment("text").unwrap_or_default();
        check_doc(&tokenize(text));
        all.push_str(text);
        all.push(if all.len().is_multiple_of(3) {
            '\n'
        } else {
            ' '
        });
    }
    let doc = tokenize(&all);
    check_doc(&doc);
    assert!(doc.tokens.len() > 20_000);
}
