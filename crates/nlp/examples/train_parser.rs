//! Trains the dependency parser on EWT train + GUM train and reports EWT dev
//! scores (gold tags, and predicted tags when a tagger model is given).
//!
//! cargo run --release --example train_parser -- DATA_DIR OUT.bin
//!     [--iterations N] [--seed S] [--explore P] [--prune X] [--max-features N] [--limit N]
//!     [--tagger TAGGER.bin] [--jackknife K]
//!
//! `--jackknife K` trains on tags predicted by K taggers, each trained on the
//! other K-1 parts of the training data (the run-time condition).
//!
//! The shipped model: `train_parser DATA_DIR full.bin --jackknife 5 --prune 0
//! --max-features 100000000` (8 epochs, seed 1, explore 0.9), then
//! `eval_parser DATA_DIR full.bin --prune 1 --max-features 600000 --out
//! models/parser.bin` (same bytes on every run).

use newsgraph_nlp::conllu::ConlluSentence;
use newsgraph_nlp::corpus;
use newsgraph_nlp::eval_parse::score;
use newsgraph_nlp::parser::recipe::jackknife_tags;
use newsgraph_nlp::parser::{train::train, Parser, TrainOptions};
use newsgraph_nlp::tagger::Tagger;
use std::path::Path;
use std::time::Instant;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.len() < 2 {
        eprintln!("usage: train_parser DATA_DIR OUT.bin [options]");
        std::process::exit(2);
    }
    let (data, out) = (Path::new(&args[0]), Path::new(&args[1]));
    let mut opts = TrainOptions::default();
    let mut limit = usize::MAX;
    let mut tagger_path = None;
    let mut jackknife = 0usize;
    let mut i = 2;
    while i + 1 < args.len() {
        let v = &args[i + 1];
        match args[i].as_str() {
            "--iterations" => opts.iterations = v.parse().expect("iterations"),
            "--seed" => opts.seed = v.parse().expect("seed"),
            "--explore" => opts.explore = v.parse().expect("explore"),
            "--prune" => opts.prune = v.parse().expect("prune"),
            "--max-features" => opts.max_features = v.parse().expect("max features"),
            "--limit" => limit = v.parse().expect("limit"),
            "--tagger" => tagger_path = Some(v.clone()),
            "--jackknife" => jackknife = v.parse().expect("jackknife"),
            other => panic!("unknown option {other}"),
        }
        i += 2;
    }
    let mut train_sents = corpus::read_training_sentences(data).expect("training data");
    train_sents.truncate(limit);
    let dev = corpus::read_ewt_dev(data).expect("dev data");
    if jackknife > 1 {
        let t0 = Instant::now();
        train_sents = jackknife_tags(&train_sents, jackknife, &mut |m| {
            eprintln!("{m} ({:.0}s)", t0.elapsed().as_secs_f64())
        });
    }
    let refs: Vec<&ConlluSentence> = train_sents.iter().collect();
    let t0 = Instant::now();
    let parser = train(&refs, &opts, &mut |m| eprintln!("{m}"));
    eprintln!("trained in {:.0}s", t0.elapsed().as_secs_f64());
    let bytes = parser.to_bytes();
    std::fs::write(out, &bytes).expect("write model");
    eprintln!(
        "wrote {} ({:.1} MB, {} features)",
        out.display(),
        bytes.len() as f64 / 1e6,
        parser.n_features()
    );
    let gold_tags = evaluate(&parser, &dev, None);
    println!("EWT dev, gold tags:      {gold_tags}");
    if let Some(p) = tagger_path {
        let tagger = Tagger::from_bytes(&std::fs::read(p).expect("tagger model")).expect("tagger");
        let pred = evaluate(&parser, &dev, Some(&tagger));
        println!("EWT dev, predicted tags: {pred}");
    }
}

/// Parses `gold` (with its own tags, or the tagger's) and scores it.
fn evaluate(
    parser: &Parser,
    gold: &[ConlluSentence],
    tagger: Option<&Tagger>,
) -> newsgraph_nlp::eval_parse::ParseScores {
    let pred: Vec<ConlluSentence> = gold
        .iter()
        .map(|s| {
            let mut p = s.clone();
            let words: Vec<&str> = s.words.iter().map(|w| w.form.as_str()).collect();
            if let Some(t) = tagger {
                for (w, (u, x)) in p.words.iter_mut().zip(t.tag_words(&words)) {
                    w.upos = u;
                    w.xpos = x;
                }
            }
            let upos: Vec<&str> = p.words.iter().map(|w| w.upos.as_str()).collect();
            let xpos: Vec<&str> = p.words.iter().map(|w| w.xpos.as_str()).collect();
            let parse = parser.parse_words(&words, &upos, &xpos);
            for (w, (h, rel)) in p.words.iter_mut().zip(parse) {
                w.head = h;
                w.deprel = rel;
            }
            p
        })
        .collect();
    score(&pred, gold).expect("same words")
}
