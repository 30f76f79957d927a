//! The ingest pipeline: read -> analyse -> extract -> resolve -> map ->
//! store, over a stream of articles.
//!
//! Articles are pulled from the reader in batches; each batch is extracted
//! in parallel (rayon) while the previous one is being written, and written
//! in one transaction. Memory stays bounded by two batches whatever the size
//! of the corpus. Inputs that fail are reported through a callback and the
//! rest goes on.

use crate::extraction::Extraction;
use crate::map;
use crate::read::{Article, ReadError};
use crate::store::{ArticleGraph, GraphStore};
use crate::Engine;
use rayon::prelude::*;
use std::collections::HashSet;
use std::time::Instant;

/// The RDF graph of an extraction of `article`.
pub fn graph(ex: &Extraction, article: &Article) -> Result<ArticleGraph, crate::Error> {
    Ok(ArticleGraph {
        iri: ex.article.iri.clone(),
        quads: map::to_quads(ex, &article.text)?,
    })
}

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
    /// The input could not be read.
    Read(ReadError),
    /// The article could not be analysed or extracted (the error names it).
    Extract(newsgraph_extract::Error),
    /// The article's extraction could not be written as RDF.
    Article { source: String, error: crate::Error },
}

impl std::fmt::Display for InputError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            InputError::Read(e) => write!(f, "{e}"),
            InputError::Extract(e) => write!(f, "{e}"),
            InputError::Article { source, error } => write!(f, "{source}: {error}"),
        }
    }
}

/// Extracts a batch and maps each article's extraction to its graph: one
/// result per article, in order, each failure its own.
pub fn extract_graphs(
    engine: &Engine,
    articles: &[Article],
) -> Vec<Result<(Extraction, ArticleGraph), InputError>> {
    engine
        .extract_batch(articles)
        .into_par_iter()
        .zip(articles.par_iter())
        .map(|(ex, a)| {
            let ex = ex.map_err(InputError::Extract)?;
            match graph(&ex, a) {
                Ok(g) => Ok((ex, g)),
                Err(error) => Err(InputError::Article {
                    source: a.source.clone(),
                    error,
                }),
            }
        })
        .collect()
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
            || extract_graphs(engine, &chunk),
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
                Err(e) => {
                    summary.failed += 1;
                    progress.failed(&e);
                }
            }
        }
    }
    summary.entities = entities.len();
    summary.seconds = started.elapsed().as_secs_f64();
    Ok(summary)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::{Extractor, Findings, Registry};
    use crate::vocab::DEFAULT_BASE;

    /// An extractor with a bug: it panics on any article that says "boom".
    struct Boom;

    impl Extractor for Boom {
        fn name(&self) -> &'static str {
            "boom"
        }
        fn extract(
            &self,
            article: &Article,
            _doc: &newsgraph_nlp::Doc,
            _sink: &mut Findings,
        ) -> Result<(), newsgraph_extract::Error> {
            if article.text.contains("boom") {
                let empty: &[usize] = &[];
                let last = empty.len().wrapping_sub(1);
                std::hint::black_box(empty[last]);
            }
            Ok(())
        }
    }

    struct Recorder(Vec<String>);

    impl Progress for Recorder {
        fn failed(&mut self, error: &InputError) {
            self.0.push(error.to_string());
        }
    }

    fn article(i: usize, body: &str) -> Article {
        let text = format!("Story {i}\n\n{body}");
        let start = text.chars().count() - body.chars().count();
        Article {
            source: format!("story-{i}.txt"),
            title: format!("Story {i}"),
            body: std::iter::once(start..text.chars().count()).collect(),
            text,
            ..Article::default()
        }
    }

    #[test]
    fn a_panicking_article_is_reported_and_every_other_one_is_stored() {
        let registry = Registry::from_extractors(vec![
            Box::new(newsgraph_extract::extract::rules::Rules::new()),
            Box::new(Boom),
        ]);
        let engine = Engine::new(DEFAULT_BASE, registry, None).unwrap();
        let store = GraphStore::in_memory().unwrap();
        let bodies = [
            "ZPMC makes cranes in Shanghai.",
            "Officials said the cranes went boom in Baltimore.",
            "The port of Baltimore uses cranes made by ZPMC.",
            "Reuters reported that the company denied the claims.",
        ];
        let articles: Vec<Article> = (0..40)
            .map(|i| article(i, bodies[i % bodies.len()]))
            .collect();
        let mut progress = Recorder(Vec::new());
        let summary = ingest(
            &engine,
            &store,
            articles.into_iter().map(Ok),
            16,
            &mut progress,
        )
        .unwrap();
        assert_eq!((summary.articles, summary.failed), (30, 10), "{summary}");
        assert_eq!(progress.0.len(), 10);
        let first = &progress.0[0];
        assert!(
            first.starts_with("story-1.txt: internal error: index out of bounds"),
            "one line naming the article and the panic: {first}"
        );
        assert!(!first.contains('\n'), "{first}");
        let stored = store.stats().unwrap().articles;
        assert_eq!(stored, 30, "every other article is in the store");
    }
}
