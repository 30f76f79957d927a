//! Greedy left-to-right decoding of a document with the BILOU transition
//! constraints, label-history features (the two previous labels) and the
//! document history of Ratinov & Roth (2009): how the same capitalised word
//! was labelled earlier in the document.

use super::features::{DocFeats, TokInfo};
use super::labels::Labels;
use crate::perceptron::{combine, Perceptron, Trainer};
use rustc_hash::FxHashMap;

mod t {
    pub const P1: u32 = 101;
    pub const P2: u32 = 102;
    pub const P1_L: u32 = 103;
    pub const P1_SS: u32 = 104;
    pub const P1_SSN: u32 = 105;
    pub const H: u32 = 106;
    pub const HMAJ: u32 = 107;
    pub const HMAJ_SS: u32 = 108;
    pub const HNONE: u32 = 109;
}

/// Chooses a class for one token: scores its features and picks the best
/// allowed class (and learns, when training).
pub(crate) trait Decider {
    fn decide(&mut self, feats: &[u64], allowed: &[bool], gold: Option<usize>) -> usize;
}

fn best_allowed(scores: &[f32], allowed: &[bool]) -> usize {
    let mut best = usize::MAX;
    for (c, &s) in scores.iter().enumerate() {
        if allowed[c] && (best == usize::MAX || s > scores[best]) {
            best = c;
        }
    }
    best
}

/// Decoding with a trained model.
pub(crate) struct Predict<'a> {
    pub model: &'a Perceptron,
    pub buf: Vec<f32>,
}

impl Decider for Predict<'_> {
    fn decide(&mut self, feats: &[u64], allowed: &[bool], _gold: Option<usize>) -> usize {
        self.buf.clear();
        self.buf.resize(self.model.n_classes(), 0.0);
        self.model.scores(feats, &mut self.buf);
        best_allowed(&self.buf, allowed)
    }
}

/// Decoding while training: one perceptron update per token.
pub(crate) struct Learn<'a> {
    pub trainer: &'a mut Trainer,
    pub buf: Vec<f32>,
    pub errors: usize,
    pub seen: usize,
}

impl Decider for Learn<'_> {
    fn decide(&mut self, feats: &[u64], allowed: &[bool], gold: Option<usize>) -> usize {
        self.trainer.tick();
        self.buf.clear();
        self.buf.resize(self.trainer.n_classes(), 0.0);
        self.trainer.scores(feats, &mut self.buf);
        let guess = best_allowed(&self.buf, allowed);
        if let Some(g) = gold {
            self.seen += 1;
            if g != guess {
                self.errors += 1;
                self.trainer.update(g, guess, feats);
            }
        }
        guess
    }
}

/// Labels given so far in the document to each capitalised word (by type,
/// `O` last).
#[derive(Default)]
struct History {
    counts: FxHashMap<u64, [u16; 9]>,
}

fn history_features(h: &History, tok: &TokInfo, n_types: usize, feats: &mut Vec<u64>) {
    if !tok.upper {
        return;
    }
    let Some(c) = h.counts.get(&tok.lower) else {
        feats.push(combine(t::HNONE, &[tok.sshape]));
        return;
    };
    let total: u32 = c[..=n_types].iter().map(|&x| x as u32).sum();
    let mut maj = 0;
    for ty in 0..=n_types {
        let x = c[ty] as u32;
        if x > 0 {
            feats.push(combine(t::H, &[ty as u64, (x * 4 / total) as u64]));
        }
        if x > c[maj] as u32 {
            maj = ty;
        }
    }
    feats.push(combine(t::HMAJ, &[maj as u64]));
    feats.push(combine(t::HMAJ_SS, &[maj as u64, tok.sshape, tok.line]));
}

/// Decodes a document; `gold` (BILOU classes per sentence) is handed to the
/// decider, for training. Returns the chosen classes.
pub(crate) fn decode<D: Decider>(
    d: &mut D,
    labels: &Labels,
    doc: &DocFeats,
    gold: Option<&[Vec<usize>]>,
) -> Vec<Vec<usize>> {
    let nc = labels.n_classes();
    let n_types = labels.types.len();
    let start = nc as u64;
    let mut hist = History::default();
    let mut allowed = vec![false; nc];
    let mut feats: Vec<u64> = Vec::with_capacity(256);
    let mut out = Vec::with_capacity(doc.sents.len());
    for (si, sent) in doc.sents.iter().enumerate() {
        let n = sent.len();
        let mut classes: Vec<usize> = Vec::with_capacity(n);
        for (i, tok) in sent.iter().enumerate() {
            let prev = classes.last().copied();
            let p1 = prev.map_or(start, |c| c as u64);
            let p2 = if i >= 2 { classes[i - 2] as u64 } else { start };
            let next_ss = sent.get(i + 1).map_or(0, |x| x.sshape);
            feats.clear();
            feats.extend_from_slice(doc.of(tok));
            feats.push(combine(t::P1, &[p1]));
            feats.push(combine(t::P2, &[p1, p2]));
            feats.push(combine(t::P1_L, &[p1, tok.lower]));
            feats.push(combine(t::P1_SS, &[p1, tok.sshape]));
            feats.push(combine(t::P1_SSN, &[p1, tok.sshape, next_ss]));
            history_features(&hist, tok, n_types, &mut feats);
            for (c, a) in allowed.iter_mut().enumerate() {
                *a = Labels::allowed(prev, c, i + 1 == n);
            }
            let g = gold.map(|g| g[si][i]);
            let c = d.decide(&feats, &allowed, g);
            classes.push(c);
        }
        for (tok, &c) in sent.iter().zip(&classes) {
            if tok.upper {
                let e = hist.counts.entry(tok.lower).or_default();
                let ty = labels.type_or_o(c);
                e[ty] = e[ty].saturating_add(1);
            }
        }
        out.push(classes);
    }
    out
}
