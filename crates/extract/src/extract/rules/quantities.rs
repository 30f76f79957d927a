//! Counts as the objects of relations: "the death toll rose to 381
//! people", "clashes killed at least 15 people" relate the subject to the
//! count as a literal ("381 people"), not to a bare "people" whose number
//! was lost, nor to a time ("in 2015" is the relation's time).

use super::{coref, time};
use newsgraph_nlp::{DepRel, Doc, Upos};
use std::ops::Range;

/// The tokens of the count that token `t` heads, if it heads one: a number
/// as an object ("killed 15"), or a common noun counted by a number ("381
/// people", "at least 40 injured people", "$1.1 trillion"), with its
/// modifiers but not its preposition, article or clauses. A number with
/// "of" ("millions of passengers") stands for its complement, a name the
/// NER found ("eight Cambodians") stays a mention, and a time, a date or a
/// year ("Nov. 8", "a 2013 memo") is no count.
pub fn counted(doc: &Doc, t: usize) -> Option<Range<usize>> {
    let tok = &doc.tokens[t];
    let number = |c: usize| {
        doc.tokens[c].upos == Upos::Num && !time::is_time(doc, c) && doc.tokens[c].lemma != "one"
    };
    let counts = (number(t) && tok.deprel == DepRel::Obj)
        || doc
            .children(t)
            .any(|c| doc.tokens[c].deprel == DepRel::Nummod && number(c));
    let named = tok.upos == Upos::Propn || doc.entities.iter().any(|e| e.tokens.contains(&t));
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

#[cfg(test)]
mod tests {
    use super::*;
    use newsgraph_nlp::builder::DocBuilder;

    #[test]
    fn a_counted_noun_or_a_number_is_a_count_and_a_year_is_not() {
        // "Clashes killed at least 15 people in 2015 , the toll rising to
        // 381 people and 8 Thais"
        let doc = DocBuilder::new()
            .sentence(&[
                ("Clashes", "NOUN", 2, "nsubj"),
                ("killed", "VERB", 0, "root"),
                ("at", "ADP", 4, "case"),
                ("least", "ADJ", 5, "nmod"),
                ("15", "NUM", 6, "nummod"),
                ("people", "NOUN", 2, "obj"),
                ("in", "ADP", 8, "case"),
                ("2015", "NUM", 2, "obl"),
                (",", "PUNCT", 12, "punct"),
                ("the", "DET", 11, "det"),
                ("toll", "NOUN", 12, "nsubj"),
                ("rising", "VERB", 2, "advcl"),
                ("to", "ADP", 15, "case"),
                ("381", "NUM", 15, "nummod"),
                ("people", "NOUN", 12, "obl"),
                ("and", "CCONJ", 18, "cc"),
                ("8", "NUM", 18, "nummod"),
                ("Thais", "NOUN", 15, "conj"),
            ])
            .entity(17..18, "MISC")
            .build();
        assert_eq!(counted(&doc, 5), Some(2..6));
        assert_eq!(
            counted(&doc, 4),
            None,
            "the number is part of the count of its noun"
        );
        assert_eq!(counted(&doc, 14), Some(13..15), "without its preposition");
        assert_eq!(counted(&doc, 7), None, "a year is a time");
        assert_eq!(counted(&doc, 0), None, "no number");
        assert_eq!(counted(&doc, 17), None, "a name stays a mention");
    }
}
