//! Greedy left-to-right decoding of a document with the BILOU transition
//! constraints, label-history features (the two previous labels) and the
//! document history of Ratinov & Roth (2009): how the same capitalised word
//! was labelled earlier in the document.

use super::features::{DocFeats, TokInfo};
use super::labels::Labels;
use super::weights::Scorer;
use crate::perceptron::{combine, Trainer};
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
    pub const S1: u32 = 110;
    pub const S1_SS: u32 = 111;
    pub const S1_CTX: u32 = 112;
    pub const G: u32 = 113;
    pub const GMAJ: u32 = 114;
    pub const GMAJ_SS: u32 = 115;
    pub const GNONE: u32 = 116;
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
    count_features(c, n_types, tok, [t::H, t::HMAJ, t::HMAJ_SS], feats);
}

/// Features of how a word's other occurrences were labelled (counts by
/// type, `O` last): each type's share in quarters, and the majority type
/// alone and with the word's shape, under the three templates `tpl`.
fn count_features(
    c: &[u16; 9],
    n_types: usize,
    tok: &TokInfo,
    tpl: [u32; 3],
    feats: &mut Vec<u64>,
) {
    let total: u32 = c[..=n_types].iter().map(|&x| x as u32).sum();
    let mut maj = 0;
    for ty in 0..=n_types {
        let x = c[ty] as u32;
        if x > 0 {
            feats.push(combine(tpl[0], &[ty as u64, (x * 4 / total) as u64]));
        }
        if x > c[maj] as u32 {
            maj = ty;
        }
    }
    feats.push(combine(tpl[1], &[maj as u64]));
    feats.push(combine(tpl[2], &[maj as u64, tok.sshape, tok.line]));
}

/// Second-stage features: the first stage's label of the token and its
/// neighbours, and how the first stage labelled the other occurrences of the
/// same capitalised word anywhere in the document.
fn stage1_features(
    global: &History,
    s1: &[usize],
    i: usize,
    tok: &TokInfo,
    labels: &Labels,
    feats: &mut Vec<u64>,
) {
    let c1 = s1[i] as u64;
    let none = labels.n_classes() as u64;
    let prev = if i > 0 { s1[i - 1] as u64 } else { none };
    let next = s1.get(i + 1).map_or(none, |&c| c as u64);
    feats.push(combine(t::S1, &[c1]));
    feats.push(combine(t::S1_SS, &[c1, tok.sshape]));
    feats.push(combine(t::S1_CTX, &[prev, c1, next]));
    if !tok.upper {
        return;
    }
    let n_types = labels.types.len();
    let mut c = global.counts.get(&tok.lower).copied().unwrap_or([0; 9]);
    let own = labels.type_or_o(s1[i]);
    c[own] = c[own].saturating_sub(1);
    if c[..=n_types].iter().all(|&x| x == 0) {
        feats.push(combine(t::GNONE, &[tok.sshape]));
        return;
    }
    count_features(&c, n_types, tok, [t::G, t::GMAJ, t::GMAJ_SS], feats);
}

/// The static features a stage uses: all of them in the first stage, the
/// core ones in the second (which mostly weighs the first stage's labels).
fn static_features<'a>(doc: &'a DocFeats, tok: &TokInfo, second: bool) -> &'a [u64] {
    if second {
        doc.core(tok)
    } else {
        doc.of(tok)
    }
}

/// Counts how `classes` label each capitalised word of the document.
fn count_labels(h: &mut History, labels: &Labels, sents: &[Vec<TokInfo>], classes: &[Vec<usize>]) {
    for (sent, cs) in sents.iter().zip(classes) {
        for (tok, &c) in sent.iter().zip(cs) {
            if tok.upper {
                let e = h.counts.entry(tok.lower).or_default();
                let ty = labels.type_or_o(c);
                e[ty] = e[ty].saturating_add(1);
            }
        }
    }
}

/// The label-dependent features: the previous two classes (`start` before
/// the sentence) with the token's word and shapes.
fn label_features(p1: u64, p2: u64, tok: &TokInfo, next_ss: u64, feats: &mut Vec<u64>) {
    feats.push(combine(t::P1, &[p1]));
    feats.push(combine(t::P2, &[p1, p2]));
    feats.push(combine(t::P1_L, &[p1, tok.lower]));
    feats.push(combine(t::P1_SS, &[p1, tok.sshape]));
    feats.push(combine(t::P1_SSN, &[p1, tok.sshape, next_ss]));
}

/// Decodes a document greedily; `gold` (BILOU classes per sentence) is
/// handed to the decider, for training; `stage1` (the first stage's classes)
/// adds the second-stage features. Returns the chosen classes.
pub(crate) fn decode<D: Decider>(
    d: &mut D,
    labels: &Labels,
    doc: &DocFeats,
    gold: Option<&[Vec<usize>]>,
    stage1: Option<&[Vec<usize>]>,
) -> Vec<Vec<usize>> {
    let nc = labels.n_classes();
    let n_types = labels.types.len();
    let start = nc as u64;
    let mut hist = History::default();
    let mut global = History::default();
    if let Some(s1) = stage1 {
        count_labels(&mut global, labels, &doc.sents, s1);
    }
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
            feats.extend_from_slice(static_features(doc, tok, stage1.is_some()));
            label_features(p1, p2, tok, next_ss, &mut feats);
            history_features(&hist, tok, n_types, &mut feats);
            if let Some(s1) = stage1 {
                stage1_features(&global, &s1[si], i, tok, labels, &mut feats);
            }
            for (c, a) in allowed.iter_mut().enumerate() {
                *a = Labels::allowed(prev, c, i + 1 == n);
            }
            let g = gold.map(|g| g[si][i]);
            let c = d.decide(&feats, &allowed, g);
            classes.push(c);
        }
        count_labels(
            &mut hist,
            labels,
            std::slice::from_ref(sent),
            std::slice::from_ref(&classes),
        );
        out.push(classes);
    }
    out
}

