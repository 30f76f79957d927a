//! Name normalisation: resolution keys and display labels.

use crate::extract::Mention;
use newsgraph_core::extraction::EntityType;
use newsgraph_core::lexicon::{is_company_suffix, is_determiner, is_invariant_noun, is_title};

fn words(text: &str) -> Vec<String> {
    text.split(|c: char| c.is_whitespace() || c == '-' || c == '/')
        .map(|w| {
            let w = w.trim_matches(|c: char| !c.is_alphanumeric());
            let w = w
                .strip_suffix("'s")
                .or_else(|| w.strip_suffix("’s"))
                .unwrap_or(w);
            w.replace('.', "").to_lowercase()
        })
        .filter(|w| !w.is_empty())
        .collect()
}

/// Singular of an English noun (regular plurals only).
pub fn singular(word: &str) -> String {
    let w = word;
    if w.len() <= 3
        || w.ends_with("ss")
        || w.ends_with("us")
        || w.ends_with("is")
        || is_invariant_noun(w)
    {
        return w.to_string();
    }
    if let Some(s) = w.strip_suffix("ies") {
        return format!("{s}y");
    }
    for suf in ["ches", "shes", "sses", "xes", "zes"] {
        if w.ends_with(suf) {
            return w[..w.len() - 2].to_string();
        }
    }
    w.strip_suffix('s').unwrap_or(w).to_string()
}

/// The resolution key of a name: lowercase words without determiners,
/// possessives and punctuation; company forms dropped for organisations;
/// the head noun singular for common nouns.
pub fn key(text: &str, kind: EntityType) -> String {
    let mut ws = words(text);
    while ws.len() > 1 && is_determiner(&ws[0]) {
        ws.remove(0);
    }
    if kind == EntityType::Organization {
        while ws.len() > 1 && is_company_suffix(&ws[ws.len() - 1]) {
            ws.pop();
        }
    }
    if matches!(
        kind,
        EntityType::Group | EntityType::Artifact | EntityType::Concept
    ) {
        if let Some(last) = ws.last_mut() {
            *last = singular(last);
        }
    }
    ws.join("-")
}

/// The label to show for a mention's text: leading determiners and
/// quantifiers and surrounding punctuation dropped; common nouns lowercased
/// unless they are acronyms or names.
pub fn display_label(text: &str) -> String {
    let mut t = text.trim().trim_matches(|c: char| {
        !c.is_alphanumeric() && c != ')' && c != '(' && c != '&' && c != '.'
    });
    loop {
        let lower = t.to_lowercase();
        let first = lower.split_whitespace().next().unwrap_or("");
        if t.split_whitespace().count() > 1 && is_determiner(first) {
            t = t[first.len()..].trim_start();
        } else {
            break;
        }
    }
    // a final period is punctuation, unless the name is an abbreviation (U.S.)
    match t.strip_suffix('.') {
        Some(rest) if !rest.contains('.') => rest.to_string(),
        _ => t.to_string(),
    }
}

/// The words of a person's name without the titles before it ("Mr O'Neill"
/// is "O'Neill", "Sir Julius Chan" is "Julius Chan").
fn name_words(text: &str) -> Vec<&str> {
    let ws: Vec<&str> = text.split_whitespace().collect();
    let skip = ws.iter().take_while(|w| is_title(w)).count();
    ws[skip.min(ws.len().saturating_sub(1))..].to_vec()
}

/// Links a one-word person name, titles aside, to a longer person name
/// ending with it ("Smith" or "Mr Smith" after "John Smith"), and a name
/// without a middle name to the one with it.
pub fn link_short_person_names(mentions: &[Mention], union: &mut dyn FnMut(usize, usize)) {
    let names: Vec<Vec<&str>> = mentions.iter().map(|m| name_words(&m.text)).collect();
    let full = |j: usize| mentions[j].kind == EntityType::Person && names[j].len() > 1;
    for (i, m) in mentions.iter().enumerate() {
        if m.kind != EntityType::Person {
            // a family name in capitals, as transcripts label their
            // speakers ("PENCE: ..."), or after a title that the NER took
            // for an organisation's ("Governor Pence"): the person of
            // that family name
            if let Some(j) = family_name_of(mentions, &names, i) {
                union(i, j);
            }
            continue;
        }
        // a name without a middle name ("Anthony Grech Sant" is "Anthony
        // John Grech Sant"): same first and last word, the words in order;
        // the same name with another title ("Mr Justice Patrick Vella" is
        // "Patrick Vella")
        if names[i].len() > 1 {
            let shorter = &names[i];
            let within = |long: &[&str]| {
                let mut rest = long.iter();
                shorter.iter().all(|w| rest.any(|x| x == w))
            };
            if let Some(j) = (0..mentions.len()).find(|&j| {
                j != i
                    && full(j)
                    && names[j].len() >= shorter.len()
                    && names[j].first() == shorter.first()
                    && names[j].last() == shorter.last()
                    && within(&names[j])
            }) {
                union(i, j);
            }
            continue;
        }
        let name = names[i][0];
        // the family name: "Tedeschi" is "Mark Tedeschi"
        if let Some(j) = (0..mentions.len()).find(|&j| full(j) && names[j].last() == Some(&name)) {
            union(i, j);
            continue;
        }
        // the given name, when only one person of the article bears it
        // ("Thomas" is "Thomas Sam", but "Sam" is neither Thomas nor Manju Sam)
        let mut bearers = (0..mentions.len()).filter(|&j| full(j) && names[j][0] == name);
        if let (Some(j), rest) = (bearers.next(), bearers) {
            if rest.map(|k| &names[k]).all(|t| *t == names[j]) {
                union(i, j);
            }
        }
    }
}

