//! `newsgraph extract PATH... --format json|turtle|nquads`: the extraction
//! without a store.

use super::{confidence_value, Global};
use newsgraph::export::{write_quads, RdfOutput};
use newsgraph::pipeline;
use newsgraph::resolve::aliases::AliasIndex;
use std::io::Write;
use std::path::PathBuf;

#[derive(Clone, Copy, clap::ValueEnum)]
pub enum ExtractFormat {
    /// The JSON extraction format (one object, or an array for several articles).
    Json,
    /// Turtle (the article graphs merged).
    Turtle,
    /// N-Quads (one named graph per article).
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

pub fn run(g: &Global, a: ExtractArgs) -> anyhow::Result<i32> {
    let engine = g
        .engine(&a.extractors)?
        .with_min_confidence(a.min_confidence);
    let mut failed = 0;
    let mut articles = Vec::new();
    for r in newsgraph::read::read_inputs(&a.paths) {
        match r {
            Ok(article) => {
                for w in &article.warnings {
                    eprintln!("warning: {w}");
                }
                articles.push(article);
            }
            Err(e) => {
                failed += 1;
                eprintln!("error: {e}");
            }
        }
    }
    let mut aliases = AliasIndex::default();
    let results = pipeline::extract_graphs(&engine, &articles, &mut aliases);
    let mut done = Vec::new();
    for r in results {
        match r {
            Ok(x) => done.push(x),
            Err(e) => {
                failed += 1;
                eprintln!("error: {e}");
            }
        }
    }
    let mut out = super::output(&a.output)?;
    match a.format {
        ExtractFormat::Json => {
            if done.len() == 1 {
                serde_json::to_writer_pretty(&mut out, &done[0].0)?;
            } else {
                let all: Vec<_> = done.iter().map(|(ex, _)| ex).collect();
                serde_json::to_writer_pretty(&mut out, &all)?;
            }
            writeln!(out)?;
        }
        ExtractFormat::Turtle | ExtractFormat::Nquads => {
            let f = if matches!(a.format, ExtractFormat::Turtle) {
                RdfOutput::Turtle
            } else {
                RdfOutput::NQuads
            };
            let quads = done
                .iter()
                .flat_map(|(_, g)| g.quads.iter().cloned().map(Ok));
            write_quads(quads, f, &g.base, &mut out)?;
        }
    }
    out.flush()?;
    Ok(if failed > 0 { 1 } else { 0 })
}
