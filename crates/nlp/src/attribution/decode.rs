//! Left-to-right decoding of a document's tags under the BIO constraints,
//! greedy or with a small beam, scoring each token's static features and the
//! dynamic features of the previous two tags. The same code trains (greedy,
//! one perceptron update per wrong token) and predicts.

use super::features::{dynamic, tag_features, token_features, DocFeats, N_DYNAMIC, N_STATIC};
use super::tags::{allowed, N_CLASSES, O};
use crate::perceptron::Trainer;
use crate::table::Table;

/// Scores a feature set into `out` (one score per class).
pub trait Score {
    fn add(&self, feats: &[u64], out: &mut [f32; N_CLASSES]);
}

impl Score for Table {
    fn add(&self, feats: &[u64], out: &mut [f32; N_CLASSES]) {
        let mut buf = [0i32; N_CLASSES];
        self.scores(feats, &mut buf);
        let s = self.scale();
        for (o, b) in out.iter_mut().zip(buf) {
            *o += b as f32 * s;
        }
    }
}

impl Score for Trainer {
    fn add(&self, feats: &[u64], out: &mut [f32; N_CLASSES]) {
        self.scores(feats, out);
    }
}

/// Best class allowed after `prev`.
fn best_after(scores: &[f32; N_CLASSES], prev: u8) -> u8 {
    let mut best = O;
    for c in 1..N_CLASSES as u8 {
        if allowed(prev, c) && scores[c as usize] > scores[best as usize] {
            best = c;
        }
    }
    best
}

/// Static scores of every token (they do not depend on the tags).
fn static_scores<S: Score>(model: &S, f: &DocFeats) -> Vec<[f32; N_CLASSES]> {
    f.feats
        .chunks(N_STATIC)
        .map(|fs| {
            let mut out = [0.0; N_CLASSES];
            model.add(fs, &mut out);
            out
        })
        .collect()
}

/// Greedy decoding.
pub fn greedy<S: Score>(model: &S, f: &DocFeats) -> Vec<u8> {
    let stat = static_scores(model, f);
    let mut tags = Vec::with_capacity(stat.len());
    let (mut p1, mut p2) = (O, O);
    for (a, s) in f.aux.iter().zip(stat) {
        let mut sc = s;
        model.add(&dynamic(a, p1, p2), &mut sc);
        let c = best_after(&sc, p1);
        tags.push(c);
        (p2, p1) = (p1, c);
    }
    tags
}

/// One hypothesis of the beam: score, last two tags, back pointer.
#[derive(Clone, Copy)]
struct Hyp {
    score: f32,
    p1: u8,
    p2: u8,
    back: u32,
}

/// Beam decoding with `k` hypotheses (k = 1 is greedy), with the shipped
/// weight table. Scores add up in integers before scaling, as
/// [`Score::add`] does, so the result is that of the generic decoding; the
/// static features of all tokens are looked up in one pass (the table
/// prefetches across tokens), the features of the previous classes alone
/// once per document, and those of a token and a previous class once per
/// token for all hypotheses that share that class.
pub fn beam(model: &Table, f: &DocFeats, k: usize) -> Vec<u8> {
    if k <= 1 {
        return greedy(model, f);
    }
    let nc = N_CLASSES;
    let scale = model.scale();
    let n = f.aux.len();
    let mut stat_i = vec![0i32; n * nc];
    model.scores_blocks(&f.feats[..n * N_STATIC], N_STATIC, &mut stat_i);
    // the features of the previous two classes alone, per (p1, p2)
    let mut tag_i = vec![[0i32; N_CLASSES]; nc * nc];
    for p1 in 0..nc as u8 {
        for p2 in 0..nc as u8 {
            model.scores(
                &tag_features(p1, p2),
                &mut tag_i[p1 as usize * nc + p2 as usize],
            );
        }
    }
    // per token, the beam's hypotheses (class, back pointer), `k` a token
    let mut hist: Vec<(u8, u32)> = vec![(O, 0); n * k];
    let mut cur = vec![Hyp {
        score: 0.0,
        p1: O,
        p2: O,
        back: 0,
    }];
    let mut next: Vec<Hyp> = Vec::new();
    for (i, a) in f.aux.iter().enumerate() {
        let mut stat = [0f32; N_CLASSES];
        for (o, &b) in stat.iter_mut().zip(&stat_i[i * nc..(i + 1) * nc]) {
            *o += b as f32 * scale;
        }
        // the token's features per previous class, computed when first needed
        let mut tok_i: [Option<[i32; N_CLASSES]>; N_CLASSES] = [None; N_CLASSES];
        next.clear();
        for (hi, h) in cur.iter().enumerate() {
            let t = tok_i[h.p1 as usize].get_or_insert_with(|| {
                let mut out = [0i32; N_CLASSES];
                model.scores(&token_features(a, h.p1), &mut out);
                out
            });
            let tags = &tag_i[h.p1 as usize * nc + h.p2 as usize];
            let mut sc = stat;
            for c in 0..nc {
                sc[c] += (tags[c] + t[c]) as f32 * scale;
            }
            for c in 0..N_CLASSES as u8 {
                if allowed(h.p1, c) {
                    next.push(Hyp {
                        score: h.score + sc[c as usize],
                        p1: c,
                        p2: h.p1,
                        back: hi as u32,
                    });
                }
            }
        }
        // stable sort: ties keep the earlier (deterministic) order
        next.sort_by(|x, y| y.score.total_cmp(&x.score));
        next.truncate(k);
        for (slot, h) in hist[i * k..].iter_mut().zip(&next) {
            *slot = (h.p1, h.back);
        }
        std::mem::swap(&mut cur, &mut next);
    }
    let mut tags = vec![O; n];
    let mut at = 0u32;
    for i in (0..n).rev() {
        let (c, back) = hist[i * k + at as usize];
        tags[i] = c;
        at = back;
    }
    tags
}

