//! The ingest pipeline: read -> analyse -> extract -> resolve -> map ->
//! store, over a stream of articles.
//!
//! Articles are pulled from the reader in batches; each batch is extracted
//! in parallel (rayon) while the previous one is being written, and written
//! in one transaction. Memory stays bounded by two batches whatever the size
//! of the corpus. Inputs that fail are reported through a callback and the
//! rest goes on.

use crate::analyse::Analyzer;
use crate::extract::{Findings, Registry};
use crate::extraction::Extraction;
use crate::map;
use crate::read::{Article, ReadError};
use crate::resolve::aliases::AliasIndex;
use crate::resolve::Resolver;
use crate::store::{ArticleGraph, GraphStore};
use rayon::prelude::*;
use std::collections::HashSet;
use std::time::Instant;

/// Everything needed to turn an article into its graph.
pub struct Engine {
    analyzer: Analyzer,
    registry: Registry,
    resolver: Resolver,
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
        })
    }

    pub fn analyzer(&self) -> &Analyzer {
        &self.analyzer
    }

    pub fn resolver(&self) -> &Resolver {
        &self.resolver
    }

    /// Analyses, extracts and resolves one article.
    pub fn extract(&self, article: &Article) -> Extraction {
        let doc = self.analyzer.analyse(article);
        self.extract_doc(article, &doc)
    }

    /// Extracts and resolves an article already analysed as `doc`.
    pub fn extract_doc(&self, article: &Article, doc: &newsgraph_nlp::Doc) -> Extraction {
        let mut findings = Findings::default();
        for e in self.registry.iter() {
            e.extract(article, doc, &mut findings);
        }
        self.resolver.resolve(article, doc, &findings)
    }

    /// Extracts a batch of articles in parallel, then moves their entities
    /// onto the IRIs `aliases` knows for their names (in order, so the result
    /// does not depend on thread timing).
    pub fn extract_batch(&self, articles: &[Article], aliases: &mut AliasIndex) -> Vec<Extraction> {
        // each thread analyses a run of articles stage by stage
        let per_thread = articles
            .len()
            .div_ceil(rayon::current_num_threads())
            .clamp(1, 16);
        let mut out: Vec<Extraction> = articles
            .par_chunks(per_thread)
            .flat_map_iter(|chunk| {
                let docs = self.analyzer.analyse_batch(chunk);
                chunk
                    .iter()
                    .zip(docs)
                    .map(|(a, d)| self.extract_doc(a, &d))
                    .collect::<Vec<_>>()
            })
            .collect();
        for ex in &mut out {
            aliases.canonicalize(ex);
        }
        out
    }
}

/// The RDF graph of an extraction of `article`.
pub fn graph(ex: &Extraction, article: &Article) -> Result<ArticleGraph, crate::Error> {
    Ok(ArticleGraph {
        iri: ex.article.iri.clone(),
        quads: map::to_quads(ex, &article.text)?,
    })
}

impl Engine {}

/// What an ingest run did.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct IngestSummary {
    pub articles: usize,
    pub failed: usize,
    /// Distinct entities of the articles ingested.
    pub entities: usize,
    pub relations: usize,
    pub claims: usize,
    /// Quads written.
    pub triples: usize,
    pub seconds: f64,
}

impl std::fmt::Display for IngestSummary {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{} article{}, {} entities, {} relations, {} claims, {} triples in {:.2} s",
            self.articles,
            if self.articles == 1 { "" } else { "s" },
            self.entities,
            self.relations,
            self.claims,
            self.triples,
            self.seconds
        )?;
        if self.failed > 0 {
            write!(
                f,
                "; {} input{} failed",
                self.failed,
                if self.failed == 1 { "" } else { "s" }
            )?;
        }
        Ok(())
    }
}

/// A problem with one input; the run goes on.
#[derive(Debug)]
pub enum InputError {
    Read(ReadError),
    Article { source: String, error: crate::Error },
}

impl std::fmt::Display for InputError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            InputError::Read(e) => write!(f, "{e}"),
            InputError::Article { source, error } => write!(f, "{source}: {error}"),
        }
    }
}

/// Callbacks of an ingest run.
pub trait Progress {
    /// An input failed (it is skipped, the run goes on).
    fn failed(&mut self, error: &InputError);
    /// `n` more articles were written.
    fn written(&mut self, _n: usize) {}
    /// One article's extraction, after it was written.
    fn extracted(&mut self, _ex: &Extraction) {}
}

/// Ingests every article of `inputs` into `store`, `batch` articles per transaction.
pub fn ingest(
    engine: &Engine,
    store: &GraphStore,
    inputs: impl Iterator<Item = Result<Article, ReadError>>,
    batch: usize,
    progress: &mut dyn Progress,
) -> Result<IngestSummary, crate::Error> {
    let started = Instant::now();
    let mut summary = IngestSummary::default();
    let mut entities: HashSet<String> = HashSet::new();
    let mut aliases = AliasIndex::from_store(store.inner())?;
    let mut inputs = inputs;
    let mut pending: Vec<(Extraction, ArticleGraph)> = Vec::new();
    loop {
        let mut chunk: Vec<Article> = Vec::with_capacity(batch);
        while chunk.len() < batch {
            match inputs.next() {
                Some(Ok(a)) => chunk.push(a),
                Some(Err(e)) => {
                    summary.failed += 1;
                    progress.failed(&InputError::Read(e));
                }
                None => break,
            }
        }
        if chunk.is_empty() && pending.is_empty() {
            break;
        }
        // write the previous batch while this one is extracted
        let (done, graphs): (Vec<Extraction>, Vec<ArticleGraph>) =
            std::mem::take(&mut pending).into_iter().unzip();
        let (written, results) = rayon::join(
            || {
                if graphs.is_empty() {
                    Ok(())
                } else {
                    store.write_batch(&graphs)
                }
            },
            || {
                let exs = engine.extract_batch(&chunk, &mut aliases);
                exs.into_par_iter()
                    .zip(chunk.par_iter())
                    .map(|(ex, a)| match graph(&ex, a) {
                        Ok(g) => Ok((ex, g)),
                        Err(e) => Err((a.source.clone(), e)),
                    })
                    .collect::<Vec<_>>()
            },
        );
        written?;
        for (ex, g) in done.iter().zip(&graphs) {
            summary.articles += 1;
            summary.triples += g.quads.len();
            summary.relations += ex.facts().count();
            summary.claims += ex.claims().count();
            entities.extend(ex.entities.iter().map(|e| e.iri.clone()));
            progress.extracted(ex);
        }
        if !graphs.is_empty() {
            progress.written(graphs.len());
        }
        for r in results {
            match r {
                Ok(x) => pending.push(x),
                Err((source, error)) => {
                    summary.failed += 1;
                    progress.failed(&InputError::Article { source, error });
                }
            }
        }
    }
    summary.entities = entities.len();
    summary.seconds = started.elapsed().as_secs_f64();
    Ok(summary)
}
