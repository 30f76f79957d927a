//! Acronyms anywhere in an article: a name in capitals ("PSG", "PNG") is
//! the named entity of the article whose words it abbreviates ("Paris St
//! Germain", "Papua New Guinea"), wherever each stands, when exactly one
//! name of the article does. The parenthetical definition ("Full Name
//! (ACRONYM)") is `mentions::acronyms_and_aliases`.

use crate::extract::Findings;
use newsgraph_nlp::Doc;
use std::ops::Range;

/// Words an acronym leaves out ("Oil and Gas Development Company": OGDC).
const SKIPPED: [&str; 6] = ["and", "of", "the", "for", "de", "&"];

/// The letters of `text` if it reads as an acronym: two to six capitals,
/// dots between them allowed ("U.N." is UN).
fn letters(text: &str) -> Option<String> {
    let l: String = text.chars().filter(|c| *c != '.').collect();
    let ok = (2..=6).contains(&l.chars().count()) && l.chars().all(|c| c.is_ascii_uppercase());
    ok.then_some(l)
}

/// The initials of a name of two words or more, the skipped words left
/// out; hyphens part words ("Iran-Pakistan": IP).
fn initials(text: &str) -> Option<String> {
    let words: Vec<&str> = text
        .split(|c: char| c.is_whitespace() || c == '-')
        .filter(|w| !w.is_empty() && !SKIPPED.contains(&w.to_lowercase().as_str()))
        .collect();
    if words.len() < 2
        || !words
            .iter()
            .all(|w| w.starts_with(|c: char| c.is_uppercase()))
    {
        return None;
    }
    Some(words.iter().filter_map(|w| w.chars().next()).collect())
}

/// The tokens of the name that a bracketed acronym defines (`open`, the
/// bracket, follows the name), when the words before the bracket spell it:
/// back from the bracket over capitalised words, hyphens and the words
/// acronyms skip, up to ten tokens, until the initials are the acronym's
/// letters ("Oil and Gas Development Company (OGDC)", the NER having found
/// "Gas Development Company"; "Iran-Pakistan (IP)").
pub fn spelled_name(doc: &Doc, open: usize, acronym: &str) -> Option<Range<usize>> {
    let acr = letters(acronym)?;
    let chars: Vec<char> = doc.text.chars().collect();
    let mut start = open;
    while start > 0 && open - start < 10 {
        let w = &doc.tokens[start - 1].text;
        let capital = w.starts_with(|c: char| c.is_uppercase());
        if !(capital || w == "-" || SKIPPED.contains(&w.to_lowercase().as_str())) {
            return None;
        }
        start -= 1;
        let (a, b) = (doc.tokens[start].start, doc.tokens[open - 1].end);
        let text: String = chars.get(a..b)?.iter().collect();
        if capital && initials(&text).as_deref() == Some(acr.as_str()) {
            return Some(start..open);
        }
    }
    None
}

/// Whether a one-word name can be what a bracketed acronym after it
/// defines: the acronym starts with the name's initial ("Pakistan (IP)"
/// cannot be).
pub fn may_define(name: &str, acronym: &str) -> bool {
    name.contains(char::is_whitespace)
        || letters(acronym)
            .zip(name.chars().next())
            .is_some_and(|(acr, c)| acr.starts_with(c.to_ascii_uppercase()))
}

/// Links each acronym among the named mentions `named` to the one name
/// that it abbreviates, if exactly one entity's names do.
pub fn link(named: &[usize], sink: &mut Findings) {
    // the names by their initials, in the order of `named`
    let mut by_initials: std::collections::HashMap<String, Vec<usize>> = Default::default();
    for &m in named {
        if let Some(i) = initials(&sink.mentions[m].text) {
            by_initials.entry(i).or_default().push(m);
        }
    }
    for &a in named {
        let Some(acr) = letters(&sink.mentions[a].text) else {
            continue;
        };
        let Some(full) = by_initials.get(&acr) else {
            continue;
        };
        let distinct: std::collections::BTreeSet<&str> = full
            .iter()
            .map(|&m| sink.mentions[m].text.as_str())
            .collect();
        if distinct.len() == 1 {
            sink.same(full[0], a);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn acronyms_and_the_initials_of_names() {
        assert_eq!(letters("PSG").as_deref(), Some("PSG"));
        assert_eq!(letters("U.N.").as_deref(), Some("UN"));
        assert_eq!(letters("Apple"), None);
        assert_eq!(letters("I"), None);
        assert_eq!(initials("Paris St Germain").as_deref(), Some("PSG"));
        assert_eq!(
            initials("Oil and Gas Development Company").as_deref(),
            Some("OGDC")
        );
        assert_eq!(initials("Iran-Pakistan").as_deref(), Some("IP"));
        assert_eq!(initials("Germain"), None);
        assert_eq!(initials("the state of Texas"), None, "lower-case words");
        assert!(may_define("Zenith", "ZPMC"));
        assert!(may_define("Shanghai Zhenhua Heavy Industries", "ZPMC"));
        assert!(!may_define("Pakistan", "IP"));
    }

    #[test]
    fn a_bracketed_acronym_spells_the_name_before_it() {
        use newsgraph_nlp::builder::DocBuilder;
        // "licences to Oil and Gas Development Company ( OGDC )"
        let words = [
            "licences",
            "to",
            "Oil",
            "and",
            "Gas",
            "Development",
            "Company",
            "(",
            "OGDC",
            ")",
        ];
        let sentence: Vec<(&str, &str, usize, &str)> = words
            .iter()
            .enumerate()
            .map(|(i, &w)| {
                (
                    w,
                    "PROPN",
                    if i == 0 { 0 } else { 1 },
                    if i == 0 { "root" } else { "dep" },
                )
            })
            .collect();
        let doc = DocBuilder::new().sentence(&sentence).build();
        assert_eq!(spelled_name(&doc, 7, "OGDC"), Some(2..7));
        assert_eq!(spelled_name(&doc, 7, "GDC"), Some(4..7));
        assert_eq!(
            spelled_name(&doc, 7, "XYZ"),
            None,
            "no run of words spells it"
        );
    }
}
