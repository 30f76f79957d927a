//! Gazetteers: entity strings by type with their frequencies, built from
//! labelled training data (and optionally other entity lists), matched
//! case-insensitively over a sentence's lower-cased word ids.

use crate::perceptron::{combine, ModelReader, ModelWriter};
use crate::ModelError;
use rustc_hash::{FxHashMap, FxHashSet};

const KEY: u32 = 0x6a7;

/// Longest entry considered, in words.
pub(crate) const MAX_LEN: usize = 8;

/// Entity strings (as sequences of lower-cased word ids) with counts per type.
#[derive(Debug, Clone, Default)]
pub(crate) struct Gazetteer {
    n_types: usize,
    /// key of the word sequence -> offset into `counts`
    index: FxHashMap<u64, u32>,
    counts: Vec<u16>,
    /// ids of words that start some entry
    first: FxHashSet<u64>,
}

/// Key of a word-id sequence.
fn key(ids: &[u64]) -> u64 {
    combine(KEY, ids)
}

impl Gazetteer {
    pub fn new(n_types: usize) -> Self {
        Gazetteer {
            n_types,
            ..Default::default()
        }
    }

    /// Counts one occurrence of the entity `ids` of type `t`.
    pub fn add(&mut self, ids: &[u64], t: usize, n: u16) {
        if ids.is_empty() || ids.len() > MAX_LEN {
            return;
        }
        let k = key(ids);
        let off = match self.index.get(&k) {
            Some(&o) => o as usize,
            None => {
                let o = self.counts.len();
                self.counts.resize(o + self.n_types, 0);
                self.index.insert(k, o as u32);
                o
            }
        };
        self.counts[off + t] = self.counts[off + t].saturating_add(n);
        self.first.insert(ids[0]);
    }

    pub fn len(&self) -> usize {
        self.index.len()
    }

    /// Calls `f(start, len, counts)` for every entry found in `ids`.
    pub fn matches(&self, ids: &[u64], mut f: impl FnMut(usize, usize, &[u16])) {
        for s in 0..ids.len() {
            if !self.first.contains(&ids[s]) {
                continue;
            }
            for len in 1..=MAX_LEN.min(ids.len() - s) {
                if let Some(&o) = self.index.get(&key(&ids[s..s + len])) {
                    let o = o as usize;
                    f(s, len, &self.counts[o..o + self.n_types]);
                }
            }
        }
    }

    /// Entries sorted by key, for writing and comparing.
    fn sorted(&self) -> Vec<(u64, &[u16])> {
        let mut v: Vec<(u64, &[u16])> = self
            .index
            .iter()
            .map(|(&k, &o)| (k, &self.counts[o as usize..o as usize + self.n_types]))
            .collect();
        v.sort_unstable_by_key(|e| e.0);
        v
    }

    pub fn write(&self, w: &mut ModelWriter) {
        w.u32(self.n_types as u32);
        let mut first: Vec<u64> = self.first.iter().copied().collect();
        first.sort_unstable();
        w.u32(first.len() as u32);
        for f in first {
            w.u64(f);
        }
        let v = self.sorted();
        w.u32(v.len() as u32);
        for (k, c) in v {
            w.u64(k);
            for &x in c {
                w.u16(x);
            }
        }
    }

    pub fn read(r: &mut ModelReader) -> Result<Self, ModelError> {
        let n_types = r.u32()? as usize;
        let mut g = Gazetteer::new(n_types);
        let nf = r.u32()? as usize;
        for _ in 0..nf {
            g.first.insert(r.u64()?);
        }
        let n = r.u32()? as usize;
        g.index.reserve(n);
        g.counts.reserve(n * n_types);
        for _ in 0..n {
            let k = r.u64()?;
            g.index.insert(k, g.counts.len() as u32);
            for _ in 0..n_types {
                g.counts.push(r.u16()?);
            }
        }
        Ok(g)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::perceptron::string_id;

    #[test]
    fn finds_entries_and_round_trips() {
        let ids: Vec<u64> = ["new", "york", "city", "is", "new"]
            .iter()
            .map(|w| string_id(w))
            .collect();
        let mut g = Gazetteer::new(2);
        g.add(&ids[0..2], 0, 3);
        g.add(&ids[0..2], 1, 1);
        g.add(&ids[1..2], 0, 1);
        let mut found = Vec::new();
        g.matches(&ids, |s, l, c| found.push((s, l, c.to_vec())));
        assert_eq!(found, vec![(0, 2, vec![3, 1]), (1, 1, vec![1, 0])]);
        let mut w = ModelWriter::new("g", 1);
        g.write(&mut w);
        let mut r = ModelReader::new(&w.buf, "g", 1).unwrap();
        let g2 = Gazetteer::read(&mut r).unwrap();
        assert!(r.at_end());
        assert_eq!(g2.sorted(), g.sorted());
        assert_eq!(g2.first, g.first);
    }
}
