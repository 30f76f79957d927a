//! newsgraph's analysis, extraction and resolution: everything between an
//! [`Article`](newsgraph_core::Article) and its
//! [`Extraction`](newsgraph_core::Extraction), with no dependency on RDF
//! libraries or the store. Modules follow the data flow:
//!
//! - [`analyse`]: the NLP core (`newsgraph-nlp`) with its embedded models.
//! - [`extract`]: the [`extract::Extractor`] trait, its registry and implementations.
//! - [`resolve`]: mentions to entities with stable IRIs, within and across
//!   articles (the cross-article names arrive as plain rows).
//! - [`engine`]: the three chained over one article or a batch, each
//!   article behind the [`guard`] that keeps its failure its own.

pub mod analyse;
pub mod engine;
pub mod error;
pub mod extract;
pub mod guard;
pub mod resolve;
pub mod score;

pub use engine::Engine;
pub use error::Error;
