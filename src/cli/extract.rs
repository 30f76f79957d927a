//! `newsgraph extract PATH... --format json|jsonl|turtle|nquads`: the
//! extraction without a store, as a stream filter.

use super::{confidence_value, Global};
use newsgraph::export::{ExtractionWriter, StreamFormat};
use newsgraph::pipeline;
use std::path::PathBuf;

#[derive(Clone, Copy, clap::ValueEnum)]
pub enum ExtractFormat {
    /// The JSON extraction format (one object, or an array for several articles).
    Json,
    /// JSON Lines: one extraction per line.
    Jsonl,
    /// Turtle (the article graphs merged).
    Turtle,
    /// N-Quads (one named graph per article, its entities in the entities graph).
    Nquads,
}

#[derive(clap::Args)]
pub struct ExtractArgs {
    /// Files, directories, or - for stdin.
    #[arg(required = true)]
    pub paths: Vec<PathBuf>,
    #[arg(long, short, value_enum, default_value = "json")]
    pub format: ExtractFormat,
    /// Extractors to run, comma-separated.
    #[arg(long, value_delimiter = ',', default_value = "rules")]
    pub extractors: Vec<String>,
    /// Write to this file instead of stdout.
    #[arg(long, short)]
    pub output: Option<PathBuf>,
    /// Leave out relations whose confidence (the model's probability that a
    /// reader judges them right, `models/confidence.tsv`) is below this.
    #[arg(long, default_value_t = 0.0, value_parser = confidence_value)]
    pub min_confidence: f32,
}

/// Articles extracted at a time per thread: enough to keep the threads
/// busy, few enough that memory does not grow with the input.
const PER_THREAD: usize = 8;

/// Reads the inputs a chunk at a time, extracts each chunk in parallel and
/// writes its results in input order before reading on: the output is the
/// same for any number of threads, and memory holds one chunk.
pub fn run(g: &Global, a: ExtractArgs) -> anyhow::Result<i32> {
    let engine = g
        .engine(&a.extractors)?
        .with_min_confidence(a.min_confidence);
    let format = match a.format {
        ExtractFormat::Json => StreamFormat::Json,
        ExtractFormat::Jsonl => StreamFormat::JsonLines,
        ExtractFormat::Turtle => StreamFormat::Turtle,
        ExtractFormat::Nquads => StreamFormat::NQuads,
    };
    let mut writer = ExtractionWriter::new(format, &g.base, super::output(&a.output)?);
    let chunk = PER_THREAD * rayon::current_num_threads();
    let mut failed = 0;
    let mut inputs = newsgraph::read::read_inputs(&a.paths);
    loop {
        let mut articles = Vec::with_capacity(chunk);
        for r in inputs.by_ref() {
            match r {
                Ok(article) => {
                    for w in &article.warnings {
                        eprintln!("warning: {w}");
                    }
                    articles.push(article);
                    if articles.len() == chunk {
                        break;
                    }
                }
                Err(e) => {
                    failed += 1;
                    eprintln!("error: {e}");
                }
            }
        }
        if articles.is_empty() {
            break;
        }
        for r in pipeline::extract_graphs(&engine, &articles) {
            match r {
                Ok((ex, graph)) => writer.write(&ex, &graph)?,
                Err(e) => {
                    failed += 1;
                    eprintln!("error: {e}");
                }
            }
        }
    }
    writer.finish()?;
    Ok(if failed > 0 { 1 } else { 0 })
}
