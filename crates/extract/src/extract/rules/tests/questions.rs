//! What a relation's clause leaves unsaid or unsettled (`rules::relations`,
//! `rules::mood`): an open question is no statement, and what is no longer
//! so is negated.

use super::{extract, relation};
use crate::extract::rules::relations::find;
use newsgraph_nlp::builder::DocBuilder;

#[test]
fn what_is_no_longer_so_is_negated() {
    // "ZPMC no longer makes cranes" ("no" on "longer", or both on the verb)
    for no_head in [3, 4] {
        let doc = DocBuilder::new()
            .sentence(&[
                ("ZPMC", "PROPN", 4, "nsubj"),
                ("no", "ADV", no_head, "advmod"),
                ("longer", "ADV", 4, "advmod"),
                ("makes", "VERB", 0, "root"),
                ("cranes", "NOUN", 4, "obj"),
            ])
            .entity(0..1, "ORG")
            .lemma(2, "longer")
            .lemma(3, "make")
            .lemma(4, "crane")
            .build();
        let f = extract(&doc, None);
        assert!(relation(&f, "ZPMC -make-> cranes").negated);
    }
    // "ZPMC makes longer cranes" is no negation
    let doc = DocBuilder::new()
        .sentence(&[
            ("ZPMC", "PROPN", 2, "nsubj"),
            ("makes", "VERB", 0, "root"),
            ("longer", "ADJ", 4, "amod"),
            ("cranes", "NOUN", 2, "obj"),
        ])
        .entity(0..1, "ORG")
        .lemma(1, "make")
        .lemma(2, "long")
        .lemma(3, "crane")
        .build();
    let f = extract(&doc, None);
    assert!(!relation(&f, "ZPMC -make-> longer cranes").negated);
}

#[test]
fn a_clause_of_whether_is_nobodys_statement_whatever_governs_it() {
    // "The returns would shed light on whether Trump paid federal taxes":
    // no relation, though nobody asks
    let doc = DocBuilder::new()
        .sentence(&[
            ("The", "DET", 2, "det"),
            ("returns", "NOUN", 4, "nsubj"),
            ("would", "AUX", 4, "aux"),
            ("shed", "VERB", 0, "root"),
            ("light", "NOUN", 4, "obj"),
            ("on", "SCONJ", 9, "mark"),
            ("whether", "SCONJ", 9, "mark"),
            ("Trump", "PROPN", 9, "nsubj"),
            ("paid", "VERB", 4, "advcl"),
            ("federal", "ADJ", 11, "amod"),
            ("taxes", "NOUN", 9, "obj"),
        ])
        .entity(7..8, "PER")
        .lemma(1, "return")
        .lemma(3, "shed")
        .lemma(8, "pay")
        .lemma(10, "tax")
        .build();
    assert!(
        find(&doc).iter().all(|r| r.predicate != "pay"),
        "{:?}",
        find(&doc)
    );
    // "if" there is a condition, not a question: the relation stays
    let doc = DocBuilder::new()
        .sentence(&[
            ("Trump", "PROPN", 2, "nsubj"),
            ("paid", "VERB", 0, "root"),
            ("taxes", "NOUN", 2, "obj"),
            ("if", "SCONJ", 6, "mark"),
            ("he", "PRON", 6, "nsubj"),
            ("had", "AUX", 6, "aux"),
            ("profits", "NOUN", 2, "advcl"),
        ])
        .entity(0..1, "PER")
        .lemma(1, "pay")
        .lemma(2, "tax")
        .lemma(6, "profit")
        .build();
    assert!(
        find(&doc).iter().any(|r| r.predicate == "pay"),
        "{:?}",
        find(&doc)
    );
}

#[test]
fn what_is_asked_is_nobodys_statement() {
    // "Reporters asked if Wood supported the decision": no relation
    let doc = DocBuilder::new()
        .sentence(&[
            ("Reporters", "NOUN", 2, "nsubj"),
            ("asked", "VERB", 0, "root"),
            ("if", "SCONJ", 5, "mark"),
            ("Wood", "PROPN", 5, "nsubj"),
            ("supported", "VERB", 2, "ccomp"),
            ("the", "DET", 7, "det"),
            ("decision", "NOUN", 5, "obj"),
        ])
        .entity(3..4, "PER")
        .lemma(0, "reporter")
        .lemma(1, "ask")
        .lemma(4, "support")
        .build();
    assert!(
        find(&doc).iter().all(|r| r.predicate != "support"),
        "{:?}",
        find(&doc)
    );
}
