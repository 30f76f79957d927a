//! Training-data augmentation: CoNLL-2003's headlines are in capitals, but
//! the news the pipeline reads has title-case or sentence-case headlines. Some
//! of the all-caps lines of the training data are re-rendered in title case,
//! with each word's usual spelling taken from prose text ("EU" stays "EU",
//! "RESULTS" becomes "Results", small words become lower case).

use super::text::{line_case, ALL_CAPS, PROSE};
use rustc_hash::FxHashMap;

/// Lower-case word -> its most frequent spelling inside prose sentences.
pub(crate) struct TrueCase {
    forms: FxHashMap<String, String>,
}

/// Small words that title case writes in lower case.
fn minor(w: &str) -> bool {
    matches!(
        w,
        "a" | "an"
            | "the"
            | "and"
            | "or"
            | "of"
            | "in"
            | "on"
            | "at"
            | "to"
            | "for"
            | "by"
            | "with"
            | "from"
            | "as"
            | "v"
            | "vs"
            | "'s"
    )
}

impl TrueCase {
    pub fn build<S: AsRef<str>>(sentences: &[Vec<S>]) -> Self {
        let mut counts: FxHashMap<String, FxHashMap<String, u32>> = FxHashMap::default();
        for s in sentences {
            if line_case(s) != PROSE {
                continue;
            }
            for w in s.iter().skip(1) {
                let w = w.as_ref();
                if !w.chars().any(|c| c.is_alphabetic()) {
                    continue;
                }
                *counts
                    .entry(w.to_lowercase())
                    .or_default()
                    .entry(w.to_string())
                    .or_default() += 1;
            }
        }
        let forms = counts
            .into_iter()
            .map(|(k, v)| {
                let best = v
                    .into_iter()
                    .max_by(|a, b| a.1.cmp(&b.1).then(b.0.cmp(&a.0)))
                    .map(|x| x.0)
                    .unwrap_or_default();
                (k, best)
            })
            .collect();
        TrueCase { forms }
    }

    /// The title-case rendering of an all-caps sentence (other sentences are
    /// returned unchanged).
    pub fn title<S: AsRef<str>>(&self, words: &[S]) -> Vec<String> {
        let all_caps = line_case(words) == ALL_CAPS;
        words
            .iter()
            .enumerate()
            .map(|(i, w)| {
                let w = w.as_ref();
                if !all_caps || !w.chars().any(|c| c.is_alphabetic()) {
                    return w.to_string();
                }
                let low = w.to_lowercase();
                if i > 0 && minor(&low) {
                    return low;
                }
                let form = match self.forms.get(&low) {
                    Some(f) => f.clone(),
                    None if w.chars().count() <= 3 => w.to_string(),
                    None => low,
                };
                let mut cs = form.chars();
                match cs.next() {
                    Some(c) => c.to_uppercase().chain(cs).collect(),
                    None => form,
                }
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn renders_headlines_in_title_case() {
        let text = vec![
            vec![
                "The", "EU", "and", "the", "results", "of", "McDonald", "were", "in",
            ],
            vec!["The", "EU", "results", "."],
        ];
        let tc = TrueCase::build(&text);
        assert_eq!(
            tc.title(&["EU", "RESULTS", "OF", "MCDONALD", "IN", "GERMANY", "UK", "."]),
            ["EU", "Results", "of", "McDonald", "in", "Germany", "UK", "."]
        );
        assert_eq!(tc.title(&["Not", "caps", "EU"]), ["Not", "caps", "EU"]);
    }
}
