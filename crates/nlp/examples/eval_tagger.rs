//! Evaluates shipped tagger and lemmatiser models on EWT dev (gold tokens)
//! and measures tagging speed in CPU time.
//!
//! Usage: `eval_tagger DATA_DIR MODELS_DIR [REPEAT] [--tag-errors] [--lemma-errors]`
//! (reads `tagger.bin`, `lemma.bin`; the flags print each UPOS or lemma error).

use newsgraph_nlp::corpus;
use newsgraph_nlp::lemma::Lemmatizer;
use newsgraph_nlp::tagger::Tagger;
use std::path::PathBuf;
use std::time::Instant;

/// CPU time of this thread in seconds (Linux), else wall time since `start`.
fn cpu_seconds(start: Instant) -> f64 {
    std::fs::read_to_string("/proc/thread-self/schedstat")
        .ok()
        .and_then(|s| s.split_whitespace().next()?.parse::<f64>().ok())
        .map(|ns| ns / 1e9)
        .unwrap_or_else(|| start.elapsed().as_secs_f64())
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let data = PathBuf::from(
        args.first()
            .expect("usage: eval_tagger DATA_DIR MODELS_DIR"),
    );
    let models = PathBuf::from(args.get(1).expect("usage: eval_tagger DATA_DIR MODELS_DIR"));
    let repeat: usize = args.get(2).map(|s| s.parse().unwrap()).unwrap_or(3);
    let dev = corpus::read_ewt_dev(&data).unwrap();

    let t0 = Instant::now();
    let tagger_bytes = std::fs::read(models.join("tagger.bin")).unwrap();
    let lemma_bytes = std::fs::read(models.join("lemma.bin")).unwrap();
    let c0 = cpu_seconds(t0);
    let tagger = Tagger::from_bytes(&tagger_bytes).unwrap();
    let lemmatizer = Lemmatizer::from_bytes(&lemma_bytes).unwrap();
    println!(
        "loaded tagger.bin ({} bytes) and lemma.bin ({} bytes) in {:.3}s CPU",
        tagger_bytes.len(),
        lemma_bytes.len(),
        cpu_seconds(t0) - c0
    );

    let sents: Vec<Vec<&str>> = dev
        .iter()
        .map(|s| s.words.iter().map(|w| w.form.as_str()).collect())
        .collect();
    let (mut n, mut upos, mut xpos, mut lemma) = (0usize, 0usize, 0usize, 0usize);
    for (s, words) in dev.iter().zip(&sents) {
        for (w, (u, x)) in s.words.iter().zip(tagger.tag_words(words)) {
            n += 1;
            upos += (w.upos == u) as usize;
            if w.upos != u && args.iter().any(|a| a == "--tag-errors") {
                println!("TAG {} gold {} pred {u}", w.form, w.upos);
            }
            xpos += (w.xpos == x) as usize;
            let l = lemmatizer.lemma(&w.form, &u, &x);
            if l != w.lemma && args.iter().any(|a| a == "--lemma-errors") {
                let gold_tags = if w.upos == u && w.xpos == x {
                    "tags ok"
                } else {
                    "tags wrong"
                };
                println!(
                    "LEM {} {u} {x} gold {} pred {l} ({gold_tags})",
                    w.form, w.lemma
                );
            }
            lemma += (l == w.lemma) as usize;
        }
    }
    println!(
        "EWT dev, gold tokens ({n} words): UPOS {:.4}  XPOS {:.4}  lemma (predicted tags) {:.4}",
        upos as f64 / n as f64,
        xpos as f64 / n as f64,
        lemma as f64 / n as f64
    );

    let in_dict = sents
        .iter()
        .flatten()
        .filter(|w| tagger.is_dictionary_word(w))
        .count();
    println!(
        "tag dictionary (fast path) covers {:.1}% of the words",
        100.0 * in_dict as f64 / n as f64
    );

    let c1 = cpu_seconds(t0);
    let mut checksum = 0usize;
    for _ in 0..repeat {
        for words in &sents {
            checksum += tagger.tag_words(words).len();
        }
    }
    let secs = cpu_seconds(t0) - c1;
    println!(
        "tagging speed: {:.0} words/s (CPU time, {checksum} words)",
        checksum as f64 / secs
    );
}
