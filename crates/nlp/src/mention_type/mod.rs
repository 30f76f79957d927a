//! The type of the mention a common noun heads ("the trustees" a group,
//! "the terminals" made things), learnt from GUM, which types every
//! mention, common nouns included: an averaged perceptron over the noun
//! (lemma, endings, number, word cluster), its modifiers and its place in
//! the clause ([`features`]), trained on GUM train's mentions as the
//! pipeline analyses their texts ([`train`]). Unlike a table of words, it
//! types words GUM never saw, by their endings and clusters, and the same
//! word by its context.
//!
//! As a pipeline [`Component`] it runs after the NER (whose word clusters
//! it reads) and fills [`Doc::noun_types`].

pub mod features;
pub mod train;

use crate::doc::Doc;
use crate::error::{ModelError, StageError};
use crate::pipeline::Component;
use crate::table::Table;
use crate::tags::Upos;

const KIND: &str = "mention-types";
const VERSION: u32 = 1;

/// The types, in GUM's terms mapped onto newsgraph's: people (one or
/// several) a group, objects and substances made things, abstract
/// notions, animals, plants and the rest concepts.
pub const CLASSES: [&str; 7] = [
    "concept",
    "group",
    "organization",
    "place",
    "artifact",
    "event",
    "time",
];

/// The class of a GUM mention type.
pub fn class_of_gum(kind: &str) -> usize {
    match kind {
        "person" => 1,
        "organization" => 2,
        "place" => 3,
        "object" | "substance" => 4,
        "event" => 5,
        "time" => 6,
        _ => 0,
    }
}

/// A trained mention typer.
#[derive(Debug, Clone)]
pub struct MentionTyper {
    table: Table,
}

impl MentionTyper {
    pub(crate) fn new(table: Table) -> Self {
        MentionTyper { table }
    }

    /// Number of weighted features.
    pub fn n_features(&self) -> usize {
        self.table.n_features()
    }

    /// The model file (the same model always gives the same bytes).
    pub fn to_bytes(&self) -> Vec<u8> {
        self.table.model_bytes(KIND, VERSION)
    }

    /// Reads a model written by [`MentionTyper::to_bytes`].
    pub fn from_bytes(data: &[u8]) -> Result<Self, ModelError> {
        let table = Table::from_model_bytes(data, KIND, VERSION, CLASSES.len())?;
        Ok(MentionTyper { table })
    }

    /// The class (index into [`CLASSES`]) of the mention that common noun
    /// `h` heads.
    pub fn predict(&self, doc: &Doc, h: usize) -> usize {
        let mut feats = Vec::with_capacity(32);
        features::extract(doc, h, &mut feats);
        let mut scores = [0i32; CLASSES.len()];
        self.table.scores(&feats, &mut scores);
        (0..CLASSES.len())
            .max_by_key(|&c| (scores[c], std::cmp::Reverse(c)))
            .unwrap_or(0)
    }
}

impl Component for MentionTyper {
    fn name(&self) -> &str {
        "mention-types"
    }

    fn process(&self, doc: &mut Doc) -> Result<(), StageError> {
        if !doc.is_parsed() && !doc.tokens.is_empty() {
            return Err(StageError::MissingLayer {
                stage: "mention-types",
                needs: "parser",
            });
        }
        doc.noun_types = (0..doc.tokens.len())
            .map(|h| (doc.tokens[h].upos == Upos::Noun).then(|| self.predict(doc, h) as u8))
            .collect();
        Ok(())
    }
}

#[cfg(test)]
mod tests;
