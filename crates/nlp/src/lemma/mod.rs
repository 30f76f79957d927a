//! The lemmatiser: a lookup table learnt from the training data for the
//! words the rules get wrong, then rules ([`rules`]) for everything else.
//!
//! The table maps (form, UPOS, XPOS) to the form's most frequent lemma, and
//! the lowercased form likewise, but only where the rules would answer
//! differently, which keeps it small.

mod rules;
mod suffixes;

pub use rules::rule_lemma;
pub use suffixes::SuffixEdits;

use crate::conllu::ConlluSentence;
use crate::doc::Doc;
use crate::error::{ModelError, StageError};
use crate::perceptron::{combine, string_id, ModelReader, ModelWriter};
use crate::pipeline::Component;
use rustc_hash::FxHashMap;

const KIND: &str = "lemmatizer";
const VERSION: u32 = 2;
const EXACT: u32 = 0x1e;
/// Weight of a lemma seen in a non-GUM (EWT) sentence, see [`Lemmatizer::train`].
pub const EWT_WEIGHT: u32 = 4;
const LOWER: u32 = 0x1f;

fn key(template: u32, form: &str, upos: &str, xpos: &str) -> u64 {
    combine(
        template,
        &[string_id(form), string_id(upos), string_id(xpos)],
    )
}

/// A trained lemmatiser.
#[derive(Debug, Clone, Default)]
pub struct Lemmatizer {
    table: FxHashMap<u64, String>,
    /// Endings learnt for the words the table does not hold.
    suffixes: SuffixEdits,
}

impl Lemmatizer {
    /// Learns the exceptions to the rules from gold lemmas. Where the
    /// corpora disagree (GUM lemmatises `people` as `person`, EWT keeps
    /// `people`), EWT wins: its sentences count [`EWT_WEIGHT`] times.
    pub fn train(sentences: &[&ConlluSentence]) -> Lemmatizer {
        type Counts = FxHashMap<(String, String, String), FxHashMap<String, u32>>;
        let (mut exact, mut lower): (Counts, Counts) = Default::default();
        for s in sentences {
            let gum = s
                .comment("sent_id")
                .is_some_and(|id| id.starts_with("GUM_"));
            let weight = if gum { 1 } else { EWT_WEIGHT };
            for w in &s.words {
                if w.lemma == "_" || w.lemma.is_empty() {
                    continue;
                }
                let k = (w.form.clone(), w.upos.clone(), w.xpos.clone());
                *exact
                    .entry(k)
                    .or_default()
                    .entry(w.lemma.clone())
                    .or_default() += weight;
                let k = (w.form.to_lowercase(), w.upos.clone(), w.xpos.clone());
                *lower
                    .entry(k)
                    .or_default()
                    .entry(w.lemma.clone())
                    .or_default() += weight;
            }
        }
        let suffixes = SuffixEdits::learn(sentences.iter().flat_map(|s| {
            s.words.iter().map(|w| {
                (
                    w.form.as_str(),
                    w.lemma.as_str(),
                    w.upos.as_str(),
                    w.xpos.as_str(),
                )
            })
        }));
        let mut table = FxHashMap::default();
        for (template, counts) in [(EXACT, &exact), (LOWER, &lower)] {
            for ((form, upos, xpos), lemmas) in counts {
                let best = lemmas
                    .iter()
                    .max_by(|a, b| a.1.cmp(b.1).then_with(|| b.0.cmp(a.0)))
                    .map(|(l, _)| l.clone())
                    .unwrap();
                // against the rules, not the endings: a word seen in
                // training keeps its lemma whatever the endings say, and a
                // form missing under one past tag finds the other's
                if rule_lemma(form, upos, xpos) != best {
                    table.insert(key(template, form, upos, xpos), best);
                }
            }
        }
        Lemmatizer { table, suffixes }
    }

    /// Number of table entries.
    pub fn len(&self) -> usize {
        self.table.len()
    }

    /// Number of learnt endings.
    pub fn endings(&self) -> usize {
        self.suffixes.len()
    }

    /// The table is empty (rules only).
    pub fn is_empty(&self) -> bool {
        self.table.is_empty()
    }

    /// The lemma of `form` tagged `upos`/`xpos`.
    pub fn lemma(&self, form: &str, upos: &str, xpos: &str) -> String {
        if let Some(l) = self.learnt(form, upos, xpos) {
            return l.clone();
        }
        // an irregular past learnt under the other past tag: "shot" was
        // only seen as a participle (VBN), but the past tense is the same word
        let other = match xpos {
            "VBD" => "VBN",
            "VBN" => "VBD",
            _ => "",
        };
        if !other.is_empty() {
            if let Some(l) = self.learnt(form, upos, other) {
                return l.clone();
            }
        }
        self.suffixes.lemma(form, upos, xpos)
    }

