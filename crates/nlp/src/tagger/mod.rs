//! The part-of-speech tagger: a greedy left-to-right averaged perceptron
//! that predicts the pair `UPOS|XPOS` as one class, with a tag dictionary
//! for frequent unambiguous words (fast path) and ambiguity-class features.
//!
//! Files: `features` (word ids and context features), `train` (training),
//! and [`crate::table`] the weights predict with; this file holds
//! the model, its binary format and the [`Component`].
//!
//! Model file (`models/tagger.bin`, kind `tagger`): the class labels, the tag
//! dictionary, the ambiguity classes, then the weights.

mod features;
mod train;

use crate::conllu::ConlluSentence;
use crate::doc::Doc;
use crate::error::{ModelError, StageError};
use crate::perceptron::{ModelReader, ModelWriter};
use crate::pipeline::Component;
use crate::table::Table;
use crate::tags::Upos;
use features::{features, pad_sentence, sentence_case, tag_id, Scratch, WordInfo};
use rustc_hash::FxHashMap;

const KIND: &str = "tagger";
const VERSION: u32 = 3;

/// A trained part-of-speech tagger (UPOS and Penn Treebank XPOS).
#[derive(Debug, Clone)]
pub struct Tagger {
    /// `UPOS|XPOS` labels, indexed by class.
    labels: Vec<String>,
    upos: Vec<String>,
    xpos: Vec<String>,
    /// `upos`, interned.
    upos_tags: Vec<Upos>,
    model: Table,
    /// Exact-form id -> class, for frequent unambiguous words.
    tagdict: FxHashMap<u64, u16>,
    /// Normalised-form id -> ambiguity-class id.
    amb: FxHashMap<u64, u64>,
}

impl Tagger {
    /// Trains on `sentences` (gold tokens, UPOS and XPOS) for `iterations`
    /// epochs; `seed` fixes the shuffling, so the result is reproducible.
    pub fn train(sentences: &[&ConlluSentence], iterations: usize, seed: u64) -> Tagger {
        train::train(sentences, iterations, seed)
    }

    fn from_parts(
        labels: Vec<String>,
        model: Table,
        tagdict: FxHashMap<u64, u16>,
        amb: FxHashMap<u64, u64>,
    ) -> Tagger {
        let (upos, xpos): (Vec<String>, Vec<String>) = labels
            .iter()
            .map(|l| {
                let (u, x) = l.split_once('|').unwrap_or((l.as_str(), ""));
                (u.to_string(), x.to_string())
            })
            .unzip();
        let upos_tags = upos.iter().map(|u: &String| Upos::intern(u)).collect();
        Tagger {
            labels,
            upos,
            xpos,
            upos_tags,
            model,
            tagdict,
            amb,
        }
    }

    /// Appends the model to `w` (deterministic: maps are written sorted).
    pub fn write(&self, w: &mut ModelWriter) {
        w.strs(&self.labels);
        let mut dict: Vec<(u64, u16)> = self.tagdict.iter().map(|(&k, &v)| (k, v)).collect();
        dict.sort_unstable();
        w.u32(dict.len() as u32);
        for (k, v) in dict {
            w.u64(k);
            w.u16(v);
        }
        let mut amb: Vec<(u64, u64)> = self.amb.iter().map(|(&k, &v)| (k, v)).collect();
        amb.sort_unstable();
        // Ambiguity ids are few: store a table and one index per word.
        let mut table: Vec<u64> = amb.iter().map(|&(_, v)| v).collect();
        table.sort_unstable();
        table.dedup();
        w.u32(table.len() as u32);
        for &v in &table {
            w.u64(v);
        }
        w.u32(amb.len() as u32);
        for (k, v) in amb {
            w.u64(k);
            w.u32(table.binary_search(&v).unwrap() as u32);
        }
        self.model.write(w);
    }

