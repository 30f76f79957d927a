//! Where named things are (`nominal::located`): a name "in" a place, a
//! place with its region after a comma, a name described as a place in
//! another; and who holds a role where
//! (`nominal::titled_roles`): "Halliburton CEO Dave Lesar".

use super::token_relations;
use newsgraph_nlp::builder::DocBuilder;

#[test]
fn a_name_in_a_place_and_a_place_with_its_region_are_located() {
    // "The Games in Birmingham opened in Houston, Texas"
    let doc = DocBuilder::new()
        .sentence(&[
            ("The", "DET", 2, "det"),
            ("Games", "PROPN", 5, "nsubj"),
            ("in", "ADP", 4, "case"),
            ("Birmingham", "PROPN", 2, "nmod"),
            ("opened", "VERB", 0, "root"),
            ("in", "ADP", 7, "case"),
            ("Houston", "PROPN", 5, "obl"),
            (",", "PUNCT", 9, "punct"),
            ("Texas", "PROPN", 7, "appos"),
        ])
        .entity(1..2, "MISC")
        .entity(3..4, "LOC")
        .entity(6..7, "LOC")
        .entity(8..9, "LOC")
        .lemma(4, "open")
        .build();
    let found = token_relations(&doc);
    for r in [
        "Games -locate_in-> Birmingham",
        "Houston -locate_in-> Texas",
    ] {
        assert!(found.contains(&r.to_string()), "{r}: {found:?}");
    }
}

#[test]
fn a_name_described_as_a_place_in_another_is_located_there() {
    // "It hit Azusa , a town in the county of Orange"
    let doc = DocBuilder::new()
        .sentence(&[
            ("It", "PRON", 2, "nsubj"),
            ("hit", "VERB", 0, "root"),
            ("Azusa", "PROPN", 2, "obj"),
            (",", "PUNCT", 6, "punct"),
            ("a", "DET", 6, "det"),
            ("town", "NOUN", 3, "appos"),
            ("in", "ADP", 9, "case"),
            ("the", "DET", 9, "det"),
            ("county", "NOUN", 6, "nmod"),
            ("of", "ADP", 11, "case"),
            ("Orange", "PROPN", 9, "nmod"),
        ])
        .entity(2..3, "LOC")
        .entity(10..11, "LOC")
        .build();
    let found = token_relations(&doc);
    assert!(
        found.contains(&"Azusa -locate_in-> Orange".to_string()),
        "{found:?}"
    );
}

#[test]
fn a_role_between_an_organisation_and_a_name_relates_them() {
    // "Halliburton CEO Dave Lesar said", the parser stringing it flat
    let doc = DocBuilder::new()
        .sentence(&[
            ("Halliburton", "PROPN", 5, "nsubj"),
            ("CEO", "PROPN", 1, "flat"),
            ("Dave", "PROPN", 1, "flat"),
            ("Lesar", "PROPN", 3, "flat"),
            ("said", "VERB", 0, "root"),
        ])
        .entity(0..1, "ORG")
        .entity(2..4, "PER")
        .build();
    assert!(
        token_relations(&doc).contains(&"Lesar -be_ceo_of-> Halliburton".to_string()),
        "{:?}",
        token_relations(&doc)
    );
}
