//! `newsgraph query 'SPARQL'`, `--file QUERY.rq`, or a `.rq` file's path
//! in place of the query.

use super::Global;
use anyhow::Context;
use newsgraph::query::{self, ResultsFormat};
use std::io::Write;
use std::path::PathBuf;

#[derive(clap::Args)]
pub struct QueryArgs {
    /// The SPARQL query, or the path of a file that holds one (or use --file).
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
    /// Also print to stderr, as JSON, the plan that was evaluated, with the
    /// rows and time of each step.
    #[arg(long)]
    pub explain: bool,
}

pub fn run(g: &Global, a: QueryArgs) -> anyhow::Result<i32> {
    // a path given where the query goes ("query examples/queries/x.rq")
    // is read, if no query could be meant: a SPARQL query has braces
    let path = a
        .query
        .as_deref()
        .filter(|q| !q.contains('{') && std::path::Path::new(q).is_file())
        .map(PathBuf::from);
    let (text, origin) = match (&a.query, path.as_ref().or(a.file.as_ref())) {
        (_, Some(f)) => (
            std::fs::read_to_string(f).with_context(|| format!("cannot read {}", f.display()))?,
            f.display().to_string(),
        ),
        (Some(q), None) => (q.clone(), "query".to_string()),
        (None, None) => unreachable!("clap requires one"),
    };
    let store = g.open_existing_store()?;
    let mut out = super::output(&a.output)?;
    let mut stderr = std::io::stderr();
    let explain = a.explain.then_some(&mut stderr as &mut dyn Write);
    query::run_explained(&store, &text, a.format, &g.base, &mut out, explain)
        .with_context(|| format!("{origin} failed"))?;
    out.flush()?;
    Ok(0)
}
