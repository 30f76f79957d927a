//! `newsgraph stats [--json]`

use super::Global;

#[derive(clap::Args)]
pub struct StatsArgs {
    /// Print JSON instead of a table.
    #[arg(long)]
    pub json: bool,
}

pub fn run(g: &Global, a: StatsArgs) -> anyhow::Result<i32> {
    let store = g.open_existing_store()?;
    let s = store.stats()?;
    if a.json {
        println!("{}", serde_json::to_string_pretty(&s)?);
    } else {
        print!("{s}");
    }
    Ok(0)
}
