//! Word clusters for the NER features: lower-cased word id -> cluster ids at
//! a few granularities, derived from unlabelled text.

use crate::perceptron::{ModelReader, ModelWriter};
use crate::ModelError;
use rustc_hash::FxHashMap;

/// Lower-cased word id -> cluster ids (coarse first).
#[derive(Debug, Clone, Default, PartialEq)]
pub(crate) struct Clusters {
    map: FxHashMap<u64, Vec<u64>>,
}

impl Clusters {
    /// The cluster ids of a word (empty when unknown).
    pub fn get(&self, lower: u64) -> &[u64] {
        self.map.get(&lower).map_or(&[], |v| v.as_slice())
    }

    pub fn len(&self) -> usize {
        self.map.len()
    }

    pub fn insert(&mut self, lower: u64, ids: Vec<u64>) {
        self.map.insert(lower, ids);
    }

    pub fn write(&self, w: &mut ModelWriter) {
        let mut v: Vec<(&u64, &Vec<u64>)> = self.map.iter().collect();
        v.sort_unstable_by_key(|e| *e.0);
        w.u32(v.len() as u32);
        for (k, ids) in v {
            w.u64(*k);
            w.u16(ids.len() as u16);
            for &i in ids {
                w.u32(i as u32);
            }
        }
    }

    pub fn read(r: &mut ModelReader) -> Result<Self, ModelError> {
        let n = r.u32()? as usize;
        let mut map = FxHashMap::with_capacity_and_hasher(n, Default::default());
        for _ in 0..n {
            let k = r.u64()?;
            let m = r.u16()? as usize;
            let mut ids = Vec::with_capacity(m);
            for _ in 0..m {
                ids.push(r.u32()? as u64);
            }
            map.insert(k, ids);
        }
        Ok(Clusters { map })
    }
}
