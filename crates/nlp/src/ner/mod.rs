//! The named-entity recogniser (CoNLL-2003 types PER, ORG, LOC, MISC): an
//! averaged perceptron over BILOU labels (trained greedily, decoded with a
//! small beam under the BILOU constraints), with word/shape/affix/window
//! features, a casing lexicon, gazetteers from the training entities,
//! word clusters learnt from word vectors ([`clusters`]), the
//! document's label history (Ratinov & Roth
//! 2009) and, optionally, a second stage that sees the first stage's labels
//! of the whole document (the shipped model has one stage, see [`recipe`]).
//! Features are word-based only (no POS tags).
//!
//! The submodules: [`labels`] (BILOU scheme), [`text`] (normalisation),
//! [`casing`], [`gazetteer`] and [`clusters`] (resources),
//! [`augment`] (title-case headlines for training), [`features`],
//! [`decode`], [`weights`] (fast prediction tables), [`train`]; this file
//! holds the model, its file format and the pipeline component.

mod augment;
mod casing;
pub mod clusters;
mod decode;
mod features;
mod gazetteer;
mod labels;
pub mod recipe;
mod text;
mod train;
mod weights;

pub use train::NerTrainOptions;

/// The NER's lower-case key of a word (quotes and dashes folded, digits
/// made `0`), which word clusters are looked up by.
pub(crate) fn lower_key(word: &str) -> u64 {
    text::lower_id(word, &mut String::new())
}

use crate::conll2003::NerDoc;
use crate::doc::{Doc, EntitySpan};
use crate::error::{ModelError, StageError};
use crate::eval_ner::{spans, NerScores};
use crate::perceptron::{ModelReader, ModelWriter};
use crate::pipeline::Component;
use crate::table::Table;
use casing::Casing;
use clusters::WordClusters;
use decode::decode_beam;
use features::{extract, Resources};
use gazetteer::Gazetteer;
use labels::Labels;
use std::borrow::Cow;
use std::ops::Range;

const KIND: &str = "ner";
const VERSION: u32 = 3;

/// A trained named-entity recogniser.
#[derive(Debug, Clone)]
pub struct Ner {
    labels: Labels,
    gaz: Gazetteer,
    casing: Casing,
    clusters: WordClusters,
    model: Table,
    /// The second stage (features from the first stage's labels), if any.
    stage2: Option<Table>,
    /// Beam width of decoding (1: greedy).
    beam: usize,
}

/// Default beam width.
const BEAM: usize = 2;

impl Ner {
    fn new(
        labels: Labels,
        gaz: Gazetteer,
        casing: Casing,
        clusters: WordClusters,
        model: Table,
        stage2: Option<Table>,
    ) -> Ner {
        Ner {
            labels,
            gaz,
            casing,
            clusters,
            model,
            stage2,
            beam: BEAM,
        }
    }

    /// Trains on labelled documents (IOB2 or IOB1 labels) with default options.
    pub fn train(docs: &[NerDoc], iterations: usize, seed: u64, log: &mut dyn FnMut(&str)) -> Ner {
        let opts = NerTrainOptions {
            iterations,
            seed,
            ..Default::default()
        };
        train::train(docs, &opts, log)
    }

    /// Trains with explicit options (extra text, gazetteer entries, clusters, pruning).
    pub fn train_with(docs: &[NerDoc], opts: &NerTrainOptions, log: &mut dyn FnMut(&str)) -> Ner {
        train::train(docs, opts, log)
    }

    /// Sets the beam width of decoding (1: greedy; the default is 2).
    pub fn set_beam(&mut self, k: usize) {
        self.beam = k.max(1);
    }

    /// The entity types, sorted.
    pub fn types(&self) -> &[String] {
        &self.labels.types
    }

    /// Number of weighted features in the model.
    pub fn n_features(&self) -> usize {
        self.model.n_features() + self.stage2.as_ref().map_or(0, |m| m.n_features())
    }

