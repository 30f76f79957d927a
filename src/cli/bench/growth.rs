//! `newsgraph bench --growth 1000,10000,100000`: ingest of a growing store.
//!
//! A synthetic but realistic feed of distinct articles: each is one
//! document of the corpus with a few sentences of another spliced in, under
//! its own URL, so that names recur across articles as in a real feed and no
//! two articles are the same. The feed is ingested into a fresh store up to
//! each step; at each step the bench prints the ingest rate over the last
//! window of articles (articles/s, quads/s), the store's size on disk, the
//! process's peak memory, and the time of each query of `--queries`.

use super::{mem, tempfile_dir, Quiet};
use anyhow::Context;
use newsgraph::pipeline;
use newsgraph::query::{self, ResultsFormat};
use newsgraph::read::Article;
use newsgraph::store::GraphStore;
use newsgraph::Engine;
use std::path::{Path, PathBuf};
use std::time::Instant;

/// Articles over which each step's rate is measured.
const WINDOW: usize = 1000;

/// Articles the feed publishes a day (one large publisher's output: 100,000
/// articles are a little over a year), from [`FIRST_DAY`] on; the queries
/// that read the latest articles need their dates.
const PER_DAY: usize = 250;

/// The publication date of the feed's first article.
const FIRST_DAY: (i32, u32, u32) = (2023, 1, 1);

/// The synthetic feed: article `i` is a function of `i` and the corpus.
pub struct Feed {
    /// Each document's title and sentences.
    docs: Vec<(String, Vec<String>)>,
}

