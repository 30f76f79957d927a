//! Roles read off copulas and appositions: "Steve Montgomery, chairman of
//! the Rail Delivery Group" is `be_chairman_of` the group, with the
//! complement that says in what.

use super::relations::{children_with, preposition, TokenRelation};
use newsgraph_core::lexicon::is_past;
use newsgraph_nlp::Doc;
use newsgraph_nlp::{DepRel, Upos};

/// The role a copular or appositive noun `v` names in something, with the
/// complement that says in what: "chairman of the Rail Delivery Group" is
/// `be_chairman_of` the group, "the operator of 16 exploration blocks"
/// `be_operator_of` the blocks, "a resident of Ludian county"
/// `be_resident_of` the county; "X be operator" alone says almost nothing.
/// A role at or in something named is one too ("a researcher at the
/// Natural History Museum": `be_researcher_at`). A former role says so in
/// its predicate ("a former prime minister of Papua New Guinea":
/// `be_former_minister_of`), as it is no present one.
fn role_of(doc: &Doc, v: usize) -> Option<(String, usize)> {
    let former = doc
        .children(v)
        .any(|c| doc.tokens[c].deprel == DepRel::Amod && is_past(&doc.tokens[c].lemma));
    let (n, p) = children_with(doc, v, &[DepRel::Nmod]).find_map(|n| {
        let p = preposition(doc, n)?;
        let named = doc.tokens[n].upos == Upos::Propn;
        let noun = named || doc.tokens[n].upos == Upos::Noun;
        let fits = match p.as_str() {
            "of" => noun,
            "at" | "for" | "with" => named,
            _ => false,
        };
        fits.then_some((n, p))
    })?;
    let role = doc.tokens[v].lemma.to_lowercase();
    let predicate = if former {
        format!("be_former_{role}_{p}")
    } else {
        format!("be_{role}_{p}")
    };
    Some((predicate, n))
}

/// Pushes "X be N", or, when N is a role in something, "X be_N_of Y"
/// alone: "Montgomery be chairman" beside it would say less twice. The
/// role's complement is not distributed over what the parser made its
/// conjuncts ("an icon of this club and his status here remains": the
/// status is no club).
pub(super) fn push_be(out: &mut Vec<TokenRelation>, doc: &Doc, be: TokenRelation) {
    match role_of(doc, be.object).filter(|_| be.predicate == "be") {
        Some((predicate, n)) => out.push(TokenRelation {
            predicate,
            object: n,
            distributes: false,
            ..be
        }),
        None => out.push(be),
    }
}
