//! The compact run-time weights that the tagger, the parser and the NER
//! share: a trained averaged perceptron, pruned and quantised to `i16` with
//! one scale per table, laid out for few cache misses.
//!
//! Layout: an open-addressing table (linear probing, at most a quarter
//! full: in one comparison on the parser, a table twice as sparse parsed
//! 10-20% faster, as fewer lookups probe past their first slot) of
//! 8-byte slots, eight to a cache line: the key's fingerprint (32 bits),
//! and where its weights are: a run of packed `(class, weight)` entries in
//! one array, or, for features with many classes, a dense row of
//! `n_classes` weights (added without scattering). The table is kept
//! sparse on purpose: most lookups, found or not, read one slot line.
//!
//! Scoring runs in passes whose memory loads do not depend on each other,
//! so that they overlap: prefetch every home slot, resolve the slots and
//! prefetch the weights, then add up.
//!
//! The model file holds the table as it is in memory (little-endian), but
//! for the empty slots, which a bitmap stands for: loading is a sequential
//! copy and a validation pass, with no hashing or inserting.

use crate::error::ModelError;
use crate::perceptron::{ModelReader, ModelWriter, Perceptron};

/// Slot: `fingerprint << 32 | start << 8 | len`; 0 is empty. `len ==
/// DENSE` marks a dense row, `start` being its index.
const DENSE: u64 = 0xff;
/// Most features scored in one pass.
const CHUNK: usize = 128;

/// The fingerprint of a key as stored in a slot (never 0).
#[inline(always)]
fn fingerprint(key: u64) -> u64 {
    (key >> 32) | 1
}

/// Asks the CPU to fetch the cache line of `x` (a hint; no-op elsewhere).
#[inline(always)]
fn prefetch<T>(x: &T) {
    #[cfg(target_arch = "x86_64")]
    {
        use std::arch::x86_64::{_mm_prefetch, _MM_HINT_T0};
        // SAFETY: SSE is in the x86_64 baseline, and a prefetch is only a
        // hint: it never faults and does not make the program read memory.
        unsafe { _mm_prefetch::<_MM_HINT_T0>(x as *const T as *const i8) };
    }
    #[cfg(not(target_arch = "x86_64"))]
    let _ = x;
}

/// Quantised sparse weights: feature hash -> weights of some classes.
#[derive(Debug, Clone)]
pub struct Table {
    n_classes: usize,
    /// Real weight = stored weight * scale.
    scale: f32,
    mask: usize,
    slots: Vec<u64>,
    /// `class << 16 | weight as u16`.
    entries: Vec<u32>,
    /// Rows of `n_classes` weights.
    dense: Vec<i16>,
    n_features: usize,
}

impl Default for Table {
    fn default() -> Self {
        Table::build(1, Vec::new(), 0.0, usize::MAX).expect("empty table")
    }
}

/// Largest number of classes a table holds (a feature's run length is a byte).
pub const MAX_CLASSES: usize = 254;
/// Features with at least this many weights get a dense row.
const DENSE_MIN: usize = 24;

impl Table {
    /// The file of a model that is this table alone, under the header
    /// `kind` and `version` (the same table always gives the same bytes).
    pub fn model_bytes(&self, kind: &str, version: u32) -> Vec<u8> {
        let mut w = ModelWriter::new(kind, version);
        self.write(&mut w);
        w.buf
    }

    /// Reads a file written by [`Table::model_bytes`], which must hold
    /// `n_classes` classes and nothing after the table.
    pub fn from_model_bytes(
        data: &[u8],
        kind: &str,
        version: u32,
        n_classes: usize,
    ) -> Result<Table, ModelError> {
        let mut r = ModelReader::new(data, kind, version)?;
        let table = Table::read(&mut r)?;
        if table.n_classes() != n_classes {
            return Err(ModelError::Corrupt("class count".into()));
        }
        if !r.at_end() {
            return Err(ModelError::Corrupt("trailing bytes".into()));
        }
        Ok(table)
    }

