//! The parser's compact run-time weights: the averaged perceptron quantised
//! to `i16` (one scale for the model), in an open-addressing table of packed
//! 8-byte slots (32-bit key fingerprint, entry start, entry count) over one
//! array of packed `(class, weight)` entries. Small and cache-friendly, so
//! scoring is bound by few memory misses; lookups are done in two passes
//! (probe every feature, then add up entries) so the misses overlap.

use crate::error::ModelError;
use crate::perceptron::{ModelReader, ModelWriter, Perceptron};

/// Maximum number of features scored at once.
pub const MAX_FEATS: usize = 128;

/// Quantised sparse weights: feature hash -> (class, weight) list.
#[derive(Debug, Clone, Default)]
pub struct Weights {
    n_classes: usize,
    /// Real weight = stored weight * scale.
    scale: f32,
    mask: usize,
    /// `fingerprint << 32 | start << 8 | len`; 0 = empty. `len == DENSE`
    /// marks a dense row, `start` being its index.
    slots: Vec<u64>,
    /// `class << 16 | weight as u16`.
    entries: Vec<u32>,
    /// Dense rows (`width` weights each) of the features with many classes.
    dense: Vec<i16>,
    width: usize,
    /// Features sorted by key, with their entry range (for writing).
    keys: Vec<(u64, u32, u8)>,
}

/// Features with at least this many classes get a dense row.
const DENSE_MIN: usize = 24;
const DENSE: u64 = 0xff;

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

#[inline]
fn fingerprint(key: u64) -> u64 {
    (key >> 32) | 1
}

impl Weights {
    /// Builds the table from `(key, [(class, weight)])` lists, sorted by key.
    /// Builds the table from features `(key, start, len)` (sorted by key)
    /// over the `(class, weight)` list `flat`.
    fn build(
        n_classes: usize,
        scale: f32,
        feats: &[(u64, u32, u16)],
        flat: &[(u16, i16)],
    ) -> Result<Weights, ModelError> {
        if n_classes > 255 {
            return Err(ModelError::Corrupt("too many parser classes".into()));
        }
        let cap = (feats.len() * 2).next_power_of_two().max(16);
        let mask = cap - 1;
        let mut slots = vec![0u64; cap];
        let mut entries = Vec::with_capacity(flat.len());
        let mut keys = Vec::with_capacity(feats.len());
        let width = n_classes.max(1);
        let mut dense = Vec::new();
        for (key, from, len) in feats {
            let es = &flat[*from as usize..*from as usize + *len as usize];
            if es.is_empty() {
                continue;
            }
            if es.len() > n_classes {
                return Err(ModelError::Corrupt(
                    "parser feature has too many weights".into(),
                ));
            }
            let start = entries.len();
            if start + es.len() >= 1 << 24 {
                return Err(ModelError::Corrupt("too many parser weights".into()));
            }
            let mut i = *key as usize & mask;
            let mut clash = false;
            while slots[i] != 0 {
                // Same fingerprint on the same probe path: keep the first.
                clash |= slots[i] >> 32 == fingerprint(*key);
                i = (i + 1) & mask;
            }
            if clash {
                continue;
            }
            for &(c, w) in es {
                if c as usize >= n_classes {
                    return Err(ModelError::Corrupt(format!("class {c} out of range")));
                }
                entries.push((c as u32) << 16 | w as u16 as u32);
            }
            let packed = if es.len() >= DENSE_MIN {
                let row = dense.len() / width;
                dense.resize(dense.len() + width, 0);
                for &(c, w) in es {
                    dense[row * width + c as usize] = w;
                }
                (row as u64) << 8 | DENSE
            } else {
                (start as u64) << 8 | es.len() as u64
            };
            slots[i] = fingerprint(*key) << 32 | packed;
            keys.push((*key, start as u32, es.len() as u8));
        }
        Ok(Weights {
            n_classes,
            scale,
            mask,
            slots,
            entries,
            dense,
            width,
            keys,
        })
    }

    /// Quantises a trained perceptron, dropping weights below `prune` and
    /// keeping at most `max_features` features (those with the largest weights).
    pub fn from_perceptron(p: &Perceptron, prune: f32, max_features: usize) -> Weights {
        // Read the perceptron back from its own (documented) file format.
        let mut w = ModelWriter::new("w", 1);
        p.write(&mut w);
        let mut r = ModelReader::new(&w.buf, "w", 1).expect("own format");
        let n_classes = r.u32().expect("own format") as usize;
        let n = r.u32().expect("own format") as usize;
        let mut feats: Vec<(u64, Vec<(u16, f32)>)> = Vec::with_capacity(n);
        let mut max = 0f32;
        for _ in 0..n {
            let key = r.u64().expect("own format");
            let len = r.u16().expect("own format");
            let mut es = Vec::with_capacity(len as usize);
            for _ in 0..len {
                let c = r.u16().expect("own format");
                let wt = r.f32().expect("own format");
                if wt.abs() >= prune {
                    max = max.max(wt.abs());
                    es.push((c, wt));
                }
            }
            if !es.is_empty() {
                feats.push((key, es));
            }
        }
        Weights::from_float(n_classes, feats, max, max_features)
    }