    /// The lemma the table learnt for `form` (or its lower case).
    fn learnt(&self, form: &str, upos: &str, xpos: &str) -> Option<&String> {
        if let Some(l) = self.table.get(&key(EXACT, form, upos, xpos)) {
            return Some(l);
        }
        if form.chars().any(char::is_uppercase) {
            let lower = form.to_lowercase();
            return self.table.get(&key(LOWER, &lower, upos, xpos));
        }
        None
    }

    /// Appends the model to `w` (sorted keys: same model, same bytes).
    pub fn write(&self, w: &mut ModelWriter) {
        let mut entries: Vec<(&u64, &String)> = self.table.iter().collect();
        entries.sort_unstable_by_key(|e| *e.0);
        w.u32(entries.len() as u32);
        for (k, l) in entries {
            w.u64(*k);
            w.str(l);
        }
        self.suffixes.write(w);
    }

    /// Reads a model written by [`Lemmatizer::write`].
    pub fn read(r: &mut ModelReader) -> Result<Lemmatizer, ModelError> {
        let n = r.u32()? as usize;
        let mut table = FxHashMap::with_capacity_and_hasher(n, Default::default());
        for _ in 0..n {
            let k = r.u64()?;
            table.insert(k, r.str()?);
        }
        let suffixes = SuffixEdits::read(r)?;
        Ok(Lemmatizer { table, suffixes })
    }

    /// Reads a model file written by [`Lemmatizer::to_bytes`].
    pub fn from_bytes(data: &[u8]) -> Result<Lemmatizer, ModelError> {
        let mut r = ModelReader::new(data, KIND, VERSION)?;
        let l = Lemmatizer::read(&mut r)?;
        if !r.at_end() {
            return Err(ModelError::Corrupt(
                "trailing bytes after lemmatizer".into(),
            ));
        }
        Ok(l)
    }

    /// The model as a file.
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut w = ModelWriter::new(KIND, VERSION);
        self.write(&mut w);
        w.buf
    }
}

impl Component for Lemmatizer {
    fn name(&self) -> &str {
        "lemmatizer"
    }

