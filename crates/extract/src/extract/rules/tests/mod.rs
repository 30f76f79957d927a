//! Unit tests of the rules on hand-built parses: each test builds, with
//! [`DocBuilder`](newsgraph_nlp::builder::DocBuilder), the parse a UD
//! English (EWT) parser gives a typical news sentence of the class a rule
//! handles, and checks what the rule makes of it. They need neither the
//! models nor the store, so a parser retrain cannot fail them.
//!
//! One file per rule file; the helpers here run the whole extractor or one
//! step and render what it found as text.

mod accusations;
mod arguments;
mod attribution;
mod conjuncts;
mod coref;
mod definite;
mod fixtures;
mod learned;
mod mentions;
mod modality;
mod participants;
mod places;
mod properties;
mod questions;
mod relations;
mod repair;
mod role_names;
mod roles;
mod sources;
mod subjects;
mod time;
mod typed;

use super::mentions::MentionIndex;
use super::Rules;
use crate::extract::{Arg, Extractor, Findings, RawRelation};
use newsgraph_core::gazetteer::Gazetteer;
use newsgraph_core::Article;
use newsgraph_nlp::Doc;

/// The article `doc` is the analysis of: its whole text is the body.
fn article(doc: &Doc, published: Option<&str>) -> Article {
    Article {
        source: "test".into(),
        text: doc.text.clone(),
        body: std::iter::once(0..doc.text.chars().count()).collect(),
        published: published.map(str::to_string),
        ..Article::default()
    }
}

/// What the whole `rules` extractor finds in `doc`, published on `published`.
fn extract(doc: &Doc, published: Option<&str>) -> Findings {
    let mut f = Findings::default();
    Rules::new()
        .extract(&article(doc, published), doc, &mut f)
        .expect("a tagged doc");
    f
}

/// The mentions step alone: the findings with the mentions, and the index.
fn find_mentions(doc: &Doc) -> (Findings, MentionIndex) {
    let mut f = Findings::default();
    let chars: Vec<char> = doc.text.chars().collect();
    let idx = super::mentions::find(doc, &chars, Gazetteer::embedded(), &mut f);
    (f, idx)
}

/// The text of mention `m`.
fn text(f: &Findings, m: usize) -> &str {
    &f.mentions[m].text
}

/// A relation as "subject -predicate-> object", in mention texts.
fn render(f: &Findings, r: &RawRelation) -> String {
    let object = match &r.object {
        Arg::Mention(o) => text(f, *o).to_string(),
        Arg::Literal(l) => format!("{l:?}"),
    };
    format!("{} -{}-> {}", text(f, r.subject), r.predicate, object)
}

/// All relations found, rendered.
fn relations(f: &Findings) -> Vec<String> {
    f.relations.iter().map(|r| render(f, r)).collect()
}

/// The relation rendered as `rendered`; fails the test, listing what was
/// found, when there is none.
fn relation<'a>(f: &'a Findings, rendered: &str) -> &'a RawRelation {
    f.relations
        .iter()
        .find(|r| render(f, r) == rendered)
        .unwrap_or_else(|| panic!("no {rendered:?} in {:?}", relations(f)))
}

/// The text of the source a relation is claimed by, if any.
fn claimant(f: &Findings, r: &RawRelation) -> Option<String> {
    r.claimed_by.map(|m| text(f, m).to_string())
}

/// The token relations of the relations step, as "subject -predicate->
/// object" in token texts.
fn token_relations(doc: &Doc) -> Vec<String> {
    super::relations::find(doc)
        .iter()
        .map(|r| {
            format!(
                "{} -{}-> {}",
                doc.tokens[r.subject].text, r.predicate, doc.tokens[r.object].text
            )
        })
        .collect()
}

/// The definite-description links, as "description -> antecedent".
fn references(f: &Findings) -> Vec<String> {
    f.refers_to
        .iter()
        .map(|&(d, a)| format!("{} -> {}", text(f, d), text(f, a)))
        .collect()
}
