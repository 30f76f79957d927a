//! `newsgraph remove ARTICLE...`

use super::Global;

#[derive(clap::Args)]
pub struct RemoveArgs {
    /// Articles to delete: IRI, URL, or the path they were ingested from.
    #[arg(required = true)]
    pub articles: Vec<String>,
}

pub fn run(g: &Global, a: RemoveArgs) -> anyhow::Result<i32> {
    let store = g.open_existing_store()?;
    let mut failed = 0;
    for r in &a.articles {
        match super::find_article(&store, r) {
            Ok(iri) => {
                store.remove_article(&iri)?;
                eprintln!("removed {iri}");
            }
            Err(e) => {
                failed += 1;
                eprintln!("error: {e}");
            }
        }
    }
    Ok(if failed > 0 { 1 } else { 0 })
}
