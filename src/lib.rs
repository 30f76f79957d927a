//! newsgraph turns news articles into an RDF knowledge graph: who did what to
//! whom, who claims what, and which sentence of which article says so.
//!
//! The modules follow the data flow, lowest layer first:
//!
//! - [`vocab`]: every IRI newsgraph writes, as constants.
//! - [`read`]: files, directories and stdin to [`read::Article`]s.
//! - [`analyse`]: the NLP core (`newsgraph-nlp`) with its embedded models.
//! - [`extract`]: the [`extract::Extractor`] trait, its registry and implementations.
//! - [`resolve`]: mentions to entities with stable IRIs, within and across articles.
//! - [`extraction`]: the result for one article (the JSON format of `extract`).
//! - [`map`]: an extraction to RDF quads in the article's named graph.
//! - [`store`]: the on-disk Oxigraph store (batched ingest, remove, stats).
//! - [`query`], [`export`], [`viz`]: SPARQL, RDF serialisations, graph dumps.
//! - [`pipeline`]: read -> analyse -> extract -> resolve -> map -> store over a stream.

pub mod analyse;
pub mod error;
pub mod export;
pub mod extract;
pub mod extraction;
pub mod map;
pub mod pipeline;
pub mod query;
pub mod read;
pub mod resolve;
pub mod store;
pub mod viz;
pub mod vocab;

pub use error::Error;
