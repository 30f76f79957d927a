//! Suffix edits learnt from the training data, for inflected words the
//! lookup table has not seen: the rules ([`super::rules`]) guess whether a
//! stem lost an "e" ("upgrad-ed") or doubled its last consonant, and guess
//! wrong where English spelling is not regular. The data says, per ending,
//! what the lemma of the words that end so is: every "-raded" verb of the
//! training data is a "-rade" verb (graded, traded), so "upgraded" is
//! "upgrade", which the rules made "upgrad".
//!
//! Learning: each inflected training word (by type, not token) gives its
//! edit, the characters stripped from its end and those appended, or
//! [`Edit::Rule`] when the rules already give its lemma. For every ending
//! of every word (up to [`MAX_SUFFIX`] characters, per class of tag), the
//! majority edit is kept when at least [`MIN_TYPES`] words share the
//! ending and [`MIN_SHARE`] of them agree. Only endings whose edit differs
//! from that of their longest shorter kept ending are stored (the rules
//! stand at the root), so the table holds the exceptions only.
//!
//! Lemmatising: the longest stored ending of the word decides; none, the
//! rules.

use super::rules::rule_lemma;
use crate::error::ModelError;
use crate::perceptron::{combine, string_id, ModelReader, ModelWriter};
use rustc_hash::FxHashMap;

/// Longest ending looked at, in characters.
pub const MAX_SUFFIX: usize = 7;
/// Least number of training words (types) that share an ending for it to
/// decide. On EWT dev's 174 inflected words that no training sentence
/// holds, the rules alone get 148 right; the endings 154 with 2 or 3 words
/// (2 keeps "-raded" of "traded" and "paraded"), 151 with 3 and a share of
/// 1.0.
pub const MIN_TYPES: u32 = 2;
/// Least share of those words whose lemma the ending's edit gives.
pub const MIN_SHARE: f64 = 0.8;

const SUFFIX: u32 = 0x2a;

/// What an ending does to the words that end so.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Edit {
    /// The rules give the lemma.
    Rule,
    /// Strip this many characters, then append this string.
    Replace(u8, String),
}

impl Edit {
    /// The edit that turns `form` into `lemma` (both lowercase ASCII).
    fn between(form: &str, lemma: &str) -> Option<Edit> {
        let common = form
            .bytes()
            .zip(lemma.bytes())
            .take_while(|(a, b)| a == b)
            .count();
        let strip = form.len() - common;
        let append = &lemma[common..];
        (strip <= 5 && append.len() <= 4 && common >= 2)
            .then(|| Edit::Replace(strip as u8, append.to_string()))
    }

    /// `form` edited, or `None` when the edit would leave too short a stem.
    fn apply(&self, form: &str, upos: &str, xpos: &str) -> Option<String> {
        match self {
            Edit::Rule => Some(rule_lemma(form, upos, xpos)),
            Edit::Replace(strip, append) => {
                let strip = *strip as usize;
                (form.len() >= strip + 2)
                    .then(|| format!("{}{append}", &form[..form.len() - strip]))
            }
        }
    }
}

/// The class of tags whose words share their endings' edits: the past and
/// the participle in "-ed" behave alike, and so do adjectives and adverbs
/// in "-er" and "-est". `None`: a tag the edits do not cover.
fn class(xpos: &str) -> Option<&'static str> {
    Some(match xpos {
        "VBD" | "VBN" => "VBD",
        "VBG" => "VBG",
        "VBZ" => "VBZ",
        "NNS" => "NNS",
        "JJR" | "RBR" => "JJR",
        "JJS" | "RBS" => "JJS",
        _ => return None,
    })
}

/// A form the edits may handle: lowercase ASCII letters (with `-` and `'`),
/// not a proper noun.
fn editable(form: &str, upos: &str) -> bool {
    upos != "PROPN"
        && form.len() >= 4
        && form
            .bytes()
            .all(|c| c.is_ascii_lowercase() || c == b'-' || c == b'\'')
}

fn key(class: &str, suffix: &str) -> u64 {
    combine(SUFFIX, &[string_id(class), string_id(suffix)])
}

/// The learnt endings.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SuffixEdits {
    table: FxHashMap<u64, Edit>,
}

