//! The tagger's weights in a compact, cache-friendly layout for fast
//! prediction: one open-addressing table of 64-bit slots (fingerprint,
//! start, length) and one array of packed (class, 16-bit weight) entries.
//! Built from a trained [`Perceptron`]; weights are quantised with one scale.

use crate::error::ModelError;
use crate::perceptron::{ModelReader, ModelWriter, Perceptron};

/// Quantised weights of a tagger.
#[derive(Debug, Clone, Default)]
pub(crate) struct Weights {
    n_classes: usize,
    /// `fingerprint << 32 | start << 8 | len`; 0 is an empty slot.
    slots: Vec<u64>,
    /// `class << 16 | weight as u16`.
    entries: Vec<u32>,
    /// Real weight = quantised weight * scale.
    scale: f32,
    n_features: usize,
}

fn fingerprint(key: u64) -> u64 {
    (key >> 32) | 1
}

impl Weights {
    /// Converts `p`, dropping weights whose magnitude is below `prune`.
    pub fn from_perceptron(p: &Perceptron, prune: f32) -> Weights {
        let mut feats: Vec<(u64, Vec<(u16, f32)>)> = p
            .weights()
            .map(|(k, es)| {
                let kept: Vec<(u16, f32)> =
                    es.iter().copied().filter(|e| e.1.abs() >= prune).collect();
                (k, kept)
            })
            .filter(|(_, es)| !es.is_empty())
            .collect();
        feats.sort_unstable_by_key(|f| f.0);
        let max = feats
            .iter()
            .flat_map(|f| f.1.iter().map(|e| e.1.abs()))
            .fold(0.0f32, f32::max)
            .max(1e-6);
        let scale = max / i16::MAX as f32;
        let quantised: Vec<(u64, Vec<u32>)> = feats
            .into_iter()
            .map(|(k, es)| {
                let q: Vec<u32> = es
                    .iter()
                    .map(|&(c, w)| (c as u32) << 16 | ((w / scale).round() as i16 as u16 as u32))
                    .filter(|e| e & 0xffff != 0)
                    .collect();
                (k, q)
            })
            .filter(|(_, q)| !q.is_empty())
            .collect();
        Weights::build(p.n_classes(), scale, quantised)
    }

    /// Lays out features sorted by key (deterministic).
    fn build(n_classes: usize, scale: f32, feats: Vec<(u64, Vec<u32>)>) -> Weights {
        let cap = (feats.len() * 3 / 2 + 16).next_power_of_two();
        let mask = cap as u64 - 1;
        let mut slots = vec![0u64; cap];
        let mut entries = Vec::new();
        let n_features = feats.len();
        for (k, es) in feats {
            let start = entries.len() as u64;
            assert!(start < 1 << 24 && es.len() < 256, "tagger model too large");
            entries.extend_from_slice(&es);
            let mut i = k & mask;
            while slots[i as usize] != 0 {
                i = (i + 1) & mask;
            }
            slots[i as usize] = fingerprint(k) << 32 | start << 8 | es.len() as u64;
        }
        Weights {
            n_classes,
            slots,
            entries,
            scale,
            n_features,
        }
    }

    pub fn n_classes(&self) -> usize {
        self.n_classes
    }

    pub fn n_features(&self) -> usize {
        self.n_features
    }