/// Trains on one document: greedy decoding with the predicted history and
/// an update at every wrong token. Returns the number of errors.
pub fn learn(t: &mut Trainer, f: &DocFeats, gold: &[u8]) -> usize {
    let mut errors = 0;
    let (mut p1, mut p2) = (O, O);
    let mut feats: Vec<u64> = Vec::with_capacity(N_STATIC + N_DYNAMIC);
    for (i, a) in f.aux.iter().enumerate() {
        feats.clear();
        feats.extend_from_slice(&f.feats[i * N_STATIC..(i + 1) * N_STATIC]);
        feats.extend_from_slice(&dynamic(a, p1, p2));
        t.tick();
        let mut sc = [0.0; N_CLASSES];
        t.add(&feats, &mut sc);
        let guess = best_after(&sc, p1);
        // after a wrong history, a gold `I` is reachable only as `B`
        let truth = if allowed(p1, gold[i]) {
            gold[i]
        } else {
            gold[i] - 1
        };
        if guess != truth {
            errors += 1;
            t.update(truth as usize, guess as usize, &feats);
        }
        (p2, p1) = (p1, guess);
    }
    errors
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::attribution::features::TokAux;
    use crate::rng::Rng;

    /// The plain beam: every feature of every hypothesis looked up through
    /// [`Score::add`], as the decoding was first written.
    fn reference<S: Score>(model: &S, f: &DocFeats, k: usize) -> Vec<u8> {
        let stat = static_scores(model, f);
        let mut hist: Vec<Vec<(u8, u32)>> = Vec::new();
        let mut cur = vec![Hyp {
            score: 0.0,
            p1: O,
            p2: O,
            back: 0,
        }];
        for (a, s) in f.aux.iter().zip(stat) {
            let mut next = Vec::new();
            for (hi, h) in cur.iter().enumerate() {
                let mut sc = s;
                model.add(&dynamic(a, h.p1, h.p2), &mut sc);
                for c in (0..N_CLASSES as u8).filter(|&c| allowed(h.p1, c)) {
                    next.push(Hyp {
                        score: h.score + sc[c as usize],
                        p1: c,
                        p2: h.p1,
                        back: hi as u32,
                    });
                }
            }
            next.sort_by(|x, y| y.score.total_cmp(&x.score));
            next.truncate(k);
            hist.push(next.iter().map(|h| (h.p1, h.back)).collect());
            cur = next;
        }
        let mut tags = vec![O; hist.len()];
        let mut at = 0u32;
        for (i, step) in hist.iter().enumerate().rev() {
            (tags[i], at) = step[at as usize];
        }
        tags
    }

    #[test]
    fn the_fast_beam_gives_the_plain_beams_tags() {
        let mut rng = Rng::new(7);
        let mut small = |n: u64| rng.next_u64() % n;
        // a table whose weights come from random updates over a small
        // feature space, so that features recur and scores tie sometimes
        let mut t = Trainer::new(N_CLASSES);
        let feats: Vec<u64> = (0..16 * N_STATIC).map(|_| small(300)).collect();
        let aux: Vec<TokAux> = (0..16)
            .map(|_| TokAux {
                lemma: small(5),
                xpos: small(4),
                quote: small(3),
                anc: small(6),
                start: small(3),
            })
            .collect();
        for i in 0..3000 {
            let (a, b) = (
                small(N_CLASSES as u64) as usize,
                small(N_CLASSES as u64) as usize,
            );
            t.tick();
            let mut fs = feats[i % 300..i % 300 + N_STATIC].to_vec();
            fs.extend(dynamic(&aux[i % aux.len()], a as u8, b as u8));
            if a != b {
                t.update(a, b, &fs);
            }
        }
        let table = Table::from_perceptron(&t.finish(0.0), 0.0, usize::MAX).unwrap();
        for n in [1, 2, 5, 14] {
            let doc = DocFeats {
                feats: feats[..n * N_STATIC].to_vec(),
                aux: aux[..n].to_vec(),
            };
            for k in [2, 3, 5] {
                assert_eq!(
                    beam(&table, &doc, k),
                    reference(&table, &doc, k),
                    "n={n} k={k}"
                );
            }
        }
    }
}
