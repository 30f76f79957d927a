//! Tests of the tokeniser: EWT conventions, offsets on non-ASCII text and on
//! every EWT dev sentence, invariants on random text. The sentence
//! splitter's are in `tests_sentences.rs`; both share the helpers here.

use super::tokenize;
use crate::doc::Doc;

pub(super) fn toks(text: &str) -> Vec<String> {
    tokenize(text).tokens.into_iter().map(|t| t.text).collect()
}

pub(super) fn sents(text: &str) -> Vec<String> {
    let doc = tokenize(text);
    let chars: Vec<char> = text.chars().collect();
    doc.sentences
        .iter()
        .map(|s| chars[s.start..s.end].iter().collect())
        .collect()
}

/// Every invariant a `Doc` from the tokeniser must keep.
pub(super) fn check_doc(doc: &Doc) {
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

#[test]
fn offsets_slice_back_on_ewt_dev() {
    let Some(dir) = crate::corpus::shared_data(crate::corpus::EWT_DEV) else {
        return;
    };
    let sentences = crate::conllu::read(&dir.join(crate::corpus::EWT_DEV)).unwrap();
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
