//! Name normalisation: resolution keys and display labels.

use crate::extract::Mention;
use newsgraph_core::extraction::EntityType;
use newsgraph_core::lexicon::{is_company_suffix, is_determiner, is_invariant_noun};

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

/// Links a one-word person name to a longer person name ending with it
/// ("Smith" after "John Smith").
pub fn link_short_person_names(mentions: &[Mention], union: &mut dyn FnMut(usize, usize)) {
    let full = |o: &Mention| o.kind == EntityType::Person && o.text.split_whitespace().count() > 1;
    for (i, m) in mentions.iter().enumerate() {
        if m.kind != EntityType::Person || m.text.split_whitespace().count() != 1 {
            continue;
        }
        // the family name: "Tedeschi" is "Mark Tedeschi"
        if let Some(j) = mentions
            .iter()
            .position(|o| full(o) && o.text.split_whitespace().last() == Some(m.text.as_str()))
        {
            union(i, j);
            continue;
        }
        // the given name, when only one person of the article bears it
        // ("Thomas" is "Thomas Sam", but "Sam" is neither Thomas nor Manju Sam)
        let mut bearers = mentions
            .iter()
            .enumerate()
            .filter(|(_, o)| full(o) && o.text.split_whitespace().next() == Some(m.text.as_str()));
        if let (Some((j, first)), rest) = (bearers.next(), bearers) {
            if rest.map(|(_, o)| &o.text).all(|t| *t == first.text) {
                union(i, j);
            }
        }
    }
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
}
