//! Analysis: the NLP core (`newsgraph-nlp`) run over an article's body, with
//! the models shipped inside the binary.
//!
//! The body is analysed in place (everything outside it blanked, see
//! [`Article::analysis_text`]), so every offset in the resulting [`Doc`]
//! refers to the article text as read.

pub mod models;

use models::{Model, Source};
use newsgraph_core::Article;
use newsgraph_nlp::attribution::Attributor;
use newsgraph_nlp::lemma::Lemmatizer;
use newsgraph_nlp::mention_type::MentionTyper;
use newsgraph_nlp::ner::Ner;
use newsgraph_nlp::parser::Parser;
use newsgraph_nlp::pronoun::PronounResolver;
use newsgraph_nlp::tagger::Tagger;
use newsgraph_nlp::typed::RelationClassifier;
use newsgraph_nlp::{Component, Doc, ModelError, Pipeline};
use std::path::Path;

/// The analysis pipeline: tokeniser and sentence splitter, tagger,
/// lemmatiser, parser, named-entity recogniser, attribution tagger,
/// relation classifier, pronoun resolver.
pub struct Analyzer {
    pipeline: Pipeline,
}

fn model_error(model: Model) -> impl Fn(ModelError) -> crate::Error {
    move |source| crate::Error::Model {
        name: model.name(),
        source,
    }
}

impl Analyzer {
    /// The pipeline with the models embedded in this binary.
    pub fn embedded() -> Result<Self, crate::Error> {
        Self::with_models(&Source::Embedded, &Model::ALL)
    }

    /// The pipeline with the models of a directory (`tagger.bin`, `lemma.bin`,
    /// `parser.bin`, `ner.bin`, `attribution.bin`), e.g. freshly trained ones.
    pub fn from_dir(dir: &Path) -> Result<Self, crate::Error> {
        Self::with_models(&Source::Directory(dir), &Model::ALL)
    }

    /// The pipeline of `models` only (in the order given, which must be the
    /// pipeline's: a model after the ones whose layers it reads), from
    /// `source`. Training the attribution model analyses its data without it.
    /// The models are independent files, so each loads on its own thread.
    pub fn with_models(source: &Source, models: &[Model]) -> Result<Self, crate::Error> {
        let one = |model: Model| -> Result<Box<dyn Component>, crate::Error> {
            let bytes = model.load(source)?;
            let err = model_error(model);
            Ok(match model {
                Model::Tagger => Box::new(Tagger::from_bytes(&bytes).map_err(err)?),
                Model::Lemma => Box::new(Lemmatizer::from_bytes(&bytes).map_err(err)?),
                Model::Parser => Box::new(Parser::from_bytes(&bytes).map_err(err)?),
                Model::Ner => Box::new(Ner::from_bytes(&bytes).map_err(err)?),
                Model::Attribution => Box::new(Attributor::from_bytes(&bytes).map_err(err)?),
                Model::Relations => Box::new(RelationClassifier::from_bytes(&bytes).map_err(err)?),
                Model::Pronouns => Box::new(PronounResolver::from_bytes(&bytes).map_err(err)?),
                Model::MentionTypes => Box::new(MentionTyper::from_bytes(&bytes).map_err(err)?),
            })
        };
        let components = std::thread::scope(|s| {
            let loading: Vec<_> = models
                .iter()
                .map(|&model| s.spawn(move || one(model)))
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
    pub fn analyse(&self, article: &Article) -> Result<Doc, crate::Error> {
        self.pipeline
            .analyse(&article.analysis_text())
            .map_err(|source| crate::Error::Stage {
                input: article.source.clone(),
                source,
            })
    }

    /// Analyses several articles' bodies, stage by stage (faster than one by one).
    pub fn analyse_batch(&self, articles: &[Article]) -> Result<Vec<Doc>, crate::Error> {
        let texts: Vec<String> = articles.iter().map(Article::analysis_text).collect();
        let refs: Vec<&str> = texts.iter().map(String::as_str).collect();
        self.pipeline
            .analyse_batch(&refs)
            .map_err(|source| crate::Error::Stage {
                input: articles
                    .iter()
                    .map(|a| a.source.as_str())
                    .collect::<Vec<_>>()
                    .join(", "),
                source,
            })
    }

    /// The pipeline itself (its components, in order).
    pub fn pipeline(&self) -> &Pipeline {
        &self.pipeline
    }

    /// Analyses any text.
    pub fn analyse_text(&self, text: &str) -> Result<Doc, newsgraph_nlp::StageError> {
        self.pipeline.analyse(text)
    }
}
