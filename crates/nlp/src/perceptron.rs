//! The averaged perceptron shared by the tagger, the parser and the NER, with
//! hashed features and a compact binary format.
//!
//! Features are `u64` hashes ([`feature`]); weights are kept sparse, per
//! feature only for the classes that ever received an update. Training uses
//! the usual lazy averaging (Collins 2002; Honnibal's "a good POS tagger in
//! about 200 lines"): each weight carries its running total and the time of
//! its last change, so an update costs O(features), not O(all weights).

use crate::error::ModelError;
use rustc_hash::{FxHashMap, FxHasher};
use std::hash::Hasher;

/// Hashes a feature: a template number and its string parts. Deterministic
/// across runs and machines (no random seed), so trained models reproduce.
pub fn feature(template: u32, parts: &[&str]) -> u64 {
    let mut h = FxHasher::default();
    h.write_u32(template);
    for p in parts {
        h.write(p.as_bytes());
        h.write_u8(0xff);
    }
    // FxHasher mixes weakly in the low bits; finish with a 64-bit avalanche.
    let mut x = h.finish();
    x ^= x >> 33;
    x = x.wrapping_mul(0xff51afd7ed558ccd);
    x ^= x >> 33;
    x = x.wrapping_mul(0xc4ceb9fe1a85ec53);
    x ^ (x >> 33)
}

/// Hashes a string once, so that hot loops can build features from
/// precomputed ids with [`combine`] instead of rehashing text.
pub fn string_id(s: &str) -> u64 {
    feature(0, &[s])
}

/// A feature from a template number and precomputed ids (see [`string_id`]).
pub fn combine(template: u32, parts: &[u64]) -> u64 {
    let mut x = (template as u64).wrapping_mul(0x9e3779b97f4a7c15) ^ 0x51_7cc1_b727_220a;
    for &p in parts {
        x = (x ^ p).wrapping_mul(0xff51afd7ed558ccd);
        x ^= x >> 32;
    }
    x ^= x >> 33;
    x = x.wrapping_mul(0xc4ceb9fe1a85ec53);
    x ^ (x >> 33)
}

#[derive(Clone, Copy)]
struct Entry {
    class: u16,
    weight: f32,
    total: f64,
    stamp: u32,
}

/// A perceptron under training.
pub struct Trainer {
    n_classes: usize,
    weights: FxHashMap<u64, Vec<Entry>>,
    time: u32,
}

impl Trainer {
    pub fn new(n_classes: usize) -> Self {
        assert!(n_classes <= u16::MAX as usize, "too many classes");
        Trainer {
            n_classes,
            weights: FxHashMap::default(),
            time: 0,
        }
    }

    pub fn n_classes(&self) -> usize {
        self.n_classes
    }

    /// Adds the current weights of `feats` into `out` (length `n_classes`, zeroed by the caller).
    pub fn scores(&self, feats: &[u64], out: &mut [f32]) {
        for f in feats {
            if let Some(es) = self.weights.get(f) {
                for e in es {
                    out[e.class as usize] += e.weight;
                }
            }
        }
    }

    /// Highest-scoring class of `feats` (ties go to the lower class index).
    pub fn predict(&self, feats: &[u64], buf: &mut Vec<f32>) -> usize {
        buf.clear();
        buf.resize(self.n_classes, 0.0);
        self.scores(feats, buf);
        argmax(buf)
    }

    /// Counts one training instance; call once per decision, before `update`.
    pub fn tick(&mut self) {
        self.time += 1;
    }

    /// Rewards `truth` and penalises `guess` on `feats` (no-op when equal).
    pub fn update(&mut self, truth: usize, guess: usize, feats: &[u64]) {
        if truth == guess {
            return;
        }
        for &f in feats {
            let es = self.weights.entry(f).or_default();
            Self::bump(es, truth as u16, 1.0, self.time);
            Self::bump(es, guess as u16, -1.0, self.time);
        }
    }

    /// Adds `delta` to the weight of (`feats`, `class`).
    pub fn update_one(&mut self, class: usize, delta: f32, feats: &[u64]) {
        for &f in feats {
            let es = self.weights.entry(f).or_default();
            Self::bump(es, class as u16, delta, self.time);
        }
    }

    fn bump(es: &mut Vec<Entry>, class: u16, delta: f32, time: u32) {
        let e = match es.iter_mut().position(|e| e.class == class) {
            Some(i) => &mut es[i],
            None => {
                es.push(Entry {
                    class,
                    weight: 0.0,
                    total: 0.0,
                    stamp: time,
                });
                es.last_mut().unwrap()
            }
        };
        e.total += (time - e.stamp) as f64 * e.weight as f64;
        e.stamp = time;
        e.weight += delta;
    }