    /// Fills `lemma` of every token from its text and tags.
    /// One context rule: a clitic `'s` before `been`/`got` is `have`
    /// ("it's been", "she's got"), not the table's usual `be`.
    fn process(&self, doc: &mut Doc) -> Result<(), StageError> {
        if !doc.tagged && !doc.tokens.is_empty() {
            return Err(StageError::MissingLayer {
                stage: "lemmatiser",
                needs: "tagger",
            });
        }
        for i in 0..doc.tokens.len() {
            let t = &doc.tokens[i];
            let mut lemma = self.lemma(&t.text, t.upos.as_str(), &t.xpos);
            if t.xpos == "VBZ" && matches!(t.text.as_str(), "'s" | "\u{2019}s") {
                let next = doc.tokens.get(i + 1).map(|n| n.text.to_lowercase());
                if matches!(next.as_deref(), Some("been" | "got" | "gotten")) {
                    lemma = "have".to_string();
                }
            }
            doc.tokens[i].lemma = lemma;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::PathBuf;

    fn check_regular(l: &Lemmatizer) {
        let cases = [
            ("cranes", "NOUN", "NNS", "crane"),
            ("produced", "VERB", "VBN", "produce"),
            ("strayed", "VERB", "VBD", "stray"),
            ("worries", "VERB", "VBZ", "worry"),
            ("hunting", "VERB", "VBG", "hunt"),
            ("Chinese", "ADJ", "JJ", "Chinese"),
            ("Chinese", "PROPN", "NNP", "Chinese"),
            ("ZPMC", "PROPN", "NNP", "ZPMC"),
        ];
        for (form, upos, xpos, lemma) in cases {
            assert_eq!(l.lemma(form, upos, xpos), lemma, "{form} {upos} {xpos}");
        }
    }

    #[test]
    fn rules_alone_handle_regular_words() {
        check_regular(&Lemmatizer::default());
    }

    #[test]
    fn learns_irregular_forms_and_round_trips() {
        let text = "1\tThey\tthey\tPRON\tPRP\t_\t2\tnsubj\t_\t_\n\
                    2\twent\tgo\tVERB\tVBD\t_\t0\troot\t_\t_\n\
                    3\twith\twith\tADP\tIN\t_\t4\tcase\t_\t_\n\
                    4\tmice\tmouse\tNOUN\tNNS\t_\t2\tobl\t_\t_\n\n";
        let sents = crate::conllu::parse(text).unwrap();
        let refs: Vec<&ConlluSentence> = sents.iter().collect();
        let l = Lemmatizer::train(&refs);
        // Only the exceptions to the rules are stored: went, mice (exact and lowercase keys).
        assert_eq!(l.len(), 4);
        assert_eq!(l.lemma("went", "VERB", "VBD"), "go");
        assert_eq!(l.lemma("Went", "VERB", "VBD"), "go");
        assert_eq!(l.lemma("mice", "NOUN", "NNS"), "mouse");
        assert_eq!(l.lemma("They", "PRON", "PRP"), "they");
        check_regular(&l);
        let bytes = l.to_bytes();
        let back = Lemmatizer::from_bytes(&bytes).unwrap();
        assert_eq!(back.to_bytes(), bytes);
        assert_eq!(back.lemma("went", "VERB", "VBD"), "go");
        assert!(Lemmatizer::from_bytes(&bytes[..bytes.len() - 1]).is_err());
    }

    #[test]
    fn a_past_learnt_as_a_participle_serves_the_past_tense() {
        let text = "1\tHe\the\tPRON\tPRP\t_\t3\tnsubj\t_\t_\n\
                    2\twas\tbe\tAUX\tVBD\t_\t3\taux:pass\t_\t_\n\
                    3\tshot\tshoot\tVERB\tVBN\t_\t0\troot\t_\t_\n\n";
        let sents = crate::conllu::parse(text).unwrap();
        let refs: Vec<&ConlluSentence> = sents.iter().collect();
        let l = Lemmatizer::train(&refs);
        assert_eq!(l.lemma("shot", "VERB", "VBD"), "shoot");
        // other tags still go by the rules
        assert_eq!(l.lemma("shot", "NOUN", "NN"), "shot");
    }

    #[test]
    fn component_fills_lemmas_with_context() {
        let l = Lemmatizer::default();
        let tags = [
            ("It", "PRON", "PRP"),
            ("'s", "AUX", "VBZ"),
            ("been", "AUX", "VBN"),
            ("hunting", "VERB", "VBG"),
            ("cranes", "NOUN", "NNS"),
        ];
        let mut doc = Doc::default();
        for (text, upos, xpos) in tags {
            doc.tokens.push(crate::doc::Token {
                text: text.into(),
                upos: crate::Upos::intern(upos),
                xpos: xpos.into(),
                ..Default::default()
            });
        }
        assert_eq!(
            l.process(&mut doc.clone()).unwrap_err().to_string(),
            "the lemmatiser needs the tagger to run first"
        );
        doc.tagged = true;
        l.process(&mut doc).unwrap();
        let lemmas: Vec<&str> = doc.tokens.iter().map(|t| t.lemma.as_str()).collect();
        assert_eq!(lemmas, ["it", "have", "been", "hunt", "crane"]);
    }

    /// EWT dev words of an inflected tag whose form no training sentence
    /// holds, lemmatised from their gold tags: the learnt endings must do
    /// better than the rules alone.
    #[test]
    fn learnt_endings_beat_the_rules_on_unseen_dev_words() {
        let Some(data) = crate::corpus::shared_data(crate::corpus::EWT_TRAIN) else {
            return;
        };
        let train = crate::corpus::read_training_sentences(&data).unwrap();
        let dev = crate::corpus::read_ewt_dev(&data).unwrap();
        let refs: Vec<&ConlluSentence> = train.iter().collect();
        let l = Lemmatizer::train(&refs);
        let seen: std::collections::HashSet<String> = train
            .iter()
            .flat_map(|s| s.words.iter().map(|w| w.form.to_lowercase()))
            .collect();
        let (mut n, mut rules, mut learnt) = (0, 0, 0);
        for w in dev.iter().flat_map(|s| &s.words) {
            let inflected = matches!(
                w.xpos.as_str(),
                "VBD" | "VBN" | "VBG" | "VBZ" | "NNS" | "JJR" | "JJS" | "RBR" | "RBS"
            );
            if !inflected || w.upos == "PROPN" || seen.contains(&w.form.to_lowercase()) {
                continue;
            }
            n += 1;
            rules += (rule_lemma(&w.form, &w.upos, &w.xpos) == w.lemma) as usize;
            learnt += (l.lemma(&w.form, &w.upos, &w.xpos) == w.lemma) as usize;
        }
        eprintln!(
            "unseen inflected dev words: {n}, rules {rules}, learnt endings {learnt} ({} endings)",
            l.endings()
        );
        assert!(n > 100, "only {n} unseen inflected words");
        assert!(learnt > rules, "learnt {learnt} <= rules {rules} of {n}");
    }

    #[test]
    fn shipped_model_lemmatises() {
        let path = PathBuf::from(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../../models/lemma.bin"
        ));
        let Ok(data) = std::fs::read(&path) else {
            eprintln!("skipping: no shipped model at {}", path.display());
            return;
        };
        let l = Lemmatizer::from_bytes(&data).unwrap();
        check_regular(&l);
        assert_eq!(l.lemma("was", "AUX", "VBD"), "be");
        assert_eq!(l.lemma("made", "VERB", "VBN"), "make");
        assert_eq!(l.lemma("children", "NOUN", "NNS"), "child");
        // by an ending learnt from "traded", "paraded": the rules alone
        // give "upgrad"
        assert_eq!(l.lemma("upgraded", "VERB", "VBD"), "upgrade");
        assert_eq!(l.lemma("downgraded", "VERB", "VBN"), "downgrade");
    }
}
