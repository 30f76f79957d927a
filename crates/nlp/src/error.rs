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