    /// The averaged model; weights whose magnitude is below `prune` are dropped.
    pub fn finish(self, prune: f32) -> Perceptron {
        let time = self.time.max(1);
        let mut keys: Vec<u64> = self.weights.keys().copied().collect();
        keys.sort_unstable();
        let mut index = FxHashMap::default();
        let mut entries = Vec::new();
        for k in keys {
            let start = entries.len();
            let mut es: Vec<(u16, f32)> = self.weights[&k]
                .iter()
                .map(|e| {
                    let total = e.total + (time - e.stamp) as f64 * e.weight as f64;
                    (e.class, (total / time as f64) as f32)
                })
                .filter(|(_, w)| w.abs() >= prune && *w != 0.0)
                .collect();
            es.sort_unstable_by_key(|e| e.0);
            if es.is_empty() {
                continue;
            }
            entries.extend(es);
            index.insert(k, (start as u32, (entries.len() - start) as u16));
        }
        Perceptron {
            n_classes: self.n_classes,
            index,
            entries,
        }
    }
}

/// Index of the largest value (the first one on ties).
pub fn argmax(xs: &[f32]) -> usize {
    let mut best = 0;
    for (i, &x) in xs.iter().enumerate() {
        if x > xs[best] {
            best = i;
        }
    }
    best
}

/// A trained, averaged perceptron.
#[derive(Debug, Clone, Default)]
pub struct Perceptron {
    n_classes: usize,
    index: FxHashMap<u64, (u32, u16)>,
    entries: Vec<(u16, f32)>,
}

impl Perceptron {
    pub fn n_classes(&self) -> usize {
        self.n_classes
    }

    /// Number of features with at least one weight.
    pub fn n_features(&self) -> usize {
        self.index.len()
    }

    /// Every feature with its `(class, weight)` entries, in no particular
    /// order (for models that convert the weights into their own layout).
    pub fn weights(&self) -> impl Iterator<Item = (u64, &[(u16, f32)])> + '_ {
        self.index.iter().map(|(&k, &(start, len))| {
            (
                k,
                &self.entries[start as usize..start as usize + len as usize],
            )
        })
    }

    /// Adds the weights of `feats` into `out` (length `n_classes`, zeroed by the caller).
    pub fn scores(&self, feats: &[u64], out: &mut [f32]) {
        for f in feats {
            if let Some(&(start, len)) = self.index.get(f) {
                for &(c, w) in &self.entries[start as usize..start as usize + len as usize] {
                    out[c as usize] += w;
                }
            }
        }
    }

    /// Highest-scoring class of `feats`.
    pub fn predict(&self, feats: &[u64], buf: &mut Vec<f32>) -> usize {
        buf.clear();
        buf.resize(self.n_classes, 0.0);
        self.scores(feats, buf);
        argmax(buf)
    }

    /// Appends the model to `w`. Weights are stored as f16-like scaled i16
    /// would lose too much for small models, so they stay f32; the keys are
    /// written sorted, which keeps the files reproducible byte for byte.
    pub fn write(&self, w: &mut ModelWriter) {
        w.u32(self.n_classes as u32);
        let mut keys: Vec<(&u64, &(u32, u16))> = self.index.iter().collect();
        keys.sort_unstable_by_key(|(k, _)| **k);
        w.u32(keys.len() as u32);
        for (k, &(start, len)) in keys {
            w.u64(*k);
            w.u16(len);
            for &(c, wt) in &self.entries[start as usize..start as usize + len as usize] {
                w.u16(c);
                w.f32(wt);
            }
        }
    }

    /// Reads a model written by [`Perceptron::write`].
    pub fn read(r: &mut ModelReader) -> Result<Self, ModelError> {
        let n_classes = r.u32()? as usize;
        let n = r.u32()? as usize;
        let mut index = FxHashMap::with_capacity_and_hasher(n, Default::default());
        let mut entries = Vec::with_capacity(n * 2);
        for _ in 0..n {
            let k = r.u64()?;
            let len = r.u16()?;
            let start = entries.len() as u32;
            for _ in 0..len {
                let c = r.u16()?;
                if c as usize >= n_classes {
                    return Err(ModelError::Corrupt(format!("class {c} out of range")));
                }
                entries.push((c, r.f32()?));
            }
            index.insert(k, (start, len));
        }
        Ok(Perceptron {
            n_classes,
            index,
            entries,
        })
    }
}

/// Writes the little-endian binary model format.
#[derive(Default)]
pub struct ModelWriter {
    pub buf: Vec<u8>,
}

/// Magic number that starts every model file.
pub const MAGIC: &[u8; 4] = b"NGM\x01";

