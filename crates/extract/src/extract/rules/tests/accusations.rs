//! Accusations and penalties (`rules::attribution`): the deed they name
//! is the accuser's account, not the article's fact.

use super::{claimant, extract, relation};
use crate::extract::rules::attribution::attributions;
use newsgraph_nlp::builder::DocBuilder;

#[test]
fn an_accusation_attributes_the_deed_to_the_accuser() {
    // "Police charged the man with stealing a car"
    let doc = DocBuilder::new()
        .sentence(&[
            ("Police", "NOUN", 2, "nsubj"),
            ("charged", "VERB", 0, "root"),
            ("the", "DET", 4, "det"),
            ("man", "NOUN", 2, "obj"),
            ("with", "SCONJ", 6, "mark"),
            ("stealing", "VERB", 2, "advcl"),
            ("a", "DET", 8, "det"),
            ("car", "NOUN", 6, "obj"),
        ])
        .lemma(1, "charge")
        .lemma(5, "steal")
        .build();
    let a = attributions(&doc);
    let deed = a[5].as_ref().expect("the deed is attributed");
    assert_eq!((deed.source, deed.verb.as_str()), (Some(0), "charge"));
    assert!(a[3].is_none(), "the accused is not part of the claim");
    let f = extract(&doc, None);
    // the accused does the deed, by the police's account
    let r = relation(&f, "man -steal-> car");
    assert_eq!(claimant(&f, r).as_deref(), Some("police"));
    assert_eq!(claimant(&f, relation(&f, "police -charge-> man")), None);
}

#[test]
fn a_penalty_for_a_deed_attributes_the_deed_to_who_imposes_it() {
    // "Regulators fined Acme for breaking the rules": that Acme broke them
    // is the regulators' finding
    let doc = DocBuilder::new()
        .sentence(&[
            ("Regulators", "NOUN", 2, "nsubj"),
            ("fined", "VERB", 0, "root"),
            ("Acme", "PROPN", 2, "obj"),
            ("for", "SCONJ", 5, "mark"),
            ("breaking", "VERB", 2, "advcl"),
            ("the", "DET", 7, "det"),
            ("rules", "NOUN", 5, "obj"),
        ])
        .lemma(0, "regulator")
        .lemma(1, "fine")
        .lemma(4, "break")
        .lemma(6, "rule")
        .build();
    let f = extract(&doc, None);
    let r = relation(&f, "Acme -break-> rules");
    assert_eq!(claimant(&f, r).as_deref(), Some("regulators"));
    assert_eq!(claimant(&f, relation(&f, "regulators -fine-> Acme")), None);
}
