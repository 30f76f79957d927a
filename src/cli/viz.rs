//! `newsgraph viz --format dot|graphml|json|mermaid [--article REF | --entity NAME --depth N]`

use super::Global;
use newsgraph::viz::{self, Scope, VizFormat};
use std::io::Write;
use std::path::PathBuf;

#[derive(clap::Args)]
pub struct VizArgs {
    /// dot, graphml, json or mermaid.
    #[arg(long, short, default_value = "dot")]
    pub format: VizFormat,
    /// Only this article (its IRI, URL, or the path it was ingested from).
    #[arg(long, conflicts_with = "entity")]
    pub article: Option<String>,
    /// Only the neighbourhood of the entity with this label or alias.
    #[arg(long)]
    pub entity: Option<String>,
    /// How many edges away from --entity to go.
    #[arg(long, default_value_t = 1, requires = "entity")]
    pub depth: usize,
    /// Write to this file instead of stdout.
    #[arg(long, short)]
    pub output: Option<PathBuf>,
}

pub fn run(g: &Global, a: VizArgs) -> anyhow::Result<i32> {
    let store = g.open_existing_store()?;
    let scope = match (&a.article, &a.entity) {
        (Some(r), _) => Scope::Article(super::find_article(&store, r)?),
        (None, Some(name)) => Scope::Entity {
            name: name.clone(),
            depth: a.depth,
        },
        (None, None) => Scope::All,
    };
    let graph = viz::build(&store, &scope)?;
    let mut out = super::output(&a.output)?;
    viz::write(&graph, a.format, &mut out)?;
    out.flush()?;
    Ok(0)
}
