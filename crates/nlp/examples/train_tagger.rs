//! Trains the tagger (and lemmatiser) on EWT train + GUM train documents and
//! reports EWT dev accuracy.
//!
//! Usage: `train_tagger DATA_DIR OUT_DIR [ITERATIONS] [--ewt-only] [--limit N]
//! [--errors] [--dump] [--lemma-errors]` writes `OUT_DIR/tagger.bin` and
//! `OUT_DIR/lemma.bin` (the shipped models: 5 iterations, seed 1).

use newsgraph_nlp::conllu::ConlluSentence;
use newsgraph_nlp::corpus;
use newsgraph_nlp::lemma::Lemmatizer;
use newsgraph_nlp::tagger::Tagger;
use std::path::PathBuf;
use std::time::Instant;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let flag = |f: &str| args.iter().any(|a| a == f);
    let opt = |f: &str| {
        args.iter()
            .position(|a| a == f)
            .and_then(|i| args.get(i + 1))
            .map(|s| s.parse::<usize>().expect("number"))
    };
    let pos: Vec<&String> = args
        .iter()
        .enumerate()
        .filter(|(i, a)| !a.starts_with("--") && (*i == 0 || args[i - 1] != "--limit"))
        .map(|(_, a)| a)
        .collect();
    let data = PathBuf::from(
        pos.first()
            .expect("usage: train_tagger DATA_DIR OUT_DIR [ITERS]"),
    );
    let out = PathBuf::from(
        pos.get(1)
            .expect("usage: train_tagger DATA_DIR OUT_DIR [ITERS]"),
    );
    let iters: usize = pos.get(2).map(|s| s.parse().unwrap()).unwrap_or(8);

    let t0 = Instant::now();
    let mut train = if flag("--ewt-only") {
        newsgraph_nlp::conllu::read(&data.join(corpus::EWT_TRAIN)).unwrap()
    } else {
        corpus::read_training_sentences(&data).unwrap()
    };
    if let Some(n) = opt("--limit") {
        train.truncate(n);
    }
    let dev = corpus::read_ewt_dev(&data).unwrap();
    let refs: Vec<&ConlluSentence> = train.iter().collect();
    let words: usize = train.iter().map(|s| s.words.len()).sum();
    eprintln!("{} training sentences, {words} words", train.len());

    let tagger = Tagger::train(&refs, iters, 1);
    eprintln!(
        "trained in {:.1}s: {} classes, {} features",
        t0.elapsed().as_secs_f64(),
        tagger.n_classes(),
        tagger.n_features()
    );
    let bytes = tagger.to_bytes();
    std::fs::create_dir_all(&out).unwrap();
    std::fs::write(out.join("tagger.bin"), &bytes).unwrap();
    eprintln!("tagger.bin: {} bytes", bytes.len());

    let known: std::collections::HashSet<&str> = train
        .iter()
        .flat_map(|s| s.words.iter().map(|w| w.form.as_str()))
        .collect();
    let mut confusions: std::collections::HashMap<(String, String), usize> = Default::default();
    let mut errors_by_word: std::collections::HashMap<String, usize> = Default::default();
    let (mut unk, mut unk_ok) = (0usize, 0usize);
    let lemmatizer = Lemmatizer::train(&refs);
    let lbytes = lemmatizer.to_bytes();
    std::fs::write(out.join("lemma.bin"), &lbytes).unwrap();
    eprintln!(
        "lemma.bin: {} bytes, {} entries",
        lbytes.len(),
        lemmatizer.len()
    );
    let (mut lem_ok, mut lem_gold_ok) = (0usize, 0usize);
    let (mut n, mut upos, mut xpos, mut both) = (0usize, 0usize, 0usize, 0usize);
    let t1 = Instant::now();
    for s in &dev {
        let ws: Vec<&str> = s.words.iter().map(|w| w.form.as_str()).collect();
        let tags = tagger.tag_words(&ws);
        for (w, (u, x)) in s.words.iter().zip(&tags) {
            n += 1;
            upos += (w.upos == *u) as usize;
            xpos += (w.xpos == *x) as usize;
            both += (w.upos == *u && w.xpos == *x) as usize;
            let lp = lemmatizer.lemma(&w.form, u, x);
            lem_ok += (lp == w.lemma) as usize;
            lem_gold_ok += (lemmatizer.lemma(&w.form, &w.upos, &w.xpos) == w.lemma) as usize;
            if flag("--lemma-errors") && lp != w.lemma {
                println!("LEM {} {} {} gold {} pred {}", w.form, u, x, w.lemma, lp);
            }
            if !known.contains(w.form.as_str()) {
                unk += 1;
                unk_ok += (w.upos == *u) as usize;
            }
            if w.upos != *u && flag("--dump") {
                println!("ERR {} {}->{} | {}", w.form, w.upos, u, ws.join(" "));
            }
            if w.upos != *u {
                *confusions.entry((w.upos.clone(), u.clone())).or_default() += 1;
                *errors_by_word.entry(w.form.to_lowercase()).or_default() += 1;
            }
        }
    }
    let secs = t1.elapsed().as_secs_f64();
    println!(
        "EWT dev ({n} words): UPOS {:.4}  XPOS {:.4}  both {:.4}  ({:.0} words/s)",
        upos as f64 / n as f64,
        xpos as f64 / n as f64,
        both as f64 / n as f64,
        n as f64 / secs
    );
    println!(
        "lemma accuracy: {:.4} with predicted tags, {:.4} with gold tags",
        lem_ok as f64 / n as f64,
        lem_gold_ok as f64 / n as f64
    );
    println!(
        "unknown words: {unk}, UPOS {:.4}",
        unk_ok as f64 / unk.max(1) as f64
    );
    if flag("--errors") {
        print_errors(confusions, errors_by_word);
    }
}

/// The 25 most frequent tag confusions and the 40 words most often mistagged.
fn print_errors(
    confusions: std::collections::HashMap<(String, String), usize>,
    errors_by_word: std::collections::HashMap<String, usize>,
) {
    let mut c: Vec<_> = confusions.into_iter().collect();
    c.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    for ((g, p), k) in c.iter().take(25) {
        println!("  gold {g:6} pred {p:6} {k}");
    }
    let mut e: Vec<_> = errors_by_word.into_iter().collect();
    e.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    let top: Vec<String> = e.iter().take(40).map(|(w, k)| format!("{w}:{k}")).collect();
    println!("  {}", top.join(" "));
}
