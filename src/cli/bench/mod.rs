//! `newsgraph bench`: speed and memory over a corpus, as ratios in one run.
//!
//! The corpus is the CoNLL-2003 training file's documents, detokenised
//! (946 Reuters articles), or any article paths. Phases: model loading,
//! NLP analysis on one thread (tokens/s), extraction on the example article,
//! ingest into a fresh store (articles/s, quads/s), and Oxigraph's own bulk
//! loader on the same quads (the store's limit). Peak memory (VmHWM) is read
//! per phase on Linux.

mod growth;

use super::Global;
use anyhow::Context;
use newsgraph::extract::Registry;
use newsgraph::pipeline::{self, InputError, Progress};
use newsgraph::read::Article;
use newsgraph::store::GraphStore;
use newsgraph::Engine;
use std::path::{Path, PathBuf};
use std::time::Instant;

#[derive(clap::Args)]
pub struct BenchArgs {
    /// A CoNLL-2003 file whose documents make the corpus.
    #[arg(long, default_value = "../shared/data/conll2003/eng.train")]
    pub conll: PathBuf,
    /// Use these article files or directories instead of the CoNLL corpus.
    #[arg(long, num_args = 1..)]
    pub articles: Vec<PathBuf>,
    /// Repeat the corpus this many times for the ingest phases.
    #[arg(long, default_value_t = 1)]
    pub repeat: usize,
    /// Articles per transaction.
    #[arg(long, default_value_t = 64)]
    pub batch: usize,
    /// Rounds of each single-thread phase; the fastest counts (the least
    /// disturbed by other work on the machine).
    #[arg(long, default_value_t = 3)]
    pub rounds: usize,
    /// The article whose extraction time is measured.
    #[arg(long, default_value = "examples/articles/zpmc-cranes.txt")]
    pub example: PathBuf,
    /// Instead of the phases: ingest a synthetic feed of distinct articles
    /// (the corpus's documents recombined) into a fresh store up to each of
    /// these sizes, and print the ingest rate, the store's size, peak
    /// memory and the time of each query of --queries at each.
    #[arg(long, value_delimiter = ',', value_parser = clap::value_parser!(u64).range(1..))]
    pub growth: Vec<u64>,
    /// The queries timed by --growth.
    #[arg(long, default_value = "examples/queries")]
    pub queries: PathBuf,
    /// With --growth: keep the grown store instead of deleting it, to
    /// query it afterwards (its directory is printed at the end).
    #[arg(long, requires = "growth")]
    pub keep: bool,
}

/// Detokenises CoNLL-2003 documents into articles (first line as title).
pub fn conll_articles(path: &Path) -> anyhow::Result<Vec<Article>> {
    let text = std::fs::read_to_string(path).with_context(|| {
        format!(
            "cannot read {} (the CoNLL-2003 corpus; use --conll or --articles)",
            path.display()
        )
    })?;
    let mut docs: Vec<Vec<Vec<String>>> = Vec::new();
    let mut sentence: Vec<String> = Vec::new();
    for line in text.lines() {
        if line.starts_with("-DOCSTART-") {
            docs.push(Vec::new());
            continue;
        }
        if line.trim().is_empty() {
            if !sentence.is_empty() {
                if docs.is_empty() {
                    docs.push(Vec::new());
                }
                docs.last_mut().unwrap().push(std::mem::take(&mut sentence));
            }
            continue;
        }
        sentence.push(line.split(' ').next().unwrap_or("").to_string());
    }
    let mut out = Vec::new();
    for (i, d) in docs.into_iter().enumerate().filter(|(_, d)| !d.is_empty()) {
        let lines: Vec<String> = d.iter().map(|s| detokenise(s)).collect();
        let title = lines[0].clone();
        let text = lines.join("\n");
        let start = lines[0].chars().count() + 1;
        let len = text.chars().count();
        out.push(Article {
            source: format!("{}#{}", path.display(), i + 1),
            title,
            text,
            body: std::iter::once(if start < len { start..len } else { 0..len }).collect(),
            ..Default::default()
        });
    }
    Ok(out)
}

/// Joins tokens with spaces, except around punctuation.
pub fn detokenise(tokens: &[String]) -> String {
    let mut s = String::new();
    let mut no_space_next = false;
    for t in tokens {
        let attach = matches!(
            t.as_str(),
            "," | "."
                | ";"
                | ":"
                | "!"
                | "?"
                | ")"
                | "]"
                | "'s"
                | "n't"
                | "'"
                | "%"
                | "'re"
                | "'ve"
                | "'ll"
                | "'d"
                | "'m"
        );
        if !s.is_empty() && !attach && !no_space_next {
            s.push(' ');
        }
        s.push_str(t);
        no_space_next = matches!(t.as_str(), "(" | "[" | "$");
    }
    s
}

/// Peak resident memory so far, in MiB (Linux), and a reset of the mark.
fn peak_mib() -> Option<f64> {
    let s = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = s.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kb: f64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kb / 1024.0)
}

