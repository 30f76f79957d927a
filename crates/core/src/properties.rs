//! The verb lexicon (`ontologies/lexicon.tsv`, embedded): frequent verb
//! lemmas map onto canonical ontology properties (manufacture, produce,
//! make, build -> `ng:manufactures`); every other predicate gets an open
//! property `rel:<lemma>`.

use crate::vocab::{ng, REL_NS};
use std::collections::HashMap;

const LEXICON: &str = include_str!("../../../ontologies/lexicon.tsv");

/// Verb lemma to property.
pub struct Lexicon {
    map: HashMap<String, String>,
}

impl Lexicon {
    /// The lexicon shipped in the binary, parsed once per process.
    pub fn embedded() -> &'static Self {
        static EMBEDDED: std::sync::OnceLock<Lexicon> = std::sync::OnceLock::new();
        EMBEDDED.get_or_init(|| Self::parse(LEXICON))
    }

    /// Reads `lemma<TAB>property local name` lines (`#` starts a comment).
    pub fn parse(tsv: &str) -> Self {
        let map = tsv
            .lines()
            .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
            .filter_map(|l| {
                let mut cols = l.split('\t');
                let lemma = cols.next()?.trim();
                let prop = cols.next()?.trim();
                (!lemma.is_empty() && !prop.is_empty())
                    .then(|| (lemma.to_lowercase(), format!("{}{prop}", ng::NS)))
            })
            .collect();
        Lexicon { map }
    }

    /// The property for a predicate lemma (`produce` -> `ng:manufactures`,
    /// `use_in` -> `rel:use_in`).
    pub fn property(&self, predicate: &str) -> String {
        let p = predicate.to_lowercase();
        self.map
            .get(&p)
            .cloned()
            .unwrap_or_else(|| format!("{REL_NS}{}", open_name(&p)))
    }

    /// True when `property` is a canonical (lexicon) property.
    pub fn is_canonical(&self, property: &str) -> bool {
        property.starts_with(ng::NS)
    }

    pub fn len(&self) -> usize {
        self.map.len()
    }

    pub fn is_empty(&self) -> bool {
        self.map.is_empty()
    }
}

/// A predicate lemma as an IRI local name: letters, digits and `_`.
pub fn open_name(predicate: &str) -> String {
    let s: String = predicate
        .chars()
        .map(|c| if c.is_alphanumeric() { c } else { '_' })
        .collect();
    let s = s.trim_matches('_').to_string();
    if s.is_empty() {
        "related_to".into()
    } else {
        s
    }
}

/// The human label of a predicate lemma (`use_in` -> `use in`).
pub fn predicate_label(predicate: &str) -> String {
    predicate.replace('_', " ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn canonical_and_open_properties() {
        let l = Lexicon::parse("# c\nproduce\tmanufactures\nmake\tmanufactures\n");
        assert_eq!(l.property("produce"), format!("{}manufactures", ng::NS));
        assert_eq!(l.property("Make"), format!("{}manufactures", ng::NS));
        assert_eq!(l.property("use_in"), format!("{REL_NS}use_in"));
        assert_eq!(predicate_label("hunt_down"), "hunt down");
        let shipped = Lexicon::embedded();
        assert!(shipped.len() > 10);
        assert_eq!(
            shipped.property("manufacture"),
            shipped.property("produce"),
            "manufacture and produce share one property"
        );
    }
}
