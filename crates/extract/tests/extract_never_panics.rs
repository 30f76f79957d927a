//! Property test: random texts made of news-like fragments (quotes, dashes,
//! parentheses, capitalised names, numbers, dates) and odd Unicode
//! (combining marks, emoji, right-to-left script, zero-width and direction
//! marks, CRLF, tabs) never make `Engine::extract` panic, and every span it
//! reports lies inside the text on character boundaries (offsets count code
//! points). The checks are the `extract_article` fuzz target's
//! (`tests/common/checks.rs`).
//!
//! `cargo test --release -p newsgraph-extract --test extract_never_panics`
//! (`PROPTEST_CASES=1000` for a longer run).

mod common;

use common::checks;
use proptest::prelude::*;
use proptest::sample::select;

const FRAGMENTS: &[&str] = &[
    // quotes, dashes, brackets, punctuation
    "\"",
    "“",
    "”",
    "'",
    "‘",
    "’",
    "«",
    "»",
    "„",
    "\"We are delighted,\"",
    "'no comment'",
    "-",
    "–",
    "—",
    "--",
    "‐",
    " - ",
    "(",
    ")",
    "[",
    "]",
    "{",
    "}",
    "(AP)",
    "(left)",
    ",",
    ".",
    ";",
    ":",
    "?",
    "!",
    "…",
    "...",
    "/",
    "&",
    "%",
    "@",
    "#",
    "*",
    // names and nominals
    "Jane Doe",
    "John Smith",
    "Acme Corp",
    "Acme Corp.",
    "Acme Holdings Ltd",
    "the Ministry of Defence",
    "Xi Jinping",
    "Emmanuel Macron",
    "NATO",
    "U.S.",
    "US",
    "UK",
    "EU",
    "Dr. Smith",
    "Mr",
    "Mrs.",
    "O'Neill",
    "al-Assad",
    "McDonald's",
    "São Paulo",
    "Zürich",
    "Beijing",
    "New York",
    "the company",
    "the minister",
    "the president",
    "the union",
    "the cranes",
    "a spokesperson",
    "President",
    "Prime Minister",
    "chief executive",
    "Reuters",
    "The Times",
    // verbs and function words
    "said",
    "says",
    "told reporters",
    "according to",
    "he said",
    "she added",
    "they said",
    "announced",
    "denied",
    "claimed",
    "is the chief executive of",
    "was born in",
    "joined",
    "acquired",
    "fined",
    "it",
    "they",
    "who",
    "which",
    "that",
    "not",
    "never",
    "may",
    "might",
    "reportedly",
    "allegedly",
    "the",
    "a",
    "an",
    "of",
    "in",
    "on",
    "and",
    "or",
    "but",
    "by",
    // times and numbers
    "on Monday",
    "in March 2023",
    "last year",
    "3 March 2023",
    "March 3, 2023",
    "2023-03-05",
    "10:30",
    "10.30am",
    "$4.5bn",
    "€10m",
    "4,000",
    "12%",
    "1990s",
    "No. 10",
    "1",
    "0",
    "-1",
    "2023",
    "99999999999999999999",
    "1/2",
    "½",
    "3rd",
    "II",
    // odd Unicode
    "e\u{301}",
    "\u{301}",
    "\u{301}\u{302}\u{303}",
    "👍",
    "👩‍👩‍👧",
    "🇺🇸",
    "🏳️‍🌈",
    "مرحبا",
    "محمد بن سلمان",
    "שלום",
    "\u{200f}",
    "\u{200e}",
    "\u{202e}",
    "\u{202c}",
    "\u{200b}",
    "\u{200d}",
    "\u{2060}",
    "\u{feff}",
    "\u{a0}",
    "\u{2028}",
    "\u{2029}",
    "\u{85}",
    "\u{b}",
    "\u{c}",
    "\u{0}",
    "ﬁ",
    "İstanbul",
    "ß",
    "ǅ",
    "ΣΊΣΥΦΟΣ",
    "中国",
    "日本語",
    "한국어",
    "\u{fffd}",
    "\u{10ffff}",
    "𝔘𝔫𝔦",
    // white space
    "\r\n",
    "\n",
    "\n\n",
    "\r",
    "\t",
    " ",
    "   ",
    "\r\n\r\n",
];

const SEPARATORS: &[&str] = &[
    " ",
    " ",
    " ",
    " ",
    "",
    "",
    "\n",
    "\r\n",
    "\t",
    "\n\n",
    ". ",
    ", ",
    " \u{200b}",
];

/// A capitalised word (or an all-capitals one), ASCII or not.
fn name() -> impl Strategy<Value = String> {
    (
        select(&['A', 'B', 'K', 'M', 'S', 'Z', 'É', 'Ö', 'Ł', 'Ж']),
        prop::collection::vec(
            select(&[
                'a', 'e', 'i', 'o', 'u', 'n', 'r', 's', 't', 'é', 'ü', 'ñ', 'ł',
            ]),
            0..9,
        ),
        any::<bool>(),
    )
        .prop_map(|(first, rest, caps)| {
            let word: String = std::iter::once(first).chain(rest).collect();
            if caps {
                word.to_uppercase()
            } else {
                word
            }
        })
}

fn piece() -> impl Strategy<Value = String> {
    prop_oneof![
        8 => select(FRAGMENTS).prop_map(String::from),
        3 => name(),
        1 => any::<u32>().prop_map(|n| n.to_string()),
        1 => any::<char>().prop_map(String::from),
    ]
}

/// Two sentences, the second referring back to a word of the first with a
/// definite description ("Officials saw a blue X on Monday. The X was
/// found"): the coreference rules' input, with any piece as the noun.
fn referring_back() -> impl Strategy<Value = String> {
    (
        select(&["a blue", "an old", "the big new", "a", "one", "Acme's"]),
        piece(),
        select(&[
            "was found in Paris",
            "fell",
            "said it would go",
            "had joined in 2020",
        ]),
    )
        .prop_map(|(before, noun, after)| {
            format!("Officials saw {before} {noun} on Monday. The {noun} {after}. ")
        })
}

fn text() -> impl Strategy<Value = String> {
    let chunk = prop_oneof![
        12 => (piece(), select(SEPARATORS)).prop_map(|(p, sep)| p + sep),
        1 => referring_back(),
    ];
    prop::collection::vec(chunk, 0..160).prop_map(|parts| parts.concat())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(
        std::env::var("PROPTEST_CASES").ok().and_then(|n| n.parse().ok()).unwrap_or(64)
    ))]

    #[test]
    fn extraction_never_panics_and_keeps_spans_in_the_text(text in text()) {
        checks::check_extract_text(&text);
    }
}

/// The engine on texts that are only odd characters, a few at a time.
#[test]
fn tiny_odd_texts() {
    for t in [
        "",
        " ",
        "\n",
        "\r\n",
        ".",
        "\"",
        "(",
        "\u{301}",
        "👩‍👩‍👧",
        "\u{200f}",
        "A",
        "The.",
        "\u{feff}A",
        "a\u{0}b",
    ] {
        checks::check_extract_text(t);
    }
}
