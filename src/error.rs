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
    #[error("store error: {0}")]
    Storage(#[from] oxigraph::store::StorageError),
    #[error("SPARQL syntax error: {0}")]
    QuerySyntax(#[from] oxigraph::sparql::SparqlSyntaxError),
    #[error("SPARQL evaluation error: {0}")]
    QueryEvaluation(#[from] oxigraph::sparql::QueryEvaluationError),
    #[error("{0}")]
    Invalid(String),
    #[error(transparent)]
    Io(#[from] std::io::Error),
}
