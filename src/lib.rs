//! newsgraph turns news articles into an RDF knowledge graph: who did what to
//! whom, who claims what, and which sentence of which article says so.
//!
//! The crates follow the data flow, lowest layer first, and this one
//! re-exports the stages below it so that one path names every stage:
//!
//! - `newsgraph-core`: [`vocab`] (every IRI newsgraph writes), the
//!   [`read::Article`] and the [`extraction`] (the JSON format of `extract`).
//! - `newsgraph-read`: [`read`], files, directories and stdin to articles.
//! - `newsgraph-nlp`: the NLP core, and `newsgraph-extract`: [`analyse`]
//!   (the NLP core with its embedded models), [`extract`] (the
//!   [`extract::Extractor`] trait, its registry and implementations) and
//!   [`resolve`] (mentions to entities with stable IRIs), chained by the
//!   [`Engine`].
//!
//! This crate holds what needs RDF and the store:
//!
//! - [`map`]: an extraction to RDF quads in the article's named graph.
//! - [`store`]: the on-disk Oxigraph store (batched ingest, remove, stats).
//! - [`query`], [`export`], [`viz`]: SPARQL, RDF serialisations, graph dumps.
//! - [`pipeline`]: read -> analyse -> extract -> resolve -> map -> store over a stream.

pub mod error;
pub mod export;
pub mod map;
pub mod pipeline;
pub mod query;
pub mod store;
pub mod viz;

pub use error::Error;
pub use newsgraph_core::{extraction, vocab};
pub use newsgraph_extract::{analyse, extract, guard, resolve, score, Engine};
pub use newsgraph_read as read;
