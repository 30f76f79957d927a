//! Attribution: who says (or believes, or intends) what. A document-level
//! sequence tagger over the analysed tokens tags Source, Cue and Content
//! spans (BIO per role, [`tags`]), trained from PolNeAR ([`polnear`]) with
//! the crate's averaged perceptron and predicting with its compact
//! [`Table`]; a grouping step ([`group`]) joins each content to its cue and
//! source.
//!
//! Features ([`features`]) read every layer of the analysis (words, lemmas,
//! tags, the parse, entities) plus document state: quotation marks tracked
//! across sentences, paragraph starts, and a cue lexicon learnt from the
//! training data (each lemma's rate of being a cue). Decoding
//! ([`decode`]) runs left to right over the whole document, so a content may
//! span sentences; [`score`] reproduces the PolNeAR scorer's measures.

pub mod decode;
pub mod features;
pub mod group;
pub mod labels;
pub mod polnear;
pub mod score;
pub mod select;
pub mod tags;
mod train_select;

use crate::doc::Doc;
use crate::error::ModelError;
use crate::perceptron::{ModelReader, ModelWriter, Trainer};
use crate::rng::Rng;
use crate::table::Table;
use features::{extract, CueLexicon};
pub use group::{Found, GroupOptions};

const KIND: &str = "attribution";
const VERSION: u32 = 3;

/// Training settings.
#[derive(Debug, Clone)]
pub struct TrainOptions {
    pub iterations: usize,
    pub seed: u64,
    /// A lemma enters the cue lexicon after this many cue occurrences.
    pub min_cue_count: u32,
    /// Averaged weights below this magnitude are dropped.
    pub prune: f32,
    /// At most this many features are kept (the largest weights).
    pub max_features: usize,
    /// Epochs of the source selector (0: sources by the grouping rules).
    pub select_iterations: usize,
    /// Folds of the jackknife that tags the training texts for the selector.
    pub folds: usize,
}

impl Default for TrainOptions {
    fn default() -> Self {
        TrainOptions {
            iterations: 8,
            seed: 1,
            min_cue_count: 2,
            prune: 0.0,
            max_features: 120_000,
            select_iterations: 10,
            folds: 2,
        }
    }
}

/// A trained attribution tagger.
#[derive(Debug, Clone)]
pub struct Attributor {
    lex: CueLexicon,
    table: Table,
    /// Beam width of decoding (1: greedy; 3 after training).
    pub beam: usize,
    /// How spans are grouped into attributions.
    pub group: GroupOptions,
    /// The learned source selector (none: the grouping rules choose).
    pub select: Option<select::Selector>,
}

impl Attributor {
    /// Trains on analysed documents with their gold classes (see
    /// [`tags::encode`]). Deterministic for a given seed.
    pub fn train(docs: &[(&Doc, &[u8])], opts: &TrainOptions, log: &mut dyn FnMut(&str)) -> Self {
        let (lex, table) = train_tagger(docs, opts, log);
        let mut m = Attributor {
            lex,
            table,
            beam: 3,
            group: GroupOptions::default(),
            select: None,
        };
        if opts.select_iterations > 0 {
            let tags = jackknife(docs, opts, m.beam);
            let data: Vec<_> = docs
                .iter()
                .zip(&tags)
                .flat_map(|((d, gold), t)| train_select::instances(d, t, gold, &m.group))
                .collect();
            let s = select::Selector::train(&data, opts.select_iterations);
            let cands: usize = data.iter().map(|d| d.0.len()).sum();
            let covered = data.iter().filter(|d| d.1.contains(&true)).count();
            log(&format!(
                "source selector: {} instances ({covered} with a right candidate, {:.1} candidates each), {} features",
                data.len(),
                cands as f64 / data.len().max(1) as f64,
                s.n_features()
            ));
            m.select = Some(s);
        }
        m
    }

    /// The shipped model: trained with the default options on `docs`
    /// (analysed PolNeAR train texts and their gold classes), decoded with
    /// a beam of 3, grouped with the default options.
    pub fn shipped(docs: &[(&Doc, &[u8])], log: &mut dyn FnMut(&str)) -> Self {
        let mut m = Self::train(docs, &TrainOptions::default(), log);
        m.beam = 3;
        m.group = GroupOptions::default();
        m
    }

    /// Number of weighted features.
    pub fn n_features(&self) -> usize {
        self.table.n_features()
    }