    /// Reads a model written by [`Ner::to_bytes`].
    pub fn from_bytes(data: &[u8]) -> Result<Ner, ModelError> {
        let mut r = ModelReader::new(data, KIND, VERSION)?;
        let types = r.strs()?;
        if types.len() > 8 {
            return Err(ModelError::Corrupt("too many entity types".into()));
        }
        let labels = Labels::new(types);
        let gaz = Gazetteer::read(&mut r)?;
        let casing = Casing::read(&mut r)?;
        let clusters = WordClusters::read(&mut r)?;
        let model = Table::read(&mut r)?;
        let stage2 = match r.u32()? {
            0 => None,
            1 => Some(Table::read(&mut r)?),
            x => return Err(ModelError::Corrupt(format!("bad stage count {x}"))),
        };
        if model.n_classes() != labels.n_classes()
            || stage2
                .as_ref()
                .is_some_and(|m| m.n_classes() != labels.n_classes())
        {
            return Err(ModelError::Corrupt(
                "class count does not match types".into(),
            ));
        }
        if !r.at_end() {
            return Err(ModelError::Corrupt("trailing bytes".into()));
        }
        Ok(Ner::new(labels, gaz, casing, clusters, model, stage2))
    }

    /// The model file (deterministic: the same model gives the same bytes).
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut w = ModelWriter::new(KIND, VERSION);
        w.strs(&self.labels.types);
        self.gaz.write(&mut w);
        self.casing.write(&mut w);
        self.clusters.write(&mut w);
        self.model.write(&mut w);
        match &self.stage2 {
            None => w.u32(0),
            Some(m) => {
                w.u32(1);
                m.write(&mut w);
            }
        }
        w.buf
    }

    fn classes<S: AsRef<str>>(&self, sentences: &[Vec<S>]) -> Vec<Vec<usize>> {
        let res = Resources {
            gaz: &self.gaz,
            casing: &self.casing,
            clusters: &self.clusters,
            n_types: self.labels.types.len(),
        };
        let feats = extract(&res, sentences);
        let s1 = decode_beam(&self.model, &self.labels, &feats, None, self.beam);
        match &self.stage2 {
            None => s1,
            Some(m) => decode_beam(m, &self.labels, &feats, Some(&s1), self.beam),
        }
    }

    /// IOB2 labels for every word of a document's sentences.
    pub fn tag_document(&self, sentences: &[Vec<&str>]) -> Vec<Vec<String>> {
        self.classes(sentences)
            .iter()
            .map(|s| s.iter().map(|&c| self.labels.iob2(c)).collect())
            .collect()
    }

    /// Tags the words of labelled documents and scores the result against
    /// their labels (entity-level exact match); also returns the token count.
    pub fn evaluate(&self, docs: &[NerDoc]) -> (NerScores, usize) {
        let mut scores = NerScores::new();
        let mut tokens = 0;
        for d in docs {
            let words: Vec<Vec<&str>> = d
                .sentences
                .iter()
                .map(|s| s.iter().map(|(w, _)| w.as_str()).collect())
                .collect();
            tokens += words.iter().map(Vec::len).sum::<usize>();
            for (s, p) in d.sentences.iter().zip(self.tag_document(&words)) {
                let gold: Vec<&str> = s.iter().map(|(_, l)| l.as_str()).collect();
                scores.add_sentence(&gold, &p);
            }
        }
        (scores, tokens)
    }
}

impl Component for Ner {
    fn name(&self) -> &str {
        "ner"
    }

