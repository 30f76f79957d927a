//! newsgraph's core: the values that flow between the stages and the data
//! every stage shares, with no dependency on the NLP models or the store.
//!
//! - [`vocab`]: every IRI newsgraph writes, as constants.
//! - [`article`]: the [`Article`] every reader produces.
//! - [`extraction`]: what was found in one article, after resolution (the
//!   JSON format of `newsgraph extract`).
//! - [`calendar`]: month names.
//! - [`gazetteer`]: countries, their abbreviations and demonyms, and the
//!   cities of GeoNames.
//! - [`place_name`]: the form of a place name that lookups compare.
//! - [`properties`]: verb lemmas to ontology properties.
//! - [`lexicon`]: the word lists of `lexicons/`, as perfect-hash maps.

pub mod article;
pub mod calendar;
pub mod extraction;
pub mod gazetteer;
pub mod lexicon;
pub mod place_name;
pub mod properties;
pub mod vocab;

pub use article::Article;
pub use extraction::{EntityType, Extraction, Modality, Span};
