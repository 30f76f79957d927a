//! The pipeline: a tokeniser, then components that each fill in one layer
//! of the [`Doc`] (spaCy's design: an explicit list, no magic).

use crate::doc::Doc;
use crate::error::StageError;

/// One stage after tokenisation: tagging, lemmatising, parsing or NER.
/// A component reads what earlier ones wrote and fills in its own fields.
pub trait Component: Send + Sync {
    /// A short name for logs (`tagger`, `parser`, ...).
    fn name(&self) -> &str;
    /// Adds this component's layer to `doc`; an error when `doc` lacks a
    /// layer this component reads.
    fn process(&self, doc: &mut Doc) -> Result<(), StageError>;
}

/// Tokeniser and sentence splitter, then the components in order.
pub struct Pipeline {
    pub components: Vec<Box<dyn Component>>,
}

impl Pipeline {
    pub fn new(components: Vec<Box<dyn Component>>) -> Self {
        Pipeline { components }
    }

    /// Analyses several texts stage by stage (all texts through the tagger,
    /// then all through the parser, ...): each model's tables stay in the
    /// CPU caches longer, which is faster than one text at a time.
    pub fn analyse_batch(&self, texts: &[&str]) -> Result<Vec<Doc>, StageError> {
        let mut docs: Vec<Doc> = texts.iter().map(|t| crate::tokenize::tokenize(t)).collect();
        for c in &self.components {
            for d in &mut docs {
                c.process(d)?;
            }
        }
        Ok(docs)
    }

    /// Tokenises, splits sentences and runs every component on `text`.
    pub fn analyse(&self, text: &str) -> Result<Doc, StageError> {
        let mut doc = crate::tokenize::tokenize(text);
        for c in &self.components {
            c.process(&mut doc)?;
        }
        Ok(doc)
    }
}
