//! Measures the tokeniser and sentence splitter against a CoNLL-U treebank
//! (UD English EWT dev): each document's text is rebuilt from the `# text`
//! lines (sentences joined by a space, or by a newline at `# newpar`), then
//! tokenised whole, and token and sentence spans are compared with the gold
//! ones.
//!
//! Words: gold syntactic words (the parts of multiword tokens such as
//! "ca" + "n't" spell the token exactly in EWT, so each word has its own
//! span); a predicted token counts when its span equals a gold word's.
//! Sentences: a predicted sentence counts when its span equals a gold one's
//! (the CoNLL 2018 measure); boundaries: sentence ends inside a document.
//!
//! Usage: cargo run --release --example eval_tokenize -- FILE.conllu... [--errors N]
//! (several files are read as one corpus, e.g. the GUM news dev documents).

use newsgraph_nlp::conllu;
use newsgraph_nlp::tokenize::tokenize;
use std::collections::HashSet;
use std::path::Path;
use std::time::Instant;

/// One rebuilt document with its gold spans (char offsets).
#[derive(Default)]
struct GoldDoc {
    text: String,
    chars: usize,
    words: Vec<(usize, usize)>,
    sentences: Vec<(usize, usize)>,
}

fn build_docs(sents: &[conllu::ConlluSentence]) -> (Vec<GoldDoc>, usize) {
    let mut docs: Vec<GoldDoc> = Vec::new();
    let mut skipped = 0;
    for s in sents {
        let new_doc = s.comments.iter().any(|c| c.starts_with("# newdoc"));
        let new_par = s.comments.iter().any(|c| c.starts_with("# newpar"));
        if new_doc || docs.is_empty() {
            docs.push(GoldDoc::default());
        }
        let Some(text) = s.comment("text") else {
            skipped += 1;
            continue;
        };
        // Locate every word in the sentence text.
        let chars: Vec<char> = text.chars().collect();
        let mut pos = 0;
        let mut spans = Vec::with_capacity(s.words.len());
        let mut ok = true;
        for w in &s.words {
            while pos < chars.len() && chars[pos].is_whitespace() {
                pos += 1;
            }
            let form: Vec<char> = w.form.chars().collect();
            if chars[pos..].starts_with(&form) {
                spans.push((pos, pos + form.len()));
                pos += form.len();
            } else {
                ok = false;
                break;
            }
        }
        if !ok {
            skipped += 1;
            continue;
        }
        let doc = docs.last_mut().unwrap();
        if doc.chars > 0 {
            let sep = if new_par { "\n" } else { " " };
            doc.text.push_str(sep);
            doc.chars += 1;
        }
        let base = doc.chars;
        doc.text.push_str(text);
        doc.chars += chars.len();
        doc.words
            .extend(spans.iter().map(|&(a, b)| (base + a, base + b)));
        doc.sentences
            .push((base + spans[0].0, base + spans.last().unwrap().1));
    }
    (docs, skipped)
}

#[derive(Default)]
struct Counts {
    gold: usize,
    pred: usize,
    hit: usize,
}

impl Counts {
    fn add(&mut self, gold: &[(usize, usize)], pred: &[(usize, usize)]) {
        let g: HashSet<_> = gold.iter().collect();
        self.gold += gold.len();
        self.pred += pred.len();
        self.hit += pred.iter().filter(|p| g.contains(p)).count();
    }