/// One hypothesis of the beam: its score, its last two classes and a link
/// to its history in the beam's back-pointer table.
#[derive(Clone, Copy)]
struct Hyp {
    score: f32,
    p1: Option<usize>,
    p2: Option<usize>,
    /// index into the back-pointer table (`usize::MAX` at the start)
    back: usize,
}

/// Scale of the perceptron scores before the local softmax of beam search
/// (tuned on CoNLL-2003 dev: raw scores of a greedily trained model are not
/// comparable across histories, locally normalised ones are). Normalising
/// over the allowed classes only favours paths through constrained states
/// (inside entities) when scores are small against `1 / TEMPERATURE`, as in
/// a barely trained model: decode those greedily (`Ner::set_beam(1)`).
const TEMPERATURE: f32 = 0.05;

/// Decodes a document with a beam of `k` hypotheses per sentence (the
/// label-independent scores are computed once per token), each token's
/// scores normalised to log-probabilities over the allowed classes. The
/// document history is updated with each sentence's best sequence.
pub(crate) fn decode_beam<M: Scorer>(
    model: &M,
    labels: &Labels,
    doc: &DocFeats,
    stage1: Option<&[Vec<usize>]>,
    k: usize,
) -> Vec<Vec<usize>> {
    let nc = labels.n_classes();
    let n_types = labels.types.len();
    let start = nc as u64;
    let mut hist = History::default();
    let mut global = History::default();
    if let Some(s1) = stage1 {
        count_labels(&mut global, labels, &doc.sents, s1);
    }
    let temp = TEMPERATURE;
    let mut feats: Vec<u64> = Vec::with_capacity(256);
    let mut base = vec![0f32; nc];
    let mut dynamic: Vec<f32> = Vec::with_capacity(k * nc);
    let mut beam: Vec<Hyp> = Vec::with_capacity(k);
    let mut cands: Vec<(f32, usize, usize)> = Vec::with_capacity(k + 1);
    let mut allowed: Vec<usize> = Vec::with_capacity(nc);
    // back-pointers: (class, previous entry)
    let mut backs: Vec<(usize, usize)> = Vec::new();
    let mut out = Vec::with_capacity(doc.sents.len());
    for (si, sent) in doc.sents.iter().enumerate() {
        let n = sent.len();
        beam.clear();
        beam.push(Hyp {
            score: 0.0,
            p1: None,
            p2: None,
            back: usize::MAX,
        });
        backs.clear();
        for (i, tok) in sent.iter().enumerate() {
            feats.clear();
            feats.extend_from_slice(static_features(doc, tok, stage1.is_some()));
            history_features(&hist, tok, n_types, &mut feats);
            if let Some(s1) = stage1 {
                stage1_features(&global, &s1[si], i, tok, labels, &mut feats);
            }
            base.iter_mut().for_each(|x| *x = 0.0);
            model.add_scores(&feats, &mut base);
            let next_ss = sent.get(i + 1).map_or(0, |x| x.sshape);
            cands.clear();
            // the label features of every hypothesis, scored in one batch
            feats.clear();
            for hyp in &beam {
                let p1 = hyp.p1.map_or(start, |c| c as u64);
                let p2 = hyp.p2.map_or(start, |c| c as u64);
                label_features(p1, p2, tok, next_ss, &mut feats);
            }
            let per = feats.len() / beam.len();
            dynamic.clear();
            dynamic.resize(beam.len() * nc, 0.0);
            model.add_scores_blocks(&feats, per, nc, &mut dynamic);
            for (h, hyp) in beam.iter().enumerate() {
                let dynamic = &mut dynamic[h * nc..(h + 1) * nc];
                for (d, b) in dynamic.iter_mut().zip(&base) {
                    *d += b;
                }
                // locally normalised: log-softmax over the allowed classes
                allowed.clear();
                allowed.extend((0..nc).filter(|&c| Labels::allowed(hyp.p1, c, i + 1 == n)));
                let max = allowed
                    .iter()
                    .map(|&c| dynamic[c])
                    .fold(f32::NEG_INFINITY, f32::max);
                let z: f32 = allowed
                    .iter()
                    .map(|&c| ((dynamic[c] - max) * temp).exp())
                    .sum();
                let lz = z.ln();
                for &c in &allowed {
                    let score = hyp.score + (dynamic[c] - max) * temp - lz;
                    // keep the k best, best first; ties keep the earlier one
                    if cands.len() < k || score > cands[cands.len() - 1].0 {
                        let at = cands.partition_point(|x| x.0 >= score);
                        if cands.len() == k {
                            cands.pop();
                        }
                        cands.insert(at, (score, h, c));
                    }
                }
            }
            let mut next: Vec<Hyp> = Vec::with_capacity(k);
            for &(score, h, c) in &cands {
                let hyp = beam[h];
                backs.push((c, hyp.back));
                next.push(Hyp {
                    score,
                    p1: Some(c),
                    p2: hyp.p1,
                    back: backs.len() - 1,
                });
            }
            beam = next;
        }
        let mut classes = vec![0; n];
        if n > 0 {
            let mut b = beam[0].back;
            for slot in classes.iter_mut().rev() {
                let (c, prev) = backs[b];
                *slot = c;
                b = prev;
            }
        }
        count_labels(
            &mut hist,
            labels,
            std::slice::from_ref(sent),
            std::slice::from_ref(&classes),
        );
        out.push(classes);
    }
    out
}