    /// The model file (the same model always gives the same bytes).
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut w = ModelWriter::new(KIND, VERSION);
        w.u32(self.beam as u32);
        w.u32(u32::from(self.group.merge));
        w.u32(self.group.cue_window as u32);
        w.u32(u32::from(self.group.complete_source));
        w.u32(u32::from(self.group.source_before));
        w.u32(u32::from(self.group.parse_source));
        self.lex.write(&mut w);
        self.table.write(&mut w);
        w.u32(u32::from(self.select.is_some()));
        if let Some(s) = &self.select {
            s.write(&mut w);
        }
        w.buf
    }

    /// Reads a model written by [`Attributor::to_bytes`].
    pub fn from_bytes(data: &[u8]) -> Result<Self, ModelError> {
        let mut r = ModelReader::new(data, KIND, VERSION)?;
        let beam = r.u32()? as usize;
        let merge = r.u32()? != 0;
        let cue_window = r.u32()? as usize;
        let complete_source = r.u32()? != 0;
        let source_before = r.u32()? != 0;
        let parse_source = r.u32()?.min(2) as u8;
        let lex = CueLexicon::read(&mut r)?;
        let table = Table::read(&mut r)?;
        let select = match r.u32()? {
            0 => None,
            _ => Some(select::Selector::read(&mut r)?),
        };
        if table.n_classes() != tags::N_CLASSES {
            return Err(ModelError::Corrupt("class count".into()));
        }
        if !r.at_end() {
            return Err(ModelError::Corrupt("trailing bytes".into()));
        }
        Ok(Attributor {
            lex,
            table,
            beam: beam.clamp(1, 16),
            group: GroupOptions {
                merge,
                cue_window,
                complete_source,
                source_before,
                parse_source,
            },
            select,
        })
    }

    /// The class of every token of an analysed document.
    pub fn tag(&self, doc: &Doc) -> Vec<u8> {
        if doc.tokens.is_empty() {
            return Vec::new();
        }
        let f = extract(doc, &self.lex);
        decode::beam(&self.table, &f, self.beam)
    }

    /// The attributions of an analysed document.
    pub fn find(&self, doc: &Doc) -> Vec<Found> {
        let tags = self.tag(doc);
        let found = match &self.select {
            Some(s) => train_select::choose(doc, &tags, &self.group, s),
            None => group::group(doc, &tags, &self.group),
        };
        // a verb of saying: a cue in at least 30% of its occurrences
        let is_cue = |t: usize| self.lex.bucket(&doc.tokens[t]) >= 3;
        let mut found = labels::add_speaker_labels(doc, found, is_cue);
        for f in found.iter_mut().filter(|f| f.cue_rate == 0) {
            // the rate of the cue's head ("went" of "went to great lengths")
            f.cue_rate = f
                .cue
                .as_ref()
                .map_or(0, |r| self.lex.bucket(&doc.tokens[cue_head(doc, r)]));
        }
        found
    }
}

/// Trains the cue lexicon and the tagger's table.
fn train_tagger(
    docs: &[(&Doc, &[u8])],
    opts: &TrainOptions,
    log: &mut dyn FnMut(&str),
) -> (CueLexicon, Table) {
    let lex = CueLexicon::learn(docs, opts.min_cue_count);
    log(&format!("cue lexicon: {} lemmas", lex.len()));
    let feats: Vec<_> = docs.iter().map(|(d, _)| extract(d, &lex)).collect();
    let mut trainer = Trainer::new(tags::N_CLASSES);
    let mut order: Vec<usize> = (0..docs.len()).collect();
    let mut rng = Rng::new(opts.seed);
    let tokens: usize = docs.iter().map(|(d, _)| d.tokens.len()).sum();
    for it in 0..opts.iterations {
        rng.shuffle(&mut order);
        let errors: usize = order
            .iter()
            .map(|&i| decode::learn(&mut trainer, &feats[i], docs[i].1))
            .sum();
        log(&format!(
            "iteration {}: token errors {:.2}%",
            it + 1,
            100.0 * errors as f64 / tokens.max(1) as f64
        ));
    }
    let p = trainer.finish(opts.prune);
    let table = Table::from_perceptron(&p, opts.prune, opts.max_features)
        .expect("seven classes fit a table");
    log(&format!("features: {}", table.n_features()));
    (lex, table)
}

/// The tags of every training text by a tagger trained without it (`folds`
/// folds by index; with fewer than two folds, by the tagger of all texts).
fn jackknife(docs: &[(&Doc, &[u8])], opts: &TrainOptions, beam: usize) -> Vec<Vec<u8>> {
    let k = opts.folds.max(1);
    let mut out = vec![Vec::new(); docs.len()];
    for fold in 0..k {
        let rest: Vec<(&Doc, &[u8])> = (0..docs.len())
            .filter(|i| k == 1 || i % k != fold)
            .map(|i| docs[i])
            .collect();
        let (lex, table) = train_tagger(&rest, opts, &mut |_| {});
        for (i, (d, _)) in docs.iter().enumerate() {
            if i % k == fold && !d.tokens.is_empty() {
                out[i] = decode::beam(&table, &extract(d, &lex), beam);
            }
        }
    }
    out
}