/// The full person name whose family name mention `i` is, when `i` is no
/// person's mention but one word in capitals that the NER left untyped
/// ("PENCE"), or a title and one word that it took for an organisation
/// ("Governor Pence").
fn family_name_of(mentions: &[Mention], names: &[Vec<&str>], i: usize) -> Option<usize> {
    let m = &mentions[i];
    let [word] = names[i][..] else {
        return None;
    };
    let letters = word.chars().filter(|c| c.is_alphabetic()).count();
    let capitals = letters >= 3 && word.chars().all(|c| !c.is_lowercase());
    let titled = m.text.split_whitespace().count() > 1;
    let fits = match m.kind {
        EntityType::Concept => capitals,
        EntityType::Organization => titled,
        _ => false,
    };
    if !fits {
        return None;
    }
    let family = |j: usize| {
        mentions[j].kind == EntityType::Person
            && names[j].len() > 1
            && names[j]
                .last()
                .is_some_and(|l| l.eq_ignore_ascii_case(word))
    };
    let mut bearers = (0..mentions.len()).filter(|&j| family(j));
    let first = bearers.next()?;
    // only when one person of the article bears that family name
    bearers.all(|k| names[k] == names[first]).then_some(first)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_and_labels() {
        assert_eq!(
            key(
                "Shanghai Zhenhua Heavy Industries Company Limited",
                EntityType::Organization
            ),
            "shanghai-zhenhua-heavy-industries"
        );
        assert_eq!(
            key(
                "Shanghai Zhenhua Heavy Industries Co.",
                EntityType::Organization
            ),
            "shanghai-zhenhua-heavy-industries"
        );
        assert_eq!(key("the cranes", EntityType::Artifact), "crane");
        assert_eq!(key("many US ports", EntityType::Artifact), "us-port");
        assert_eq!(key("the officials’", EntityType::Group), "official");
        assert_eq!(singular("batteries"), "battery");
        assert_eq!(singular("boxes"), "box");
        assert_eq!(singular("news"), "news");
        assert_eq!(display_label("Some officials"), "officials");
        assert_eq!(display_label("the US military"), "US military");
        assert_eq!(display_label("U.S."), "U.S.");
        assert_eq!(display_label("cranes."), "cranes");
    }

    fn person(text: &str) -> Mention {
        Mention {
            span: newsgraph_core::extraction::Span { start: 0, end: 0 },
            text: text.into(),
            kind: EntityType::Person,
            sentence: 0,
            key: None,
        }
    }

    #[test]
    fn a_titled_family_name_is_the_person_of_that_name() {
        let ms = [
            person("Peter O’Neill"),
            person("Mr O’Neill"),
            person("Sir Julius Chan"),
            person("Mr Chan"),
            person("Mr Kramer"),
        ];
        let mut pairs = Vec::new();
        link_short_person_names(&ms, &mut |a, b| pairs.push((a, b)));
        assert_eq!(pairs, vec![(1, 0), (3, 2)]);
    }

    #[test]
    fn a_name_with_another_title_is_the_same_person() {
        let ms = [
            person("Patrick Vella"),
            person("Mr Justice Patrick Vella"),
            person("President Mamnoon Hussain"),
            person("Mamnoon Hussain"),
            person("Justice Patrick Bell"),
        ];
        let mut pairs = Vec::new();
        link_short_person_names(&ms, &mut |a, b| pairs.push((a, b)));
        assert_eq!(pairs, vec![(0, 1), (1, 0), (2, 3), (3, 2)]);
    }

    #[test]
    fn a_name_without_its_middle_name_is_the_same_person() {
        let ms = [
            person("Anthony John Grech Sant"),
            person("Anthony Grech Sant"),
            person("John Sant"),
            person("Anthony Sant Grech"),
        ];
        let mut pairs = Vec::new();
        link_short_person_names(&ms, &mut |a, b| pairs.push((a, b)));
        // not "John Sant" (another first name), nor the words out of order
        assert_eq!(pairs, vec![(1, 0)]);
    }

    #[test]
    fn a_family_name_in_capitals_or_after_a_title_is_the_person() {
        let with = |text: &str, kind: EntityType| Mention {
            kind,
            ..person(text)
        };
        let ms = [
            person("Mike Pence"),
            with("PENCE", EntityType::Concept),
            with("Governor Pence", EntityType::Organization),
            with("WALLACE", EntityType::Concept),
            with("Pence", EntityType::Concept),
            with("PENCE", EntityType::Place),
        ];
        let mut pairs = Vec::new();
        link_short_person_names(&ms, &mut |a, b| pairs.push((a, b)));
        // not a name nobody bears, a word not in capitals, nor a place
        assert_eq!(pairs, vec![(1, 0), (2, 0)]);
        // two people of that family name: neither
        let ms = [
            person("Hillary Clinton"),
            person("Bill Clinton"),
            with("CLINTON", EntityType::Concept),
        ];
        let mut pairs = Vec::new();
        link_short_person_names(&ms, &mut |a, b| pairs.push((a, b)));
        assert!(pairs.is_empty());
    }
}
