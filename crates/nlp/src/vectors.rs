//! Word vectors learnt from large unlabelled text (GloVe, in its text
//! format: `word v1 ... vD` a line, most frequent first; see
//! `scripts/glove-export`), read at training time only: the models and
//! tables built from them are what ships.

use std::io::BufRead;
use std::path::Path;

/// Word vectors, unit length, in the order of the file.
#[derive(Debug, Clone, Default)]
pub struct WordVectors {
    pub words: Vec<String>,
    pub dim: usize,
    /// `words.len() * dim` values.
    pub values: Vec<f32>,
}

impl WordVectors {
    /// Reads at most `max_words` vectors of a text file in GloVe's format.
    pub fn read(path: &Path, max_words: usize) -> Result<Self, String> {
        let f = std::fs::File::open(path).map_err(|e| format!("{}: {e}", path.display()))?;
        let mut v = WordVectors::default();
        for (i, line) in std::io::BufReader::new(f).lines().enumerate() {
            if v.words.len() >= max_words {
                break;
            }
            let line = line.map_err(|e| format!("{}: line {}: {e}", path.display(), i + 1))?;
            let mut parts = line.split(' ');
            let Some(word) = parts.next().filter(|w| !w.is_empty()) else {
                continue;
            };
            let start = v.values.len();
            for x in parts {
                let x: f32 = x.parse().map_err(|_| {
                    format!("{}: line {}: {x:?} is not a number", path.display(), i + 1)
                })?;
                v.values.push(x);
            }
            let d = v.values.len() - start;
            if v.dim == 0 {
                v.dim = d;
            }
            if d != v.dim || d == 0 {
                return Err(format!(
                    "{}: line {}: {d} values where the first line had {}",
                    path.display(),
                    i + 1,
                    v.dim
                ));
            }
            let norm = v.values[start..].iter().map(|x| x * x).sum::<f32>().sqrt();
            if norm > 0.0 {
                v.values[start..].iter_mut().for_each(|x| *x /= norm);
            }
            v.words.push(word.to_string());
        }
        if v.words.is_empty() {
            return Err(format!("{}: no word vectors", path.display()));
        }
        Ok(v)
    }

    /// The unit vector of word `i`.
    pub fn row(&self, i: usize) -> &[f32] {
        &self.values[i * self.dim..(i + 1) * self.dim]
    }
}
