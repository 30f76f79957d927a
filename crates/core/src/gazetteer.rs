//! The gazetteers, embedded: countries (`ontologies/countries.tsv`), whose
//! names, abbreviations and demonyms resolve to one entity linked to
//! Wikidata, and cities of more than 15,000 inhabitants from GeoNames
//! (`ontologies/cities.tsv`, CC BY 4.0), which link a place to its
//! GeoNames id.

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
const CITIES: &str = include_str!("../../../ontologies/cities.tsv");

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

/// The cities by name; of the cities that share a name, the most populous.
pub struct Cities {
    by_name: HashMap<String, City>,
}

impl Cities {
    /// The cities shipped in the binary, parsed once per process.
    pub fn embedded() -> &'static Self {
        static EMBEDDED: std::sync::OnceLock<Cities> = std::sync::OnceLock::new();
        EMBEDDED.get_or_init(|| Self::parse(CITIES))
    }

    /// Reads the TSV format of `ontologies/cities.tsv`; malformed lines are
    /// skipped (the file is generated, and its test reads every line).
    pub fn parse(tsv: &'static str) -> Self {
        let mut by_name: HashMap<String, City> = HashMap::new();
        for line in tsv.lines().filter(|l| !l.starts_with('#')) {
            let cols: Vec<&'static str> = line.split('\t').collect();
            let [id, name, folded, country, population] = cols[..] else {
                continue;
            };
            let (Ok(geonames), Ok(population)) = (id.parse(), population.parse()) else {
                continue;
            };
            let city = City {
                geonames,
                name,
                country,
                population,
            };
            for n in [name, folded].into_iter().filter(|n| !n.is_empty()) {
                let slot = by_name.entry(normalise(n)).or_insert(city);
                if city.population > slot.population {
                    *slot = city;
                }
            }
        }
        Cities { by_name }
    }

    /// The most populous city named `text` ("Birmingham": the English one).
    pub fn lookup(&self, text: &str) -> Option<&City> {
        self.by_name.get(&normalise(text))
    }

    pub fn len(&self) -> usize {
        self.by_name.len()
    }

    pub fn is_empty(&self) -> bool {
        self.by_name.is_empty()
    }
}

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

    #[test]
    fn a_city_name_is_its_most_populous_city() {
        let c = Cities::embedded();
        assert!(c.len() > 25_000, "{}", c.len());
        let birmingham = c.lookup("Birmingham").expect("Birmingham");
        assert_eq!((birmingham.country, birmingham.geonames), ("GB", 2655603));
        assert_eq!(birmingham.iri(), "https://sws.geonames.org/2655603/");
        // diacritics left out, as English text writes it
        assert_eq!(c.lookup("Lavasan").map(|x| x.name), Some("Lavāsān"));
        assert_eq!(c.lookup("the Reading Room"), None);
        // every line of the file is read
        let lines = CITIES.lines().filter(|l| !l.starts_with('#')).count();
        let parsed = CITIES
            .lines()
            .filter(|l| !l.starts_with('#'))
            .filter(|l| {
                let cols: Vec<&str> = l.split('\t').collect();
                cols.len() == 5 && cols[0].parse::<u32>().is_ok() && cols[4].parse::<u64>().is_ok()
            })
            .count();
        assert_eq!(parsed, lines);
    }
}