fn splitmix(mut x: u64) -> u64 {
    x = x.wrapping_add(0x9e37_79b9_7f4a_7c15);
    x = (x ^ (x >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    x = (x ^ (x >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    x ^ (x >> 31)
}

impl Feed {
    /// A feed from the corpus's articles (their title and body lines).
    pub fn new(corpus: &[Article]) -> anyhow::Result<Self> {
        let docs: Vec<(String, Vec<String>)> = corpus
            .iter()
            .filter_map(|a| {
                let body = a.body_text();
                let lines: Vec<String> = body
                    .lines()
                    .map(str::trim)
                    .filter(|l| !l.is_empty())
                    .map(str::to_string)
                    .collect();
                (lines.len() >= 2).then(|| (a.title.clone(), lines))
            })
            .collect();
        anyhow::ensure!(
            docs.len() >= 2,
            "the corpus has too few documents for a feed"
        );
        Ok(Feed { docs })
    }

    /// The `i`-th article of the feed.
    pub fn article(&self, i: usize) -> Article {
        let mut r = splitmix(i as u64);
        let mut next = || {
            r = splitmix(r);
            r as usize
        };
        let (title, lines) = &self.docs[next() % self.docs.len()];
        let (_, other) = &self.docs[next() % self.docs.len()];
        let mut body = lines.clone();
        for _ in 0..3.min(other.len()) {
            let s = other[next() % other.len()].clone();
            let at = next() % (body.len() + 1);
            body.insert(at, s);
        }
        let head = format!("{title} ({i})");
        let text = format!("{head}\n\n{}", body.join("\n"));
        let start = head.chars().count() + 2;
        let (y, m, d) = FIRST_DAY;
        let published = chrono::NaiveDate::from_ymd_opt(y, m, d)
            .and_then(|first| first.checked_add_days(chrono::Days::new((i / PER_DAY) as u64)))
            .map(|day| day.format("%Y-%m-%d").to_string());
        Article {
            source: format!("feed#{i}"),
            url: Some(format!("https://bench.example/feed/{i}")),
            published,
            title: head,
            body: std::iter::once(start..text.chars().count()).collect(),
            text,
            ..Default::default()
        }
    }
}

/// Bytes of the files under `dir`.
fn disk_bytes(dir: &Path) -> u64 {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return 0;
    };
    entries
        .flatten()
        .map(|e| match e.metadata() {
            Ok(m) if m.is_dir() => disk_bytes(&e.path()),
            Ok(m) => m.len(),
            Err(_) => 0,
        })
        .sum()
}

/// One step's measures.
struct Step {
    articles: usize,
    rate: f64,
    quads_rate: f64,
    disk_mb: f64,
    peak: String,
    slowest_query: f64,
}

/// Runs the growth benchmark.
pub fn run(
    db: &Path,
    engine: &Engine,
    corpus: &[Article],
    steps: &[usize],
    batch: usize,
    queries: &Path,
    keep: bool,
) -> anyhow::Result<i32> {
    let feed = Feed::new(corpus)?;
    let mut files: Vec<PathBuf> = std::fs::read_dir(queries)
        .with_context(|| format!("cannot read the queries of {}", queries.display()))?
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "rq"))
        .collect();
    files.sort();
    let mut steps = steps.to_vec();
    steps.sort_unstable();
    steps.dedup();
    let dir = tempfile_dir(db)?;
    let path = dir.join("growth");
    let store = GraphStore::open(&path)?;
    let mut q = Quiet(0);
    let mut done = 0;
    let mut table = Vec::new();
    println!(
        "growth: a feed of {} documents recombined, batch {}, {} threads",
        feed.docs.len(),
        batch,
        rayon::current_num_threads()
    );
    for &step in &steps {
        let window_start = step.saturating_sub(WINDOW).max(done);
        if window_start > done {
            let feed = &feed;
            let warm = (done..window_start).map(|i| Ok(feed.article(i)));
            pipeline::ingest(engine, &store, warm, batch, &mut q)?;
        }
        let t = Instant::now();
        let feed_ref = &feed;
        let window = (window_start..step).map(|i| Ok(feed_ref.article(i)));
        let summary = pipeline::ingest(engine, &store, window, batch, &mut q)?;
        let secs = t.elapsed().as_secs_f64();
        done = step;
        store.flush()?;
        let s = Step {
            articles: step,
            rate: summary.articles as f64 / secs,
            quads_rate: summary.triples as f64 / secs,
            disk_mb: disk_bytes(&path) as f64 / 1e6,
            peak: mem(),
            slowest_query: 0.0,
        };
        println!(
            "{} articles: {:.1} articles/s, {:.0} quads/s over the last {}; store {:.0} MB on disk; peak {}",
            s.articles,
            s.rate,
            s.quads_rate,
            summary.articles,
            s.disk_mb,
            s.peak
        );
        let mut slowest: f64 = 0.0;
        for f in &files {
            let text = std::fs::read_to_string(f)?;
            let t = Instant::now();
            let printed = query::run(
                &store,
                &text,
                ResultsFormat::Table,
                engine.resolver().base(),
                &mut std::io::sink(),
            )?;
            let secs = t.elapsed().as_secs_f64();
            slowest = slowest.max(secs);
            let what = match printed {
                query::Printed::Rows(n) => format!("{n} rows"),
                query::Printed::Boolean(b) => b.to_string(),
                query::Printed::Triples(n) => format!("{n} triples"),
            };
            println!(
                "  {:<36} {:>8.3} s  {}",
                f.file_name().unwrap_or_default().to_string_lossy(),
                secs,
                what
            );
        }
        table.push(Step {
            slowest_query: slowest,
            ..s
        });
    }
    println!();
    println!("| articles | articles/s | quads/s | store on disk | peak memory | slowest query |");
    println!("|---:|---:|---:|---:|---:|---:|");
    for s in &table {
        println!(
            "| {} | {:.1} | {:.0} | {:.0} MB | {} | {:.3} s |",
            s.articles, s.rate, s.quads_rate, s.disk_mb, s.peak, s.slowest_query
        );
    }
    if let (Some(first), Some(last)) = (table.first(), table.last()) {
        println!(
            "rate at {} articles: {:.0}% of the rate at {}",
            last.articles,
            last.rate / first.rate * 100.0,
            first.articles
        );
    }
    drop(store);
    if keep {
        println!("the grown store is kept in {}", path.display());
    } else {
        let _ = std::fs::remove_dir_all(&dir);
    }
    Ok(if q.0 > 0 { 1 } else { 0 })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc(i: usize) -> Article {
        let text =
            format!("Title {i}\n\nFirst sentence of {i}.\nSecond sentence of {i}.\nThird of {i}.");
        let start = format!("Title {i}\n\n").chars().count();
        Article {
            title: format!("Title {i}"),
            body: std::iter::once(start..text.chars().count()).collect(),
            text,
            ..Default::default()
        }
    }

    #[test]
    fn the_feed_is_a_function_of_the_index_and_its_articles_differ() {
        let corpus: Vec<Article> = (0..5).map(doc).collect();
        let feed = Feed::new(&corpus).unwrap();
        let a = feed.article(7);
        assert_eq!(a.text, feed.article(7).text);
        assert_ne!(a.url, feed.article(8).url);
        // dated, a day per PER_DAY articles
        assert_eq!(feed.article(0).published.as_deref(), Some("2023-01-01"));
        assert_eq!(
            feed.article(PER_DAY * 31).published.as_deref(),
            Some("2023-02-01")
        );
        // a document's sentences with some of another's spliced in
        assert!(a.text.lines().count() > 5, "{}", a.text);
        assert!(a.body_text().contains("sentence of"));
    }
}
