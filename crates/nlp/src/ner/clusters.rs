//! Word clusters from word vectors, for the NER's features: hierarchical
//! 2-means on the unit vectors of the most frequent words ([`WordVectors`],
//! GloVe at training time) gives each word a bit string, its path from the
//! root, as Brown clusters are used (Koo, Carreras and Collins 2008):
//! prefixes of a few lengths are the features, short ones for broad classes
//! ("places", "verbs of saying"), long ones for near synonyms. The table
//! ships inside the NER's model file.

use crate::perceptron::{ModelReader, ModelWriter};
use crate::vectors::WordVectors;
use crate::ModelError;
use rustc_hash::FxHashMap;

/// The prefix lengths the features use.
pub const PREFIXES: [u32; 4] = [4, 6, 10, 14];
/// The depth of the hierarchy: 2^14 leaves at most.
pub const DEPTH: u32 = 14;
/// Words clustered: the most frequent of the vectors file.
pub const WORDS: usize = 100_000;
/// Passes of 2-means at each split.
const PASSES: usize = 8;

/// The cluster path of each word, keyed by the id of its lower-cased form
/// ([`WordClusters::key`]). A path is its bits, first split highest, after
/// a leading 1 that marks its length.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct WordClusters {
    paths: FxHashMap<u64, u32>,
}

impl WordClusters {
    /// Clusters the first `words` of `vectors` to `depth` levels.
    pub fn learn(vectors: &WordVectors, words: usize, depth: u32) -> WordClusters {
        let n = words.min(vectors.words.len());
        let paths = bisect(vectors, n, depth);
        let mut out = WordClusters::default();
        // the first (most frequent) word of each lower-cased form wins
        for (w, p) in vectors.words[..n].iter().zip(paths) {
            out.paths.entry(Self::key(w)).or_insert(p);
        }
        out
    }

    /// The key of a word: the id of its lower-cased form, quotes and
    /// dashes folded and digits made `0` (the NER's lower-case key).
    pub fn key(word: &str) -> u64 {
        super::lower_key(word)
    }

    /// Number of words with a path.
    pub fn len(&self) -> usize {
        self.paths.len()
    }

    pub fn is_empty(&self) -> bool {
        self.paths.is_empty()
    }

    /// The path of the word with key `key`, if it has one.
    pub fn path(&self, key: u64) -> Option<u32> {
        self.paths.get(&key).copied()
    }

    /// The feature values of a path: for each of [`PREFIXES`], the prefix
    /// of that length (the whole path when shorter), tagged with the length.
    pub fn prefixes(path: u32) -> [u64; PREFIXES.len()] {
        let depth = 31 - path.leading_zeros();
        let mut out = [0; PREFIXES.len()];
        for (o, &p) in out.iter_mut().zip(&PREFIXES) {
            let prefix = if depth > p { path >> (depth - p) } else { path };
            *o = (u64::from(p) << 32) | u64::from(prefix);
        }
        out
    }

    /// Appends the table to `w`, sorted, so the same table gives the same bytes.
    pub fn write(&self, w: &mut ModelWriter) {
        let mut v: Vec<(u64, u32)> = self.paths.iter().map(|(&k, &p)| (k, p)).collect();
        v.sort_unstable();
        w.u32(v.len() as u32);
        for (k, p) in v {
            w.u64(k);
            w.u32(p);
        }
    }

    pub fn read(r: &mut ModelReader) -> Result<WordClusters, ModelError> {
        let n = r.u32()? as usize;
        let mut paths = FxHashMap::with_capacity_and_hasher(n, Default::default());
        for _ in 0..n {
            let k = r.u64()?;
            paths.insert(k, r.u32()?);
        }
        Ok(WordClusters { paths })
    }
}

/// Directions removed before clustering: the common direction and the
/// top principal components of GloVe vectors mostly encode word frequency
/// (Mu and Viswanath 2018), which would otherwise make the first splits
/// "frequent words" against "rare ones".
const REMOVED_COMPONENTS: usize = 3;
/// Power-iteration steps for a principal direction.
const POWER_STEPS: usize = 20;

fn dot(a: &[f32], b: &[f32]) -> f32 {
    a.iter().zip(b).map(|(x, y)| x * y).sum()
}

fn normalise(v: &mut [f32]) {
    let n = dot(v, v).sqrt();
    if n > 0.0 {
        v.iter_mut().for_each(|x| *x /= n);
    }
}

/// The principal direction of the rows `members` of `x` (dimension `dim`)
/// around their mean `mean`, by power iteration from a fixed start.
fn principal(x: &[f32], dim: usize, members: &[usize], mean: &[f32]) -> Vec<f32> {
    let mut v: Vec<f32> = (0..dim).map(|i| 1.0 + (i as f32) * 0.01).collect();
    normalise(&mut v);
    let mut next = vec![0f32; dim];
    let mut centred = vec![0f32; dim];
    for _ in 0..POWER_STEPS {
        next.iter_mut().for_each(|a| *a = 0.0);
        for &i in members {
            let row = &x[i * dim..(i + 1) * dim];
            centred
                .iter_mut()
                .zip(row.iter().zip(mean))
                .for_each(|(c, (r, m))| *c = r - m);
            let p = dot(&centred, &v);
            next.iter_mut().zip(&centred).for_each(|(a, c)| *a += p * c);
        }
        normalise(&mut next);
        std::mem::swap(&mut v, &mut next);
    }
    v
}

