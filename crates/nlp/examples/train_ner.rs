//! Trains the NER on CoNLL-2003 data, scores it on a dev file and writes the model.
//!
//! cargo run --release --example train_ner -- --train eng.train --dev eng.testa \
//!     [--out models/ner.bin] [--iterations 10] [--seed 1] [--prune 0.0]
//!     [--vectors GLOVE.txt] [--text FILE.conllu]... [--text-dir DIR --exclude-docs dev_docs.txt]
//!     [--gum-entities DIR] [--one-stage] [--title-case 0.5] [--folds 5]

use newsgraph_nlp::conll2003;
use newsgraph_nlp::ner::{Ner, NerTrainOptions};
use std::time::Instant;

use newsgraph_nlp::ner::recipe::{conllu_files, conllu_text, excluded_docs, gum_entities};

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let mut train = None;
    let mut dev = None;
    let mut out = None;
    let mut opts = NerTrainOptions::default();
    let mut texts = Vec::new();
    let mut text_dir = None;
    let mut gum_dir = None;
    let mut exclude_file = None;
    let mut i = 0;
    while i < args.len() {
        let v = args.get(i + 1).cloned().unwrap_or_default();
        match args[i].as_str() {
            "--train" => train = Some(v),
            "--dev" => dev = Some(v),
            "--out" => out = Some(v),
            "--iterations" => opts.iterations = v.parse().unwrap(),
            "--seed" => opts.seed = v.parse().unwrap(),
            "--prune" => opts.prune = v.parse().unwrap(),
            "--vectors" => {
                let vectors = newsgraph_nlp::vectors::WordVectors::read(
                    v.as_ref(),
                    newsgraph_nlp::ner::clusters::WORDS,
                )
                .unwrap();
                opts.clusters = newsgraph_nlp::ner::clusters::WordClusters::learn(
                    &vectors,
                    newsgraph_nlp::ner::clusters::WORDS,
                    newsgraph_nlp::ner::clusters::DEPTH,
                );
            }
            "--folds" => opts.gaz_folds = v.parse().unwrap(),
            "--one-stage" => {
                opts.two_stage = false;
                i -= 1;
            }
            "--title-case" => opts.title_case = v.parse().unwrap(),
            "--text" => texts.push(v),
            "--text-dir" => text_dir = Some(v),
            "--gum-entities" => gum_dir = Some(v),
            "--exclude-docs" => exclude_file = Some(v),
            a => panic!("unknown argument {a}"),
        }
        i += 2;
    }
    let train = train.expect("--train FILE");
    let exclude: Vec<String> = exclude_file
        .map(|f| excluded_docs(f.as_ref()).unwrap())
        .unwrap_or_default();
    for t in &texts {
        conllu_text(t.as_ref(), &exclude, &mut opts.unlabelled);
    }
    if let Some(d) = text_dir {
        for f in conllu_files(d.as_ref()).unwrap() {
            conllu_text(&f, &exclude, &mut opts.unlabelled);
        }
    }
    if let Some(d) = gum_dir {
        for f in conllu_files(d.as_ref()).unwrap() {
            gum_entities(&f, &exclude, &mut opts.entities);
        }
        eprintln!("gazetteer entities from GUM: {}", opts.entities.len());
        if std::env::var("SHOW_GUM").is_ok() {
            for (w, t) in &opts.entities {
                eprintln!("{t}\t{}", w.join(" "));
            }
        }
    }
    eprintln!("unlabelled sentences: {}", opts.unlabelled.len());
    let docs = conll2003::read(&train).unwrap();
    let t0 = Instant::now();
    let ner = Ner::train_with(&docs, &opts, &mut |m| {
        eprintln!("[{:6.1}s] {m}", t0.elapsed().as_secs_f64())
    });
    let bytes = ner.to_bytes();
    eprintln!(
        "model: {} bytes, {} features",
        bytes.len(),
        ner.n_features()
    );
    if let Some(dev) = dev {
        let docs = conll2003::read(&dev).unwrap();
        let t1 = Instant::now();
        let (scores, n) = ner.evaluate(&docs);
        let secs = t1.elapsed().as_secs_f64();
        eprintln!(
            "tagged {n} tokens in {secs:.3}s ({:.0} tokens/s)",
            n as f64 / secs
        );
        print!("{}", scores.report());
        println!("{}", scores.line());
    }
    if let Some(out) = out {
        std::fs::write(&out, &bytes).unwrap();
        eprintln!("wrote {out}");
    }
}
