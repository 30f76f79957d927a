//! The dependency parser (Universal Dependencies relations, with subtypes
//! such as `nsubj:pass`, `obl:agent`, `nmod:poss`, `compound:prt`): a greedy
//! arc-eager transition parser ([`transition`]) scored by an averaged
//! perceptron over the Zhang & Nivre (2011) features ([`features`]),
//! trained with a dynamic oracle ([`train`]). This file holds the public
//! [`Parser`]: decoding, the model file and the pipeline component.

pub mod features;
pub mod recipe;
pub mod train;
pub mod transition;

use crate::conllu::ConlluSentence;
use crate::doc::Doc;
use crate::error::{ModelError, StageError};
use crate::perceptron::{ModelReader, ModelWriter, Perceptron};
use crate::pipeline::Component;
use crate::table::Table;
use crate::tags::DepRel;
use features::{extract, TokenIds, N_FEATURES};
use std::cell::RefCell;
use transition::{decode, n_classes, State, NONE};

pub use train::TrainOptions;

const KIND: &str = "parser";
const VERSION: u32 = 2;

/// A trained dependency parser.
pub struct Parser {
    /// Relation labels, indexed by class label.
    labels: Vec<String>,
    /// The same labels, interned.
    rels: Vec<DepRel>,
    /// Bit of each label's coarse relation (for the label-set features).
    coarse: Vec<u64>,
    /// Index of `root` in `labels`.
    root: usize,
    model: Table,
}

/// Reusable buffers of one parse.
#[derive(Default)]
struct Scratch {
    ids: TokenIds,
    state: State,
    scores: Vec<i32>,
}

thread_local! {
    static SCRATCH: RefCell<Scratch> = RefCell::new(Scratch::default());
}

/// The best class among the moves that apply, or `None`. `ok` filters
/// classes further (the training oracle uses it for zero-cost classes).
pub(crate) fn best_class<T: PartialOrd + Copy>(
    scores: &[T],
    st: &State,
    root: usize,
    mut ok: impl FnMut(usize) -> bool,
) -> Option<usize> {
    let valid = st.valid();
    let at_root = st.b >= st.n;
    let mut best: Option<(usize, T)> = None;
    let mut consider = |c: usize, allowed: bool| {
        if allowed && best.is_none_or(|(_, b)| scores[c] > b) && ok(c) {
            best = Some((c, scores[c]));
        }
    };
    consider(0, valid[0]);
    consider(1, valid[1]);
    for l in 0..scores.len().saturating_sub(2) / 2 {
        // LEFT-ARC takes `root` exactly when the root is the buffer front.
        consider(2 + 2 * l, valid[2] && (l == root) == at_root);
        consider(3 + 2 * l, valid[3] && l != root);
    }
    best.map(|(c, _)| c)
}

/// The class of the one move that applies, when only one does: SHIFT on an
/// empty stack; at the end of the sentence, REDUCE of a word with a head,
/// or LEFT-ARC `root` of one without. No need to score those.
fn only_class(st: &State, root: usize) -> Option<usize> {
    let [shift, reduce, left, right] = st.valid();
    if st.b >= st.n {
        // the buffer holds only the root: no SHIFT, no RIGHT-ARC
        return if reduce {
            Some(1)
        } else if left {
            Some(2 + 2 * root)
        } else {
            None
        };
    }
    (shift && !reduce && !left && !right).then_some(0)
}

impl Parser {
    /// Trains a parser on `sentences` with their own tags (gold or
    /// predicted), `iterations` epochs, deterministic for a given `seed`.
    pub fn train(
        sentences: &[&ConlluSentence],
        iterations: usize,
        seed: u64,
        log: &mut dyn FnMut(&str),
    ) -> Parser {
        let opts = TrainOptions {
            iterations,
            seed,
            ..TrainOptions::default()
        };
        train::train(sentences, &opts, log)
    }

    pub(crate) fn new(labels: Vec<String>, model: Table) -> Parser {
        let mut coarse_names: Vec<&str> = labels
            .iter()
            .map(|l| l.split(':').next().unwrap_or(l))
            .collect();
        coarse_names.sort_unstable();
        coarse_names.dedup();
        let coarse = labels
            .iter()
            .map(|l| {
                let c = l.split(':').next().unwrap_or(l);
                let i = coarse_names.binary_search(&c).unwrap_or(63).min(63);
                1u64 << i
            })
            .collect();
        let root = labels.iter().position(|l| l == "root").unwrap_or(0);
        let rels = labels.iter().map(|l| DepRel::intern(l)).collect();
        Parser {
            labels,
            rels,
            coarse,
            root,
            model,
        }
    }

    /// The parser of an averaged perceptron over `labels` (as trained by
    /// [`train::train_averaged`]): weights below `prune` dropped, at most
    /// `max_features` features kept (the strongest).
    pub fn from_averaged(
        labels: Vec<String>,
        averaged: &Perceptron,
        prune: f32,
        max_features: usize,
    ) -> Parser {
        let model = Table::from_perceptron(averaged, prune, max_features)
            .expect("parser classes fit a table");
        Parser::new(labels, model)
    }

