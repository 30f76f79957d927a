//! Scores a trained NER model on a CoNLL-2003 file and measures its speed.
//!
//! cargo run --release --example eval_ner -- MODEL DEV_FILE [--lower-headlines]

use newsgraph_nlp::conll2003;
use newsgraph_nlp::eval_ner::NerScores;
use newsgraph_nlp::ner::Ner;
use std::time::Instant;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (model, dev) = (&args[0], &args[1]);
    let t0 = Instant::now();
    let bytes = std::fs::read(model).unwrap();
    let mut ner = Ner::from_bytes(&bytes).unwrap();
    if let Some(i) = args.iter().position(|a| a == "--beam") {
        ner.set_beam(args[i + 1].parse().unwrap());
    }
    eprintln!(
        "loaded {} bytes in {:.3}s",
        bytes.len(),
        t0.elapsed().as_secs_f64()
    );
    let docs = conll2003::read(dev).unwrap();
    let words: Vec<Vec<Vec<&str>>> = docs
        .iter()
        .map(|d| {
            d.sentences
                .iter()
                .map(|s| s.iter().map(|(w, _)| w.as_str()).collect())
                .collect()
        })
        .collect();
    let n: usize = docs.iter().map(|d| d.n_tokens()).sum();
    // best of 5 runs: the machine may be shared
    let mut preds = Vec::new();
    let mut secs = f64::MAX;
    for _ in 0..5 {
        let t1 = Instant::now();
        preds = words.iter().map(|w| ner.tag_document(w)).collect();
        secs = secs.min(t1.elapsed().as_secs_f64());
    }
    eprintln!(
        "tagged {n} tokens in {secs:.3}s ({:.0} tokens/s, best of 5)",
        n as f64 / secs
    );
    let mut scores = NerScores::new();
    for (d, p) in docs.iter().zip(&preds) {
        for (s, ps) in d.sentences.iter().zip(p) {
            let gold: Vec<&str> = s.iter().map(|(_, l)| l.as_str()).collect();
            scores.add_sentence(&gold, ps);
        }
    }
    if args.iter().any(|a| a == "--errors") {
        use newsgraph_nlp::eval_ner::spans;
        for (d, p) in docs.iter().zip(&preds) {
            for (s, ps) in d.sentences.iter().zip(p) {
                let gold: Vec<&str> = s.iter().map(|(_, l)| l.as_str()).collect();
                let (g, q) = (spans(&gold), spans(ps));
                if g != q {
                    let ws: Vec<&str> = s.iter().map(|(w, _)| w.as_str()).collect();
                    let show = |v: &[(usize, usize, String)]| {
                        v.iter()
                            .map(|(a, b, t)| format!("[{} /{t}]", ws[*a..*b].join(" ")))
                            .collect::<Vec<_>>()
                            .join(" ")
                    };
                    println!("S: {}", ws.join(" "));
                    println!("  gold: {}", show(&g));
                    println!("  pred: {}", show(&q));
                }
            }
        }
    }
    print!("{}", scores.report());
    println!("{}", scores.line());
}
