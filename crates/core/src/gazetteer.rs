//! The country gazetteer (`ontologies/countries.tsv`, embedded): names,
//! abbreviations and demonyms of a country resolve to one entity.

use std::collections::HashMap;

/// One country.
#[derive(Debug, Clone, PartialEq)]
pub struct Country {
    /// ISO 3166-1 alpha-2 code.
    pub code: &'static str,
    pub name: &'static str,
    /// Wikidata id (`Q30`).
    pub wikidata: &'static str,
}

/// Country names, abbreviations and demonyms.
pub struct Gazetteer {
    by_name: HashMap<String, Country>,
}

const COUNTRIES: &str = include_str!("../../../ontologies/countries.tsv");

fn normalise(text: &str) -> String {
    let t = text.trim().replace(['.', '’'], "").replace('\'', "");
    let lower = t.to_lowercase();
    let lower = lower.strip_prefix("the ").unwrap_or(&lower);
    lower.split_whitespace().collect::<Vec<_>>().join(" ")
}

impl Gazetteer {
    /// The gazetteer shipped in the binary, parsed once per process.
    pub fn embedded() -> &'static Self {
        static EMBEDDED: std::sync::OnceLock<Gazetteer> = std::sync::OnceLock::new();
        EMBEDDED.get_or_init(|| Self::parse(COUNTRIES))
    }

    /// Reads the TSV format of `ontologies/countries.tsv`.
    pub fn parse(tsv: &'static str) -> Self {
        let mut by_name = HashMap::new();
        for line in tsv.lines() {
            if line.starts_with('#') || line.trim().is_empty() {
                continue;
            }
            let cols: Vec<&'static str> = line.split('\t').collect();
            let [code, name, others, demonyms, wikidata] = cols[..] else {
                continue;
            };
            let c = Country {
                code,
                name,
                wikidata,
            };
            for n in std::iter::once(name)
                .chain(others.split('|'))
                .chain(demonyms.split('|'))
                .filter(|n| !n.is_empty())
            {
                by_name.entry(normalise(n)).or_insert_with(|| c.clone());
            }
        }
        Gazetteer { by_name }
    }

    /// The country `text` names (`US`, `U.S.`, `the United States`, `American`).
    pub fn lookup(&self, text: &str) -> Option<&Country> {
        let n = normalise(text);
        if n.len() <= 3 && !text.chars().any(|c| c.is_uppercase()) {
            // "us" the pronoun is not the US
            return None;
        }
        self.by_name.get(&n)
    }

    /// The country with ISO code `code`.
    pub fn by_code(&self, code: &str) -> Option<&Country> {
        self.by_name
            .values()
            .find(|c| c.code.eq_ignore_ascii_case(code))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_abbreviations_and_demonyms_meet() {
        let g = Gazetteer::embedded();
        for n in [
            "US",
            "U.S.",
            "the United States",
            "American",
            "America",
            "USA",
        ] {
            assert_eq!(g.lookup(n).map(|c| c.code), Some("US"), "{n}");
        }
        assert_eq!(g.lookup("Chinese").map(|c| c.name), Some("China"));
        assert_eq!(g.lookup("us"), None);
        assert_eq!(g.lookup("ZPMC"), None);
        assert_eq!(g.by_code("cn").map(|c| c.wikidata), Some("Q148"));
    }
}
