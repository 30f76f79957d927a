//! `newsgraph export --format FORMAT [--article REF] [-o FILE]`

use super::Global;
use newsgraph::export::{export, ExportScope, RdfOutput};
use std::io::Write;
use std::path::PathBuf;

#[derive(clap::Args)]
pub struct ExportArgs {
    /// turtle, ntriples, nquads, trig, rdfxml or jsonld.
    #[arg(long, short, default_value = "turtle")]
    pub format: RdfOutput,
    /// Only this article (its IRI, URL, or the path it was ingested from).
    #[arg(long)]
    pub article: Option<String>,
    /// Include the ontology graph.
    #[arg(long)]
    pub with_ontology: bool,
    /// Write to this file instead of stdout.
    #[arg(long, short)]
    pub output: Option<PathBuf>,
}

pub fn run(g: &Global, a: ExportArgs) -> anyhow::Result<i32> {
    let store = g.open_existing_store()?;
    let scope = match &a.article {
        Some(r) => ExportScope::Article(super::find_article(&store, r)?),
        None => ExportScope::All {
            with_ontology: a.with_ontology,
        },
    };
    let mut out = super::output(&a.output)?;
    export(&store, &scope, a.format, &g.base, &mut out)?;
    out.flush()?;
    Ok(0)
}
