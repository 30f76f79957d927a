//! Extraction: from an analysed article to mentions, aliases, relations and
//! claims, before entity resolution.
//!
//! Every extractor implements [`Extractor`] and pushes what it finds into a
//! [`Findings`] sink (ripgrep's engine-and-sink design), so a new extractor
//! (rules over the parse, a local LLM, ...) plugs in without touching the
//! rest. The [`registry`] lists them by name.

pub mod findings;
pub mod registry;
pub mod rules;

pub use findings::{Arg, Findings, Mention, RawAttribution, RawRelation};
pub use registry::Registry;

use newsgraph_core::Article;
use newsgraph_nlp::Doc;

/// An engine that reads an analysed article and reports what it finds.
pub trait Extractor: Send + Sync {
    /// Short stable name, recorded on every statement (`ng:extractor`).
    fn name(&self) -> &'static str;
    /// Adds this extractor's findings for `doc` (the analysis of `article`)
    /// to `sink`; an error when it cannot read this article.
    fn extract(
        &self,
        article: &Article,
        doc: &Doc,
        sink: &mut Findings,
    ) -> Result<(), crate::Error>;
}
