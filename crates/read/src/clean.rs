//! Which paragraphs are body: drops stray lines (no real words: a bare time
//! stamp, a dateline, a share button), the title repeated in the text, a
//! paragraph that repeats an earlier one, and a paragraph whose text is the
//! concatenation of a run of other paragraphs (the same text once more with
//! its line breaks lost; the copy with line breaks is kept).
//!
//! Paragraphs are compared by a key that ignores whitespace, case and the
//! kind of quotes and dashes.

use std::collections::{HashMap, HashSet};
use std::ops::Range;

/// The body among `paras` (char ranges of `chars`, in order), `title` being
/// the article's title.
pub(super) fn body(chars: &[char], paras: &[Range<usize>], title: &str) -> Vec<Range<usize>> {
    let title_key = key(title.chars());
    let cands: Vec<(Range<usize>, String)> = paras
        .iter()
        .filter(|r| !is_stray(&chars[(*r).clone()]))
        .map(|r| (r.clone(), key(chars[r.clone()].iter().copied())))
        .filter(|(_, k)| !k.is_empty())
        .collect();
    let keys: Vec<&str> = cands.iter().map(|(_, k)| k.as_str()).collect();
    let starts = Starts::new(&keys);
    let mut seen = HashSet::new();
    let mut out = Vec::new();
    for (i, (r, k)) in cands.iter().enumerate() {
        let first = seen.insert(k.as_str());
        if first && *k != title_key && !is_concatenation(&keys, &starts, i) {
            out.push(r.clone());
        }
    }
    out
}

/// The keys by their first few chars, to find those that start a key fast.
struct Starts<'a>(HashMap<&'a str, Vec<usize>>);

/// Chars of a key's start indexed by [`Starts`].
const START: usize = 8;

