//! Nouns: the entity type a common-noun phrase takes from its head
//! (`nouns.tsv`), general words that point back to an entity of a class
//! (`class_nouns.tsv`), units of measure (`units.tsv`) and light nouns
//! (`light_nouns.tsv`).

use super::get;
use crate::extraction::EntityType;

/// What a common noun names (`nouns.tsv`, `class_nouns.tsv`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum NounClass {
    /// "last month", "on Monday".
    Time,
    /// Unnamed collectives of people ("officials").
    Group,
    /// Organisations named by a common noun ("the military").
    Organization,
    /// Made things ("cranes", "a balloon").
    Artifact,
    /// Places named by a common noun ("ports").
    Place,
    /// "the attack", "elections".
    Event,
}

impl NounClass {
    /// The entity type of a phrase with a head of this class.
    pub fn entity_type(self) -> EntityType {
        match self {
            NounClass::Time => EntityType::Time,
            NounClass::Group => EntityType::Group,
            NounClass::Organization => EntityType::Organization,
            NounClass::Artifact => EntityType::Artifact,
            NounClass::Place => EntityType::Place,
            NounClass::Event => EntityType::Event,
        }
    }
}

/// What a counted unit measures (`units.tsv`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum UnitClass {
    Length,
    Mass,
    Volume,
    /// "10 per cent", "3 points".
    Ratio,
    Time,
    Money,
}

/// What a light noun says of its complement (`light_nouns.tsv`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum LightNounClass {
    /// "a type of machinery".
    Kind,
    /// "a number of ports".
    Amount,
    /// "thousands of pilgrims".
    Number,
}

include!(concat!(env!("OUT_DIR"), "/lexicon_nouns.rs"));
include!(concat!(env!("OUT_DIR"), "/lexicon_class_nouns.rs"));
include!(concat!(env!("OUT_DIR"), "/lexicon_units.rs"));
include!(concat!(env!("OUT_DIR"), "/lexicon_light_nouns.rs"));
include!(concat!(env!("OUT_DIR"), "/noun_types.rs"));

/// The class of a common noun from its head lemma, if it is listed.
pub fn noun_class(lemma: &str) -> Option<NounClass> {
    get(&NOUNS, lemma)
}

/// The entity type of a common-noun phrase from its head lemma: its class
/// in `nouns.tsv`, else the type learnt from the mentions it heads in GUM
/// ([`learned_noun_type`]), else a concept.
pub fn noun_type(lemma: &str) -> EntityType {
    listed_noun_type(lemma).unwrap_or(EntityType::Concept)
}

/// [`noun_type`] when the word lists or the learnt table know `lemma` (or
/// its singular, a plural the lemmatiser left as it was: "Troops" opening
/// a sentence), else `None`.
pub fn listed_noun_type(lemma: &str) -> Option<EntityType> {
    let known = |l: &str| {
        noun_class(l)
            .map(NounClass::entity_type)
            .or_else(|| learned_noun_type(l))
    };
    let singular = || {
        let l = lemma.strip_suffix('s')?;
        (l.len() >= 3).then(|| known(l)).flatten()
    };
    known(lemma).or_else(singular)
}

/// The type of common noun `lemma` learnt from GUM (`models/noun_types.tsv`,
/// `newsgraph train types`): plural people a group, objects and substances
/// made things, and so on; `None` when GUM gives it no clear type.
pub fn learned_noun_type(lemma: &str) -> Option<EntityType> {
    get(&LEARNED_NOUN_TYPES, lemma).map(EntityType::from_lower)
}

/// The class of entity a definite description with head `lemma` ("the
/// company", "this gear") points back to: an organisation, a place or an
/// artifact.
pub fn class_noun(lemma: &str) -> Option<NounClass> {
    get(&CLASS_NOUNS, lemma)
}

/// What unit `lemma` measures, if it is a unit.
pub fn unit_class(lemma: &str) -> Option<UnitClass> {
    get(&UNITS, lemma)
}

/// True when `lemma` is a unit of measure.
pub fn is_unit(lemma: &str) -> bool {
    unit_class(lemma).is_some()
}

/// The class of a light noun ("type", "thousand"), if `lemma` is one.
pub fn light_noun_class(lemma: &str) -> Option<LightNounClass> {
    get(&LIGHT_NOUNS, lemma)
}

/// True when `lemma` with "of" stands for its complement ("a type of
/// machinery", "thousands of pilgrims").
pub fn is_light_noun(lemma: &str) -> bool {
    light_noun_class(lemma).is_some()
}