fn reset_peak() {
    let _ = std::fs::write("/proc/self/clear_refs", "5");
}

struct Quiet(usize);
impl Progress for Quiet {
    fn failed(&mut self, e: &InputError) {
        self.0 += 1;
        eprintln!("error: {e}");
    }
}

fn mem() -> String {
    peak_mib()
        .map(|m| format!("{m:.0} MiB"))
        .unwrap_or_else(|| "n/a".into())
}

pub fn run(g: &Global, a: BenchArgs) -> anyhow::Result<i32> {
    let corpus: Vec<Article> = if a.articles.is_empty() {
        conll_articles(&a.conll)?
    } else {
        newsgraph::read::read_inputs(&a.articles).collect::<Result<_, _>>()?
    };
    let chars: usize = corpus.iter().map(|x| x.text.chars().count()).sum();
    println!(
        "corpus: {} articles, {:.1} MB of text",
        corpus.len(),
        chars as f64 / 1e6
    );
    if !a.growth.is_empty() {
        let engine = g.engine(&["rules".to_string()])?;
        let steps: Vec<usize> = a.growth.iter().map(|&n| n as usize).collect();
        return growth::run(&g.db, &engine, &corpus, &steps, a.batch, &a.queries, a.keep);
    }

    reset_peak();
    let t = Instant::now();
    let names: Vec<String> = Registry::NAMES.iter().map(|s| s.to_string()).collect();
    let engine = g.engine(&names)?;
    println!(
        "load models: {:.3} s (peak {})",
        t.elapsed().as_secs_f64(),
        mem()
    );

    let rounds = a.rounds.max(1);
    let (nlp, core) = analysis_phases(&engine, &corpus, rounds)?;
    extraction_phases(&engine, &corpus, rounds, (nlp, core), &a.example)?;
    ingest_phase(g, &a, &engine, &corpus)
}

/// The shortest of `rounds` runs of `f`, in seconds.
fn best_of(rounds: usize, f: &mut dyn FnMut()) -> f64 {
    (0..rounds)
        .map(|_| {
            let t = Instant::now();
            f();
            t.elapsed().as_secs_f64()
        })
        .fold(f64::INFINITY, f64::min)
}

/// The NLP alone, one thread, the best of `rounds`: article by article,
/// each stage over the whole corpus, and in runs of 16. Returns the
/// article-by-article time and the four stages' added time.
fn analysis_phases(
    engine: &Engine,
    corpus: &[Article],
    rounds: usize,
) -> anyhow::Result<(f64, f64)> {
    // NLP alone, one thread, the best of `rounds`
    let best = |f: &mut dyn FnMut()| best_of(rounds, f);
    let tokens: usize = corpus
        .iter()
        .map(|art| {
            newsgraph_nlp::tokenize::tokenize(&art.analysis_text())
                .tokens
                .len()
        })
        .sum();
    println!("single-thread phases: the best of {rounds} rounds");
    let nlp = best(&mut || {
        for art in corpus {
            let _ = std::hint::black_box(engine.analyzer().analyse(art));
        }
    });
    println!(
        "analyse (1 thread): {tokens} tokens in {nlp:.2} s = {:.0} tokens/s",
        tokens as f64 / nlp
    );
    // each stage alone, one thread
    let mut stages = vec![(
        "tokenise".to_string(),
        best(&mut || {
            for art in corpus {
                std::hint::black_box(newsgraph_nlp::tokenize::tokenize(&art.analysis_text()));
            }
        }),
    )];
    let mut docs: Vec<_> = corpus
        .iter()
        .map(|art| newsgraph_nlp::tokenize::tokenize(&art.analysis_text()))
        .collect();
    for c in &engine.analyzer().pipeline().components {
        // each round works on a fresh copy of the stage's input (untimed)
        let mut secs = f64::INFINITY;
        for _ in 0..rounds {
            let mut input = docs.clone();
            let t = Instant::now();
            for d in &mut input {
                c.process(d)?;
            }
            secs = secs.min(t.elapsed().as_secs_f64());
        }
        stages.push((c.name().to_string(), secs));
        for d in &mut docs {
            c.process(d)?;
        }
    }
    println!(
        "  per stage: {}",
        stages
            .iter()
            .map(|(n, s)| format!("{n} {:.0}k tokens/s", tokens as f64 / s / 1000.0))
            .collect::<Vec<_>>()
            .join(", ")
    );
    let core: f64 = stages
        .iter()
        .filter(|(n, _)| n != "lemmatizer")
        .map(|(_, s)| s)
        .sum();
    println!(
        "  every stage but the lemmatiser (their times added): {:.0} tokens/s",
        tokens as f64 / core
    );
    drop(docs);
    let batched = best(&mut || {
        for chunk in corpus.chunks(16) {
            let _ = std::hint::black_box(engine.analyzer().analyse_batch(chunk));
        }
    });
    println!(
        "analyse in runs of 16 articles, stage by stage (1 thread): {:.2} s = {:.0} tokens/s",
        batched,
        tokens as f64 / batched
    );
    Ok((nlp, core))
}

