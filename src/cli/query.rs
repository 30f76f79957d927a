//! `newsgraph query 'SPARQL'` or `--file QUERY.rq`.

use super::Global;
use anyhow::Context;
use newsgraph::query::{self, ResultsFormat};
use std::io::Write;
use std::path::PathBuf;

#[derive(clap::Args)]
pub struct QueryArgs {
    /// The SPARQL query (or use --file).
    #[arg(required_unless_present = "file", conflicts_with = "file")]
    pub query: Option<String>,
    /// Read the query from this file.
    #[arg(long)]
    pub file: Option<PathBuf>,
    /// table (default), json, csv, tsv, xml for SELECT/ASK; turtle, ntriples, nquads, trig, rdfxml, jsonld for CONSTRUCT/DESCRIBE.
    #[arg(long, short, default_value = "table")]
    pub format: ResultsFormat,
    /// Write to this file instead of stdout.
    #[arg(long, short)]
    pub output: Option<PathBuf>,
}

pub fn run(g: &Global, a: QueryArgs) -> anyhow::Result<i32> {
    let (text, origin) = match (&a.query, &a.file) {
        (Some(q), _) => (q.clone(), "query".to_string()),
        (None, Some(f)) => (
            std::fs::read_to_string(f).with_context(|| format!("cannot read {}", f.display()))?,
            f.display().to_string(),
        ),
        (None, None) => unreachable!("clap requires one"),
    };
    let store = g.open_existing_store()?;
    let mut out = super::output(&a.output)?;
    query::run(&store, &text, a.format, &g.base, &mut out)
        .with_context(|| format!("{origin} failed"))?;
    out.flush()?;
    Ok(0)
}
