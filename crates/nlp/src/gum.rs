//! GUM's entity annotation (`Entity=` in MISC: `(id-type-...` opens a
//! mention, `id)` closes it, `(id-type-...)` is a one-word mention): the
//! mentions of a sentence as word ranges with their GUM type, and the
//! noun-type table learnt from them ([`NounTypes`]).

use crate::conllu::ConlluSentence;
use crate::vectors::WordVectors;
use std::collections::BTreeMap;

/// The mentions of sentence `s`: (first word, end, GUM type), in the order
/// they close.
pub fn mentions(s: &ConlluSentence) -> Vec<(usize, usize, String)> {
    coreferent_mentions(s)
        .into_iter()
        .map(|m| (m.start, m.end, m.kind))
        .collect()
}

/// A GUM mention: words `start..end` of its sentence, its type and the
/// entity it refers to (mentions of one entity share an `entity` id within
/// a document).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GumMention {
    pub start: usize,
    pub end: usize,
    pub kind: String,
    pub entity: String,
}

/// The mentions of sentence `s` with their entity ids, in the order they
/// close.
pub fn coreferent_mentions(s: &ConlluSentence) -> Vec<GumMention> {
    let mut open: Vec<(String, String, usize)> = Vec::new();
    let mut spans = Vec::new();
    for (i, w) in s.words.iter().enumerate() {
        let Some(e) = w.misc.split('|').find_map(|m| m.strip_prefix("Entity=")) else {
            continue;
        };
        let b = e.as_bytes();
        let mut j = 0;
        while j < b.len() {
            if b[j] == b'(' {
                let k = e[j + 1..].find(['(', ')']).map_or(e.len(), |x| j + 1 + x);
                let mut parts = e[j + 1..k].split('-');
                let id = parts.next().unwrap_or("").to_string();
                let ty = parts.next().unwrap_or("").to_string();
                if k < b.len() && b[k] == b')' {
                    spans.push(GumMention {
                        start: i,
                        end: i + 1,
                        kind: ty,
                        entity: id,
                    });
                    j = k + 1;
                } else {
                    open.push((id, ty, i));
                    j = k;
                }
            } else {
                let k = e[j..].find(')').map_or(e.len(), |x| j + x);
                let id = &e[j..k];
                if let Some(p) = open.iter().rposition(|o| o.0 == id) {
                    let (entity, kind, start) = open.remove(p);
                    spans.push(GumMention {
                        start,
                        end: i + 1,
                        kind,
                        entity,
                    });
                }
                j = k + 1;
            }
        }
    }
    spans
}

/// The head word of words `a..b` of `s`: the last whose head lies outside.
fn head(s: &ConlluSentence, a: usize, b: usize) -> usize {
    (a..b)
        .rev()
        .find(|&i| {
            let h = s.words[i].head;
            h == 0 || h - 1 < a || h > b
        })
        .unwrap_or(b - 1)
}

/// newsgraph's type of a GUM mention type, for a common noun: people in
/// the plural are a group ("passengers"), one person is left to the rules;
/// objects and substances are made things. `None`: no type of ours, or none
/// a common noun takes (abstract, animal, plant: a concept).
fn ours(gum: &str, plural: bool) -> Option<&'static str> {
    Some(match gum {
        "person" if plural => "group",
        "organization" => "organization",
        "place" => "place",
        "object" | "substance" => "artifact",
        "event" => "event",
        "time" => "time",
        _ => return None,
    })
}

/// The type of a common noun learnt from the mentions it heads in GUM:
/// lemma -> (type, mentions of that type, mentions).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct NounTypes {
    pub table: BTreeMap<String, (String, u32, u32)>,
}

/// Neighbours that vote on the type of a word GUM does not type.
pub const NEIGHBOURS: usize = 10;
/// Share of the neighbours' similarity a type must hold.
pub const NEIGHBOUR_SHARE: f32 = 0.6;
/// Cosine of the nearest typed neighbour, at least.
pub const NEAREST_MIN: f32 = 0.6;

/// A lemma needs this many mentions, and this share of them of one type,
/// to get a type.
const MIN_COUNT: u32 = 2;
const MIN_SHARE: f64 = 0.6;

impl NounTypes {
    /// Counts the type of every mention headed by a common noun.
    pub fn learn(sentences: &[ConlluSentence]) -> NounTypes {
        let mut counts: BTreeMap<String, BTreeMap<String, u32>> = BTreeMap::new();
        for (lemma, ty) in sentences.iter().flat_map(noun_mentions) {
            *counts
                .entry(lemma)
                .or_default()
                .entry(ty.unwrap_or("concept").to_string())
                .or_default() += 1;
        }
        let mut table = BTreeMap::new();
        for (lemma, by_type) in counts {
            let total: u32 = by_type.values().sum();
            let (ty, n) = by_type
                .iter()
                .max_by_key(|(t, n)| (**n, std::cmp::Reverse(t.to_string())))
                .map(|(t, n)| (t.clone(), *n))
                .unwrap_or_default();
            if total >= MIN_COUNT && f64::from(n) / f64::from(total) >= MIN_SHARE {
                table.insert(lemma, (ty, n, total));
            }
        }
        NounTypes { table }
    }