    /// A copy without weights below `prune`, with at most `max_features` features.
    pub fn pruned(&self, prune: f32, max_features: usize) -> Weights {
        let mut max = 0f32;
        let feats: Vec<(u64, Vec<(u16, f32)>)> = self
            .keys
            .iter()
            .map(|&(key, start, len)| {
                let es: Vec<(u16, f32)> = self.entries
                    [start as usize..start as usize + len as usize]
                    .iter()
                    .map(|&e| ((e >> 16) as u16, e as u16 as i16 as f32 * self.scale))
                    .filter(|e| e.1.abs() >= prune)
                    .collect();
                for e in &es {
                    max = max.max(e.1.abs());
                }
                (key, es)
            })
            .filter(|(_, es)| !es.is_empty())
            .collect();
        Weights::from_float(self.n_classes, feats, max, max_features)
    }

    fn from_float(
        n_classes: usize,
        mut feats: Vec<(u64, Vec<(u16, f32)>)>,
        max: f32,
        max_features: usize,
    ) -> Weights {
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
        let scale = if max > 0.0 { max / 32767.0 } else { 1.0 };
        let mut keys = Vec::with_capacity(feats.len());
        let mut flat = Vec::new();
        for (k, es) in feats {
            let start = flat.len();
            flat.extend(
                es.into_iter()
                    .map(|(c, w)| (c, (w / scale).round() as i16))
                    .filter(|e| e.1 != 0),
            );
            keys.push((k, start as u32, (flat.len() - start) as u16));
        }
        Weights::build(n_classes, scale, &keys, &flat).expect("valid weights")
    }

    pub fn n_classes(&self) -> usize {
        self.n_classes
    }

    pub fn n_features(&self) -> usize {
        self.keys.len()
    }

    /// Adds the (quantised) weights of `feats` into `out` (length `n_classes`).
    #[inline]
    pub fn scores(&self, feats: &[u64], out: &mut [i32]) {
        let mut found = [0u64; MAX_FEATS];
        let mut nf = 0;
        for &f in feats {
            prefetch(&self.slots[f as usize & self.mask]);
        }
        for &f in feats {
            let fp = fingerprint(f);
            let mut i = f as usize & self.mask;
            loop {
                let s = self.slots[i];
                if s == 0 {
                    break;
                }
                if s >> 32 == fp {
                    found[nf] = s;
                    nf += 1;
                    break;
                }
                i = (i + 1) & self.mask;
            }
        }
        let out = &mut out[..self.width];
        for &s in &found[..nf] {
            let start = (s >> 8) as usize & 0xff_ffff;
            if s & 0xff == DENSE {
                prefetch(&self.dense[start * self.width]);
                prefetch(&self.dense[start * self.width + self.width / 2]);
                prefetch(&self.dense[start * self.width + self.width - 1]);
            } else {
                prefetch(&self.entries[start]);
            }
        }
        for &s in &found[..nf] {
            let start = (s >> 8) as usize & 0xff_ffff;
            let len = s & 0xff;
            if len == DENSE {
                let row = &self.dense[start * self.width..(start + 1) * self.width];
                for (o, &w) in out.iter_mut().zip(row) {
                    *o += w as i32;
                }
            } else {
                for &e in &self.entries[start..start + len as usize] {
                    out[(e >> 16) as usize] += e as u16 as i16 as i32;
                }
            }
        }
    }

    pub fn write(&self, w: &mut ModelWriter) {
        w.u32(self.n_classes as u32);
        w.f32(self.scale);
        w.u32(self.keys.len() as u32);
        for &(key, start, len) in &self.keys {
            w.u64(key);
            w.u16(len as u16);
            for &e in &self.entries[start as usize..start as usize + len as usize] {
                w.u16((e >> 16) as u16);
                w.u16(e as u16);
            }
        }
    }

    pub fn read(r: &mut ModelReader) -> Result<Weights, ModelError> {
        let n_classes = r.u32()? as usize;
        let scale = r.f32()?;
        let n = r.u32()? as usize;
        let mut feats = Vec::with_capacity(n);
        let mut flat = Vec::with_capacity(n * 4);
        for _ in 0..n {
            let key = r.u64()?;
            let len = r.u16()?;
            feats.push((key, flat.len() as u32, len));
            for _ in 0..len {
                let c = r.u16()?;
                flat.push((c, r.u16()? as i16));
            }
        }
        Weights::build(n_classes, scale, &feats, &flat)
    }
}