    /// Fills `doc.entities`, the whole `Doc` being one document. The NER
    /// reads words as CoNLL-2003 writes them, where the tokeniser splits
    /// hyphenated words as UD does: "Rolls-Royce" is one word to it, not
    /// "Rolls", "-" and "Royce" (which it tagged as two names).
    fn process(&self, doc: &mut Doc) -> Result<(), StageError> {
        let words: Vec<Vec<Range<usize>>> = doc
            .sentences
            .iter()
            .map(|s| hyphenated_words(doc, s.tokens.clone()))
            .collect();
        // a word of one token borrows its text; only hyphenated ones are joined
        let texts: Vec<Vec<Cow<str>>> = words
            .iter()
            .map(|ws| {
                ws.iter()
                    .map(|r| match &doc.tokens[r.clone()] {
                        [one] => Cow::Borrowed(one.text.as_str()),
                        many => Cow::Owned(many.iter().map(|t| t.text.as_str()).collect()),
                    })
                    .collect()
            })
            .collect();
        let sentences: Vec<Vec<&str>> = texts
            .iter()
            .map(|ws| ws.iter().map(AsRef::as_ref).collect())
            .collect();
        let classes = self.classes(&sentences);
        let mut entities = Vec::new();
        for (ws, cs) in words.iter().zip(&classes) {
            let tags: Vec<String> = cs.iter().map(|&c| self.labels.iob2(c)).collect();
            for (a, b, label) in spans(&tags) {
                let Some((a, b)) = without_marks(doc, ws[a].start, ws[b - 1].end) else {
                    continue;
                };
                entities.push(EntitySpan {
                    tokens: a..b,
                    label,
                    start: doc.tokens[a].start,
                    end: doc.tokens[b - 1].end,
                });
            }
        }
        doc.entities = entities;
        let mut buf = String::new();
        doc.clusters = doc
            .tokens
            .iter()
            .map(|t| {
                let key = text::lower_id(&t.text, &mut buf);
                self.clusters.path(key).unwrap_or(0)
            })
            .collect();
        Ok(())
    }
}

/// The words of the tokens `range` as the NER reads them: each token, but
/// tokens joined by hyphens with no space between are one word
/// ("Rolls-Royce", "state-of-the-art").
fn hyphenated_words(doc: &Doc, range: Range<usize>) -> Vec<Range<usize>> {
    let t = &doc.tokens;
    let word = |k: usize| t[k].text.chars().next().is_some_and(char::is_alphanumeric);
    let joins = |k: usize| {
        // token k is a hyphen between two words, touching both
        k > range.start
            && k + 1 < range.end
            && t[k].text == "-"
            && word(k - 1)
            && word(k + 1)
            && t[k - 1].end == t[k].start
            && t[k].end == t[k + 1].start
    };
    let mut out: Vec<Range<usize>> = Vec::new();
    let mut k = range.start;
    while k < range.end {
        match out.last_mut() {
            Some(last) if last.end == k && joins(k) => {
                last.end = k + 2;
                k += 2;
            }
            _ => {
                out.push(k..k + 1);
                k += 1;
            }
        }
    }
    out
}