/// Analysis and extraction, one thread; extraction and resolution alone
/// as a share of `(nlp, core)`, the analysis times.
fn extraction_phases(
    engine: &Engine,
    corpus: &[Article],
    rounds: usize,
    (nlp, core): (f64, f64),
    example: &Path,
) -> anyhow::Result<()> {
    let best = |f: &mut dyn FnMut()| best_of(rounds, f);
    // NLP + extraction, one thread
    let ext = best(&mut || {
        for art in corpus {
            let _ = std::hint::black_box(engine.extract(art));
        }
    });
    println!(
        "analyse + extract (1 thread): {:.2} s = {:.0} articles/s",
        ext,
        corpus.len() as f64 / ext,
    );
    // extraction and resolution alone, on the articles analysed beforehand
    let analysed: Vec<newsgraph_nlp::Doc> = corpus
        .iter()
        .map(|a| engine.analyzer().analyse(a))
        .collect::<Result<_, _>>()?;
    let only = best(&mut || {
        for (art, doc) in corpus.iter().zip(&analysed) {
            let _ = std::hint::black_box(engine.extract_doc(art, doc));
        }
    });
    drop(analysed);
    println!(
        "  extract + resolve alone: {:.2} s, {:.0}% of the analysis time (article by article), {:.0}% of the stages' time",
        only,
        only / nlp * 100.0,
        only / core * 100.0
    );
    if let Some(Ok(ex)) = newsgraph::read::read_file(example).into_iter().next() {
        let n = 20;
        let t = Instant::now();
        for _ in 0..n {
            let _ = std::hint::black_box(engine.extract(&ex));
        }
        println!(
            "extract {}: {:.2} ms per run",
            example.display(),
            t.elapsed().as_secs_f64() * 1000.0 / n as f64
        );
    }

    Ok(())
}

/// Ingest of the corpus (`a.repeat` times) into a fresh store, and the same
/// quads through Oxigraph's bulk loader for comparison.
fn ingest_phase(
    g: &Global,
    a: &BenchArgs,
    engine: &Engine,
    corpus: &[Article],
) -> anyhow::Result<i32> {
    // ingest into a fresh store
    let dir = tempfile_dir(&g.db)?;
    let store = GraphStore::open(&dir.join("ingest"))?;
    let base_quads = store.len()?;
    let inputs = (0..a.repeat).flat_map(|r| {
        corpus.iter().map(move |art| {
            let mut art = art.clone();
            art.source = format!("{}@{r}", art.source);
            art.title = format!("{} ({r})", art.title);
            Ok(art)
        })
    });
    reset_peak();
    let t = Instant::now();
    let mut q = Quiet(0);
    let summary = pipeline::ingest(engine, &store, inputs, a.batch, &mut q)?;
    store.flush()?;
    let secs = t.elapsed().as_secs_f64();
    let quads = store.len()? - base_quads;
    println!(
        "ingest ({} threads, batch {}): {} articles, {} quads in {:.2} s = {:.1} articles/s, {:.0} quads/s (peak {})",
        rayon::current_num_threads(),
        a.batch,
        summary.articles,
        quads,
        secs,
        summary.articles as f64 / secs,
        quads as f64 / secs,
        mem()
    );
    // the same quads through Oxigraph's bulk loader
    let all: Vec<oxigraph::model::Quad> = store.quads()?;
    drop(store);
    let bulk = oxigraph::store::Store::open(dir.join("bulk"))?;
    reset_peak();
    let t = Instant::now();
    let mut loader = bulk.bulk_loader();
    loader.load_quads(all.iter().cloned())?;
    loader.commit()?;
    assert_eq!(bulk.len()?, all.len(), "the bulk loader stored every quad");
    bulk.flush()?;
    let bsecs = t.elapsed().as_secs_f64();
    println!(
        "bulk loader: {} quads in {:.2} s = {:.0} quads/s (peak {}); ingest reaches {:.0}% of it",
        all.len(),
        bsecs,
        all.len() as f64 / bsecs,
        mem(),
        (quads as f64 / secs) / (all.len() as f64 / bsecs) * 100.0
    );
    drop(bulk);
    let _ = std::fs::remove_dir_all(&dir);
    Ok(if q.0 > 0 { 1 } else { 0 })
}

/// A scratch directory beside the store for the benchmark's stores.
fn tempfile_dir(db: &Path) -> anyhow::Result<PathBuf> {
    let parent = db
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let dir = parent.join(format!(".newsgraph-bench-{}", std::process::id()));
    std::fs::create_dir_all(&dir).with_context(|| format!("cannot create {}", dir.display()))?;
    Ok(dir)
}