impl crate::pipeline::Component for Attributor {
    fn name(&self) -> &str {
        "attribution"
    }

    /// Fills `doc.attributions`; the document must be tagged and parsed.
    fn process(&self, doc: &mut Doc) -> Result<(), crate::StageError> {
        if !doc.tokens.is_empty() && !doc.is_parsed() {
            return Err(crate::StageError::MissingLayer {
                stage: "attribution model",
                needs: "parser",
            });
        }
        doc.attributions = self.find(doc);
        Ok(())
    }
}

/// The head word of cue `r`: the last of its tokens whose head lies outside
/// it and that is no function word ("called" of "called for", "pointed" of
/// "pointed to", whose preposition hangs on the object outside the cue),
/// else the last token whose head lies outside it.
pub fn cue_head(doc: &Doc, r: &std::ops::Range<usize>) -> usize {
    use crate::tags::Upos;
    let top = |t: &usize| doc.tokens[*t].head.is_none_or(|h| !r.contains(&h));
    let function = |t: &usize| {
        matches!(
            doc.tokens[*t].upos,
            Upos::Adp | Upos::Part | Upos::Det | Upos::Punct | Upos::Cconj | Upos::Sconj
        )
    };
    r.clone()
        .rev()
        .filter(top)
        .find(|t| !function(t))
        .or_else(|| r.clone().rev().find(top))
        .unwrap_or(r.end - 1)
}

/// The cue is negated: a `not`, `n't` or `never` depends on one of its tokens.
pub fn is_negated(doc: &Doc, cue: &std::ops::Range<usize>) -> bool {
    cue.clone().any(|t| {
        doc.children(t).any(|c| {
            matches!(
                doc.tokens[c].text.to_lowercase().as_str(),
                "not" | "n't" | "never" | "n’t"
            )
        })
    })
}

/// The text of tokens `r` of `doc`, from the first token's start to the last one's end.
pub fn span_text(doc: &Doc, r: &std::ops::Range<usize>) -> String {
    let (a, b) = (doc.tokens[r.start].start, doc.tokens[r.end - 1].end);
    doc.text.chars().skip(a).take(b - a).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::builder::DocBuilder;

    fn example() -> Doc {
        DocBuilder::new()
            .sentence(&[
                ("Tom", "PROPN", 2, "nsubj"),
                ("said", "VERB", 0, "root"),
                ("taxes", "NOUN", 4, "nsubj"),
                ("rise", "VERB", 2, "ccomp"),
                (".", "PUNCT", 2, "punct"),
            ])
            .build()
    }

    #[test]
    fn learns_a_tiny_document_and_round_trips_bytes() {
        let doc = example();
        let gold = vec![polnear::GoldAttribution {
            source: vec![(0, 3)],
            cue: vec![(4, 8)],
            content: vec![(9, 19)],
        }];
        let t = tags::encode(&doc.tokens, &gold);
        let docs = vec![(&doc, t.as_slice())];
        let opts = TrainOptions {
            iterations: 5,
            min_cue_count: 1,
            ..Default::default()
        };
        let m = Attributor::train(&docs, &opts, &mut |_| {});
        assert_eq!(m.tag(&doc), t);
        assert!(m.select.is_some(), "the source selector is trained");
        let found = m.find(&doc);
        assert_eq!(found.len(), 1);
        assert_eq!(span_text(&doc, &found[0].content), "taxes rise");
        assert_eq!(span_text(&doc, found[0].source.as_ref().unwrap()), "Tom");
        let bytes = m.to_bytes();
        let back = Attributor::from_bytes(&bytes).unwrap();
        assert_eq!(back.to_bytes(), bytes);
        assert_eq!(back.tag(&doc), t);
        let again = Attributor::train(&docs, &opts, &mut |_| {});
        assert_eq!(again.to_bytes(), bytes, "training is reproducible");
        assert!(Attributor::from_bytes(&bytes[..bytes.len() - 1]).is_err());
        assert!(!is_negated(&doc, &(1..2)));
    }

    #[test]
    fn a_cues_head_is_its_verb_not_the_preposition_of_its_object() {
        let doc = DocBuilder::new()
            .sentence(&[
                ("The", "DET", 2, "det"),
                ("IMF", "PROPN", 3, "nsubj"),
                ("pointed", "VERB", 0, "root"),
                ("to", "ADP", 6, "case"),
                ("the", "DET", 6, "det"),
                ("decision", "NOUN", 3, "obl"),
                (".", "PUNCT", 3, "punct"),
            ])
            .build();
        // "to" hangs on "decision", outside the cue, as "pointed" does
        assert_eq!(cue_head(&doc, &(2..4)), 2);
        assert_eq!(cue_head(&doc, &(3..4)), 3, "a cue of one word is its head");
        assert_eq!(cue_head(&doc, &(4..6)), 5);
    }
}
