//! What a token stands for as an argument or a source
//! (`rules::arguments`), through the coreference steps.

use super::{claimant, extract, find_mentions, relation, relations, text};
use crate::extract::rules::arguments::Arguments;
use newsgraph_nlp::builder::DocBuilder;

#[test]
fn it_as_a_source_resolves_to_the_nearest_organisation() {
    // "ZPMC makes cranes. Cranes track ships, it added."
    let doc = DocBuilder::new()
        .sentence(&[
            ("ZPMC", "PROPN", 2, "nsubj"),
            ("makes", "VERB", 0, "root"),
            ("cranes", "NOUN", 2, "obj"),
        ])
        .sentence(&[
            ("Cranes", "NOUN", 2, "nsubj"),
            ("track", "VERB", 0, "root"),
            ("ships", "NOUN", 2, "obj"),
            (",", "PUNCT", 6, "punct"),
            ("it", "PRON", 6, "nsubj"),
            ("added", "VERB", 2, "parataxis"),
        ])
        .lemma(1, "make")
        .lemma(2, "crane")
        .lemma(3, "crane")
        .lemma(5, "ship")
        .lemma(8, "add")
        .entity(0..1, "ORG")
        .build();
    let f = extract(&doc, None);
    // the cranes and ships are nearer, but things do not speak
    let r = relation(&f, "cranes -track-> ships");
    assert_eq!(claimant(&f, r).as_deref(), Some("ZPMC"));
    assert_eq!(r.claim_verb.as_deref(), Some("add"));
}

#[test]
fn they_as_a_source_resolves_to_the_nearest_group() {
    // "Officials inspected the cranes. The cranes track ships, they said."
    let doc = DocBuilder::new()
        .sentence(&[
            ("Officials", "NOUN", 2, "nsubj"),
            ("inspected", "VERB", 0, "root"),
            ("the", "DET", 4, "det"),
            ("cranes", "NOUN", 2, "obj"),
        ])
        .sentence(&[
            ("The", "DET", 2, "det"),
            ("cranes", "NOUN", 3, "nsubj"),
            ("track", "VERB", 0, "root"),
            ("ships", "NOUN", 3, "obj"),
            (",", "PUNCT", 7, "punct"),
            ("they", "PRON", 7, "nsubj"),
            ("said", "VERB", 3, "parataxis"),
        ])
        .lemma(0, "official")
        .lemma(1, "inspect")
        .lemma(3, "crane")
        .lemma(5, "crane")
        .lemma(7, "ship")
        .lemma(10, "say")
        .build();
    let f = extract(&doc, None);
    let r = relation(&f, "cranes -track-> ships");
    assert_eq!(claimant(&f, r).as_deref(), Some("officials"));
    // "said" relates nothing itself
    assert_eq!(f.relations.len(), 2, "{:?}", relations(&f));
}

#[test]
fn a_pronoun_as_an_argument_takes_the_nearest_noun_and_as_a_source_a_speaker() {
    // "ZPMC built a crane. It works."
    let doc = DocBuilder::new()
        .sentence(&[
            ("ZPMC", "PROPN", 2, "nsubj"),
            ("built", "VERB", 0, "root"),
            ("a", "DET", 4, "det"),
            ("crane", "NOUN", 2, "obj"),
        ])
        .sentence(&[("It", "PRON", 2, "nsubj"), ("works", "VERB", 0, "root")])
        .lemma(1, "build")
        .xpos(3, "NN")
        .entity(0..1, "ORG")
        .build();
    let (f, idx) = find_mentions(&doc);
    let args = Arguments::new(&doc, &idx, &f.mentions);
    assert_eq!(args.of(4).map(|m| text(&f, m)), Some("crane"));
    assert_eq!(args.source(4).map(|m| text(&f, m)), Some("ZPMC"));
    // a mention stands for itself either way
    assert_eq!(args.of(0).map(|m| text(&f, m)), Some("ZPMC"));
    assert_eq!(args.source(3).map(|m| text(&f, m)), Some("crane"));
    assert_eq!(args.of(1), None, "a verb stands for nothing");
}

#[test]
fn he_stands_for_the_person_named_before() {
    // "Thomas Sam treated patients. He denied wrongdoing."
    let doc = DocBuilder::new()
        .sentence(&[
            ("Thomas", "PROPN", 3, "nsubj"),
            ("Sam", "PROPN", 1, "flat"),
            ("treated", "VERB", 0, "root"),
            ("patients", "NOUN", 3, "obj"),
        ])
        .sentence(&[
            ("He", "PRON", 2, "nsubj"),
            ("denied", "VERB", 0, "root"),
            ("wrongdoing", "NOUN", 2, "obj"),
        ])
        .lemma(2, "treat")
        .lemma(5, "deny")
        .entity(0..2, "PER")
        .build();
    let f = extract(&doc, None);
    relation(&f, "Thomas Sam -treat-> patients");
    relation(&f, "Thomas Sam -deny-> wrongdoing");
}

