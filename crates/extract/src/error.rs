//! Typed errors of analysis, extraction and resolution.

use std::path::PathBuf;

/// What can go wrong between an article and its extraction.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// No extractor of that name is registered.
    #[error("unknown extractor {name:?} (known: {})", crate::extract::Registry::NAMES.join(", "))]
    UnknownExtractor { name: String },
    /// No model of that name exists.
    #[error(
        "unknown model {0:?} (known: tagger, lemma, parser, ner, attribution, relations, pronouns, mention_types)"
    )]
    UnknownModel(String),
    /// The binary was built without this model.
    #[error("this newsgraph was built without models/{0}.bin: run `newsgraph train` and rebuild, or pass --models DIR")]
    ModelNotEmbedded(&'static str),
    /// A model file could not be read.
    #[error("{}: {source}", path.display())]
    ModelFile {
        path: PathBuf,
        source: std::io::Error,
    },
    /// A model's bytes are not a valid model.
    #[error("model {name}: {source}")]
    Model {
        name: &'static str,
        source: newsgraph_nlp::ModelError,
    },
    /// The base IRI entities are minted under is unusable.
    #[error("base IRI {base:?} {problem}")]
    BaseIri { base: String, problem: String },
    /// A stage could not analyse the article read from `input`.
    #[error("{input}: {source}")]
    Stage {
        input: String,
        source: newsgraph_nlp::StageError,
    },
    /// Analysing or extracting the article read from `input` panicked (a
    /// bug, reported with its place); the other articles are not affected.
    #[error("{input}: internal error: {message}")]
    Panicked { input: String, message: String },
}
