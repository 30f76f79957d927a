//! Trains the dependency parser on EWT train + GUM train and reports EWT dev
//! scores (gold tags, and predicted tags when a tagger model is given).
//!
//! cargo run --release --example train_parser -- DATA_DIR OUT.bin
//!     [--iterations N] [--seed S] [--explore P] [--prune X] [--max-features N] [--limit N]
//!     [--tagger TAGGER.bin] [--jackknife K]
//!     [--save-averaged FILE | --from-averaged FILE]
//!
//! `--save-averaged FILE` also keeps the averaged perceptron before pruning,
//! and `--from-averaged FILE` starts from such a file instead of training,
//! so that pruning settings can be compared in seconds.
//!
//! `--jackknife K` trains on tags predicted by K taggers, each trained on the
//! other K-1 parts of the training data (the run-time condition).
//!
//! The shipped model's recipe (`newsgraph train parser`) is
//! `train_parser DATA_DIR parser.bin --jackknife 5` with the defaults.

use newsgraph_nlp::conllu::ConlluSentence;
use newsgraph_nlp::corpus;
use newsgraph_nlp::eval_parse::score;
use newsgraph_nlp::parser::recipe::jackknife_tags;
use newsgraph_nlp::parser::{train::train_averaged, Parser, TrainOptions};
use newsgraph_nlp::perceptron::{ModelReader, ModelWriter, Perceptron};
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
    let (mut save, mut from) = (None, None);
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
            "--save-averaged" => save = Some(v.clone()),
            "--from-averaged" => from = Some(v.clone()),
            other => panic!("unknown option {other}"),
        }
        i += 2;
    }
    let dev = corpus::read_ewt_dev(data).expect("dev data");
    let (labels, averaged) = match from {
        Some(path) => {
            let bytes = std::fs::read(&path).expect("averaged model");
            let mut r = ModelReader::new(&bytes, "parser-averaged", 1).expect("averaged model");
            let labels = r.strs().expect("labels");
            (labels, Perceptron::read(&mut r).expect("averaged model"))
        }
        None => {
            let mut train_sents = corpus::read_training_sentences(data).expect("training data");
            train_sents.truncate(limit);
            if jackknife > 1 {
                let t0 = Instant::now();
                train_sents = jackknife_tags(&train_sents, jackknife, &mut |m| {
                    eprintln!("{m} ({:.0}s)", t0.elapsed().as_secs_f64())
                });
            }
            let refs: Vec<&ConlluSentence> = train_sents.iter().collect();
            let t0 = Instant::now();
            let trained = train_averaged(&refs, &opts, &mut |m| eprintln!("{m}"));
            eprintln!("trained in {:.0}s", t0.elapsed().as_secs_f64());
            trained
        }
    };
    if let Some(path) = save {
        let mut w = ModelWriter::new("parser-averaged", 1);
        w.strs(&labels);
        averaged.write(&mut w);
        std::fs::write(path, &w.buf).expect("write averaged model");
    }
    let parser = Parser::from_averaged(labels, &averaged, opts.prune, opts.max_features);
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