    fn report(&self, name: &str) {
        let p = self.hit as f64 / self.pred.max(1) as f64;
        let r = self.hit as f64 / self.gold.max(1) as f64;
        let f = if p + r > 0.0 {
            2.0 * p * r / (p + r)
        } else {
            0.0
        };
        println!(
            "{name:<11} gold {:>6}  predicted {:>6}  P {:.2}%  R {:.2}%  F1 {:.2}%",
            self.gold,
            self.pred,
            100.0 * p,
            100.0 * r,
            100.0 * f
        );
    }
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let errors_at = args.iter().position(|a| a == "--errors");
    let max_errors: usize = errors_at
        .and_then(|i| args.get(i + 1))
        .and_then(|n| n.parse().ok())
        .unwrap_or(0);
    let paths: Vec<&String> = args
        .iter()
        .enumerate()
        .filter(|&(i, _)| errors_at.is_none_or(|e| i != e && i != e + 1))
        .map(|(_, a)| a)
        .collect();
    if paths.is_empty() {
        eprintln!("usage: eval_tokenize FILE.conllu... [--errors N]");
        std::process::exit(2);
    }
    let mut sents = Vec::new();
    for path in paths {
        sents.extend(conllu::read(Path::new(path)).unwrap_or_else(|e| {
            eprintln!("{e}");
            std::process::exit(1);
        }));
    }
    let (docs, skipped) = build_docs(&sents);
    println!(
        "{} documents, {} sentences ({} skipped: words not found in # text)",
        docs.len(),
        sents.len() - skipped,
        skipped
    );

    let mut words = Counts::default();
    let mut sentences = Counts::default();
    let mut boundaries = Counts::default();
    let mut errors = 0;
    for d in &docs {
        let doc = tokenize(&d.text);
        let pred: Vec<(usize, usize)> = doc.tokens.iter().map(|t| (t.start, t.end)).collect();
        words.add(&d.words, &pred);
        let pred_s: Vec<(usize, usize)> = doc.sentences.iter().map(|s| (s.start, s.end)).collect();
        sentences.add(&d.sentences, &pred_s);
        let inner = |v: &[(usize, usize)]| -> Vec<(usize, usize)> {
            v.iter()
                .take(v.len().saturating_sub(1))
                .map(|&(_, e)| (e, e))
                .collect()
        };
        boundaries.add(&inner(&d.sentences), &inner(&pred_s));
        if errors < max_errors {
            let chars: Vec<char> = d.text.chars().collect();
            let gold: HashSet<_> = d.words.iter().collect();
            let predicted: HashSet<_> = pred.iter().collect();
            for p in pred
                .iter()
                .filter(|p| !gold.contains(p))
                .take(max_errors - errors)
            {
                let a = p.0.saturating_sub(30);
                let b = (p.1 + 30).min(chars.len());
                let gold_here: Vec<String> = d
                    .words
                    .iter()
                    .filter(|g| g.1 > a && g.0 < b && !predicted.contains(g))
                    .map(|g| chars[g.0..g.1].iter().collect())
                    .collect();
                let ctx: String = chars[a..b].iter().collect();
                let tok: String = chars[p.0..p.1].iter().collect();
                println!("TOKEN {tok:?} gold {gold_here:?} in {:?}", ctx);
                errors += 1;
            }
            let gold_s: HashSet<_> = inner(&d.sentences).into_iter().collect();
            let pred_b: HashSet<_> = inner(&pred_s).into_iter().collect();
            for (kind, set, other) in [("MISSED", &gold_s, &pred_b), ("EXTRA", &pred_b, &gold_s)] {
                for &(e, _) in set.iter().filter(|x| !other.contains(x)) {
                    if errors >= max_errors {
                        break;
                    }
                    let a = e.saturating_sub(40);
                    let b = (e + 30).min(chars.len());
                    let left: String = chars[a..e].iter().collect();
                    let right: String = chars[e..b].iter().collect();
                    println!("{kind} boundary: {left:?} | {right:?}");
                    errors += 1;
                }
            }
        }
    }
    words.report("words");
    sentences.report("sentences");
    boundaries.report("boundaries");

    // Speed: tokenise the whole set a few times, keep the fastest round (the
    // machine may be shared).
    let total_chars: usize = docs.iter().map(|d| d.chars).sum();
    let mut best = f64::INFINITY;
    let mut ntok = 0;
    for _ in 0..7 {
        let t = Instant::now();
        ntok = docs.iter().map(|d| tokenize(&d.text).tokens.len()).sum();
        best = best.min(t.elapsed().as_secs_f64());
    }
    println!(
        "speed: {:.1} M chars/s, {:.0} k tokens/s ({total_chars} chars, {ntok} tokens in {:.4} s, best of 7)",
        total_chars as f64 / best / 1e6,
        ntok as f64 / best / 1e3,
        best
    );
}
