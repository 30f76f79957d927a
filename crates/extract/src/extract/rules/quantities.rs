//! Counts as the objects of relations: "the death toll rose to 381
//! people", "clashes killed at least 15 people" relate the subject to the
//! count as a literal ("381 people"), not to a bare "people" whose number
//! was lost, nor to a time ("in 2015" is the relation's time).

use super::{coref, time};
use newsgraph_nlp::{DepRel, Doc, Upos};
use std::ops::Range;

/// The tokens of the count that token `t` heads, if it heads one: a common
/// noun counted by a number ("381 people", "at least 40 injured people",
/// "$1.1 trillion"), with its
/// modifiers but not its preposition, article or clauses. A number with
/// "of" ("millions of passengers") stands for its complement, a name the
/// NER found ("eight Cambodians") stays a mention, and a time, a date or a
/// year ("Nov. 8", "a 2013 memo") is no count. A denied count is one: "did
/// not name one winner" says nothing of naming winners.
pub fn counted(doc: &Doc, t: usize) -> Option<Range<usize>> {
    let tok = &doc.tokens[t];
    // "one" is mostly "a" ("one company said"), but a denial of one is a
    // count ("refused to name one winner": they named two)
    let denied = tok
        .head
        .is_some_and(|h| super::mood::negated(doc, h, Some(t)));
    let number = |c: usize| {
        doc.tokens[c].upos == Upos::Num
            && !time::is_time(doc, c)
            && (denied || doc.tokens[c].lemma != "one")
    };
    // a bare number ("killed more than 1,400") is a quantity, not a count
    // of anything: no object (JUDGING.md calls it wrong)
    let counts = doc
        .children(t)
        .any(|c| doc.tokens[c].deprel == DepRel::Nummod && number(c));
    let named = tok.upos == Upos::Propn || doc.entity_at(t).is_some();
    if !counts || named || time::is_time(doc, t) || coref::light_noun_complement(doc, t).is_some() {
        return None;
    }
    // the head's own modifiers, and everything under them ("at least 15")
    let modifier = |k: usize| {
        matches!(
            doc.tokens[k].deprel,
            DepRel::Nummod | DepRel::Amod | DepRel::Compound | DepRel::Advmod | DepRel::Nmod
        ) && (k < t || doc.tokens[k].deprel == DepRel::Nummod)
    };
    let mut phrase: Vec<usize> = std::iter::once(t)
        .chain(doc.children(t).filter(|&k| modifier(k)))
        .collect();
    let mut i = 1;
    while i < phrase.len() {
        let c = phrase[i];
        phrase.extend(
            doc.children(c)
                .filter(|&k| doc.tokens[k].upos != Upos::Punct),
        );
        i += 1;
    }
    if phrase.iter().any(|&k| time::is_time(doc, k)) {
        return None;
    }
    let (mut first, mut last) = (t, t);
    while first > 0 && phrase.contains(&(first - 1)) {
        first -= 1;
    }
    while phrase.contains(&(last + 1)) {
        last += 1;
    }
    Some(first..last + 1)
}
