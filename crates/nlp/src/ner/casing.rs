//! The casing lexicon: for each lower-cased word, how often it is written
//! capitalised where case carries information (inside prose sentences, not
//! sentence-initially), from unlabelled text. Tells "Officials" at the start
//! of a sentence or in a headline (usually lower case) from "China" (always
//! capitalised).

use super::text::{init_cap, line_case, lower_id, PROSE};
use crate::perceptron::{ModelReader, ModelWriter};
use crate::ModelError;
use rustc_hash::FxHashMap;

/// Lower-cased word id -> casing code (see [`Casing::code`]).
#[derive(Debug, Clone, Default, PartialEq)]
pub(crate) struct Casing {
    codes: FxHashMap<u64, u8>,
}

impl Casing {
    /// Counts capitalised and lower-case occurrences in `sentences`; words
    /// seen fewer than `min_count` times in prose positions are left out.
    pub fn build<S: AsRef<str>>(sentences: &[Vec<S>], min_count: u32) -> Self {
        let mut counts: FxHashMap<u64, (u32, u32)> = FxHashMap::default();
        let mut buf = String::new();
        for s in sentences {
            if line_case(s) != PROSE {
                continue;
            }
            for (i, w) in s.iter().enumerate() {
                let w = w.as_ref();
                if i == 0 || !w.chars().any(|c| c.is_alphabetic()) {
                    continue;
                }
                // a word after an opening quote or a colon may be capitalised anyway
                let p = s[i - 1].as_ref();
                if matches!(p, "\"" | ":" | "``" | "\u{201c}" | "-" | "(") {
                    continue;
                }
                let e = counts.entry(lower_id(w, &mut buf)).or_default();
                if init_cap(w) {
                    e.0 += 1;
                } else if !w.chars().any(|c| c.is_uppercase()) {
                    e.1 += 1;
                }
            }
        }
        let codes = counts
            .into_iter()
            .filter(|(_, (c, l))| c + l >= min_count)
            .map(|(k, (c, l))| (k, Self::code(c, l)))
            .collect();
        Casing { codes }
    }

    /// Ratio bucket of capitalised occurrences (0..=5) plus 8 x a frequency
    /// bucket (0..=3).
    fn code(cap: u32, low: u32) -> u8 {
        let n = cap + low;
        let r = cap as f64 / n.max(1) as f64;
        let ratio = if cap == 0 {
            0
        } else if r < 0.1 {
            1
        } else if r < 0.4 {
            2
        } else if r < 0.8 {
            3
        } else if low > 0 {
            4
        } else {
            5
        };
        let freq = match n {
            0..=3 => 0,
            4..=20 => 1,
            21..=200 => 2,
            _ => 3,
        };
        ratio + 8 * freq
    }

    /// The casing code of a lower-cased word id, 255 when unknown.
    pub fn get(&self, lower: u64) -> u8 {
        self.codes.get(&lower).copied().unwrap_or(255)
    }

    pub fn len(&self) -> usize {
        self.codes.len()
    }

    pub fn write(&self, w: &mut ModelWriter) {
        let mut v: Vec<(u64, u8)> = self.codes.iter().map(|(&k, &c)| (k, c)).collect();
        v.sort_unstable();
        w.u32(v.len() as u32);
        for (k, c) in v {
            w.u64(k);
            w.u16(c as u16);
        }
    }

    pub fn read(r: &mut ModelReader) -> Result<Self, ModelError> {
        let n = r.u32()? as usize;
        let mut codes = FxHashMap::with_capacity_and_hasher(n, Default::default());
        for _ in 0..n {
            let k = r.u64()?;
            let c = r.u16()?;
            codes.insert(k, c as u8);
        }
        Ok(Casing { codes })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn learns_which_words_are_capitalised() {
        let s: Vec<Vec<&str>> = (0..5)
            .map(|_| vec!["The", "officials", "met", "in", "China", "."])
            .collect();
        let c = Casing::build(&s, 2);
        let mut b = String::new();
        let china = c.get(lower_id("CHINA", &mut b));
        let officials = c.get(lower_id("Officials", &mut b));
        assert_eq!(china % 8, 5);
        assert_eq!(officials % 8, 0);
        // sentence-initial words are not counted
        assert_eq!(c.get(lower_id("the", &mut b)), 255);
        let mut w = ModelWriter::new("t", 1);
        c.write(&mut w);
        let mut r = ModelReader::new(&w.buf, "t", 1).unwrap();
        assert_eq!(Casing::read(&mut r).unwrap(), c);
    }
}