    /// Types the frequent words of `vectors` that GUM does not type by
    /// their nearest typed neighbours ([`NEIGHBOURS`] of them, by cosine):
    /// a word gets the type most of them share, weighted by similarity, when
    /// that type is not concept, holds [`NEIGHBOUR_SHARE`] of the weight,
    /// and the nearest one is close enough ([`NEAREST_MIN`]). The counts of
    /// such a row are neighbours: of that type, and all. Returns how many
    /// rows it added.
    pub fn extend_by_neighbours(&mut self, vectors: &WordVectors, max_words: usize) -> usize {
        let index: std::collections::HashMap<&str, usize> = vectors
            .words
            .iter()
            .enumerate()
            .map(|(i, w)| (w.as_str(), i))
            .collect();
        let typed: Vec<(usize, &str)> = self
            .table
            .iter()
            .filter_map(|(l, (t, _, _))| index.get(l.as_str()).map(|&i| (i, t.as_str())))
            .collect();
        let mut added = Vec::new();
        for (i, w) in vectors.words.iter().enumerate().take(max_words) {
            let plain = w.len() >= 3 && w.chars().all(|c| c.is_ascii_lowercase() || c == '-');
            if !plain || self.table.contains_key(w) {
                continue;
            }
            let v = vectors.row(i);
            let mut near: Vec<(f32, &str)> = typed
                .iter()
                .map(|&(j, t)| (v.iter().zip(vectors.row(j)).map(|(a, b)| a * b).sum(), t))
                .collect();
            near.sort_by(|a, b| b.0.total_cmp(&a.0));
            near.truncate(NEIGHBOURS);
            if near.first().is_none_or(|n| n.0 < NEAREST_MIN) {
                continue;
            }
            let mut weight: BTreeMap<&str, f32> = BTreeMap::new();
            for &(sim, t) in &near {
                *weight.entry(t).or_default() += sim.max(0.0);
            }
            let total: f32 = weight.values().sum();
            let Some((&ty, &wt)) = weight.iter().max_by(|a, b| a.1.total_cmp(b.1)) else {
                continue;
            };
            if ty != "concept" && total > 0.0 && wt / total >= NEIGHBOUR_SHARE {
                let agree = near.iter().filter(|n| n.1 == ty).count() as u32;
                added.push((w.clone(), (ty.to_string(), agree, near.len() as u32)));
            }
        }
        let n = added.len();
        self.table.extend(added);
        n
    }

    /// The learnt type of lemma `lemma` (`concept` included).
    pub fn get(&self, lemma: &str) -> Option<&str> {
        self.table.get(lemma).map(|(t, _, _)| t.as_str())
    }

    /// The table as TSV: `lemma<TAB>type<TAB>of that type<TAB>mentions`.
    pub fn to_tsv(&self) -> String {
        let mut out = String::from(
            "# Types of common nouns learnt from the mentions they head in GUM train\n\
             # (`newsgraph train types`): lemma, type, mentions of that type, mentions.\n\
             # A word GUM does not type may be typed by its nearest typed neighbours\n\
             # in GloVe (`--vectors`): then the counts are neighbours.\n",
        );
        for (lemma, (ty, n, total)) in &self.table {
            out.push_str(&format!("{lemma}\t{ty}\t{n}\t{total}\n"));
        }
        out
    }

    /// Reads [`NounTypes::to_tsv`]; malformed lines are errors naming the line.
    pub fn from_tsv(text: &str) -> Result<NounTypes, String> {
        let mut table = BTreeMap::new();
        for (i, line) in text.lines().enumerate() {
            if line.starts_with('#') || line.trim().is_empty() {
                continue;
            }
            let cols: Vec<&str> = line.split('\t').collect();
            let [lemma, ty, n, total] = cols[..] else {
                return Err(format!("line {}: expected 4 columns", i + 1));
            };
            let num = |x: &str| {
                x.parse::<u32>()
                    .map_err(|_| format!("line {}: {x:?}", i + 1))
            };
            table.insert(lemma.to_string(), (ty.to_string(), num(n)?, num(total)?));
        }
        Ok(NounTypes { table })
    }

    /// Accuracy on the common-noun mentions of `sentences` (GUM dev): how
    /// many of them `predict` types as GUM does (a type of ours, or
    /// `concept`).
    pub fn accuracy(
        sentences: &[ConlluSentence],
        predict: impl Fn(&str) -> String,
    ) -> (usize, usize) {
        let mut right = 0;
        let mut total = 0;
        for (lemma, ty) in sentences.iter().flat_map(noun_mentions) {
            total += 1;
            right += usize::from(predict(&lemma) == ty.unwrap_or("concept"));
        }
        (right, total)
    }
}

