//! Coordinated verbs (`rules::relations`): which subject and object a
//! conjunct shares with the verb it is coordinated with, and which it has
//! of its own.

use super::token_relations;
use newsgraph_nlp::builder::DocBuilder;

#[test]
fn coordinated_verbs_share_their_subject_and_object() {
    // "Jets tried to track and destroy the balloon"
    let doc = DocBuilder::new()
        .sentence(&[
            ("Jets", "NOUN", 2, "nsubj"),
            ("tried", "VERB", 0, "root"),
            ("to", "PART", 4, "mark"),
            ("track", "VERB", 2, "xcomp"),
            ("and", "CCONJ", 6, "cc"),
            ("destroy", "VERB", 4, "conj"),
            ("the", "DET", 8, "det"),
            ("balloon", "NOUN", 6, "obj"),
        ])
        .lemma(0, "jet")
        .lemma(1, "try")
        .build();
    assert_eq!(
        token_relations(&doc),
        ["Jets -track-> balloon", "Jets -destroy-> balloon"]
    );
}

#[test]
fn a_conjunct_with_a_subject_of_its_own_shares_no_object() {
    // "Candidates face questions and the staff thinks"
    let doc = DocBuilder::new()
        .sentence(&[
            ("Candidates", "NOUN", 2, "nsubj"),
            ("face", "VERB", 0, "root"),
            ("questions", "NOUN", 2, "obj"),
            ("and", "CCONJ", 7, "cc"),
            ("the", "DET", 6, "det"),
            ("staff", "NOUN", 7, "nsubj"),
            ("thinks", "VERB", 2, "conj"),
        ])
        .lemma(0, "candidate")
        .lemma(6, "think")
        .build();
    assert_eq!(token_relations(&doc), ["Candidates -face-> questions"]);
}

#[test]
fn a_conjunct_with_a_complement_of_its_own_shares_no_object() {
    // "The nominee outlined his plan and vowed to punish leakers": the plan
    // is outlined, not vowed
    let doc = DocBuilder::new()
        .sentence(&[
            ("The", "DET", 2, "det"),
            ("nominee", "NOUN", 3, "nsubj"),
            ("outlined", "VERB", 0, "root"),
            ("his", "PRON", 5, "nmod:poss"),
            ("plan", "NOUN", 3, "obj"),
            ("and", "CCONJ", 7, "cc"),
            ("vowed", "VERB", 3, "conj"),
            ("to", "PART", 9, "mark"),
            ("punish", "VERB", 7, "xcomp"),
            ("leakers", "NOUN", 9, "obj"),
        ])
        .lemma(2, "outline")
        .lemma(6, "vow")
        .lemma(9, "leaker")
        .build();
    let found = token_relations(&doc);
    assert!(
        found.contains(&"nominee -outline-> plan".to_string()),
        "{found:?}"
    );
    assert!(
        !found.contains(&"nominee -vow-> plan".to_string()),
        "{found:?}"
    );
}

#[test]
fn a_root_verb_takes_no_object_from_its_coordinated_verb() {
    // "Scott beamed and asked the crowd": the crowd is asked, not beamed
    let doc = DocBuilder::new()
        .sentence(&[
            ("Scott", "PROPN", 2, "nsubj"),
            ("beamed", "VERB", 0, "root"),
            ("and", "CCONJ", 4, "cc"),
            ("asked", "VERB", 2, "conj"),
            ("the", "DET", 6, "det"),
            ("crowd", "NOUN", 4, "obj"),
        ])
        .lemma(1, "beam")
        .lemma(3, "ask")
        .build();
    assert_eq!(token_relations(&doc), ["Scott -ask-> crowd"]);
}

#[test]
fn a_conjunct_with_its_own_to_shares_no_object() {
    // "The sides agreed to keep troops there and to leave", the parser
    // having found no object of "leave": no "leave troops"
    let doc = DocBuilder::new()
        .sentence(&[
            ("sides", "NOUN", 2, "nsubj"),
            ("agreed", "VERB", 0, "root"),
            ("to", "PART", 4, "mark"),
            ("keep", "VERB", 2, "xcomp"),
            ("troops", "NOUN", 4, "obj"),
            ("there", "ADV", 4, "advmod"),
            ("and", "CCONJ", 9, "cc"),
            ("to", "PART", 9, "mark"),
            ("leave", "VERB", 4, "conj"),
        ])
        .lemma(1, "agree")
        .lemma(4, "troop")
        .build();
    let found = token_relations(&doc);
    assert!(
        found.contains(&"sides -keep-> troops".to_string()),
        "{found:?}"
    );
    assert!(found.iter().all(|r| !r.contains("-leave->")), "{found:?}");
}

#[test]
fn a_verb_with_an_oblique_takes_no_object_from_its_coordinated_verb() {
    // "Analysts said the firm would rise to the top and control a share":
    // the firm rises to the top, and controls the share
    let doc = DocBuilder::new()
        .sentence(&[
            ("Analysts", "NOUN", 2, "nsubj"),
            ("said", "VERB", 0, "root"),
            ("the", "DET", 4, "det"),
            ("firm", "NOUN", 6, "nsubj"),
            ("would", "AUX", 6, "aux"),
            ("rise", "VERB", 2, "ccomp"),
            ("to", "ADP", 9, "case"),
            ("the", "DET", 9, "det"),
            ("top", "NOUN", 6, "obl"),
            ("and", "CCONJ", 11, "cc"),
            ("control", "VERB", 6, "conj"),
            ("a", "DET", 13, "det"),
            ("share", "NOUN", 11, "obj"),
        ])
        .lemma(1, "say")
        .lemma(5, "rise")
        .build();
    let found = token_relations(&doc);
    assert!(
        found.contains(&"firm -control-> share".to_string()),
        "{found:?}"
    );
    assert!(
        !found.contains(&"firm -rise-> share".to_string()),
        "{found:?}"
    );
}