#[test]
fn a_relative_pronoun_argument_is_its_antecedent() {
    // "ZPMC makes cranes that collect data."
    let doc = DocBuilder::new()
        .sentence(&[
            ("ZPMC", "PROPN", 2, "nsubj"),
            ("makes", "VERB", 0, "root"),
            ("cranes", "NOUN", 2, "obj"),
            ("that", "PRON", 5, "nsubj"),
            ("collect", "VERB", 3, "acl:relcl"),
            ("data", "NOUN", 5, "obj"),
        ])
        .lemma(1, "make")
        .lemma(2, "crane")
        .entity(0..1, "ORG")
        .build();
    let f = extract(&doc, None);
    assert_eq!(
        relations(&f),
        ["ZPMC -make-> cranes", "cranes -collect-> data"]
    );
}

#[test]
fn some_that_stands_for_the_noun_the_quantifier_is_part_of() {
    // "ZPMC supplies ports, including some that handle military cargo"
    let doc = DocBuilder::new()
        .sentence(&[
            ("ZPMC", "PROPN", 2, "nsubj"),
            ("supplies", "VERB", 0, "root"),
            ("ports", "NOUN", 2, "obj"),
            (",", "PUNCT", 6, "punct"),
            ("including", "VERB", 6, "case"),
            ("some", "PRON", 3, "nmod"),
            ("that", "PRON", 8, "nsubj"),
            ("handle", "VERB", 6, "acl:relcl"),
            ("military", "ADJ", 10, "amod"),
            ("cargo", "NOUN", 8, "obj"),
        ])
        .lemma(1, "supply")
        .lemma(2, "port")
        .entity(0..1, "ORG")
        .build();
    let f = extract(&doc, None);
    relation(&f, "ZPMC -supply-> ports");
    relation(&f, "ports -handle-> military cargo");
}

#[test]
fn a_light_noun_argument_is_its_of_complement() {
    // "Officials bought a type of machinery." "Thousands of pilgrims died in Mecca."
    let doc = DocBuilder::new()
        .sentence(&[
            ("Officials", "NOUN", 2, "nsubj"),
            ("bought", "VERB", 0, "root"),
            ("a", "DET", 4, "det"),
            ("type", "NOUN", 2, "obj"),
            ("of", "ADP", 6, "case"),
            ("machinery", "NOUN", 4, "nmod"),
        ])
        .sentence(&[
            ("Thousands", "NOUN", 4, "nsubj"),
            ("of", "ADP", 3, "case"),
            ("pilgrims", "NOUN", 1, "nmod"),
            ("died", "VERB", 0, "root"),
            ("in", "ADP", 6, "case"),
            ("Mecca", "PROPN", 4, "obl"),
        ])
        .lemma(0, "official")
        .lemma(1, "buy")
        .lemma(6, "thousand")
        .lemma(8, "pilgrim")
        .lemma(9, "die")
        .build();
    let f = extract(&doc, None);
    assert_eq!(
        relations(&f),
        ["officials -buy-> machinery", "pilgrims -die_in-> Mecca"]
    );
}

#[test]
fn a_quantifier_subject_stands_for_the_people_mentioned_before() {
    // "Officials worry about cranes. Some liken the cranes to horses."
    let doc = DocBuilder::new()
        .sentence(&[
            ("Officials", "NOUN", 2, "nsubj"),
            ("worry", "VERB", 0, "root"),
            ("about", "ADP", 4, "case"),
            ("cranes", "NOUN", 2, "obl"),
        ])
        .sentence(&[
            ("Some", "DET", 2, "nsubj"),
            ("liken", "VERB", 0, "root"),
            ("the", "DET", 4, "det"),
            ("cranes", "NOUN", 2, "obj"),
            ("to", "ADP", 6, "case"),
            ("horses", "NOUN", 2, "obl"),
        ])
        .lemma(0, "official")
        .lemma(3, "crane")
        .lemma(7, "crane")
        .xpos(0, "NNS")
        .xpos(3, "NNS")
        .xpos(7, "NNS")
        .build();
    let f = extract(&doc, None);
    relation(&f, "officials -liken-> cranes");
    // things are no such antecedent: "Balloons drift. Some carry sensors."
    let doc = DocBuilder::new()
        .sentence(&[
            ("Balloons", "NOUN", 2, "nsubj"),
            ("drift", "VERB", 0, "root"),
        ])
        .sentence(&[
            ("Some", "DET", 2, "nsubj"),
            ("carry", "VERB", 0, "root"),
            ("sensors", "NOUN", 2, "obj"),
        ])
        .lemma(0, "balloon")
        .lemma(4, "sensor")
        .xpos(0, "NNS")
        .build();
    assert!(extract(&doc, None).relations.is_empty());
}
