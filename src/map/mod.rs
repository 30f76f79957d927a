//! Mapping: an [`Extraction`](crate::extraction::Extraction) to RDF quads,
//! following `ontologies/newsgraph.ttl` (see ARCHITECTURE.md for the shape).
//!
//! - [`article`]: the article's named graph: its sentences, mentions,
//!   attributions and statements, and what it says of each entity.
//! - [`entities`]: the merge of what articles say of an entity into its one
//!   description in the entities graph.

pub mod article;
pub mod entities;

pub use article::to_quads;