    /// Builds a table from `(key, [(class, weight)])` lists: weights whose
    /// magnitude is below `prune` are dropped, and if more than
    /// `max_features` features remain, those with the largest weights are
    /// kept. Deterministic: the same input gives the same table.
    pub fn build(
        n_classes: usize,
        mut feats: Vec<(u64, Vec<(u16, f32)>)>,
        prune: f32,
        max_features: usize,
    ) -> Result<Table, ModelError> {
        if n_classes == 0 || n_classes > MAX_CLASSES {
            return Err(ModelError::Corrupt(format!(
                "{n_classes} classes (a table holds 1 to {MAX_CLASSES})"
            )));
        }
        for (_, es) in feats.iter_mut() {
            es.retain(|e| e.1.abs() >= prune && e.1 != 0.0);
            es.sort_unstable_by_key(|e| e.0);
            es.dedup_by_key(|e| e.0);
            if let Some(e) = es.iter().find(|e| e.0 as usize >= n_classes) {
                return Err(ModelError::Corrupt(format!("class {} out of range", e.0)));
            }
        }
        feats.retain(|f| !f.1.is_empty());
        feats.sort_unstable_by_key(|f| f.0);
        feats.dedup_by_key(|f| f.0);
        if feats.len() > max_features {
            let mut strength: Vec<(f32, usize)> = feats
                .iter()
                .enumerate()
                .map(|(i, (_, es))| (es.iter().map(|e| e.1.abs()).fold(0.0, f32::max), i))
                .collect();
            strength.sort_unstable_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
            let mut keep = vec![false; feats.len()];
            for &(_, i) in &strength[..max_features] {
                keep[i] = true;
            }
            let mut i = 0;
            feats.retain(|_| {
                i += 1;
                keep[i - 1]
            });
        }
        let max = feats
            .iter()
            .flat_map(|f| f.1.iter().map(|e| e.1.abs()))
            .fold(0.0f32, f32::max);
        let scale = if max > 0.0 {
            max / i16::MAX as f32
        } else {
            1.0
        };
        let cap = (feats.len() * 4 + 16).next_power_of_two();
        let mut t = Table {
            n_classes,
            scale,
            mask: cap - 1,
            slots: vec![0; cap],
            entries: Vec::new(),
            dense: Vec::new(),
            n_features: 0,
        };
        for (key, es) in feats {
            let q: Vec<(u16, i16)> = es
                .iter()
                .map(|&(c, w)| (c, (w / scale).round() as i16))
                .filter(|e| e.1 != 0)
                .collect();
            if !q.is_empty() {
                t.insert(key, &q)?;
            }
        }
        Ok(t)
    }

    /// Converts a trained perceptron (see [`Table::build`]).
    pub fn from_perceptron(
        p: &Perceptron,
        prune: f32,
        max_features: usize,
    ) -> Result<Table, ModelError> {
        let feats = p.weights().map(|(k, es)| (k, es.to_vec())).collect();
        Table::build(p.n_classes(), feats, prune, max_features)
    }

    fn insert(&mut self, key: u64, es: &[(u16, i16)]) -> Result<(), ModelError> {
        let packed = if es.len() >= DENSE_MIN {
            let row = self.dense.len() / self.n_classes;
            self.dense.resize(self.dense.len() + self.n_classes, 0);
            for &(c, w) in es {
                self.dense[row * self.n_classes + c as usize] = w;
            }
            (row as u64) << 8 | DENSE
        } else {
            let start = self.entries.len() as u64;
            self.entries
                .extend(es.iter().map(|&(c, w)| (c as u32) << 16 | w as u16 as u32));
            start << 8 | es.len() as u64
        };
        if packed >> 32 != 0 {
            return Err(ModelError::Corrupt("too many weights for a table".into()));
        }
        let mut i = key as usize & self.mask;
        while self.slots[i] != 0 {
            i = (i + 1) & self.mask;
        }
        self.slots[i] = fingerprint(key) << 32 | packed;
        self.n_features += 1;
        Ok(())
    }

    pub fn n_classes(&self) -> usize {
        self.n_classes
    }

    /// Number of features with weights.
    pub fn n_features(&self) -> usize {
        self.n_features
    }

    /// Real weight of one stored unit.
    pub fn scale(&self) -> f32 {
        self.scale
    }

    /// Adds the quantised weights of `feats` into `out` (length `n_classes`).
    #[inline]
    pub fn scores(&self, feats: &[u64], out: &mut [i32]) {
        self.scores_blocks(feats, usize::MAX, out);
    }

    /// Highest-scoring class of `feats` (the lowest index on ties).
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

