//! `newsgraph ingest PATH...`

use super::{confidence_value, Global};
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use newsgraph::extraction::Extraction;
use newsgraph::pipeline::{self, InputError, Progress};
use std::io::IsTerminal;
use std::path::PathBuf;

#[derive(clap::Args)]
pub struct IngestArgs {
    /// Files (.txt, .html, .json, .jsonl), directories (read recursively), or - for stdin.
    #[arg(required = true)]
    pub paths: Vec<PathBuf>,
    /// Articles written per transaction (each batch, and each article in it, is all or nothing).
    #[arg(long, default_value_t = 64, value_parser = clap::value_parser!(u32).range(1..))]
    pub batch: u32,
    /// Extractors to run, comma-separated.
    #[arg(long, value_delimiter = ',', default_value = "rules")]
    pub extractors: Vec<String>,
    /// Print only the final summary, not what each article yielded.
    #[arg(long, short)]
    pub quiet: bool,
    /// Leave out relations whose confidence (the model's probability that a
    /// reader judges them right, `models/confidence.tsv`) is below this.
    #[arg(long, default_value_t = 0.0, value_parser = confidence_value)]
    pub min_confidence: f32,
}

struct Report {
    bar: ProgressBar,
    verbose: bool,
}

impl Progress for Report {
    fn failed(&mut self, error: &InputError) {
        self.bar.suspend(|| eprintln!("error: {error}"));
    }
    fn written(&mut self, n: usize) {
        self.bar.inc(n as u64);
    }
    fn extracted(&mut self, ex: &Extraction) {
        if self.verbose {
            self.bar.suspend(|| print_found(ex));
        }
    }
}

/// A short account of what one article yielded.
fn print_found(ex: &Extraction) {
    let name = |iri: &str| {
        ex.entity(iri)
            .map(|e| e.label.clone())
            .unwrap_or_else(|| iri.to_string())
    };
    println!("{}", ex.article.title);
    println!("  {} ({})", ex.article.iri, ex.article.source);
    println!("  entities:");
    for e in &ex.entities {
        let aliases = if e.aliases.is_empty() {
            String::new()
        } else {
            format!("  aka {}", e.aliases.join(", "))
        };
        println!("    {:<13} {}{}", e.kind.as_str(), e.label, aliases);
    }
    for (title, claims) in [("facts", false), ("claims", true)] {
        let rs: Vec<_> = ex
            .relations
            .iter()
            .filter(|r| r.is_claim() == claims)
            .collect();
        if rs.is_empty() {
            continue;
        }
        println!("  {title}:");
        for r in rs {
            let object = match &r.object {
                newsgraph::extraction::Object::Entity(e) => name(e),
                newsgraph::extraction::Object::Literal { literal } => format!("\"{literal}\""),
            };
            let mut extra = Vec::new();
            if let Some(src) = &r.claimed_by {
                extra.push(format!(
                    "claimed by {} ({})",
                    name(src),
                    r.claim_verb.as_deref().unwrap_or("?")
                ));
            }
            if let Some(outer) = &r.reported_by {
                extra.push(format!("reported by {}", name(outer)));
            }
            if r.modality == newsgraph::extraction::Modality::Hedged {
                extra.push("hedged".into());
            }
            if r.negated {
                extra.push("negated".into());
            }
            if let Some(t) = &r.time {
                extra.push(format!("time {t}"));
            }
            let extra = if extra.is_empty() {
                String::new()
            } else {
                format!("  [{}]", extra.join(", "))
            };
            println!(
                "    {} -{}-> {}{}",
                name(&r.subject),
                r.predicate,
                object,
                extra
            );
        }
    }
}

pub fn run(g: &Global, a: IngestArgs) -> anyhow::Result<i32> {
    let store = g.open_store()?;
    let engine = g
        .engine(&a.extractors)?
        .with_min_confidence(a.min_confidence);
    let bar = if std::io::stderr().is_terminal() {
        let b = ProgressBar::with_draw_target(None, ProgressDrawTarget::stderr());
        b.set_style(
            ProgressStyle::with_template("{spinner} {pos} articles  {per_sec}  {elapsed}")
                .expect("valid template"),
        );
        b
    } else {
        ProgressBar::hidden()
    };
    let mut report = Report {
        bar,
        verbose: !a.quiet,
    };
    let bar = report.bar.clone();
    let inputs = newsgraph::read::read_inputs(&a.paths).inspect(move |r| {
        if let Ok(article) = r {
            for w in &article.warnings {
                bar.suspend(|| eprintln!("warning: {w}"));
            }
        }
    });
    let summary = pipeline::ingest(&engine, &store, inputs, a.batch as usize, &mut report)?;
    report.bar.finish_and_clear();
    store.flush()?;
    eprintln!("ingested {summary} into {}", g.db.display());
    Ok(if summary.failed > 0 { 1 } else { 0 })
}
