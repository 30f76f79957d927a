//! Third-person pronouns to the nouns they stand for: a ranking model that
//! scores every noun phrase head of the pronoun's sentence and the two
//! before it ([`candidates`]) on its distance, grammatical role, number,
//! named-entity label and word ([`features`]), and picks the best. Trained
//! on GUM's coreference annotation ([`train`]) with the crate's averaged
//! perceptron; on GUM's dev documents it finds the antecedent of far more
//! pronouns than the nearest subject or object that agrees in number
//! (`newsgraph eval pronouns`).
//!
//! As a pipeline [`Component`] it runs after the NER and fills
//! [`Doc::antecedents`]; the extraction's coreference step reads it.

pub mod features;
pub mod train;

use crate::doc::Doc;
use crate::error::{ModelError, StageError};
use crate::pipeline::Component;
use crate::table::Table;
use crate::tags::{DepRel, Upos};

const KIND: &str = "pronouns";
const VERSION: u32 = 1;

/// How many sentences before the pronoun's own its antecedent may lie in.
pub const WINDOW: usize = 2;

/// The class of a third-person pronoun, from its form: `it`, `they`, `he`
/// or `she` (`its`, `them`, `his`, `herself` and the rest); `None` for any
/// other token.
pub fn class(doc: &Doc, t: usize) -> Option<&'static str> {
    let tok = &doc.tokens[t];
    if !matches!(tok.upos, Upos::Pron | Upos::Det) {
        return None;
    }
    Some(match tok.text.to_lowercase().as_str() {
        "it" | "its" | "itself" => "it",
        "they" | "them" | "their" | "theirs" | "themselves" => "they",
        "he" | "him" | "his" | "himself" => "he",
        "she" | "her" | "hers" | "herself" => "she",
        _ => return None,
    })
}

/// The antecedents a pronoun at token `t` may have, nearest first: the
/// heads of noun phrases (nouns and proper nouns that are no part of a
/// compound or a name, and the heads of the names the NER found, however
/// the parse hung them) before it, in its sentence and the [`WINDOW`]
/// before. The object of a verb is not its subject ("the magistrate
/// sentenced him"), unless it is a reflexive.
pub fn candidates(doc: &Doc, t: usize) -> Vec<usize> {
    let Some(s) = doc.sentence_of(t) else {
        return Vec::new();
    };
    let from = doc.sentences[s.saturating_sub(WINDOW)].tokens.start;
    let subjects = clause_subjects(doc, t);
    (from..t)
        .rev()
        .filter(|&c| {
            let tok = &doc.tokens[c];
            let name_head = doc
                .entity_at(c)
                .is_some_and(|e| tok.head.is_none_or(|h| !e.tokens.contains(&h)));
            matches!(tok.upos, Upos::Noun | Upos::Propn)
                && (name_head || !matches!(tok.deprel.base(), DepRel::Compound | DepRel::Flat))
                && !subjects.contains(&c)
        })
        .collect()
}

/// The subjects a pronoun object at token `t` cannot stand for: those of
/// its verb and of the verb that verb is a conjunct of ("found him guilty
/// and sentenced him"); none for a reflexive or a pronoun of another role.
fn clause_subjects(doc: &Doc, t: usize) -> Vec<usize> {
    let tok = &doc.tokens[t];
    let text = tok.text.to_lowercase();
    if text.ends_with("self")
        || text.ends_with("selves")
        || !matches!(tok.deprel, DepRel::Obj | DepRel::Iobj)
    {
        return Vec::new();
    }
    let Some(h) = tok.head else {
        return Vec::new();
    };
    let mut verbs = vec![h];
    if doc.tokens[h].deprel == DepRel::Conj {
        verbs.extend(doc.tokens[h].head);
    }
    verbs
        .iter()
        .flat_map(|&v| doc.children(v))
        .filter(|&c| matches!(doc.tokens[c].deprel, DepRel::Nsubj | DepRel::NsubjPass))
        .collect()
}

/// A trained pronoun resolver.
#[derive(Debug, Clone)]
pub struct PronounResolver {
    table: Table,
}

impl PronounResolver {
    pub(crate) fn new(table: Table) -> Self {
        PronounResolver { table }
    }

    /// Number of weighted features.
    pub fn n_features(&self) -> usize {
        self.table.n_features()
    }

    /// The model file (the same model always gives the same bytes).
    pub fn to_bytes(&self) -> Vec<u8> {
        self.table.model_bytes(KIND, VERSION)
    }

    /// Reads a model written by [`PronounResolver::to_bytes`].
    pub fn from_bytes(data: &[u8]) -> Result<Self, ModelError> {
        let table = Table::from_model_bytes(data, KIND, VERSION, 1)?;
        Ok(PronounResolver { table })
    }

    /// The score of each of `candidates` as the antecedent of pronoun `t`
    /// of class `class`.
    fn scores(&self, doc: &Doc, t: usize, class: &str, candidates: &[usize]) -> Vec<i32> {
        let context = features::Context::new(doc, t, class);
        let mut feats = Vec::with_capacity(32);
        candidates
            .iter()
            .enumerate()
            .map(|(rank, &c)| {
                feats.clear();
                context.extract(c, rank, &mut feats);
                let mut score = [0i32];
                self.table.scores(&feats, &mut score);
                score[0]
            })
            .collect()
    }

    /// The antecedent of the pronoun at token `t`: the best-scoring
    /// candidate (the nearest on ties); `None` when `t` is no third-person
    /// pronoun or has no candidate.
    pub fn resolve(&self, doc: &Doc, t: usize) -> Option<usize> {
        let class = class(doc, t)?;
        let cands = candidates(doc, t);
        let scores = self.scores(doc, t, class, &cands);
        let best = (0..cands.len()).max_by_key(|&i| (scores[i], std::cmp::Reverse(i)))?;
        Some(cands[best])
    }

    /// The antecedent of every token of `doc` (`None` for all but pronouns).
    pub fn resolve_all(&self, doc: &Doc) -> Vec<Option<usize>> {
        (0..doc.tokens.len())
            .map(|t| self.resolve(doc, t))
            .collect()
    }
}

impl Component for PronounResolver {
    fn name(&self) -> &str {
        "pronouns"
    }

    fn process(&self, doc: &mut Doc) -> Result<(), StageError> {
        if !doc.is_parsed() && !doc.tokens.is_empty() {
            return Err(StageError::MissingLayer {
                stage: "pronouns",
                needs: "parser",
            });
        }
        doc.antecedents = self.resolve_all(doc);
        Ok(())
    }
}

#[cfg(test)]
mod tests;
