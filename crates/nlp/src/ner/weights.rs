//! The NER's weights in a compact layout for fast prediction (the tagger's
//! design): one open-addressing table of 64-bit slots (fingerprint, start,
//! length), one array of packed (class, 16-bit weight) entries, and lookups
//! in passes whose memory loads overlap. Built from a trained [`Perceptron`]
//! when a model is loaded; the model file keeps the perceptron.

use crate::perceptron::Perceptron;

/// Scores features: implemented by the trained perceptron (used while
/// training) and by the compact [`Weights`].
pub(crate) trait Scorer {
    /// Adds the weights of `feats` into `out` (length: the number of classes).
    fn add_scores(&self, feats: &[u64], out: &mut [f32]);

    /// Scores several feature sets of `per` features each at once: set `b`
    /// (`feats[b * per..(b + 1) * per]`) into `out[b * nc..(b + 1) * nc]`.
    fn add_scores_blocks(&self, feats: &[u64], per: usize, nc: usize, out: &mut [f32]) {
        for (f, o) in feats.chunks(per).zip(out.chunks_mut(nc)) {
            self.add_scores(f, o);
        }
    }
}

impl Scorer for Perceptron {
    fn add_scores(&self, feats: &[u64], out: &mut [f32]) {
        self.scores(feats, out);
    }
}

/// Quantised weights.
#[derive(Debug, Clone, Default)]
pub(crate) struct Weights {
    /// `fingerprint << 32 | start << 8 | len`; 0 is an empty slot.
    slots: Vec<u64>,
    /// `class << 16 | weight as u16`.
    entries: Vec<u32>,
    /// Real weight = quantised weight * scale.
    scale: f32,
}

fn fingerprint(key: u64) -> u64 {
    (key >> 32) | 1
}

impl Weights {
    pub fn from_perceptron(p: &Perceptron) -> Weights {
        let mut feats: Vec<(u64, &[(u16, f32)])> = p.weights().collect();
        feats.sort_unstable_by_key(|f| f.0);
        let max = feats
            .iter()
            .flat_map(|f| f.1.iter().map(|e| e.1.abs()))
            .fold(0.0f32, f32::max)
            .max(1e-6);
        let scale = max / i16::MAX as f32;
        let cap = (feats.len() * 3 / 2 + 16).next_power_of_two();
        let mask = cap as u64 - 1;
        let mut slots = vec![0u64; cap];
        let mut entries: Vec<u32> = Vec::new();
        for (k, es) in feats {
            let start = entries.len() as u64;
            entries.extend(
                es.iter()
                    .map(|&(c, w)| (c as u32) << 16 | ((w / scale).round() as i16 as u16 as u32))
                    .filter(|e| e & 0xffff != 0),
            );
            let len = entries.len() as u64 - start;
            if len == 0 {
                continue;
            }
            assert!(start < 1 << 24 && len < 256, "NER model too large");
            let mut i = k & mask;
            while slots[i as usize] != 0 {
                i = (i + 1) & mask;
            }
            slots[i as usize] = fingerprint(k) << 32 | start << 8 | len;
        }
        Weights {
            slots,
            entries,
            scale,
        }
    }
}

impl Weights {
    /// Feature `j` of `feats` adds into `out[(j / per) * nc..]`. Memory
    /// latency dominates, so the lookups run in passes whose loads do not
    /// depend on each other: all slots first, then the first entry of every
    /// feature found, then the sums.
    #[inline]
    fn lookup(&self, feats: &[u64], per: usize, nc: usize, out: &mut [f32]) {
        const CHUNK: usize = 64;
        let mask = self.slots.len() as u64 - 1;
        let mut found = [0u64; CHUNK];
        // output block of the current feature, and its index in the block
        let (mut blk, mut in_blk) = (0usize, 0usize);
        for chunk in feats.chunks(CHUNK) {
            for (slot, &f) in found.iter_mut().zip(chunk) {
                *slot = self.slots[(f & mask) as usize];
            }
            // resolve the slots, and touch each feature's first entry so
            // that those loads overlap too
            let mut touch = 0u32;
            for (k, &f) in chunk.iter().enumerate() {
                let fp = fingerprint(f);
                let mut s = found[k];
                let mut i = f & mask;
                while s != 0 && s >> 32 != fp {
                    i = (i + 1) & mask;
                    s = self.slots[i as usize];
                }
                found[k] = s;
                if s != 0 {
                    touch ^= self.entries[((s >> 8) & 0xff_ffff) as usize];
                }
            }
            std::hint::black_box(touch);
            for &s in &found[..chunk.len()] {
                let base = blk * nc;
                in_blk += 1;
                if in_blk == per {
                    in_blk = 0;
                    blk += 1;
                }
                if s == 0 {
                    continue;
                }
                let start = ((s >> 8) & 0xff_ffff) as usize;
                let len = (s & 0xff) as usize;
                for &e in &self.entries[start..start + len] {
                    out[base + (e >> 16) as usize] += (e as u16 as i16) as f32 * self.scale;
                }
            }
        }
    }
}

impl Scorer for Weights {
    fn add_scores(&self, feats: &[u64], out: &mut [f32]) {
        self.lookup(feats, usize::MAX, 0, out);
    }

    fn add_scores_blocks(&self, feats: &[u64], per: usize, nc: usize, out: &mut [f32]) {
        self.lookup(feats, per, nc, out);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::perceptron::{feature, Trainer};

    #[test]
    fn scores_like_the_perceptron() {
        let mut t = Trainer::new(3);
        let feats: Vec<Vec<u64>> = (0..200)
            .map(|i| {
                vec![
                    feature(1, &[&i.to_string()]),
                    feature(2, &[&(i % 7).to_string()]),
                ]
            })
            .collect();
        for (i, f) in feats.iter().enumerate() {
            t.tick();
            t.update(i % 3, (i + 1) % 3, f);
        }
        let p = t.finish(0.0);
        let w = Weights::from_perceptron(&p);
        for f in &feats {
            let (mut a, mut b) = (vec![0.0; 3], vec![0.0; 3]);
            p.add_scores(f, &mut a);
            w.add_scores(f, &mut b);
            for (x, y) in a.iter().zip(&b) {
                assert!((x - y).abs() < 1e-3, "{a:?} {b:?}");
            }
        }
        // unknown features score nothing
        let mut c = vec![0.0; 3];
        w.add_scores(&[feature(9, &["nope"])], &mut c);
        assert_eq!(c, [0.0; 3]);
    }
}
