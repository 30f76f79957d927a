//! newsgraph's NLP core, in pure Rust: everything between raw article text
//! and an analysed [`Doc`].
//!
//! Layers, lowest first:
//! - [`doc`]: the `Doc` that flows through every stage (tokens with character
//!   offsets, sentences, tags, heads, entity spans).
//! - [`perceptron`]: the averaged perceptron with hashed features that every
//!   statistical model shares, and its compact binary model format.
//! - [`table`]: the compact quantised weight table the tagger, the parser
//!   and the NER predict with (and their model files hold).
//! - [`conllu`]: readers for the training and evaluation data.
//! - [`tokenize`]: the tokeniser and sentence splitter (raw text to tokens
//!   and sentences with char offsets, UD English EWT conventions).
//! - the stages: tokeniser, sentence splitter, tagger, lemmatiser, parser, NER.

pub mod builder;
pub mod conllu;
pub mod corpus;
pub mod doc;
pub mod error;
pub mod eval_parse;
pub mod gum;
pub mod lemma;
pub mod parser;
pub mod perceptron;
pub mod rng;
pub mod table;
pub mod tagger;
pub mod tags;

pub use doc::{AttributionSpan, Doc, EntitySpan, Sentence, Token};
pub use error::{ModelError, StageError};
pub use tags::{DepRel, Upos};
pub mod pipeline;
pub mod tokenize;

pub use pipeline::{Component, Pipeline};
pub mod attribution;
pub mod conll2003;
pub mod eval_ner;
pub mod mention_type;
pub mod ner;
pub mod pronoun;
pub mod typed;
pub mod vectors;
