//! Training of the part-of-speech tagger: the class inventory, the tag
//! dictionary and ambiguity classes counted from the training data, then
//! greedy left-to-right averaged-perceptron epochs over shuffled sentences.

use super::features::{features, pad_sentence, sentence_case, tag_id, Scratch, WordInfo};
use super::Tagger;
use crate::conllu::ConlluSentence;
use crate::perceptron::{combine, Trainer};
use crate::rng::Rng;
use crate::table::Table;
use rustc_hash::FxHashMap;

/// A word must occur this often to enter the tag dictionary (fast path)...
const DICT_MIN_COUNT: u32 = 20;
/// ...with this share of its occurrences under one class.
const DICT_MIN_SHARE: f64 = 0.995;
/// A normalised word must occur this often to get an ambiguity class.
const AMB_MIN_COUNT: u32 = 1;
/// A class enters a word's ambiguity class above this share.
const AMB_MIN_SHARE: f64 = 0.05;
/// Averaged weights below this magnitude are dropped from the model.
const PRUNE: f32 = 0.0;

/// Folds of the jackknifed ambiguity classes.
const FOLDS: usize = 5;

/// Normalised-form id -> class -> count per fold.
type Lexicon = FxHashMap<u64, FxHashMap<u16, [u32; FOLDS]>>;

/// Ambiguity-class ids of the words seen at least `min_count` times,
/// leaving out fold `exclude`.
fn ambiguity_classes(lex: &Lexicon, exclude: Option<usize>, min_count: u32) -> FxHashMap<u64, u64> {
    let mut out = FxHashMap::default();
    let mut counts: Vec<(u16, u32)> = Vec::new();
    for (&key, by_class) in lex {
        counts.clear();
        for (&c, folds) in by_class {
            let n: u32 = folds
                .iter()
                .enumerate()
                .filter(|(f, _)| Some(*f) != exclude)
                .map(|(_, n)| n)
                .sum();
            if n > 0 {
                counts.push((c, n));
            }
        }
        let total: u32 = counts.iter().map(|c| c.1).sum();
        if total < min_count {
            continue;
        }
        let mut classes: Vec<u64> = counts
            .iter()
            .filter(|(_, n)| *n as f64 / total as f64 >= AMB_MIN_SHARE)
            .map(|(c, _)| *c as u64)
            .collect();
        classes.sort_unstable();
        out.insert(key, combine(200, &classes));
    }
    out
}

/// The class label of a word: `UPOS|XPOS`.
pub(crate) fn class_label(upos: &str, xpos: &str) -> String {
    format!("{upos}|{xpos}")
}

pub(crate) fn train(sentences: &[&ConlluSentence], iterations: usize, seed: u64) -> Tagger {
    // Classes, sorted for a deterministic numbering.
    let mut labels: Vec<String> = sentences
        .iter()
        .flat_map(|s| s.words.iter().map(|w| class_label(&w.upos, &w.xpos)))
        .collect();
    labels.sort();
    labels.dedup();
    let class_of: FxHashMap<&str, u16> = labels
        .iter()
        .enumerate()
        .map(|(i, l)| (l.as_str(), i as u16))
        .collect();

    // Counts per exact form (tag dictionary) and per normalised form (ambiguity classes).
    let empty = FxHashMap::default();
    let mut scratch = Scratch::default();
    // Counts per exact form (tag dictionary) and, per fold, per normalised
    // form (ambiguity classes, jackknifed: the words of fold k see
    // ambiguity classes counted on the other folds only, as they will on
    // unseen text).
    let mut by_form: FxHashMap<u64, FxHashMap<u16, u32>> = FxHashMap::default();
    let mut lex: Lexicon = FxHashMap::default();
    let mut gold: Vec<Vec<u16>> = Vec::with_capacity(sentences.len());
    for (si, s) in sentences.iter().enumerate() {
        let mut g = Vec::with_capacity(s.words.len());
        for w in &s.words {
            let c = class_of[class_label(&w.upos, &w.xpos).as_str()];
            g.push(c);
            let info = WordInfo::new(&w.form, &empty, &mut scratch);
            *by_form.entry(info.form).or_default().entry(c).or_default() += 1;
            let e = lex.entry(info.norm).or_default();
            e.entry(c).or_insert([0; FOLDS])[si % FOLDS] += 1;
        }
        gold.push(g);
    }
    let mut tagdict = FxHashMap::default();
    for (&form, counts) in &by_form {
        let total: u32 = counts.values().sum();
        let (&best, &n) = counts
            .iter()
            .max_by_key(|(c, n)| (**n, std::cmp::Reverse(**c)))
            .unwrap();
        if total >= DICT_MIN_COUNT && n as f64 / total as f64 >= DICT_MIN_SHARE {
            tagdict.insert(form, best);
        }
    }
    let amb = ambiguity_classes(&lex, None, AMB_MIN_COUNT);
    let fold_amb: Vec<_> = (0..FOLDS)
        .map(|f| ambiguity_classes(&lex, Some(f), AMB_MIN_COUNT))
        .collect();

    // Word features of every sentence, computed once.
    let cases: Vec<u64> = sentences
        .iter()
        .map(|s| sentence_case(&s.words.iter().map(|w| w.form.as_str()).collect::<Vec<_>>()))
        .collect();
    let padded: Vec<Vec<WordInfo>> = sentences
        .iter()
        .enumerate()
        .map(|(si, s)| {
            let words: Vec<WordInfo> = s
                .words
                .iter()
                .map(|w| WordInfo::new(&w.form, &fold_amb[si % FOLDS], &mut scratch))
                .collect();
            let mut p = Vec::new();
            pad_sentence(&words, &mut p);
            p
        })
        .collect();

    let mut trainer = Trainer::new(labels.len());
    let mut order: Vec<usize> = (0..sentences.len()).collect();
    let mut rng = Rng::new(seed);
    let mut feats = Vec::new();
    let mut buf = Vec::new();
    for _ in 0..iterations {
        rng.shuffle(&mut order);
        for &si in &order {
            let (p, g) = (&padded[si], &gold[si]);
            let (mut prev1, mut prev2): (Option<u16>, Option<u16>) = (None, None);
            for (i, &truth) in g.iter().enumerate() {
                let guess = match tagdict.get(&p[i + 2].form) {
                    Some(&c) => c,
                    None => {
                        let (p1, p2) = (tag_id(prev1, 1), tag_id(prev2, 2));
                        features(p, i, p1, p2, cases[si], &mut feats);
                        trainer.tick();
                        let guess = trainer.predict(&feats, &mut buf) as u16;
                        trainer.update(truth as usize, guess as usize, &feats);
                        guess
                    }
                };
                prev2 = prev1;
                prev1 = Some(guess);
            }
        }
    }
    let weights = Table::from_perceptron(&trainer.finish(0.0), PRUNE, usize::MAX)
        .expect("tagger classes fit a table");
    Tagger::from_parts(labels, weights, tagdict, amb)
}