impl<'a> Starts<'a> {
    fn new(keys: &[&'a str]) -> Self {
        let mut map: HashMap<&str, Vec<usize>> = HashMap::new();
        for (j, k) in keys.iter().enumerate() {
            map.entry(prefix(k, START)).or_default().push(j);
        }
        Starts(map)
    }

    /// The indices of the keys that may be a prefix of `target`.
    fn of(&self, target: &str) -> Vec<usize> {
        let mut ends: Vec<&str> = (1..=START).map(|n| prefix(target, n)).collect();
        ends.dedup();
        ends.iter()
            .flat_map(|p| self.0.get(p).into_iter().flatten().copied())
            .collect()
    }
}

/// The first `n` chars of `s` (all of it if shorter).
fn prefix(s: &str, n: usize) -> &str {
    s.char_indices().nth(n).map_or(s, |(b, _)| &s[..b])
}

/// Whether `keys[i]` is the concatenation of a run of two or more other
/// consecutive keys.
fn is_concatenation(keys: &[&str], starts: &Starts, i: usize) -> bool {
    let target = keys[i];
    starts.of(target).into_iter().any(|j| {
        let mut pos = 0;
        let mut n = 0;
        for (k, key) in keys.iter().enumerate().skip(j) {
            if k == i || !target[pos..].starts_with(key) {
                return false;
            }
            pos += key.len();
            n += 1;
            if pos == target.len() {
                return n >= 2;
            }
        }
        false
    })
}

/// The comparison key of a paragraph.
pub(super) fn key(text: impl Iterator<Item = char>) -> String {
    text.filter(|c| !c.is_whitespace() && !matches!(c, '\u{feff}' | '\u{200b}' | '\u{ad}'))
        .map(|c| match c {
            '‘' | '’' | '‚' | '‛' | '′' | '`' | '´' => '\'',
            '“' | '”' | '„' | '‟' | '″' | '«' | '»' => '"',
            '‐' | '‑' | '‒' | '–' | '—' | '―' | '−' => '-',
            c => c,
        })
        .flat_map(char::to_lowercase)
        .collect()
}

/// Words that do not make a line a sentence: months, days, time zones and
/// time stamp labels.
const NOT_WORDS: &[&str] = &[
    "jan",
    "january",
    "feb",
    "february",
    "mar",
    "march",
    "apr",
    "april",
    "may",
    "jun",
    "june",
    "jul",
    "july",
    "aug",
    "august",
    "sep",
    "sept",
    "september",
    "oct",
    "october",
    "nov",
    "november",
    "dec",
    "december",
    "mon",
    "monday",
    "tue",
    "tues",
    "tuesday",
    "wed",
    "wednesday",
    "thu",
    "thurs",
    "thursday",
    "fri",
    "friday",
    "sat",
    "saturday",
    "sun",
    "sunday",
    "am",
    "pm",
    "gmt",
    "utc",
    "bst",
    "cet",
    "cest",
    "eet",
    "eest",
    "msk",
    "est",
    "edt",
    "cst",
    "cdt",
    "mst",
    "mdt",
    "pst",
    "pdt",
    "ist",
    "jst",
    "aest",
    "updated",
    "published",
    "posted",
    "modified",
    "last",
    "on",
    "at",
    "ago",
    "min",
    "mins",
    "minute",
    "minutes",
    "hour",
    "hours",
    "read",
    "st",
    "nd",
    "rd",
    "th",
];

/// Whole lines that are page furniture, not text.
const FURNITURE: &[&str] = &[
    "advertisement",
    "advertisements",
    "share",
    "sharethis",
    "sharethisarticle",
    "share:",
    "readmore",
    "readmore:",
    "related",
    "relatedarticles",
    "comments",
    "subscribe",
    "signup",
    "clickhere",
    "listen",
    "listentothisarticle",
    "printthisarticle",
    "print",
    "email",
    "follow",
    "followus",
];

/// A line with no real words (a bare time stamp, a dateline, a rule of
/// asterisks), a bare URL, or page furniture ("Advertisement").
pub(super) fn is_stray(line: &[char]) -> bool {
    let s: String = line.iter().collect();
    let t = s.trim();
    if !t.contains(char::is_whitespace)
        && (t.starts_with("http://") || t.starts_with("https://") || t.starts_with("www."))
    {
        return true;
    }
    if FURNITURE.contains(&key(t.chars()).as_str()) {
        return true;
    }
    !t.split(|c: char| !c.is_alphanumeric()).any(|w| {
        w.chars().count() >= 2
            && w.chars().all(char::is_alphabetic)
            && !NOT_WORDS.contains(&w.to_lowercase().as_str())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(paras: &[&str], title: &str) -> Vec<String> {
        let text = paras.join("\n");
        let chars: Vec<char> = text.chars().collect();
        let mut ranges = Vec::new();
        let mut at = 0;
        for p in paras {
            let n = p.chars().count();
            ranges.push(at..at + n);
            at += n + 1;
        }
        body(&chars, &ranges, title)
            .into_iter()
            .map(|r| chars[r].iter().collect())
            .collect()
    }

    #[test]
    fn stray_lines() {
        let stray = |s: &str| is_stray(&s.chars().collect::<Vec<_>>());
        assert!(stray("18:41 GMT 05.03.2023"));
        assert!(stray("Updated 5 March 2023, 10:02 am"));
        assert!(stray("* * *"));
        assert!(stray("https://example.com/a"));
        assert!(stray("Advertisement"));
        assert!(!stray("Officials worry."));
        assert!(!stray("ZPMC denies it"));
        assert!(!stray("On March 5 officials said so."));
    }

    #[test]
    fn repeats_and_concatenations_are_dropped() {
        let got = run(
            &[
                "Title here",
                "A \"quoted\" one.",
                "B one.C one. D one.",
                "12:00 GMT",
                "A “quoted”   one.",
                "B one.",
                "C one. D one.",
                "E one.",
                "B one.",
            ],
            "Title  here",
        );
        assert_eq!(
            got,
            ["A \"quoted\" one.", "B one.", "C one. D one.", "E one."]
        );
    }

    #[test]
    fn a_paragraph_alone_is_not_a_concatenation_of_itself() {
        assert_eq!(run(&["One.", "Two."], ""), ["One.", "Two."]);
    }
}