    /// Reads a model written by [`Tagger::write`].
    pub fn read(r: &mut ModelReader) -> Result<Tagger, ModelError> {
        let labels = r.strs()?;
        let n = r.u32()? as usize;
        let mut tagdict = FxHashMap::with_capacity_and_hasher(n, Default::default());
        for _ in 0..n {
            let k = r.u64()?;
            let c = r.u16()?;
            if c as usize >= labels.len() {
                return Err(ModelError::Corrupt(format!("tag class {c} out of range")));
            }
            tagdict.insert(k, c);
        }
        let nt = r.u32()? as usize;
        let table: Vec<u64> = (0..nt).map(|_| r.u64()).collect::<Result<_, _>>()?;
        let n = r.u32()? as usize;
        let mut amb = FxHashMap::with_capacity_and_hasher(n, Default::default());
        for _ in 0..n {
            let k = r.u64()?;
            let i = r.u32()? as usize;
            let v = *table
                .get(i)
                .ok_or_else(|| ModelError::Corrupt("ambiguity class out of range".into()))?;
            amb.insert(k, v);
        }
        let model = Table::read(r)?;
        if model.n_classes() != labels.len() {
            return Err(ModelError::Corrupt("tagger class count mismatch".into()));
        }
        Ok(Tagger::from_parts(labels, model, tagdict, amb))
    }

    /// Reads a model file written by [`Tagger::to_bytes`].
    pub fn from_bytes(data: &[u8]) -> Result<Tagger, ModelError> {
        let mut r = ModelReader::new(data, KIND, VERSION)?;
        let t = Tagger::read(&mut r)?;
        if !r.at_end() {
            return Err(ModelError::Corrupt("trailing bytes after tagger".into()));
        }
        Ok(t)
    }

    /// The model as a file (same model, same bytes).
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut w = ModelWriter::new(KIND, VERSION);
        self.write(&mut w);
        w.buf
    }

    /// Number of `UPOS|XPOS` classes.
    pub fn n_classes(&self) -> usize {
        self.labels.len()
    }

    /// Number of hashed features with weights.
    pub fn n_features(&self) -> usize {
        self.model.n_features()
    }

    /// `word` is tagged by the tag dictionary (fast path), whatever its context.
    pub fn is_dictionary_word(&self, word: &str) -> bool {
        self.tagdict
            .contains_key(&crate::perceptron::string_id(word))
    }

    /// Tags one sentence of words: class indices into `out`.
    fn tag_classes(&self, words: &[&str], out: &mut Vec<u16>) {
        out.clear();
        let mut scratch = Scratch::default();
        let infos: Vec<WordInfo> = words
            .iter()
            .map(|w| WordInfo::new(w, &self.amb, &mut scratch))
            .collect();
        let mut padded = Vec::with_capacity(words.len() + 4);
        pad_sentence(&infos, &mut padded);
        let case = sentence_case(words);
        let mut feats = Vec::with_capacity(64);
        let mut buf = Vec::with_capacity(self.labels.len());
        let (mut prev1, mut prev2): (Option<u16>, Option<u16>) = (None, None);
        for i in 0..words.len() {
            let c = match self.tagdict.get(&padded[i + 2].form) {
                Some(&c) => c,
                None => {
                    let (p1, p2) = (tag_id(prev1, 1), tag_id(prev2, 2));
                    features(&padded, i, p1, p2, case, &mut feats);
                    self.model.predict(&feats, &mut buf) as u16
                }
            };
            out.push(c);
            prev2 = prev1;
            prev1 = Some(c);
        }
    }

    /// Tags one sentence of words: `(UPOS, XPOS)` per word.
    pub fn tag_words(&self, words: &[&str]) -> Vec<(String, String)> {
        let mut classes = Vec::with_capacity(words.len());
        self.tag_classes(words, &mut classes);
        classes
            .iter()
            .map(|&c| (self.upos[c as usize].clone(), self.xpos[c as usize].clone()))
            .collect()
    }
}

impl Component for Tagger {
    fn name(&self) -> &str {
        "tagger"
    }