    /// Scores several feature sets of `per` features each at once: the
    /// weights of `feats[b * per..(b + 1) * per]` go into
    /// `out[b * n_classes..(b + 1) * n_classes]`.
    #[inline]
    pub fn scores_blocks(&self, feats: &[u64], per: usize, out: &mut [i32]) {
        let nc = self.n_classes;
        let mut found = [0u64; CHUNK];
        let mut done = 0;
        for chunk in feats.chunks(CHUNK) {
            for &f in chunk {
                prefetch(&self.slots[f as usize & self.mask]);
            }
            // resolve the slots, and prefetch the weights they point to
            for (k, &f) in chunk.iter().enumerate() {
                let fp = fingerprint(f);
                let mut i = f as usize & self.mask;
                let mut s = self.slots[i];
                while s != 0 && s >> 32 != fp {
                    i = (i + 1) & self.mask;
                    s = self.slots[i];
                }
                found[k] = s;
                if s != 0 {
                    let start = (s >> 8) as usize & 0xff_ffff;
                    if s & 0xff == DENSE {
                        prefetch(&self.dense[start * nc]);
                        prefetch(&self.dense[start * nc + nc - 1]);
                    } else {
                        prefetch(&self.entries[start]);
                    }
                }
            }
            for (k, &s) in found[..chunk.len()].iter().enumerate() {
                if s == 0 {
                    continue;
                }
                let base = if per == usize::MAX {
                    0
                } else {
                    (done + k) / per * nc
                };
                let out = &mut out[base..base + nc];
                let start = (s >> 8) as usize & 0xff_ffff;
                let len = (s & 0xff) as usize;
                if s & 0xff == DENSE {
                    let row = &self.dense[start * nc..(start + 1) * nc];
                    for (o, &w) in out.iter_mut().zip(row) {
                        *o += w as i32;
                    }
                } else {
                    for &e in &self.entries[start..start + len] {
                        out[(e >> 16) as usize] += e as u16 as i16 as i32;
                    }
                }
            }
            done += chunk.len();
        }
    }

    /// Appends the table to `w`: as it is in memory, but for the empty
    /// slots, which a bitmap of the occupied ones stands for.
    pub fn write(&self, w: &mut ModelWriter) {
        w.u32(self.n_classes as u32);
        w.f32(self.scale);
        w.u32(self.slots.len() as u32);
        w.u32(self.entries.len() as u32);
        w.u32((self.dense.len() / self.n_classes) as u32);
        w.u32(self.n_features as u32);
        for block in self.slots.chunks(64) {
            let bits = block
                .iter()
                .enumerate()
                .fold(0u64, |b, (i, &s)| b | ((s != 0) as u64) << i);
            w.u64(bits);
        }
        for &s in self.slots.iter().filter(|&&s| s != 0) {
            w.u64(s);
        }
        for &e in &self.entries {
            w.u32(e);
        }
        for &x in &self.dense {
            w.buf.extend_from_slice(&x.to_le_bytes());
        }
    }

