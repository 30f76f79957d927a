//! Trains the attribution tagger on PolNeAR and writes the model.
//!
//! cargo run --release -p newsgraph-nlp --example train_attribution -- \
//!     ../shared/data/polnear models/attribution.bin [--iterations 8] [--seed 1]
//!     [--beam 3] [--min-cue 2] [--no-merge] [--cue-window 1] [--max-features N]
//!     [--models DIR] [--parse-source 0|1|2] [--folds 2] [--select-iterations 10]
//!     [--errors FILE]
//!     [--complete] [--before] [--no-dev]
//!
//! DATA_DIR holds `train/` and `dev/` (each `text/` and `attributions/`).
//! Every text is analysed by the shipped pipeline (`models/*.bin`: tagger,
//! lemmatiser, parser, NER) so that training sees the features of run time.
//! Unless `--no-dev`, the model is scored on `dev/` with the measures of
//! `score_attribution.py`, and so is the grouping of the gold tags (the
//! upper bound of the grouping step).

use newsgraph_nlp::attribution::polnear::{read_split, AnnotatedDoc};
use newsgraph_nlp::attribution::score::{gold_head, last_word, matches, Counts, Scored};
use newsgraph_nlp::attribution::{group, span_text, tags, Attributor, Found, TrainOptions};
use newsgraph_nlp::lemma::Lemmatizer;
use newsgraph_nlp::ner::Ner;
use newsgraph_nlp::parser::Parser;
use newsgraph_nlp::tagger::Tagger;
use newsgraph_nlp::{Component, Doc, Pipeline};
use std::path::{Path, PathBuf};
use std::time::Instant;

fn load_pipeline(dir: &Path) -> Pipeline {
    let read = |n: &str| std::fs::read(dir.join(n)).unwrap_or_else(|e| panic!("{n}: {e}"));
    let c: Vec<Box<dyn Component>> = vec![
        Box::new(Tagger::from_bytes(&read("tagger.bin")).unwrap()),
        Box::new(Lemmatizer::from_bytes(&read("lemma.bin")).unwrap()),
        Box::new(Parser::from_bytes(&read("parser.bin")).unwrap()),
        Box::new(Ner::from_bytes(&read("ner.bin")).unwrap()),
    ];
    Pipeline::new(c)
}

/// Analyses the texts of a split; returns the documents and their gold tags.
fn analyse(p: &Pipeline, docs: &[AnnotatedDoc]) -> Vec<(Doc, Vec<u8>)> {
    docs.iter()
        .map(|d| {
            let doc = p.analyse(&d.text).expect("analysis");
            let t = tags::encode(&doc.tokens, &d.attributions);
            (doc, t)
        })
        .collect()
}

/// The scorer's view of predicted attributions.
fn scored(doc: &Doc, found: &[Found]) -> Vec<Scored> {
    found
        .iter()
        .map(|f| Scored {
            content: (
                doc.tokens[f.content.start].start,
                doc.tokens[f.content.end - 1].end,
            ),
            source_text: f.source.as_ref().map(|s| span_text(doc, s)),
        })
        .collect()
}

/// One line per matched attribution whose source is wrong: the gold
/// source, the predicted one, the cue and the cue's sentence.
fn source_errors(g: &AnnotatedDoc, doc: &Doc, found: &[Found]) -> String {
    let chars: Vec<char> = g.text.chars().collect();
    let cut = |(a, b): (usize, usize)| chars[a..b].iter().collect::<String>();
    let preds = scored(doc, found);
    let mut out = String::new();
    for (gi, pi) in matches(&g.attributions, &preds) {
        let (Some(pi), Some(head)) = (pi, gold_head(&chars, &g.attributions[gi])) else {
            continue;
        };
        let pred = preds[pi].source_text.clone().unwrap_or_default();
        if last_word(&pred) == head {
            continue;
        }
        let ga = &g.attributions[gi];
        let gsrc: Vec<String> = ga.source.iter().map(|&r| cut(r)).collect();
        let gcue: Vec<String> = ga.cue.iter().map(|&r| cut(r)).collect();
        let f = &found[pi];
        let cue = f
            .cue
            .as_ref()
            .map(|k| span_text(doc, k))
            .unwrap_or_default();
        let sent = f
            .cue
            .as_ref()
            .and_then(|k| doc.sentence_of(k.start))
            .map(|s| {
                let r = doc.sentences[s].tokens.clone();
                span_text(doc, &(r.start..r.end)).replace('\n', " ")
            })
            .unwrap_or_default();
        out += &format!(
            "{}\tgold={:?}\tpred={:?}\tgcue={:?}\tcue={:?}\t{}\n",
            g.name,
            gsrc.join(" "),
            pred,
            gcue.join(" "),
            cue,
            sent
        );
    }
    out
}