    /// Fills `upos` and `xpos` of every token, sentence by sentence.
    fn process(&self, doc: &mut Doc) -> Result<(), StageError> {
        let mut classes = Vec::new();
        for si in 0..doc.sentences.len() {
            let range = doc.sentences[si].tokens.clone();
            {
                let words: Vec<&str> = doc.tokens[range.clone()]
                    .iter()
                    .map(|t| t.text.as_str())
                    .collect();
                self.tag_classes(&words, &mut classes);
            }
            for (t, &c) in doc.tokens[range].iter_mut().zip(&classes) {
                t.upos = self.upos_tags[c as usize];
                t.xpos.clear();
                t.xpos.push_str(&self.xpos[c as usize]);
            }
        }
        doc.tagged = true;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::doc::{Sentence, Token};
    use std::path::PathBuf;

    fn data_dir() -> Option<PathBuf> {
        crate::corpus::shared_data(crate::corpus::EWT_TRAIN)
    }

    #[test]
    fn tiny_model_learns_its_training_sentences() {
        let Some(dir) = data_dir() else { return };
        let all = crate::conllu::read(&dir.join(crate::corpus::EWT_TRAIN)).unwrap();
        let train: Vec<&ConlluSentence> = all.iter().take(300).collect();
        let tagger = Tagger::train(&train, 6, 7);
        let (mut n, mut ok) = (0, 0);
        for s in &train {
            let words: Vec<&str> = s.words.iter().map(|w| w.form.as_str()).collect();
            for (w, (u, x)) in s.words.iter().zip(tagger.tag_words(&words)) {
                n += 1;
                ok += (w.upos == u && w.xpos == x) as usize;
            }
        }
        let acc = ok as f64 / n as f64;
        assert!(acc > 0.97, "training accuracy {acc:.4}");

        // Deterministic, and the bytes round-trip.
        let bytes = tagger.to_bytes();
        assert_eq!(bytes, Tagger::train(&train, 6, 7).to_bytes());
        let back = Tagger::from_bytes(&bytes).unwrap();
        let words = ["The", "port", "cranes", "were", "made", "in", "China", "."];
        assert_eq!(back.tag_words(&words), tagger.tag_words(&words));
        assert!(Tagger::from_bytes(&bytes[..bytes.len() - 3]).is_err());
    }

    const SHIPPED: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../models/tagger.bin");

    #[test]
    fn shipped_model_tags_nouns_and_verbs() {
        let Ok(data) = std::fs::read(SHIPPED) else {
            eprintln!("skipping: no shipped model at {SHIPPED}");
            return;
        };
        let tagger = Tagger::from_bytes(&data).unwrap();
        let words = ["these", "cranes", "contain", "sophisticated", "sensors"];
        let upos: Vec<String> = tagger.tag_words(&words).into_iter().map(|t| t.0).collect();
        assert_eq!(upos, ["DET", "NOUN", "VERB", "ADJ", "NOUN"]);

        // As a pipeline component, sentence by sentence.
        let text = "Officials worry about the cranes . They track cargo .";
        let mut doc = Doc {
            text: text.to_string(),
            ..Default::default()
        };
        let mut pos = 0;
        for w in text.split(' ') {
            let len = w.chars().count();
            doc.tokens.push(Token {
                text: w.to_string(),
                start: pos,
                end: pos + len,
                space_after: true,
                ..Default::default()
            });
            pos += len + 1;
        }
        for r in [0..6, 6..10] {
            doc.sentences.push(Sentence {
                start: doc.tokens[r.start].start,
                end: doc.tokens[r.end - 1].end,
                tokens: r,
            });
        }
        tagger.process(&mut doc).unwrap();
        let tags: Vec<(&str, &str)> = doc
            .tokens
            .iter()
            .map(|t| (t.upos.as_str(), t.xpos.as_str()))
            .collect();
        assert_eq!(tags[0], ("NOUN", "NNS"));
        assert_eq!(tags[1], ("VERB", "VBP"));
        assert_eq!(tags[3], ("DET", "DT"));
        assert_eq!(tags[4], ("NOUN", "NNS"));
        assert_eq!(tags[6], ("PRON", "PRP"));
        assert_eq!(tags[7], ("VERB", "VBP"));
        assert_eq!(tags[9], ("PUNCT", "."));
    }
}