impl SuffixEdits {
    /// Learns the endings' edits from `(form, lemma, upos, xpos)` words.
    pub fn learn<'a>(
        words: impl IntoIterator<Item = (&'a str, &'a str, &'a str, &'a str)>,
    ) -> Self {
        // each (class, form) once, with its edit and whether the rules
        // give its lemma
        let mut types: FxHashMap<(&'static str, String), (Edit, bool)> = FxHashMap::default();
        for (form, lemma, upos, xpos) in words {
            let Some(class) = class(xpos) else { continue };
            let lower = form.to_lowercase();
            if !editable(&lower, upos) || lemma.is_empty() || lemma == "_" {
                continue;
            }
            let lemma = lemma.to_lowercase();
            let Some(edit) = Edit::between(&lower, &lemma) else {
                continue;
            };
            let rule = rule_lemma(&lower, upos, xpos) == lemma;
            types.entry((class, lower)).or_insert((edit, rule));
        }
        // per (class, ending): how many words each decision gets right (the
        // rules, or one edit), and how many words end so
        #[derive(Default)]
        struct Counts {
            total: u32,
            rule: u32,
            edits: FxHashMap<Edit, u32>,
        }
        let mut endings: FxHashMap<(&'static str, String), Counts> = FxHashMap::default();
        for ((class, form), (edit, rule)) in &types {
            for n in 1..=MAX_SUFFIX.min(form.len() - 1) {
                let c = endings
                    .entry((class, form[form.len() - n..].to_string()))
                    .or_default();
                c.total += 1;
                c.rule += *rule as u32;
                *c.edits.entry(edit.clone()).or_default() += 1;
            }
        }
        // the decision of each ending, shortest first, stored where it
        // differs from its longest shorter ending's
        let mut keys: Vec<&(&'static str, String)> = endings.keys().collect();
        keys.sort_by(|a, b| (a.1.len(), a).cmp(&(b.1.len(), b)));
        let mut decided: FxHashMap<(&'static str, String), Edit> = FxHashMap::default();
        let mut table = FxHashMap::default();
        for k in keys {
            let c = &endings[k];
            // the rules win a tie
            let (best, n) = c
                .edits
                .iter()
                .map(|(e, n)| (e.clone(), *n))
                .chain([(Edit::Rule, c.rule)])
                .max_by(|a, b| a.1.cmp(&b.1).then_with(|| b.0.cmp(&a.0)))
                .unwrap_or((Edit::Rule, 0));
            if c.total < MIN_TYPES || (n as f64) < MIN_SHARE * c.total as f64 {
                continue;
            }
            let (class, suffix) = (k.0, &k.1);
            let inherited = (1..suffix.len())
                .find_map(|i| decided.get(&(class, suffix[i..].to_string())))
                .cloned()
                .unwrap_or(Edit::Rule);
            if best != inherited {
                table.insert(key(class, suffix), best.clone());
            }
            decided.insert((class, suffix.clone()), best);
        }
        SuffixEdits { table }
    }

    /// Number of stored endings.
    pub fn len(&self) -> usize {
        self.table.len()
    }

    /// No ending stored.
    pub fn is_empty(&self) -> bool {
        self.table.is_empty()
    }

    /// The lemma of `form` by its longest stored ending, else by the rules.
    pub fn lemma(&self, form: &str, upos: &str, xpos: &str) -> String {
        let Some(class) = class(xpos).filter(|_| !self.table.is_empty()) else {
            return rule_lemma(form, upos, xpos);
        };
        let lower = form.to_lowercase();
        if editable(&lower, upos) {
            for n in (1..=MAX_SUFFIX.min(lower.len() - 1)).rev() {
                if let Some(edit) = self.table.get(&key(class, &lower[lower.len() - n..])) {
                    if let Some(l) = edit.apply(&lower, upos, xpos) {
                        return l;
                    }
                    break;
                }
            }
        }
        rule_lemma(form, upos, xpos)
    }

    /// Appends the table to `w` (sorted keys: same table, same bytes).
    pub fn write(&self, w: &mut ModelWriter) {
        let mut entries: Vec<(&u64, &Edit)> = self.table.iter().collect();
        entries.sort_unstable_by_key(|e| *e.0);
        w.u32(entries.len() as u32);
        for (k, e) in entries {
            w.u64(*k);
            match e {
                Edit::Rule => {
                    w.u32(u32::MAX);
                    w.str("");
                }
                Edit::Replace(strip, append) => {
                    w.u32(*strip as u32);
                    w.str(append);
                }
            }
        }
    }

    /// Reads a table written by [`SuffixEdits::write`].
    pub fn read(r: &mut ModelReader) -> Result<Self, ModelError> {
        let n = r.u32()? as usize;
        let mut table = FxHashMap::with_capacity_and_hasher(n, Default::default());
        for _ in 0..n {
            let k = r.u64()?;
            let strip = r.u32()?;
            let append = r.str()?;
            let edit = match strip {
                u32::MAX => Edit::Rule,
                s if s <= 5 => Edit::Replace(s as u8, append),
                s => {
                    return Err(ModelError::Corrupt(format!(
                        "suffix edit strips {s} characters"
                    )))
                }
            };
            table.insert(k, edit);
        }
        Ok(SuffixEdits { table })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_ending_shared_by_enough_words_decides() {
        let words = [
            ("graded", "grade", "VERB", "VBD"),
            ("traded", "trade", "VERB", "VBD"),
            ("paraded", "parade", "VERB", "VBN"),
            ("loaded", "load", "VERB", "VBD"),
            ("walked", "walk", "VERB", "VBD"),
        ];
        let e = SuffixEdits::learn(words);
        // "-raded" words restore their "e", though the rules make "upgrad"
        assert_eq!(rule_lemma("upgraded", "VERB", "VBD"), "upgrad");
        assert_eq!(e.lemma("upgraded", "VERB", "VBN"), "upgrade");
        // an ending with too few words, or none, goes by the rules
        assert_eq!(e.lemma("downloaded", "VERB", "VBD"), "download");
        assert_eq!(e.lemma("talked", "VERB", "VBD"), "talk");
        // other classes of tags are not affected
        assert_eq!(
            e.lemma("upgrading", "VERB", "VBG"),
            rule_lemma("upgrading", "VERB", "VBG")
        );
        let mut w = ModelWriter::new("test", 1);
        e.write(&mut w);
        let mut r = ModelReader::new(&w.buf, "test", 1).unwrap();
        assert_eq!(SuffixEdits::read(&mut r).unwrap(), e);
    }
}