impl ModelWriter {
    /// A writer that starts with the magic number, the format version and a kind tag.
    pub fn new(kind: &str, version: u32) -> Self {
        let mut w = ModelWriter::default();
        w.buf.extend_from_slice(MAGIC);
        w.u32(version);
        w.str(kind);
        w
    }
    pub fn u16(&mut self, x: u16) {
        self.buf.extend_from_slice(&x.to_le_bytes());
    }
    pub fn u32(&mut self, x: u32) {
        self.buf.extend_from_slice(&x.to_le_bytes());
    }
    pub fn u64(&mut self, x: u64) {
        self.buf.extend_from_slice(&x.to_le_bytes());
    }
    pub fn f32(&mut self, x: f32) {
        self.buf.extend_from_slice(&x.to_le_bytes());
    }
    pub fn str(&mut self, s: &str) {
        self.u32(s.len() as u32);
        self.buf.extend_from_slice(s.as_bytes());
    }
    pub fn strs(&mut self, ss: &[String]) {
        self.u32(ss.len() as u32);
        for s in ss {
            self.str(s);
        }
    }
}

/// Reads the format of [`ModelWriter`].
pub struct ModelReader<'a> {
    data: &'a [u8],
    pos: usize,
}

impl<'a> ModelReader<'a> {
    /// Checks the magic number, the version and the kind tag.
    pub fn new(data: &'a [u8], kind: &str, version: u32) -> Result<Self, ModelError> {
        if data.len() < 4 || &data[..4] != MAGIC {
            return Err(ModelError::BadMagic);
        }
        let mut r = ModelReader { data, pos: 4 };
        let found = r.u32()?;
        if found != version {
            return Err(ModelError::Version {
                found,
                expected: version,
            });
        }
        let k = r.str()?;
        if k != kind {
            return Err(ModelError::Corrupt(format!(
                "this is a {k} model, expected {kind}"
            )));
        }
        Ok(r)
    }
    fn take(&mut self, n: usize) -> Result<&'a [u8], ModelError> {
        if self.pos + n > self.data.len() {
            return Err(ModelError::Truncated(self.pos));
        }
        let s = &self.data[self.pos..self.pos + n];
        self.pos += n;
        Ok(s)
    }
    /// The next `n` bytes as they are.
    pub fn bytes(&mut self, n: usize) -> Result<&'a [u8], ModelError> {
        self.take(n)
    }
    pub fn u16(&mut self) -> Result<u16, ModelError> {
        Ok(u16::from_le_bytes(self.take(2)?.try_into().unwrap()))
    }
    pub fn u32(&mut self) -> Result<u32, ModelError> {
        Ok(u32::from_le_bytes(self.take(4)?.try_into().unwrap()))
    }
    pub fn u64(&mut self) -> Result<u64, ModelError> {
        Ok(u64::from_le_bytes(self.take(8)?.try_into().unwrap()))
    }
    pub fn f32(&mut self) -> Result<f32, ModelError> {
        Ok(f32::from_le_bytes(self.take(4)?.try_into().unwrap()))
    }
    pub fn str(&mut self) -> Result<String, ModelError> {
        let n = self.u32()? as usize;
        let b = self.take(n)?;
        String::from_utf8(b.to_vec()).map_err(|_| ModelError::Corrupt("invalid UTF-8".into()))
    }
    pub fn strs(&mut self) -> Result<Vec<String>, ModelError> {
        let n = self.u32()? as usize;
        (0..n).map(|_| self.str()).collect()
    }
    /// True when every byte was read.
    pub fn at_end(&self) -> bool {
        self.pos == self.data.len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn learns_a_separable_problem_and_round_trips() {
        // class = which of two words is present
        let data: Vec<(Vec<u64>, usize)> = (0..50)
            .map(|i| {
                let w = if i % 2 == 0 { "red" } else { "blue" };
                (vec![feature(1, &[w]), feature(2, &["bias"])], i % 2)
            })
            .collect();
        let mut t = Trainer::new(2);
        let mut buf = Vec::new();
        for _ in 0..5 {
            for (f, y) in &data {
                t.tick();
                let g = t.predict(f, &mut buf);
                t.update(*y, g, f);
            }
        }
        let p = t.finish(0.0);
        for (f, y) in &data {
            assert_eq!(p.predict(f, &mut buf), *y);
        }
        let mut w = ModelWriter::new("test", 1);
        p.write(&mut w);
        let mut r = ModelReader::new(&w.buf, "test", 1).unwrap();
        let q = Perceptron::read(&mut r).unwrap();
        assert!(r.at_end());
        for (f, y) in &data {
            assert_eq!(q.predict(f, &mut buf), *y);
        }
        assert!(ModelReader::new(&w.buf, "other", 1).is_err());
        assert!(ModelReader::new(&w.buf[..3], "test", 1).is_err());
    }
}
