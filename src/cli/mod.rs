//! Command-line interface: arguments (clap derive) and one module per command.

mod analyse;
mod bench;
mod eval;
mod export;
mod extract;
mod ingest;
mod query;
mod remove;
mod stats;
mod train;
mod viz;

use clap::{Args, Parser, Subcommand};
use newsgraph::store::GraphStore;
use newsgraph::vocab::DEFAULT_BASE;
use std::path::PathBuf;

/// Turn news articles into an RDF knowledge graph: who did what to whom,
/// who claims what, and which sentence of which article says so.
#[derive(Parser)]
#[command(name = "newsgraph", version, about, long_about = None)]
pub struct Cli {
    #[command(flatten)]
    pub global: Global,
    #[command(subcommand)]
    pub command: Command,
}

/// Options every command takes.
#[derive(Args, Clone)]
pub struct Global {
    /// The store directory.
    #[arg(
        long,
        global = true,
        env = "NEWSGRAPH_DB",
        default_value = "newsgraph.db"
    )]
    pub db: PathBuf,
    /// Base IRI of the articles, entities and statements newsgraph mints.
    #[arg(long, global = true, env = "NEWSGRAPH_BASE", default_value = DEFAULT_BASE)]
    pub base: String,
    /// Use the models of this directory (tagger.bin, lemma.bin, parser.bin,
    /// ner.bin, attribution.bin, relations.bin) instead of those built into
    /// the binary.
    #[arg(long, global = true, env = "NEWSGRAPH_MODELS")]
    pub models: Option<PathBuf>,
}

impl Global {
    /// Opens the store, creating it if needed.
    pub fn open_store(&self) -> anyhow::Result<GraphStore> {
        Ok(GraphStore::open(&self.db)?)
    }
    /// The extraction engine with these options.
    pub fn engine(&self, extractors: &[String]) -> anyhow::Result<newsgraph::Engine> {
        Ok(newsgraph::Engine::new(
            &self.base,
            newsgraph::extract::Registry::by_names(extractors)?,
            self.models.as_deref(),
        )?)
    }

    /// Opens a store that must already exist.
    pub fn open_existing_store(&self) -> anyhow::Result<GraphStore> {
        Ok(GraphStore::open_existing(&self.db)?)
    }
}

/// A `--min-confidence` value: a number from 0 to 1.
pub fn confidence_value(s: &str) -> Result<f32, String> {
    match s.parse::<f32>() {
        Ok(x) if (0.0..=1.0).contains(&x) => Ok(x),
        _ => Err(format!("{s:?} is not a confidence between 0 and 1")),
    }
}

#[derive(Subcommand)]
pub enum Command {
    /// Read articles, extract their graph and store it (one named graph per article).
    Ingest(ingest::IngestArgs),
    /// Extract without a store: print the extraction as JSON, Turtle or N-Quads.
    Extract(extract::ExtractArgs),
    /// Run a SPARQL query over the store (the default graph is the union of all graphs).
    Query(query::QueryArgs),
    /// Export the store, or one article, as RDF.
    Export(export::ExportArgs),
    /// Dump the entity graph for visualisation (DOT, GraphML, JSON, Mermaid).
    Viz(viz::VizArgs),
    /// Delete an article's graph (by IRI, URL or source path) and nothing else.
    Remove(remove::RemoveArgs),
    /// Count articles, entities by type, relations, claims and triples.
    Stats(stats::StatsArgs),
    /// Train a model from the public data (tagger, parser, ner, attribution, types) into models/.
    Train(train::TrainArgs),
    /// Score the models on held-out data (parse: CoNLL-U; ner: CoNLL-2003; attribution: PolNeAR; types: GUM dev).
    Eval(eval::EvalArgs),
    /// Show what the NLP models make of articles, as CoNLL-U.
    Analyse(analyse::AnalyseArgs),
    /// Measure speed and memory over a corpus (models, analysis, extraction, ingest, bulk load).
    Bench(bench::BenchArgs),
}

/// Runs a command; returns the exit code.
pub fn run(cli: Cli) -> anyhow::Result<i32> {
    let g = &cli.global;
    match cli.command {
        Command::Ingest(a) => ingest::run(g, a),
        Command::Extract(a) => extract::run(g, a),
        Command::Query(a) => query::run(g, a),
        Command::Export(a) => export::run(g, a),
        Command::Viz(a) => viz::run(g, a),
        Command::Remove(a) => remove::run(g, a),
        Command::Stats(a) => stats::run(g, a),
        Command::Bench(a) => bench::run(g, a),
        Command::Analyse(a) => analyse::run(g, a),
        Command::Train(a) => train::run(g, a),
        Command::Eval(a) => eval::run(g, a),
    }
}

/// Where output goes: a file (`-o FILE`) or stdout.
pub fn output(path: &Option<PathBuf>) -> anyhow::Result<Box<dyn std::io::Write>> {
    use anyhow::Context;
    Ok(match path {
        Some(p) if p.as_os_str() != "-" => Box::new(std::io::BufWriter::new(
            std::fs::File::create(p).with_context(|| format!("cannot create {}", p.display()))?,
        )),
        _ => Box::new(std::io::BufWriter::new(std::io::stdout().lock())),
    })
}

/// Resolves an article reference (IRI, URL or source path) to stored article IRIs.
pub fn find_article(store: &GraphStore, reference: &str) -> anyhow::Result<String> {
    let found = store.find_articles(reference)?;
    match found.len() {
        0 => anyhow::bail!("no stored article is {reference:?} (give its IRI, URL or the path it was ingested from)"),
        1 => Ok(found.into_iter().next().unwrap()),
        n => anyhow::bail!("{reference:?} names {n} articles; give one article IRI: {}", found.join(", ")),
    }
}
