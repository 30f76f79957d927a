//! The participants of a verb beside its subject and object
//! (`rules::obliques`): named recipients, what a verb of supplying gives,
//! the complement of a light verb's object, and times that are none.

use super::token_relations;
use newsgraph_nlp::builder::DocBuilder;

#[test]
fn a_named_recipient_beside_an_object_is_a_participant() {
    // "Smith gave the money to Jones at noon ." / "... to charity ."
    let gave = |to: &str, upos: &str| {
        let doc = DocBuilder::new()
            .sentence(&[
                ("Smith", "PROPN", 2, "nsubj"),
                ("gave", "VERB", 0, "root"),
                ("the", "DET", 4, "det"),
                ("money", "NOUN", 2, "obj"),
                ("to", "ADP", 6, "case"),
                (to, upos, 2, "obl"),
                ("at", "ADP", 8, "case"),
                ("noon", "NOUN", 2, "obl"),
                (".", "PUNCT", 2, "punct"),
            ])
            .lemma(1, "give")
            .build();
        token_relations(&doc)
    };
    assert_eq!(
        gave("Jones", "PROPN"),
        ["Smith -give-> money", "Smith -give_to-> Jones"]
    );
    // an unnamed oblique beside an object mostly says where or when
    assert_eq!(gave("charity", "NOUN"), ["Smith -give-> money"]);
}

#[test]
fn a_time_phrase_is_no_participant() {
    // "Acme cut jobs after the merger ." / "Acme met in Berlin ."
    let met = |prep: &str, noun: &str| {
        let doc = DocBuilder::new()
            .sentence(&[
                ("Acme", "PROPN", 2, "nsubj"),
                ("met", "VERB", 0, "root"),
                (prep, "ADP", 5, "case"),
                ("the", "DET", 5, "det"),
                (noun, "NOUN", 2, "obl"),
                (".", "PUNCT", 2, "punct"),
            ])
            .lemma(1, "meet")
            .build();
        token_relations(&doc)
    };
    assert!(met("after", "merger").is_empty());
    assert!(met("during", "talks").is_empty());
    assert_eq!(met("in", "capital"), ["Acme -meet_in-> capital"]);
}

#[test]
fn a_light_verbs_object_takes_the_name_it_concerns() {
    // "Smith has a relationship with Jones ." / "... with charities ."
    let has = |with: &str, upos: &str| {
        let doc = DocBuilder::new()
            .sentence(&[
                ("Smith", "PROPN", 2, "nsubj"),
                ("has", "VERB", 0, "root"),
                ("a", "DET", 4, "det"),
                ("relationship", "NOUN", 2, "obj"),
                ("with", "ADP", 6, "case"),
                (with, upos, 4, "nmod"),
                (".", "PUNCT", 2, "punct"),
            ])
            .lemma(1, "have")
            .build();
        token_relations(&doc)
    };
    assert_eq!(
        has("Jones", "PROPN"),
        ["Smith -have_relationship_with-> Jones"]
    );
    assert_eq!(has("charities", "NOUN"), ["Smith -have-> relationship"]);
    // the complement hung on the verb: "Smith paid tribute to Jones ."
    let doc = DocBuilder::new()
        .sentence(&[
            ("Smith", "PROPN", 2, "nsubj"),
            ("paid", "VERB", 0, "root"),
            ("tribute", "NOUN", 2, "obj"),
            ("to", "ADP", 5, "case"),
            ("Jones", "PROPN", 2, "obl"),
            (".", "PUNCT", 2, "punct"),
        ])
        .lemma(1, "pay")
        .build();
    assert_eq!(token_relations(&doc), ["Smith -pay_tribute_to-> Jones"]);
}

#[test]
fn what_a_verb_of_supplying_gives_is_its_with_phrase() {
    // "Acme supplies Kenya with seeds ." / "Acme feeds Kenya with seeds ."
    let supplies = |lemma: &str| {
        let doc = DocBuilder::new()
            .sentence(&[
                ("Acme", "PROPN", 2, "nsubj"),
                ("supplies", "VERB", 0, "root"),
                ("Kenya", "PROPN", 2, "obj"),
                ("with", "ADP", 5, "case"),
                ("seeds", "NOUN", 2, "obl"),
                (".", "PUNCT", 2, "punct"),
            ])
            .lemma(1, lemma)
            .build();
        token_relations(&doc)
    };
    assert_eq!(
        supplies("supply"),
        ["Acme -supply-> seeds", "Acme -supply_to-> Kenya"]
    );
    assert_eq!(supplies("feed"), ["Acme -feed-> Kenya"]);
    // the "with" phrase hung on the object, as parsers often do; a
    // recipient that is not named is no relation of its own
    let on_object = DocBuilder::new()
        .sentence(&[
            ("Acme", "PROPN", 2, "nsubj"),
            ("provides", "VERB", 0, "root"),
            ("farmers", "NOUN", 2, "obj"),
            ("with", "ADP", 5, "case"),
            ("seeds", "NOUN", 3, "nmod"),
            (".", "PUNCT", 2, "punct"),
        ])
        .lemma(1, "provide")
        .build();
    assert_eq!(token_relations(&on_object), ["Acme -provide-> seeds"]);
}

#[test]
fn a_verb_of_transfer_gives_to_the_name_hung_on_its_object() {
    // "Acme sold its stake to Glencore ." with "to Glencore" on "stake";
    // "Acme built a road to Damascus ." builds no road for Damascus
    let sold = |verb: &str| {
        let doc = DocBuilder::new()
            .sentence(&[
                ("Acme", "PROPN", 2, "nsubj"),
                ("sold", "VERB", 0, "root"),
                ("its", "PRON", 4, "nmod:poss"),
                ("stake", "NOUN", 2, "obj"),
                ("to", "ADP", 6, "case"),
                ("Glencore", "PROPN", 4, "nmod"),
                (".", "PUNCT", 2, "punct"),
            ])
            .lemma(1, verb)
            .build();
        token_relations(&doc)
    };
    assert_eq!(
        sold("sell"),
        ["Acme -sell-> stake", "Acme -sell_to-> Glencore"]
    );
    assert_eq!(sold("build"), ["Acme -build-> stake"]);
}