/// The first `n` vectors, centred, without their top principal components,
/// unit length again.
fn prepared(vectors: &WordVectors, n: usize) -> Vec<f32> {
    let dim = vectors.dim;
    let mut x = vectors.values[..n * dim].to_vec();
    let mut mean = vec![0f32; dim];
    for i in 0..n {
        mean.iter_mut()
            .zip(&x[i * dim..(i + 1) * dim])
            .for_each(|(m, v)| *m += v / n as f32);
    }
    for i in 0..n {
        x[i * dim..(i + 1) * dim]
            .iter_mut()
            .zip(&mean)
            .for_each(|(v, m)| *v -= m);
    }
    let zero = vec![0f32; dim];
    let sample: Vec<usize> = (0..n.min(20_000)).collect();
    // (none from vectors of a few dimensions, where they are the meaning)
    for _ in 0..REMOVED_COMPONENTS.min(dim / 10) {
        let u = principal(&x, dim, &sample, &zero);
        for i in 0..n {
            let row = &mut x[i * dim..(i + 1) * dim];
            let p = dot(row, &u);
            row.iter_mut().zip(&u).for_each(|(r, a)| *r -= p * a);
        }
    }
    for i in 0..n {
        normalise(&mut x[i * dim..(i + 1) * dim]);
    }
    x
}

/// The path of each of the first `n` words: each group of words is split
/// in two, level by level from the whole set, by the sign of its members'
/// projection on the group's principal direction (Boley 1998), refined by
/// 2-means on the cosine. Deterministic: no random start.
fn bisect(vectors: &WordVectors, n: usize, depth: u32) -> Vec<u32> {
    let dim = vectors.dim;
    let x = prepared(vectors, n);
    let row = |i: usize| &x[i * dim..(i + 1) * dim];
    let mean = |members: &[usize], unit: bool| {
        let mut m = vec![0f32; dim];
        for &i in members {
            m.iter_mut().zip(row(i)).for_each(|(a, b)| *a += b);
        }
        if unit {
            normalise(&mut m);
        } else {
            let k = members.len().max(1) as f32;
            m.iter_mut().for_each(|a| *a /= k);
        }
        m
    };
    let mut path = vec![1u32; n];
    let mut groups: Vec<Vec<usize>> = vec![(0..n).collect()];
    for _ in 0..depth {
        let mut next = Vec::with_capacity(groups.len() * 2);
        for g in groups {
            if g.len() < 2 {
                continue;
            }
            let centre = mean(&g, false);
            let axis = principal(&x, dim, &g, &centre);
            let mut side: Vec<bool> = g
                .iter()
                .map(|&i| dot(row(i), &axis) > dot(&centre, &axis))
                .collect();
            for _ in 0..PASSES {
                let (left, right): (Vec<usize>, Vec<usize>) = {
                    let (mut l, mut r) = (Vec::new(), Vec::new());
                    for (&s, &i) in side.iter().zip(&g) {
                        if s {
                            r.push(i)
                        } else {
                            l.push(i)
                        }
                    }
                    (l, r)
                };
                if left.is_empty() || right.is_empty() {
                    break;
                }
                let (ca, cb) = (mean(&left, true), mean(&right, true));
                for (s, &i) in side.iter_mut().zip(&g) {
                    *s = dot(row(i), &cb) > dot(row(i), &ca);
                }
            }
            let (mut left, mut right) = (Vec::new(), Vec::new());
            for (&s, &i) in side.iter().zip(&g) {
                path[i] = (path[i] << 1) | u32::from(s);
                if s {
                    right.push(i)
                } else {
                    left.push(i)
                }
            }
            next.extend([left, right].into_iter().filter(|x| !x.is_empty()));
        }
        groups = next;
    }
    path
}

#[cfg(test)]
mod tests {
    use super::*;

    fn vectors(rows: &[(&str, [f32; 2])]) -> WordVectors {
        let mut v = WordVectors {
            dim: 2,
            ..Default::default()
        };
        for (w, x) in rows {
            let n = (x[0] * x[0] + x[1] * x[1]).sqrt();
            v.words.push(w.to_string());
            v.values.extend(x.iter().map(|a| a / n));
        }
        v
    }

    #[test]
    fn near_words_share_long_prefixes_and_far_ones_split_first() {
        let v = vectors(&[
            ("paris", [1.0, 0.05]),
            ("london", [1.0, 0.1]),
            ("said", [0.05, 1.0]),
            ("told", [0.1, 1.0]),
            ("Berlin", [1.0, 0.0]),
        ]);
        let c = WordClusters::learn(&v, 10, 3);
        let path = |w: &str| c.path(WordClusters::key(w)).unwrap();
        let first = |w: &str| {
            let p = path(w);
            (p >> (31 - p.leading_zeros() - 1)) & 1
        };
        assert_eq!(first("paris"), first("london"));
        assert_eq!(first("paris"), first("berlin"));
        assert_eq!(first("said"), first("told"));
        assert_ne!(first("paris"), first("said"));
        assert_eq!(c.len(), 5);
        // the same vectors give the same table, which round-trips
        assert_eq!(WordClusters::learn(&v, 10, 3), c);
        let mut w = ModelWriter::new("clusters", 1);
        c.write(&mut w);
        let bytes = w.buf;
        let mut r = ModelReader::new(&bytes, "clusters", 1).unwrap();
        assert_eq!(WordClusters::read(&mut r).unwrap(), c);
    }

    #[test]
    fn prefixes_cut_long_paths_and_keep_short_ones() {
        // depth 5: 1 10110
        let p = 0b110110;
        let f = WordClusters::prefixes(p);
        assert_eq!(f[0], (4 << 32) | 0b11011);
        assert_eq!(f[1], (6 << 32) | 0b110110);
    }
}
