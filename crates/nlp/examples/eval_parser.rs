//! Scores a parser model on EWT dev (CoNLL 2018 style, gold tokenisation)
//! with gold tags and, given a tagger model, with predicted tags, and
//! measures the parser's speed (tokens/s of `parse_words`, one thread).
//!
//! cargo run --release --example eval_parser -- DATA_DIR PARSER.bin [TAGGER.bin [LEMMA.bin]]

use newsgraph_nlp::conllu::ConlluSentence;
use newsgraph_nlp::corpus;
use newsgraph_nlp::eval_parse::{score, ParseScores};
use newsgraph_nlp::lemma::Lemmatizer;
use newsgraph_nlp::parser::Parser;
use newsgraph_nlp::tagger::Tagger;
use std::path::Path;
use std::time::Instant;

/// Per sentence: words, UPOS, XPOS.
type Tagged = (Vec<String>, Vec<String>, Vec<String>);

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.len() < 2 {
        eprintln!("usage: eval_parser DATA_DIR PARSER.bin [TAGGER.bin [LEMMA.bin]]");
        std::process::exit(2);
    }
    let dev = corpus::read_ewt_dev(Path::new(&args[0])).expect("dev data");
    let bytes = std::fs::read(&args[1]).expect("parser model");
    let (t0, c0) = (Instant::now(), cpu_seconds());
    let parser = Parser::from_bytes(&bytes).expect("parser model");
    let load_cpu = cpu_seconds() - c0;
    println!(
        "parser model: {:.1} MB, {} features, loaded in {:.3}s ({:.3}s CPU)",
        bytes.len() as f64 / 1e6,
        parser.n_features(),
        t0.elapsed().as_secs_f64(),
        load_cpu
    );
    let gold_tagged: Vec<Tagged> = dev
        .iter()
        .map(|s| {
            (
                s.words.iter().map(|w| w.form.clone()).collect(),
                s.words.iter().map(|w| w.upos.clone()).collect(),
                s.words.iter().map(|w| w.xpos.clone()).collect(),
            )
        })
        .collect();
    let (scores, speed) = run(&parser, &dev, &gold_tagged);
    println!("EWT dev, gold tags:      {scores}  ({speed:.0} tokens/s)");
    let _ = speed;
    if let Some(path) = args.get(2) {
        let tagger =
            Tagger::from_bytes(&std::fs::read(path).expect("tagger model")).expect("tagger model");
        let tagged: Vec<Tagged> = dev
            .iter()
            .map(|s| {
                let words: Vec<&str> = s.words.iter().map(|w| w.form.as_str()).collect();
                let tags = tagger.tag_words(&words);
                (
                    s.words.iter().map(|w| w.form.clone()).collect(),
                    tags.iter().map(|t| t.0.clone()).collect(),
                    tags.iter().map(|t| t.1.clone()).collect(),
                )
            })
            .collect();
        let lemmas: Option<Vec<Vec<String>>> = args.get(3).map(|path| {
            let lem = Lemmatizer::from_bytes(&std::fs::read(path).expect("lemma model"))
                .expect("lemma model");
            tagged
                .iter()
                .map(|(w, u, x)| {
                    (0..w.len())
                        .map(|i| lem.lemma(&w[i], &u[i], &x[i]))
                        .collect()
                })
                .collect()
        });
        let (mut scores, speed) = run(&parser, &dev, &tagged);
        if let Some(lemmas) = lemmas {
            let (mut right, mut total) = (0usize, 0usize);
            for (s, ls) in dev.iter().zip(&lemmas) {
                for (w, l) in s.words.iter().zip(ls) {
                    total += 1;
                    right += (&w.lemma == l) as usize;
                }
            }
            scores.lemma = right as f64 / total.max(1) as f64;
        }
        println!("EWT dev, predicted tags: {scores}  ({speed:.0} tokens/s)");
    }
}

/// CPU time of this thread (Linux `/proc/thread-self/schedstat`), so that a
/// busy machine does not distort the speed; wall-clock time elsewhere.
fn cpu_seconds() -> f64 {
    std::fs::read_to_string("/proc/thread-self/schedstat")
        .ok()
        .and_then(|s| s.split_whitespace().next()?.parse::<f64>().ok())
        .map(|ns| ns / 1e9)
        .unwrap_or_else(|| {
            static START: std::sync::OnceLock<Instant> = std::sync::OnceLock::new();
            START.get_or_init(Instant::now).elapsed().as_secs_f64()
        })
}

/// Parses every sentence (timing only `parse_words`) and scores the result.
fn run(parser: &Parser, gold: &[ConlluSentence], tagged: &[Tagged]) -> (ParseScores, f64) {
    let refs: Vec<(Vec<&str>, Vec<&str>, Vec<&str>)> = tagged
        .iter()
        .map(|(w, u, x)| {
            (
                w.iter().map(String::as_str).collect(),
                u.iter().map(String::as_str).collect(),
                x.iter().map(String::as_str).collect(),
            )
        })
        .collect();
    // Warm up once, then time three passes.
    let mut parses = Vec::new();
    for (w, u, x) in &refs {
        parses.push(parser.parse_words(w, u, x));
    }
    let tokens: usize = refs.iter().map(|r| r.0.len()).sum();
    let (t0, c0) = (Instant::now(), cpu_seconds());
    for _ in 0..3 {
        for (w, u, x) in &refs {
            std::hint::black_box(parser.parse_words(w, u, x));
        }
    }
    let wall = 3.0 * tokens as f64 / t0.elapsed().as_secs_f64();
    let speed = 3.0 * tokens as f64 / (cpu_seconds() - c0).max(1e-9);
    println!("speed: {speed:.0} tokens/s of CPU time ({wall:.0} tokens/s wall clock)");
    let pred: Vec<ConlluSentence> = gold
        .iter()
        .zip(tagged.iter().zip(parses))
        .map(|(s, ((_, u, x), parse))| {
            let mut p = s.clone();
            for (i, (w, (h, rel))) in p.words.iter_mut().zip(parse).enumerate() {
                w.upos = u[i].clone();
                w.xpos = x[i].clone();
                w.head = h;
                w.deprel = rel;
            }
            p
        })
        .collect();
    (score(&pred, gold).expect("same words"), speed)
}