/// The mentions of `s` headed by a common noun: (lowercased lemma, type of
/// ours or `None` for a concept). Singular people are left out: the rules
/// do not type them by their noun.
fn noun_mentions(s: &ConlluSentence) -> Vec<(String, Option<&'static str>)> {
    mentions(s)
        .into_iter()
        .filter_map(|(a, b, ty)| {
            let w = &s.words[head(s, a, b)];
            let plural = w.xpos == "NNS";
            let word = |c: char| c.is_alphanumeric() || c == '-' || c == '\'';
            if w.upos != "NOUN" || (ty == "person" && !plural) || !w.lemma.chars().all(word) {
                return None;
            }
            Some((w.lemma.to_lowercase(), ours(&ty, plural)))
        })
        .collect()
}

/// A GUM document's text and its mentions as character spans with their
/// entity ids and types.
pub struct GumText {
    pub text: String,
    pub mentions: Vec<(std::ops::Range<usize>, String)>,
    /// The GUM type of each mention ("person", "abstract", ...).
    pub kinds: Vec<String>,
}

/// The text of a GUM document, a line per sentence, with its mentions.
pub fn gum_text(sentences: &[ConlluSentence]) -> GumText {
    let mut text = String::new();
    let mut len = 0;
    let mut mentions = Vec::new();
    let mut kinds = Vec::new();
    for s in sentences {
        let mut spans = Vec::with_capacity(s.words.len());
        for (i, w) in s.words.iter().enumerate() {
            let n = w.form.chars().count();
            spans.push(len..len + n);
            text.push_str(&w.form);
            len += n;
            if w.space_after() && i + 1 < s.words.len() {
                text.push(' ');
                len += 1;
            }
        }
        text.push('\n');
        len += 1;
        for m in coreferent_mentions(s) {
            mentions.push((spans[m.start].start..spans[m.end - 1].end, m.entity));
            kinds.push(m.kind);
        }
    }
    GumText {
        text,
        mentions,
        kinds,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::conllu::Word;

    fn word(form: &str, upos: &str, xpos: &str, head: usize, misc: &str) -> Word {
        Word {
            form: form.into(),
            lemma: form.trim_end_matches('s').to_lowercase(),
            upos: upos.into(),
            xpos: xpos.into(),
            head,
            deprel: "_".into(),
            misc: misc.into(),
        }
    }

    #[test]
    fn mentions_nest_and_plural_people_are_groups() {
        // "the passengers of Rail Delivery" with a nested organisation
        let s = ConlluSentence {
            comments: vec![],
            words: vec![
                word("the", "DET", "DT", 2, "Entity=(1-person-new"),
                word("passengers", "NOUN", "NNS", 0, "_"),
                word("of", "ADP", "IN", 4, "_"),
                word("Rails", "PROPN", "NNP", 2, "Entity=(2-organization-new)1)"),
            ],
        };
        assert_eq!(
            mentions(&s),
            [(3, 4, "organization".into()), (0, 4, "person".into())]
        );
        let t = NounTypes::learn(&[s.clone(), s]);
        assert_eq!(t.get("passenger"), Some("group"));
        assert_eq!(t.get("rail"), None, "a proper noun is no common noun");
        assert_eq!(NounTypes::from_tsv(&t.to_tsv()).unwrap(), t);
        assert!(NounTypes::from_tsv("x\ty\n")
            .unwrap_err()
            .contains("line 1"));
    }

    #[test]
    fn words_gum_does_not_type_take_their_neighbours_type() {
        let mut t = NounTypes::default();
        for (l, ty) in [
            ("worker", "group"),
            ("farmer", "group"),
            ("idea", "concept"),
        ] {
            t.table.insert(l.into(), (ty.into(), 3, 3));
        }
        // unit vectors: "miner" lies by the groups, "notion" by "idea",
        // "zzz" by nothing typed
        let rows: [(&str, [f32; 3]); 6] = [
            ("worker", [1.0, 0.0, 0.0]),
            ("farmer", [0.9, 0.1, 0.0]),
            ("idea", [0.0, 1.0, 0.0]),
            ("miner", [0.95, 0.05, 0.0]),
            ("notion", [0.1, 0.9, 0.0]),
            ("zzz", [0.0, 0.0, 1.0]),
        ];
        let mut v = WordVectors {
            dim: 3,
            ..WordVectors::default()
        };
        for (w, x) in rows {
            let n = x.iter().map(|a| a * a).sum::<f32>().sqrt();
            v.words.push(w.into());
            v.values.extend(x.iter().map(|a| a / n));
        }
        assert_eq!(t.extend_by_neighbours(&v, 100), 1);
        assert_eq!(t.get("miner"), Some("group"));
        assert_eq!(t.get("notion"), None, "concept is the default, not a row");
        assert_eq!(t.get("zzz"), None, "no typed word is near");
    }
}