    /// The relation labels the parser predicts.
    pub fn labels(&self) -> &[String] {
        &self.labels
    }

    /// Number of features with weights in the model.
    pub fn n_features(&self) -> usize {
        self.model.n_features()
    }

    pub fn from_bytes(data: &[u8]) -> Result<Parser, ModelError> {
        let mut r = ModelReader::new(data, KIND, VERSION)?;
        let labels = r.strs()?;
        if labels.is_empty() || !labels.iter().any(|l| l == "root") {
            return Err(ModelError::Corrupt("parser labels lack `root`".into()));
        }
        let model = Table::read(&mut r)?;
        if model.n_classes() != n_classes(labels.len()) {
            return Err(ModelError::Corrupt(
                "parser classes do not match its labels".into(),
            ));
        }
        if !r.at_end() {
            return Err(ModelError::Corrupt("trailing bytes after parser".into()));
        }
        Ok(Parser::new(labels, model))
    }

    pub fn to_bytes(&self) -> Vec<u8> {
        let mut w = ModelWriter::new(KIND, VERSION);
        w.strs(&self.labels);
        self.model.write(&mut w);
        w.buf
    }

    /// Runs the greedy parse of the sentence in `s.ids` and leaves the
    /// tree in `s.state` (heads with the root at index `n`, label indices).
    fn run(&self, s: &mut Scratch, n: usize) {
        let Scratch { ids, state, scores } = s;
        state.reset(n);
        scores.resize(self.model.n_classes(), 0);
        let mut feats = [0u64; N_FEATURES];
        while !state.is_terminal() {
            let c = match only_class(state, self.root) {
                Some(c) => c,
                None => {
                    extract(state, ids, &mut feats);
                    scores.iter_mut().for_each(|x| *x = 0);
                    self.model.scores(&feats, scores);
                    best_class(scores, state, self.root, |_| true)
                        .expect("a move always applies before the end")
                }
            };
            let (m, l) = decode(c);
            state.apply(m, l as u16, self.coarse[l]);
        }
    }

    /// Parses one sentence with its tags. Returns, per word, its head
    /// (1-based, 0 for the root) and relation. Exactly one word has head 0
    /// (relation `root`); extra root candidates are attached to the first one.
    pub fn parse_words(
        &self,
        words: &[&str],
        upos: &[&str],
        xpos: &[&str],
    ) -> Vec<(usize, String)> {
        let mut out = Vec::with_capacity(words.len());
        self.parse_with(words, upos, xpos, |_, h, rel| {
            out.push((h, rel.as_str().to_string()))
        });
        out
    }

    /// Parses one sentence and calls `emit(word, head, relation)` for each
    /// word in order (0-based word, 1-based head, 0 for the root).
    fn parse_with(
        &self,
        words: &[&str],
        upos: &[&str],
        xpos: &[&str],
        mut emit: impl FnMut(usize, usize, DepRel),
    ) {
        let n = words.len();
        if n == 0 {
            return;
        }
        SCRATCH.with(|s| {
            let mut s = s.borrow_mut();
            s.ids.fill(words, upos, xpos);
            self.run(&mut s, n);
            let st = &s.state;
            let mut first_root = NONE;
            for d in 0..n {
                let h = st.head[d];
                if h as usize != n {
                    emit(d, h as usize + 1, self.rels[st.label[d] as usize]);
                } else if first_root == NONE {
                    first_root = d as u32;
                    emit(d, 0, DepRel::Root);
                } else {
                    let rel = if upos.get(d) == Some(&"PUNCT") {
                        DepRel::Punct
                    } else {
                        DepRel::Parataxis
                    };
                    emit(d, first_root as usize + 1, rel);
                }
            }
        })
    }
}

impl Component for Parser {
    fn name(&self) -> &str {
        "parser"
    }

    fn process(&self, doc: &mut Doc) -> Result<(), StageError> {
        if !doc.tagged && !doc.tokens.is_empty() {
            return Err(StageError::MissingLayer {
                stage: "parser",
                needs: "tagger",
            });
        }
        let mut parsed: Vec<(usize, DepRel)> = Vec::new();
        for si in 0..doc.sentences.len() {
            let range = doc.sentences[si].tokens.clone();
            if range.is_empty() {
                continue;
            }
            parsed.clear();
            {
                let toks = &doc.tokens[range.clone()];
                let words: Vec<&str> = toks.iter().map(|t| t.text.as_str()).collect();
                let upos: Vec<&str> = toks.iter().map(|t| t.upos.as_str()).collect();
                let xpos: Vec<&str> = toks.iter().map(|t| t.xpos.as_str()).collect();
                self.parse_with(&words, &upos, &xpos, |_, h, rel| parsed.push((h, rel)));
            }
            for (i, &(h, rel)) in parsed.iter().enumerate() {
                let t = &mut doc.tokens[range.start + i];
                t.head = if h == 0 {
                    None
                } else {
                    Some(range.start + h - 1)
                };
                t.deprel = rel;
            }
        }
        doc.index_children();
        Ok(())
    }
}

#[cfg(test)]
mod tests;