struct Args {
    data: PathBuf,
    out: PathBuf,
    models: PathBuf,
    opts: TrainOptions,
    beam: usize,
    group: group::GroupOptions,
    dev: bool,
    errors: Option<PathBuf>,
}

fn parse_args() -> Args {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.len() < 2 {
        eprintln!("usage: train_attribution DATA_DIR OUT.bin [options]");
        std::process::exit(2);
    }
    let mut a = Args {
        data: PathBuf::from(&args[0]),
        out: PathBuf::from(&args[1]),
        models: PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../../models")),
        opts: TrainOptions::default(),
        beam: 3,
        group: group::GroupOptions::default(),
        dev: true,
        errors: None,
    };
    let mut i = 2;
    while i < args.len() {
        let v = args.get(i + 1).cloned().unwrap_or_default();
        let mut flag = false;
        match args[i].as_str() {
            "--iterations" => a.opts.iterations = v.parse().unwrap(),
            "--seed" => a.opts.seed = v.parse().unwrap(),
            "--folds" => a.opts.folds = v.parse().unwrap(),
            "--select-iterations" => a.opts.select_iterations = v.parse().unwrap(),
            "--min-cue" => a.opts.min_cue_count = v.parse().unwrap(),
            "--max-features" => a.opts.max_features = v.parse().unwrap(),
            "--beam" => a.beam = v.parse().unwrap(),
            "--cue-window" => a.group.cue_window = v.parse().unwrap(),
            "--models" => a.models = PathBuf::from(v),
            "--no-merge" => (a.group.merge, flag) = (false, true),
            "--no-complete" => (a.group.complete_source, flag) = (false, true),
            "--no-before" => (a.group.source_before, flag) = (false, true),
            "--parse-source" => a.group.parse_source = v.parse().unwrap(),
            "--complete" => (a.group.complete_source, flag) = (true, true),
            "--before" => (a.group.source_before, flag) = (true, true),
            "--errors" => a.errors = Some(PathBuf::from(v)),
            "--no-dev" => (a.dev, flag) = (false, true),
            x => panic!("unknown argument {x}"),
        }
        i += if flag { 1 } else { 2 };
    }
    a
}

fn main() {
    let a = parse_args();
    let t0 = Instant::now();
    let log = |m: &str| eprintln!("[{:6.1}s] {m}", t0.elapsed().as_secs_f64());
    let pipeline = load_pipeline(&a.models);
    let train = read_split(&a.data.join("train")).expect("train split");
    let train = analyse(&pipeline, &train);
    let tokens: usize = train.iter().map(|d| d.0.tokens.len()).sum();
    log(&format!(
        "analysed {} train texts, {tokens} tokens",
        train.len()
    ));
    let refs: Vec<(&Doc, &[u8])> = train.iter().map(|(d, t)| (d, t.as_slice())).collect();
    let t1 = Instant::now();
    let mut m = Attributor::train(&refs, &a.opts, &mut |s| log(s));
    log(&format!("trained in {:.1}s", t1.elapsed().as_secs_f64()));
    m.beam = a.beam;
    m.group = a.group;
    let bytes = m.to_bytes();
    std::fs::write(&a.out, &bytes).expect("write model");
    log(&format!(
        "wrote {} ({} bytes)",
        a.out.display(),
        bytes.len()
    ));
    if !a.dev {
        return;
    }
    let gold = read_split(&a.data.join("dev")).expect("dev split");
    let dev = analyse(&pipeline, &gold);
    let (mut model, mut oracle) = (Counts::default(), Counts::default());
    let (mut n, mut secs) = (0, 0.0);
    for (g, (doc, t)) in gold.iter().zip(&dev) {
        let t2 = Instant::now();
        let found = m.find(doc);
        secs += t2.elapsed().as_secs_f64();
        n += doc.tokens.len();
        model.add(&g.text, &g.attributions, &scored(doc, &found));
        let ideal = group::group(doc, t, &m.group);
        oracle.add(&g.text, &g.attributions, &scored(doc, &ideal));
    }
    log(&format!(
        "dev: {n} tokens, attribution stage {:.0} tokens/s",
        n as f64 / secs
    ));
    if let Some(p) = &a.errors {
        let out: String = gold
            .iter()
            .zip(&dev)
            .map(|(g, (doc, _))| source_errors(g, doc, &m.find(doc)))
            .collect();
        std::fs::write(p, out).expect("write errors");
    }
    println!("gold tags, grouped: {}", oracle.line());
    println!("model:              {}", model.line());
}
