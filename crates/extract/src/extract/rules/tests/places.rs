//! Where named things are (`relations::located`): a name "in" a place, a
//! place with its region after a comma.

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
