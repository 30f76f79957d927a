//! Errors of the NLP core.

/// A model file that cannot be read.
#[derive(Debug, thiserror::Error)]
pub enum ModelError {
    #[error("model file is truncated at byte {0}")]
    Truncated(usize),
    #[error("not a newsgraph model file (bad magic number)")]
    BadMagic,
    #[error("model file has version {found}, this build reads version {expected}")]
    Version { found: u32, expected: u32 },
    #[error("model file is corrupt: {0}")]
    Corrupt(String),
}

/// A stage that cannot run on the document it was given.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum StageError {
    /// The stage reads a layer an earlier stage has not written.
    #[error("the {stage} needs the {needs} to run first")]
    MissingLayer {
        stage: &'static str,
        needs: &'static str,
    },
    /// A token's head lies outside its sentence.
    #[error("token {token} has head {head} outside its sentence")]
    BadHead { token: usize, head: usize },
}