/// Tokens `a..b` without the quotation marks and brackets at either end,
/// which are not part of a name ("` ` He was ...", as some corpora write
/// an opening quote); `None` when nothing is left.
fn without_marks(doc: &Doc, mut a: usize, mut b: usize) -> Option<(usize, usize)> {
    let mark = |t: usize| !doc.tokens[t].text.chars().any(char::is_alphanumeric);
    while a < b && mark(a) {
        a += 1;
    }
    while a < b && mark(b - 1) {
        b -= 1;
    }
    (a < b).then_some((a, b))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hyphenated_words_are_one_word_as_in_conll_2003() {
        let doc =
            crate::tokenize::tokenize("Rolls-Royce sells state-of-the-art engines - and more.");
        let words: Vec<String> = hyphenated_words(&doc, 0..doc.tokens.len())
            .into_iter()
            .map(|r| doc.tokens[r].iter().map(|t| t.text.as_str()).collect())
            .collect();
        assert_eq!(
            words,
            [
                "Rolls-Royce",
                "sells",
                "state-of-the-art",
                "engines",
                "-",
                "and",
                "more",
                "."
            ]
        );
    }
    use crate::doc::{Sentence, Token};

    fn doc(sents: &[&str]) -> NerDoc {
        // "word/LABEL" tokens, IOB2
        NerDoc {
            sentences: sents
                .iter()
                .map(|s| {
                    s.split(' ')
                        .map(|t| {
                            let (w, l) = t.rsplit_once('/').unwrap_or((t, "O"));
                            (w.to_string(), l.to_string())
                        })
                        .collect()
                })
                .collect(),
        }
    }

    #[test]
    fn quotation_marks_at_the_ends_of_a_name_are_left_out() {
        let doc = crate::builder::DocBuilder::new()
            .sentence(&[
                ("`", "PUNCT", 4, "punct"),
                ("`", "PUNCT", 4, "punct"),
                ("Mary", "PROPN", 4, "nsubj"),
                ("left", "VERB", 0, "root"),
                ("'", "PUNCT", 4, "punct"),
            ])
            .build();
        assert_eq!(without_marks(&doc, 0, 3), Some((2, 3)));
        assert_eq!(without_marks(&doc, 2, 5), Some((2, 4)));
        assert_eq!(without_marks(&doc, 0, 2), None);
    }

    fn words(d: &NerDoc) -> Vec<Vec<&str>> {
        d.sentences
            .iter()
            .map(|s| s.iter().map(|(w, _)| w.as_str()).collect())
            .collect()
    }

    fn tiny() -> Vec<NerDoc> {
        vec![
            doc(&[
                "John/B-PER Smith/I-PER flew to Paris/B-LOC on Monday .",
                "He works for Acme/B-ORG Corp/I-ORG in London/B-LOC .",
                "The French/B-MISC minister met Mary/B-PER Jones/I-PER .",
            ]),
            doc(&[
                "Acme/B-ORG said profits rose .",
                "Smith/B-PER left Paris/B-LOC for Berlin/B-LOC .",
            ]),
        ]
    }

    #[test]
    fn tiny_model_learns_its_training_sentences_and_round_trips() {
        let docs = tiny();
        let mut lines = 0;
        let mut ner = Ner::train(&docs, 30, 7, &mut |_| lines += 1);
        // a barely trained model's scores are too small for the beam's
        // local normalisation (see decode::TEMPERATURE): decode greedily
        ner.set_beam(1);
        assert!(lines > 0);
        assert_eq!(ner.types(), ["LOC", "MISC", "ORG", "PER"]);
        for d in &docs {
            let got = ner.tag_document(&words(d));
            let want: Vec<Vec<String>> = d
                .sentences
                .iter()
                .map(|s| s.iter().map(|(_, l)| l.clone()).collect())
                .collect();
            assert_eq!(got, want);
        }
        let bytes = ner.to_bytes();
        let mut back = Ner::from_bytes(&bytes).unwrap();
        back.set_beam(1);
        assert_eq!(back.to_bytes(), bytes, "writing is deterministic");
        assert_eq!(
            back.tag_document(&words(&docs[0])),
            ner.tag_document(&words(&docs[0]))
        );
        // same data, same seed: same bytes
        let again = Ner::train(&docs, 30, 7, &mut |_| {});
        assert_eq!(again.to_bytes(), bytes);
        assert!(Ner::from_bytes(&bytes[..bytes.len() - 1]).is_err());
        assert!(Ner::from_bytes(b"nope").is_err());
    }

    #[test]
    fn handles_empty_documents_and_sentences() {
        let ner = Ner::train(&tiny(), 5, 7, &mut |_| {});
        assert!(ner.tag_document(&[]).is_empty());
        let got = ner.tag_document(&[vec![], vec!["Paris", "."], vec![]]);
        assert_eq!(got.len(), 3);
        assert!(got[0].is_empty() && got[2].is_empty());
        assert_eq!(got[1].len(), 2);
        let mut d = Doc::default();
        ner.process(&mut d).unwrap();
        assert!(d.entities.is_empty());
    }

    /// Builds a `Doc` from whitespace-tokenised sentences.
    fn make_doc(sents: &[&str]) -> Doc {
        let mut d = Doc::default();
        for s in sents {
            let first = d.tokens.len();
            let start = d.text.chars().count();
            for w in s.split(' ') {
                let b = d.text.chars().count();
                d.text.push_str(w);
                let e = d.text.chars().count();
                d.text.push(' ');
                d.tokens.push(Token {
                    text: w.to_string(),
                    start: b,
                    end: e,
                    space_after: true,
                    ..Default::default()
                });
            }
            d.sentences.push(Sentence {
                tokens: first..d.tokens.len(),
                start,
                end: d.tokens.last().unwrap().end,
            });
        }
        d
    }

    #[test]
    fn component_fills_entity_spans() {
        let mut ner = Ner::train(&tiny(), 30, 7, &mut |_| {});
        ner.set_beam(1);
        let mut d = make_doc(&[
            "He works for Acme Corp in London .",
            "Smith left Paris for Berlin .",
        ]);
        ner.process(&mut d).unwrap();
        let got: Vec<(String, &str)> = d
            .entities
            .iter()
            .map(|e| {
                (
                    d.text.chars().skip(e.start).take(e.end - e.start).collect(),
                    e.label.as_str(),
                )
            })
            .collect();
        assert_eq!(
            got,
            vec![
                ("Acme Corp".to_string(), "ORG"),
                ("London".to_string(), "LOC"),
                ("Smith".to_string(), "PER"),
                ("Paris".to_string(), "LOC"),
                ("Berlin".to_string(), "LOC"),
            ]
        );
        assert_eq!(d.entities[0].tokens, 3..5);
    }

    /// Sentences of the example article (examples/articles/zpmc-cranes.txt),
    /// tokenised by whitespace around punctuation.
    const ARTICLE: &[&str] = &[
        "Not by Balloons Alone : US Officials Worry ' Chinese Port Cranes ' Could Spy on American Cargo",
        "The cranes , produced in China and used in US ports , apparently have sensors that allow them to track \u{201c} provenance and destination \u{201d} moved via this machinery between cargo ships and shore .",
        "Military and national security officials in the United States have become concerned that a particular type of heavy machinery manufactured in China and used on US soil , may be used as a tool of espionage .",
        "According to one US media outlet , the target of the officials \u{2019} concern are port cranes produced by Shanghai Zhenhua Heavy Industries Company Limited ( ZPMC ) , with some even likening this gear to the mythological Trojan horse .",
        "Specifically , the officials worry that these cranes contain \u{201c} sophisticated sensors \u{201d} that can track \u{201c} provenance and destination \u{201d} of the containers moved by this machinery between shore and cargo ships .",
        "ZPMC cranes are being used at many US ports , including some that are used by the military .",
        "Officials now worry that China may be afforded a chance to spy on shipments sent to support US military operations abroad , the media outlet noted .",
        "This development comes after the US military went to great lengths to hunt down and destroy a Chinese balloon that strayed into American airspace last month .",
        "While China insisted that the balloon was merely a wayward weather research craft that entered American skies by accident , US defense officials insisted that it could have been a spy balloon sent to gather data on sensitive sites in the United States .",
    ];

    #[test]
    fn shipped_model_finds_the_example_articles_entities() {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../../models/ner.bin");
        let Ok(bytes) = std::fs::read(path) else {
            eprintln!("skipping: {path} is absent");
            return;
        };
        let ner = Ner::from_bytes(&bytes).unwrap();
        let mut d = make_doc(ARTICLE);
        ner.process(&mut d).unwrap();
        let ents: Vec<(String, String)> = d
            .entities
            .iter()
            .map(|e| {
                let words: Vec<&str> = d.tokens[e.tokens.clone()]
                    .iter()
                    .map(|t| t.text.as_str())
                    .collect();
                (words.join(" "), e.label.clone())
            })
            .collect();
        eprintln!("{ents:?}");
        let has = |text: &str, label: &str| ents.iter().any(|(t, l)| t == text && l == label);
        assert!(
            has("Shanghai Zhenhua Heavy Industries Company Limited", "ORG"),
            "{ents:?}"
        );
        let zpmc: Vec<&String> = ents
            .iter()
            .filter(|e| e.0 == "ZPMC")
            .map(|e| &e.1)
            .collect();
        assert_eq!(zpmc, ["ORG", "ORG"], "{ents:?}");
        let china: Vec<&String> = ents
            .iter()
            .filter(|e| e.0 == "China")
            .map(|e| &e.1)
            .collect();
        assert_eq!(china, ["LOC", "LOC", "LOC", "LOC"], "{ents:?}");
        assert!(has("United States", "LOC"), "{ents:?}");
        // the title-case headline: "Officials Worry" are ordinary words
        assert!(
            !ents.iter().any(|(t, _)| t.contains("Officials")),
            "{ents:?}"
        );
    }
}