    /// Adds the quantised weights of `feats` into `out` (length `n_classes`).
    ///
    /// Memory latency dominates, so the lookups run in passes whose loads
    /// do not depend on each other and can overlap: all slots first, then
    /// the first entry of every feature found, then the sums.
    #[inline]
    pub fn scores(&self, feats: &[u64], out: &mut [i32]) {
        const CHUNK: usize = 64;
        let mask = self.slots.len() as u64 - 1;
        let mut found = [0u64; CHUNK];
        for chunk in feats.chunks(CHUNK) {
            for (slot, &f) in found.iter_mut().zip(chunk) {
                *slot = self.slots[(f & mask) as usize];
            }
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
                if s == 0 {
                    continue;
                }
                let start = ((s >> 8) & 0xff_ffff) as usize;
                let len = (s & 0xff) as usize;
                for &e in &self.entries[start..start + len] {
                    out[(e >> 16) as usize] += e as u16 as i16 as i32;
                }
            }
        }
    }

    /// Highest-scoring class (the lowest index on ties).
    pub fn predict(&self, feats: &[u64], buf: &mut Vec<i32>) -> usize {
        buf.clear();
        buf.resize(self.n_classes, 0);
        self.scores(feats, buf);
        let mut best = 0;
        for (i, &x) in buf.iter().enumerate() {
            if x > buf[best] {
                best = i;
            }
        }
        best
    }

    /// Appends the weights to `w`: features in slot order with their entries.
    pub fn write(&self, w: &mut ModelWriter) {
        w.u32(self.n_classes as u32);
        w.f32(self.scale);
        w.u32(self.slots.len() as u32);
        w.u32(self.entries.len() as u32);
        for &s in &self.slots {
            w.u64(s);
        }
        for &e in &self.entries {
            w.u32(e);
        }
    }

    /// Reads weights written by [`Weights::write`].
    pub fn read(r: &mut ModelReader) -> Result<Weights, ModelError> {
        let n_classes = r.u32()? as usize;
        let scale = r.f32()?;
        let n_slots = r.u32()? as usize;
        let n_entries = r.u32()? as usize;
        if !n_slots.is_power_of_two() {
            return Err(ModelError::Corrupt(
                "slot count is not a power of two".into(),
            ));
        }
        let slots: Vec<u64> = (0..n_slots).map(|_| r.u64()).collect::<Result<_, _>>()?;
        let entries: Vec<u32> = (0..n_entries).map(|_| r.u32()).collect::<Result<_, _>>()?;
        let mut n_features = 0;
        for &s in &slots {
            if s == 0 {
                continue;
            }
            n_features += 1;
            let start = ((s >> 8) & 0xff_ffff) as usize;
            let len = (s & 0xff) as usize;
            if start + len > entries.len() {
                return Err(ModelError::Corrupt("weight entries out of range".into()));
            }
        }
        if n_slots > 0 && n_features == n_slots {
            return Err(ModelError::Corrupt("weight table has no empty slot".into()));
        }
        if entries.iter().any(|&e| (e >> 16) as usize >= n_classes) {
            return Err(ModelError::Corrupt("weight class out of range".into()));
        }
        Ok(Weights {
            n_classes,
            slots,
            entries,
            scale,
            n_features,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::perceptron::{feature, Trainer};

    #[test]
    fn predicts_like_the_perceptron_and_round_trips() {
        // Three classes keyed by a word, with a noisy shared feature.
        let words = ["red", "green", "blue"];
        let data: Vec<(Vec<u64>, usize)> = (0..90)
            .map(|i| {
                let f = vec![
                    feature(1, &[words[i % 3]]),
                    feature(2, &[if i % 2 == 0 { "even" } else { "odd" }]),
                ];
                (f, i % 3)
            })
            .collect();
        let mut t = Trainer::new(3);
        let mut buf = Vec::new();
        for _ in 0..4 {
            for (f, y) in &data {
                t.tick();
                let g = t.predict(f, &mut buf);
                t.update(*y, g, f);
            }
        }
        let p = t.finish(0.0);
        let w = Weights::from_perceptron(&p, 0.0);
        assert_eq!(w.n_classes(), 3);
        assert_eq!(w.n_features(), p.n_features());
        let mut ibuf = Vec::new();
        for (f, y) in &data {
            assert_eq!(w.predict(f, &mut ibuf), *y);
            assert_eq!(p.predict(f, &mut buf), *y);
        }
        // Unknown features score nothing.
        assert_eq!(w.predict(&[feature(9, &["unseen"])], &mut ibuf), 0);
        assert!(ibuf.iter().all(|&s| s == 0));

        let mut out = ModelWriter::new("weights", 1);
        w.write(&mut out);
        let mut r = ModelReader::new(&out.buf, "weights", 1).unwrap();
        let back = Weights::read(&mut r).unwrap();
        assert!(r.at_end());
        for (f, y) in &data {
            assert_eq!(back.predict(f, &mut ibuf), *y);
        }
    }
}
