//! Typed errors of the library; the binary wraps them with `anyhow`.

use std::path::PathBuf;

/// Anything that can go wrong in newsgraph's library.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// An input that cannot be read as an article.
    #[error(transparent)]
    Read(#[from] crate::read::ReadError),
    /// Analysis, extraction or resolution failed.
    #[error(transparent)]
    Extract(#[from] newsgraph_extract::Error),
    /// The store directory is locked by another process.
    #[error("the store {} is in use by another newsgraph process (close it or use --db)", .0.display())]
    StoreLocked(PathBuf),
    /// A command that reads the store was pointed at a directory without one.
    #[error("no newsgraph store at {} (ingest articles first, or use --db)", .0.display())]
    NoStore(PathBuf),
    /// The store's directory could not be opened as a store.
    #[error("cannot open the store {}: {source}", path.display())]
    StoreOpen {
        path: PathBuf,
        source: oxigraph::store::StorageError,
    },
    #[error("store error: {0}")]
    Storage(#[from] oxigraph::store::StorageError),
    #[error("SPARQL syntax error: {0}")]
    QuerySyntax(#[from] oxigraph::sparql::SparqlSyntaxError),
    #[error("SPARQL evaluation error: {0}")]
    QueryEvaluation(#[from] oxigraph::sparql::QueryEvaluationError),
    /// A query's results cannot be written in the format asked for (a
    /// table as RDF, a graph as a table of solutions).
    #[error("{query} query gives {gives}: use --format {formats}")]
    ResultsFormat {
        query: &'static str,
        gives: &'static str,
        formats: &'static str,
    },
    /// A string that must be an IRI is not one.
    #[error("invalid {what} <{iri}>: {problem}")]
    InvalidIri {
        what: &'static str,
        iri: String,
        problem: String,
    },
    /// No article with that IRI is stored.
    #[error("no article <{0}> in the store")]
    NoSuchArticle(String),
    /// No entity has that name.
    #[error("no entity named {0:?}")]
    NoSuchEntity(String),
    /// A format name that is not one of the known ones.
    #[error("unknown {what} format {given:?} (expected {known})")]
    UnknownFormat {
        what: &'static str,
        given: String,
        known: &'static str,
    },
    /// The store's write journal holds something that is not a quad
    /// (damage from outside newsgraph).
    #[error("the store's write journal is damaged: {0}")]
    Journal(String),
    /// The ontology shipped in the binary does not parse (a build defect).
    #[error("ontologies/newsgraph.ttl: {0}")]
    Ontology(String),
    #[error(transparent)]
    Io(#[from] std::io::Error),
}

impl Error {
    /// `iri` is not a valid IRI for `what` (an article, an entity, ...).
    pub(crate) fn iri(what: &'static str, iri: &str, problem: impl std::fmt::Display) -> Self {
        Error::InvalidIri {
            what,
            iri: iri.to_string(),
            problem: problem.to_string(),
        }
    }
}
