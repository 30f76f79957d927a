//! Roles read off copulas and appositions: "Steve Montgomery, chairman of
//! the Rail Delivery Group" is `be_chairman_of` the group, with the
//! complement that says in what.

use super::relations::{children_with, preposition, TokenRelation};
use newsgraph_core::lexicon::{is_past, title_class, TitleClass};
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
/// `be_former_prime_minister_of`), as it is no present one.
fn role_of(doc: &Doc, v: usize, holder: usize) -> Option<(String, usize)> {
    let former = doc
        .children(v)
        .any(|c| doc.tokens[c].deprel == DepRel::Amod && is_past(&doc.tokens[c].lemma));
    let (n, p) = complement(doc, v, holder)?;
    let role = role_words(doc, v);
    let predicate = if former {
        format!("be_former_{role}_{p}")
    } else {
        format!("be_{role}_{p}")
    };
    Some((predicate, n))
}

/// The complement that says in what role noun `v` is held, with its
/// preposition: "of" something, "at", "for" or "with" something named, or
/// a name's possessive ("Chelsea's record goalscorer": `of` Chelsea) when
/// the role is a person's and the noun is no conjunct (the parser often
/// makes "exploration and production company" two nouns, and a company is
/// rather "Pakistan's largest company" than one of Pakistan's).
fn complement(doc: &Doc, v: usize, holder: usize) -> Option<(usize, String)> {
    let after = children_with(doc, v, &[DepRel::Nmod]).find_map(|n| {
        let p = preposition(doc, n)?;
        let named = doc.tokens[n].upos == Upos::Propn;
        let noun = named || doc.tokens[n].upos == Upos::Noun;
        let fits = match p.as_str() {
            "of" => noun,
            "at" | "for" | "with" => named,
            _ => false,
        };
        fits.then_some((n, p))
    });
    // a person: a name that is no organisation's, place's or thing's (the
    // NER often leaves a lone surname untagged), or "he" or "she"
    let person = match doc.entities.iter().find(|e| e.tokens.contains(&holder)) {
        Some(e) => e.label == "PER",
        None => {
            doc.tokens[holder].upos == Upos::Propn
                || matches!(doc.tokens[holder].lemma.as_str(), "he" | "she")
        }
    };
    let coordinated = children_with(doc, v, &[DepRel::Conj])
        .any(|c| matches!(doc.tokens[c].upos, Upos::Noun | Upos::Propn));
    after.or_else(|| {
        if !person || coordinated {
            return None;
        }
        children_with(doc, v, &[DepRel::NmodPoss])
            .find(|&n| doc.tokens[n].upos == Upos::Propn)
            .map(|n| (n, "of".to_string()))
    })
}

/// The words of role noun `v` as a predicate part: the noun with the
/// modifiers right before it that belong to the role's name, an office
/// word ("prime minister", "deputy chairman") or a common noun compound
/// ("record goalscorer", "board member"); not an evaluative adjective
/// ("the new chairman" is a chairman).
fn role_words(doc: &Doc, v: usize) -> String {
    let mut first = v;
    while first > 0 {
        let k = first - 1;
        let t = &doc.tokens[k];
        let part = t.head == Some(v)
            && match t.deprel {
                DepRel::Compound => {
                    t.upos == Upos::Noun || title_class(&t.lemma) == Some(TitleClass::Office)
                }
                DepRel::Amod => title_class(&t.lemma) == Some(TitleClass::Office),
                _ => false,
            };
        if !part {
            break;
        }
        first = k;
    }
    doc.tokens[first..=v]
        .iter()
        .map(|t| t.lemma.to_lowercase())
        .collect::<Vec<_>>()
        .join("_")
}

/// Pushes "X be N", or, when N is a role in something, "X be_N_of Y"
/// alone: "Montgomery be chairman" beside it would say less twice. The
/// role's complement is not distributed over what the parser made its
/// conjuncts ("an icon of this club and his status here remains": the
/// status is no club).
pub(super) fn push_be(out: &mut Vec<TokenRelation>, doc: &Doc, be: TokenRelation) {
    match role_of(doc, be.object, be.subject).filter(|_| be.predicate == "be") {
        Some((predicate, n)) => out.push(TokenRelation {
            predicate,
            object: n,
            distributes: false,
            ..be
        }),
        None => out.push(be),
    }
}
