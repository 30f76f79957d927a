//! The engine: analyse -> extract -> resolve for one article or a batch,
//! everything between an [`Article`] and its [`Extraction`].

use crate::analyse::Analyzer;
use crate::extract::{Findings, Registry};
use crate::guard::contained;
use crate::resolve::Resolver;
use newsgraph_core::{Article, Extraction};
use rayon::prelude::*;

/// Everything needed to turn an article into its graph.
pub struct Engine {
    analyzer: Analyzer,
    registry: Registry,
    resolver: Resolver,
    /// Relations of lower confidence are left out.
    min_confidence: f32,
}

impl Engine {
    /// An engine with the given extractors and base IRI, and the models
    /// embedded in the binary (or those of `models`, a directory).
    pub fn new(
        base: &str,
        registry: Registry,
        models: Option<&std::path::Path>,
    ) -> Result<Self, crate::Error> {
        Ok(Engine {
            analyzer: match models {
                Some(dir) => Analyzer::from_dir(dir)?,
                None => Analyzer::embedded()?,
            },
            registry,
            resolver: Resolver::new(base)?,
            min_confidence: 0.0,
        })
    }

    /// The engine, leaving out relations whose confidence (the probability
    /// that a reader judges them right) is below `min`.
    pub fn with_min_confidence(mut self, min: f32) -> Self {
        self.min_confidence = min;
        self
    }

    pub fn analyzer(&self) -> &Analyzer {
        &self.analyzer
    }

    pub fn resolver(&self) -> &Resolver {
        &self.resolver
    }

    /// Analyses, extracts and resolves one article. A failure or a panic
    /// is this article's error (see [`crate::guard`]).
    pub fn extract(&self, article: &Article) -> Result<Extraction, crate::Error> {
        contained(&article.source, || {
            let doc = self.analyzer.analyse(article)?;
            self.extract_doc(article, &doc)
        })
    }

    /// Extracts and resolves an article already analysed as `doc`.
    pub fn extract_doc(
        &self,
        article: &Article,
        doc: &newsgraph_nlp::Doc,
    ) -> Result<Extraction, crate::Error> {
        let mut findings = Findings::default();
        for e in self.registry.iter() {
            e.extract(article, doc, &mut findings)?;
        }
        let mut ex = self.resolver.resolve(article, doc, &findings);
        ex.relations.retain(|r| r.confidence >= self.min_confidence);
        Ok(ex)
    }

    /// Extracts a batch of articles in parallel. Each result is a function
    /// of its article and the models alone, whatever else the batch holds.
    /// One result per article, in order: an article that fails or panics is
    /// that article's error only.
    pub fn extract_batch(&self, articles: &[Article]) -> Vec<Result<Extraction, crate::Error>> {
        // each thread analyses a run of articles stage by stage
        let per_thread = articles
            .len()
            .div_ceil(rayon::current_num_threads())
            .clamp(1, 16);
        articles
            .par_chunks(per_thread)
            .flat_map_iter(|chunk| self.extract_run(chunk))
            .collect()
    }

    /// A run of articles analysed stage by stage; when any of them fails,
    /// each is taken again on its own, so only the bad one is lost.
    fn extract_run(&self, chunk: &[Article]) -> Vec<Result<Extraction, crate::Error>> {
        let run = contained(&chunk[0].source, || {
            let docs = self.analyzer.analyse_batch(chunk)?;
            chunk
                .iter()
                .zip(&docs)
                .map(|(a, d)| self.extract_doc(a, d))
                .collect::<Result<Vec<_>, _>>()
        });
        match run {
            Ok(all) => all.into_iter().map(Ok).collect(),
            Err(_) if chunk.len() > 1 => chunk.iter().map(|a| self.extract(a)).collect(),
            Err(e) => vec![Err(e)],
        }
    }
}
