//! Adjectives as predicates (`relations`, pattern `Attribute`): a literal
//! property of the subject, kept as someone's claim only.

use super::{claimant, extract, relation, relations};
use crate::extract::{Arg, Findings};
use newsgraph_nlp::builder::DocBuilder;
use newsgraph_nlp::Doc;

/// "Critics said the decision was `negation` unfair to workers", without
/// "Critics said" when `said` is false.
fn unfair(said: bool, negation: Option<(&str, &str)>) -> Doc {
    let mut words: Vec<(&str, &str, usize, &str)> = Vec::new();
    let at = if said { 2 } else { 0 };
    if said {
        words.push(("Critics", "NOUN", 2, "nsubj"));
        words.push(("said", "VERB", 0, "root"));
    }
    let adj = at + 4 + usize::from(negation.is_some());
    let (adj_head, adj_rel) = if said { (2, "ccomp") } else { (0, "root") };
    words.push(("the", "DET", at + 2, "det"));
    words.push(("decision", "NOUN", adj, "nsubj"));
    words.push(("was", "AUX", adj, "cop"));
    if let Some((word, rel)) = negation {
        words.push((word, "PART", adj, rel));
    }
    words.push(("unfair", "ADJ", adj_head, adj_rel));
    words.push(("to", "ADP", adj + 2, "case"));
    words.push(("workers", "NOUN", adj, "obl"));
    let mut b = DocBuilder::new().sentence(&words);
    if said {
        b = b.lemma(0, "critic").lemma(1, "say");
    }
    b.build()
}

#[test]
fn an_adjective_is_a_literal_property_claimed_by_the_speaker() {
    let f = extract(&unfair(true, None), None);
    let r = relation(&f, "decision -be-> \"unfair to workers\"");
    assert_eq!(r.object, Arg::Literal("unfair to workers".into()));
    assert_eq!(claimant(&f, r).as_deref(), Some("critics"));
    assert!(!r.negated);
    // in the article's own voice, no relation: a property is description
    assert!(relations(&extract(&unfair(false, None), None)).is_empty());
}

#[test]
fn a_negated_property_keeps_its_negation_out_of_the_literal() {
    for negation in [("not", "advmod"), ("no", "det")] {
        let f = extract(&unfair(true, Some(negation)), None);
        let r = relation(&f, "decision -be-> \"unfair to workers\"");
        assert!(r.negated, "{negation:?}");
    }
}

#[test]
fn an_extraposed_it_is_no_subject() {
    for clause in ["xcomp", "advcl"] {
        extraposed(clause);
    }
}

/// "The area matters ." then "Officials said it is ADJ ..." with
/// `rest` after the adjective (token 5 of the second sentence): the "it"
/// could be taken for the area.
fn it_after_the_area(adjective: &str, rest: &[(&str, &str, usize, &str)]) -> Findings {
    let mut second = vec![
        ("Officials", "NOUN", 2, "nsubj"),
        ("said", "VERB", 0, "root"),
        ("it", "PRON", 5, "nsubj"),
        ("is", "AUX", 5, "cop"),
        (adjective, "ADJ", 2, "ccomp"),
    ];
    second.extend_from_slice(rest);
    let doc = DocBuilder::new()
        .sentence(&[
            ("The", "DET", 2, "det"),
            ("area", "NOUN", 3, "nsubj"),
            ("matters", "VERB", 0, "root"),
        ])
        .sentence(&second)
        .lemma(2, "matter")
        .lemma(3, "official")
        .lemma(4, "say")
        .build();
    extract(&doc, None)
}

fn extraposed(clause: &str) {
    // "The area matters. Officials said it is counterproductive to spread
    // troops": "it" is the clause, not the area
    let f = it_after_the_area(
        "counterproductive",
        &[
            ("to", "PART", 7, "mark"),
            ("spread", "VERB", 5, clause),
            ("troops", "NOUN", 7, "obj"),
        ],
    );
    assert!(relations(&f).is_empty(), "{:?}", relations(&f));
}

#[test]
fn an_it_before_a_question_is_no_subject() {
    // "The area matters. Officials said it is unclear when troops leave":
    // "it" is the question, not the area
    let f = it_after_the_area(
        "unclear",
        &[
            ("when", "ADV", 8, "advmod"),
            ("troops", "NOUN", 8, "nsubj"),
            ("leave", "VERB", 5, "advcl"),
        ],
    );
    assert!(
        !relations(&f).iter().any(|r| r.contains("unclear")),
        "{:?}",
        relations(&f)
    );
}

#[test]
fn the_for_phrase_of_an_extraposed_it_does_the_deed() {
    // "Officials said it is counterproductive for Cambodia to spread troops"
    let doc = DocBuilder::new()
        .sentence(&[
            ("Officials", "NOUN", 2, "nsubj"),
            ("said", "VERB", 0, "root"),
            ("it", "PRON", 5, "nsubj"),
            ("is", "AUX", 5, "cop"),
            ("counterproductive", "ADJ", 2, "ccomp"),
            ("for", "ADP", 7, "case"),
            ("Cambodia", "PROPN", 5, "obl"),
            ("to", "PART", 9, "mark"),
            ("spread", "VERB", 5, "advcl"),
            ("troops", "NOUN", 9, "obj"),
        ])
        .entity(6..7, "LOC")
        .lemma(0, "official")
        .lemma(1, "say")
        .build();
    let f = extract(&doc, None);
    let r = relation(&f, "Cambodia -spread-> troops");
    assert_eq!(claimant(&f, r).as_deref(), Some("officials"));
}
