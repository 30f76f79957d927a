//! Analysis: the NLP core (`newsgraph-nlp`) run over an article's body, with
//! the models shipped inside the binary.
//!
//! The body is analysed in place (everything outside it blanked, see
//! [`Article::analysis_text`]), so every offset in the resulting [`Doc`]
//! refers to the article text as read.

pub mod models;

use crate::read::Article;
use models::Source;
use newsgraph_nlp::lemma::Lemmatizer;
use newsgraph_nlp::ner::Ner;
use newsgraph_nlp::parser::Parser;
use newsgraph_nlp::tagger::Tagger;
use newsgraph_nlp::{Component, Doc, ModelError, Pipeline};
use std::path::Path;

/// The analysis pipeline: tokeniser and sentence splitter, tagger,
/// lemmatiser, parser, named-entity recogniser.
pub struct Analyzer {
    pipeline: Pipeline,
}

fn model_error(name: &str) -> impl Fn(ModelError) -> crate::Error + '_ {
    move |e| crate::Error::Invalid(format!("model {name}: {e}"))
}

impl Analyzer {
    /// The pipeline with the models embedded in this binary.
    pub fn embedded() -> Result<Self, crate::Error> {
        Self::load(&Source::Embedded)
    }

    /// The pipeline with the models of a directory (`tagger.bin`, `lemma.bin`,
    /// `parser.bin`, `ner.bin`), e.g. freshly trained ones.
    pub fn from_dir(dir: &Path) -> Result<Self, crate::Error> {
        Self::load(&Source::Directory(dir))
    }

    /// Loads the models (independent of each other, so each on its own
    /// thread) and chains them in pipeline order.
    fn load(source: &Source) -> Result<Self, crate::Error> {
        let one = |name: &'static str| -> Result<Box<dyn Component>, crate::Error> {
            let bytes = models::load(name, source)?;
            let err = model_error(name);
            Ok(match name {
                "tagger" => Box::new(Tagger::from_bytes(&bytes).map_err(err)?),
                "lemma" => Box::new(Lemmatizer::from_bytes(&bytes).map_err(err)?),
                "parser" => Box::new(Parser::from_bytes(&bytes).map_err(err)?),
                _ => Box::new(Ner::from_bytes(&bytes).map_err(err)?),
            })
        };
        let components = std::thread::scope(|s| {
            let loading: Vec<_> = models::NAMES
                .iter()
                .map(|&name| s.spawn(move || one(name)))
                .collect();
            loading
                .into_iter()
                .map(|h| h.join().expect("loading a model panicked"))
                .collect::<Result<Vec<_>, _>>()
        })?;
        Ok(Analyzer {
            pipeline: Pipeline::new(components),
        })
    }

    /// Analyses the article's body.
    pub fn analyse(&self, article: &Article) -> Doc {
        self.pipeline.analyse(&article.analysis_text())
    }

    /// Analyses several articles' bodies, stage by stage (faster than one by one).
    pub fn analyse_batch(&self, articles: &[Article]) -> Vec<Doc> {
        let texts: Vec<String> = articles.iter().map(Article::analysis_text).collect();
        let refs: Vec<&str> = texts.iter().map(String::as_str).collect();
        self.pipeline.analyse_batch(&refs)
    }

    /// The pipeline itself (its components, in order).
    pub fn pipeline(&self) -> &Pipeline {
        &self.pipeline
    }

    /// Analyses any text.
    pub fn analyse_text(&self, text: &str) -> Doc {
        self.pipeline.analyse(text)
    }
}