    /// Reads a table written by [`Table::write`], checking every reference.
    pub fn read(r: &mut ModelReader) -> Result<Table, ModelError> {
        let n_classes = r.u32()? as usize;
        let scale = r.f32()?;
        let n_slots = r.u32()? as usize;
        let n_entries = r.u32()? as usize;
        let n_rows = r.u32()? as usize;
        let bad = |m: &str| Err(ModelError::Corrupt(format!("weight table: {m}")));
        if n_classes == 0 || n_classes > MAX_CLASSES {
            return bad("class count out of range");
        }
        if !n_slots.is_power_of_two() {
            return bad("slot count is not a power of two");
        }
        if !scale.is_finite() {
            return bad("scale is not a number");
        }
        let n_features = r.u32()? as usize;
        if n_features >= n_slots {
            return bad("no empty slot");
        }
        let too_big = || ModelError::Truncated(0);
        let bitmap = r.bytes(n_slots.div_ceil(64) * 8)?;
        let occupied = r.bytes(n_features * 8)?;
        let mut slots = vec![0u64; n_slots];
        let mut next = occupied.chunks_exact(8);
        for (block, bits) in bitmap.chunks_exact(8).enumerate() {
            let mut bits = u64::from_le_bytes(bits.try_into().expect("8 bytes"));
            while bits != 0 {
                let i = block * 64 + bits.trailing_zeros() as usize;
                bits &= bits - 1;
                let Some(raw) = next.next() else {
                    return bad("more occupied slots than features");
                };
                let s = u64::from_le_bytes(raw.try_into().expect("8 bytes"));
                if s == 0 || i >= n_slots {
                    return bad("bad slot");
                }
                slots[i] = s;
            }
        }
        if next.next().is_some() {
            return bad("fewer occupied slots than features");
        }
        let raw = r.bytes(n_entries.checked_mul(4).ok_or_else(too_big)?)?;
        let mut entries = vec![0u32; n_entries];
        for (e, c) in entries.iter_mut().zip(raw.chunks_exact(4)) {
            *e = u32::from_le_bytes(c.try_into().expect("4 bytes"));
        }
        let n_dense = n_rows.checked_mul(n_classes).ok_or_else(too_big)?;
        let raw = r.bytes(n_dense.checked_mul(2).ok_or_else(too_big)?)?;
        let mut dense = vec![0i16; n_dense];
        for (x, c) in dense.iter_mut().zip(raw.chunks_exact(2)) {
            *x = i16::from_le_bytes([c[0], c[1]]);
        }
        for &s in slots.iter().filter(|&&s| s != 0) {
            let start = (s >> 8) as usize & 0xff_ffff;
            let len = (s & 0xff) as usize;
            if s & 0xff == DENSE {
                if start >= n_rows {
                    return bad("dense row out of range");
                }
            } else if len == 0 || start + len > n_entries {
                return bad("entries out of range");
            }
        }
        if entries.iter().any(|&e| (e >> 16) as usize >= n_classes) {
            return bad("class out of range");
        }
        Ok(Table {
            n_classes,
            scale,
            mask: n_slots - 1,
            slots,
            entries,
            dense,
            n_features,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::perceptron::{feature, Trainer};

    /// Features with 1 to 40 classes each, so every layout is used.
    fn sample(n_classes: usize) -> (Vec<Vec<u64>>, Perceptron) {
        let mut t = Trainer::new(n_classes);
        let feats: Vec<Vec<u64>> = (0..400)
            .map(|i| {
                vec![
                    feature(1, &[&i.to_string()]),
                    feature(2, &[&(i % 7).to_string()]),
                    feature(3, &["bias"]),
                ]
            })
            .collect();
        for (i, f) in feats.iter().enumerate() {
            t.tick();
            t.update(i % n_classes, (i * 7 + 1) % n_classes, f);
        }
        (feats, t.finish(0.0))
    }

    #[test]
    fn scores_like_the_perceptron_in_every_layout() {
        let (feats, p) = sample(60);
        let t = Table::from_perceptron(&p, 0.0, usize::MAX).unwrap();
        assert!(t.n_features() == p.n_features());
        assert!(!t.entries.is_empty() && !t.dense.is_empty());
        for f in &feats {
            let mut a = vec![0.0f32; 60];
            p.scores(f, &mut a);
            let mut b = vec![0i32; 60];
            t.scores(f, &mut b);
            for (x, y) in a.iter().zip(&b) {
                assert!((x - *y as f32 * t.scale()).abs() < 1e-2, "{a:?} {b:?}");
            }
        }
        // unknown features score nothing
        let mut c = vec![0; 60];
        t.scores(&[feature(9, &["nope"])], &mut c);
        assert_eq!(c, vec![0; 60]);
    }

    #[test]
    fn blocks_score_like_single_sets() {
        let (feats, p) = sample(5);
        let t = Table::from_perceptron(&p, 0.0, usize::MAX).unwrap();
        let flat: Vec<u64> = feats[..100].concat();
        let mut all = vec![0; 100 * 5];
        t.scores_blocks(&flat, 3, &mut all);
        for (f, o) in feats.iter().zip(all.chunks(5)) {
            let mut one = vec![0; 5];
            t.scores(f, &mut one);
            assert_eq!(one, o);
        }
    }

    #[test]
    fn round_trips_and_rejects_damage() {
        let (feats, p) = sample(40);
        let t = Table::from_perceptron(&p, 0.5, 200).unwrap();
        assert!(t.n_features() <= 200);
        let mut w = ModelWriter::new("t", 1);
        t.write(&mut w);
        let mut r = ModelReader::new(&w.buf, "t", 1).unwrap();
        let u = Table::read(&mut r).unwrap();
        assert!(r.at_end());
        for f in &feats {
            let (mut a, mut b) = (vec![0; 40], vec![0; 40]);
            t.scores(f, &mut a);
            u.scores(f, &mut b);
            assert_eq!(a, b);
        }
        // a truncated table, and an entry whose class is out of range
        let mut r = ModelReader::new(&w.buf[..w.buf.len() - 1], "t", 1).unwrap();
        assert!(Table::read(&mut r).is_err());
        let mut bad = w.buf.clone();
        let first_entry = bad.len() - t.dense.len() * 2 - t.entries.len() * 4;
        bad[first_entry + 2..first_entry + 4].copy_from_slice(&200u16.to_le_bytes());
        let mut r = ModelReader::new(&bad, "t", 1).unwrap();
        assert!(Table::read(&mut r).is_err());
    }
}
