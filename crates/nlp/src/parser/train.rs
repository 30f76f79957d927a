//! Training of the parser: averaged perceptron, one update per wrong move,
//! with the dynamic oracle of Goldberg & Nivre (2012): the "truth" is the
//! best-scoring zero-cost move, and after the first epoch the parser follows
//! its own wrong predictions with probability `explore`, learning to recover
//! from its mistakes. Non-projective training trees are projectivised by
//! lifting. Deterministic: sentence order comes from a seeded PRNG.

use super::features::{extract, TokenIds, N_FEATURES};
use super::transition::{decode, n_classes, projectivize, Move, State};
use super::{best_class, Parser};
use crate::conllu::ConlluSentence;
use crate::perceptron::{Perceptron, Trainer};
pub use crate::rng::Rng;
use std::collections::BTreeSet;
use std::time::Instant;

/// Training settings.
#[derive(Debug, Clone)]
pub struct TrainOptions {
    pub iterations: usize,
    pub seed: u64,
    /// Probability of following a wrong prediction (after the first epoch).
    pub explore: f64,
    /// Averaged weights below this magnitude are dropped from the model.
    pub prune: f32,
    /// At most this many features are kept (those with the largest weights).
    pub max_features: usize,
}

impl Default for TrainOptions {
    fn default() -> Self {
        TrainOptions {
            iterations: 12,
            seed: 1,
            explore: 0.9,
            prune: 0.5,
            max_features: 300_000,
        }
    }
}

/// One training sentence: token ids, gold heads (root = n) and labels.
struct Gold {
    ids: TokenIds,
    heads: Vec<u32>,
    labels: Vec<u16>,
}

fn gold_of(s: &ConlluSentence, labels: &[String]) -> Option<Gold> {
    let n = s.words.len();
    if n == 0 || s.words.iter().any(|w| w.head > n) {
        return None;
    }
    let words: Vec<&str> = s.words.iter().map(|w| w.form.as_str()).collect();
    let upos: Vec<&str> = s.words.iter().map(|w| w.upos.as_str()).collect();
    let xpos: Vec<&str> = s.words.iter().map(|w| w.xpos.as_str()).collect();
    let mut ids = TokenIds::default();
    ids.fill(&words, &upos, &xpos);
    let mut heads: Vec<u32> = s
        .words
        .iter()
        .map(|w| {
            if w.head == 0 {
                n as u32
            } else {
                w.head as u32 - 1
            }
        })
        .collect();
    // A cycle would never terminate the lifting; skip such sentences.
    for d in 0..n {
        let mut x = d;
        let mut steps = 0;
        while x != n {
            x = heads[x] as usize;
            steps += 1;
            if steps > n {
                return None;
            }
        }
    }
    projectivize(&mut heads);
    let labels = s
        .words
        .iter()
        .map(|w| labels.binary_search(&w.deprel).unwrap_or(0) as u16)
        .collect();
    Some(Gold { ids, heads, labels })
}

/// Trains a parser (see [`TrainOptions`]).
pub fn train(
    sentences: &[&ConlluSentence],
    opts: &TrainOptions,
    log: &mut dyn FnMut(&str),
) -> Parser {
    let (labels, averaged) = train_averaged(sentences, opts, log);
    let parser = Parser::from_averaged(labels, &averaged, opts.prune, opts.max_features);
    log(&format!("parser: {} features kept", parser.n_features()));
    parser
}

/// Trains the averaged perceptron of a parser, before pruning and
/// quantisation: its relation labels and weights (see [`Parser::from_averaged`]).
pub fn train_averaged(
    sentences: &[&ConlluSentence],
    opts: &TrainOptions,
    log: &mut dyn FnMut(&str),
) -> (Vec<String>, Perceptron) {
    let mut set: BTreeSet<String> = sentences
        .iter()
        .flat_map(|s| s.words.iter().map(|w| w.deprel.clone()))
        .filter(|l| !l.is_empty() && l != "_")
        .collect();
    set.insert("root".to_string());
    let labels: Vec<String> = set.into_iter().collect();
    // A parser with the labels only, to share the coarse bits and root index.
    let shell = Parser::new(labels.clone(), Default::default());
    let root = shell.root;
    let gold: Vec<Gold> = sentences
        .iter()
        .filter_map(|s| gold_of(s, &labels))
        .collect();
    log(&format!(
        "parser: {} sentences, {} labels, {} classes",
        gold.len(),
        labels.len(),
        n_classes(labels.len())
    ));
    let mut trainer = Trainer::new(n_classes(labels.len()));
    let mut rng = Rng::new(opts.seed);
    let mut order: Vec<usize> = (0..gold.len()).collect();
    let mut st = State::default();
    let mut scores = vec![0f32; trainer.n_classes()];
    let mut feats = [0u64; N_FEATURES];
    for epoch in 0..opts.iterations {
        let t0 = Instant::now();
        rng.shuffle(&mut order);
        let (mut moves, mut right) = (0usize, 0usize);
        for &gi in &order {
            let g = &gold[gi];
            let n = g.heads.len();
            st.reset(n);
            while !st.is_terminal() {
                extract(&st, &g.ids, &mut feats);
                trainer.tick();
                scores.iter_mut().for_each(|x| *x = 0.0);
                trainer.scores(&feats, &mut scores);
                let costs = st.costs(&g.heads);
                let s0 = st.s0();
                let b = st.b as u32;
                let zero_cost = |c: usize| {
                    let (m, l) = decode(c);
                    match m {
                        Move::Shift => costs[0] == 0,
                        Move::Reduce => costs[1] == 0,
                        Move::Left => {
                            costs[2] == 0
                                && (g.heads[s0 as usize] != b
                                    || g.labels[s0 as usize] as usize == l
                                    || l == root)
                        }
                        Move::Right => {
                            costs[3] == 0
                                && (g.heads[b as usize] != s0 || g.labels[b as usize] as usize == l)
                        }
                    }
                };
                let pred = best_class(&scores, &st, root, |_| true).expect("a move applies");
                let truth = best_class(&scores, &st, root, zero_cost).unwrap_or(pred);
                moves += 1;
                let next = if zero_cost(pred) {
                    right += 1;
                    pred
                } else {
                    trainer.update(truth, pred, &feats);
                    if epoch > 0 && rng.next_f64() < opts.explore {
                        pred
                    } else {
                        truth
                    }
                };
                let (m, l) = decode(next);
                st.apply(m, l as u16, shell.coarse[l]);
            }
        }
        log(&format!(
            "parser epoch {}: move accuracy {:.4} ({} moves, {:.1}s)",
            epoch + 1,
            right as f64 / moves.max(1) as f64,
            moves,
            t0.elapsed().as_secs_f64()
        ));
    }
    (labels, trainer.finish(0.0))
}
