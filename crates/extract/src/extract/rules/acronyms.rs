//! Acronyms anywhere in an article: a name in capitals ("PSG", "PNG") is
//! the named entity of the article whose words it abbreviates ("Paris St
//! Germain", "Papua New Guinea"), wherever each stands, when exactly one
//! name of the article does. The parenthetical definition ("Full Name
//! (ACRONYM)") is `mentions::acronyms_and_aliases`.

use crate::extract::Findings;

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

/// Links each acronym among the named mentions `named` to the one name
/// that it abbreviates, if exactly one entity's names do.
pub fn link(named: &[usize], sink: &mut Findings) {
    for &a in named {
        let Some(acr) = letters(&sink.mentions[a].text) else {
            continue;
        };
        let full: Vec<usize> = named
            .iter()
            .copied()
            .filter(|&m| initials(&sink.mentions[m].text).as_deref() == Some(acr.as_str()))
            .collect();
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
    }
}
