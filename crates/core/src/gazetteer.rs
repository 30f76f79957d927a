//! The gazetteers, embedded: countries (`ontologies/countries.tsv`), whose
//! names, abbreviations and demonyms resolve to one entity linked to
//! Wikidata, and cities of more than 15,000 inhabitants from GeoNames
//! (`ontologies/cities.tsv`, CC BY 4.0), which link a place to its
//! GeoNames id.

use crate::place_name::normalise;
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
include!(concat!(env!("OUT_DIR"), "/cities.rs"));

/// One city of GeoNames.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct City {
    /// The GeoNames id (`2655603`).
    pub geonames: u32,
    pub name: &'static str,
    /// ISO 3166-1 alpha-2 code of its country.
    pub country: &'static str,
    pub population: u64,
}

impl City {
    /// The GeoNames IRI of the city.
    pub fn iri(&self) -> String {
        format!("https://sws.geonames.org/{}/", self.geonames)
    }
}

/// The cities of `ontologies/cities.tsv`, by name (compiled into a
/// perfect-hash map by `build.rs`: nothing to parse at run time).
pub struct Cities;

impl Cities {
    /// The most populous city named `text` ("Birmingham": the English one).
    pub fn lookup(text: &str) -> Option<City> {
        CITIES
            .get(normalise(text).as_str())
            .map(|&(geonames, name, country, population)| City {
                geonames,
                name,
                country,
                population,
            })
    }

    /// Number of distinct city names.
    pub fn len() -> usize {
        CITIES.len()
    }
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

    #[test]
    fn a_city_name_is_its_most_populous_city() {
        assert!(Cities::len() > 25_000, "{}", Cities::len());
        let birmingham = Cities::lookup("Birmingham").expect("Birmingham");
        assert_eq!((birmingham.country, birmingham.geonames), ("GB", 2655603));
        assert_eq!(birmingham.iri(), "https://sws.geonames.org/2655603/");
        // diacritics left out, as English text writes it
        assert_eq!(Cities::lookup("Lavasan").map(|x| x.name), Some("Lavāsān"));
        assert_eq!(Cities::lookup("the Reading Room"), None);
    }
}
