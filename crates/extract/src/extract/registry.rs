//! The explicit list of extractors, by name (no magic discovery).

use super::Extractor;

/// The extractors a pipeline runs, in order.
pub struct Registry {
    extractors: Vec<Box<dyn Extractor>>,
}

impl Registry {
    /// Names of every extractor newsgraph ships.
    pub const NAMES: &'static [&'static str] = &["rules"];

    fn make(name: &str) -> Option<Box<dyn Extractor>> {
        match name {
            "rules" => Some(Box::new(super::rules::Rules::new())),
            _ => None,
        }
    }

    /// The default set.
    pub fn default_set() -> Self {
        Registry {
            extractors: Self::NAMES.iter().filter_map(|n| Self::make(n)).collect(),
        }
    }

    /// The extractors called `names` (an unknown name is an error listing the known ones).
    pub fn by_names(names: &[String]) -> Result<Self, crate::Error> {
        let extractors = names
            .iter()
            .map(|n| {
                Self::make(n.trim()).ok_or_else(|| crate::Error::UnknownExtractor {
                    name: n.trim().to_string(),
                })
            })
            .collect::<Result<_, _>>()?;
        Ok(Registry { extractors })
    }

    /// A registry of the given extractors, in order (an extractor of one's
    /// own, or a test double).
    pub fn from_extractors(extractors: Vec<Box<dyn Extractor>>) -> Self {
        Registry { extractors }
    }

    pub fn iter(&self) -> impl Iterator<Item = &dyn Extractor> {
        self.extractors.iter().map(|e| e.as_ref())
    }
}
