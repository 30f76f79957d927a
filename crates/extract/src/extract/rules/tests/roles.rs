//! Roles read off copulas and appositions (`rules::relations`): "X,
//! chairman of Y" is `be_chairman_of` Y, with the complement that says in
//! what; a former role says so.

use super::token_relations;
use newsgraph_nlp::builder::DocBuilder;

/// "Montgomery , chairman of X , resigned", X a `upos` word.
fn chairman_of(x: &str, upos: &str) -> Vec<String> {
    let doc = DocBuilder::new()
        .sentence(&[
            ("Montgomery", "PROPN", 7, "nsubj"),
            (",", "PUNCT", 3, "punct"),
            ("chairman", "NOUN", 1, "appos"),
            ("of", "ADP", 5, "case"),
            (x, upos, 3, "nmod"),
            (",", "PUNCT", 3, "punct"),
            ("resigned", "VERB", 0, "root"),
        ])
        .build();
    token_relations(&doc)
}

#[test]
fn a_role_in_something_named_is_a_relation_to_it() {
    // one relation, not also the vaguer "Montgomery -be-> chairman"
    assert_eq!(
        chairman_of("Aslef", "PROPN"),
        ["Montgomery -be_chairman_of-> Aslef"]
    );
    // a role in something unnamed too: "be chairman" alone is vague
    assert_eq!(
        chairman_of("boards", "NOUN"),
        ["Montgomery -be_chairman_of-> boards"]
    );
    // a pronoun says in what no better than nothing
    assert_eq!(chairman_of("it", "PRON"), ["Montgomery -be-> chairman"]);
}

#[test]
fn a_former_role_says_so_and_a_perfect_participle_is_its_holders() {
    // "Chan is a former minister of Guinea, having served in the job"
    let doc = DocBuilder::new()
        .sentence(&[
            ("Chan", "PROPN", 5, "nsubj"),
            ("is", "AUX", 5, "cop"),
            ("a", "DET", 5, "det"),
            ("former", "ADJ", 5, "amod"),
            ("minister", "NOUN", 0, "root"),
            ("of", "ADP", 7, "case"),
            ("Guinea", "PROPN", 5, "nmod"),
            (",", "PUNCT", 10, "punct"),
            ("having", "AUX", 10, "aux"),
            ("served", "VERB", 5, "acl"),
            ("in", "ADP", 13, "case"),
            ("the", "DET", 13, "det"),
            ("job", "NOUN", 10, "obl"),
        ])
        .xpos(9, "VBN")
        .lemma(9, "serve")
        .build();
    assert_eq!(
        token_relations(&doc),
        [
            "Chan -be_former_minister_of-> Guinea",
            "Chan -serve_in-> job"
        ]
    );
}

#[test]
fn a_role_keeps_the_words_of_its_name_and_a_possessor_names_what_it_is_in() {
    // "Dlamini is Orlando's deputy mayor ." / "... the new mayor ..."
    let role = |modifier: &str, deprel: &str| {
        let doc = DocBuilder::new()
            .sentence(&[
                ("Dlamini", "PROPN", 6, "nsubj"),
                ("is", "AUX", 6, "cop"),
                ("Orlando", "PROPN", 6, "nmod:poss"),
                ("'s", "PART", 3, "case"),
                (modifier, "ADJ", 6, deprel),
                ("mayor", "NOUN", 0, "root"),
                (".", "PUNCT", 6, "punct"),
            ])
            .entity(0..1, "PER")
            .build();
        token_relations(&doc)
    };
    assert_eq!(
        role("deputy", "amod"),
        ["Dlamini -be_deputy_mayor_of-> Orlando"]
    );
    // an evaluative adjective is no part of the role's name
    assert_eq!(role("new", "amod"), ["Dlamini -be_mayor_of-> Orlando"]);
    // a common noun compound is ("the club's record goalscorer")
    let doc = DocBuilder::new()
        .sentence(&[
            ("Lampard", "PROPN", 6, "nsubj"),
            ("is", "AUX", 6, "cop"),
            ("Chelsea", "PROPN", 6, "nmod:poss"),
            ("'s", "PART", 3, "case"),
            ("record", "NOUN", 6, "compound"),
            ("goalscorer", "NOUN", 0, "root"),
            (".", "PUNCT", 6, "punct"),
        ])
        .entity(0..1, "PER")
        .build();
    assert_eq!(
        token_relations(&doc),
        ["Lampard -be_record_goalscorer_of-> Chelsea"]
    );
    // a company is "Pakistan's largest company", not one of Pakistan's
    let doc = DocBuilder::new()
        .sentence(&[
            ("Acme", "PROPN", 6, "nsubj"),
            ("is", "AUX", 6, "cop"),
            ("Kenya", "PROPN", 6, "nmod:poss"),
            ("'s", "PART", 3, "case"),
            ("largest", "ADJ", 6, "amod"),
            ("company", "NOUN", 0, "root"),
            (".", "PUNCT", 6, "punct"),
        ])
        .entity(0..1, "ORG")
        .build();
    assert_eq!(token_relations(&doc), ["Acme -be-> company"]);
    // a pronoun possessor says in what no better than nothing
    let doc = DocBuilder::new()
        .sentence(&[
            ("Lampard", "PROPN", 5, "nsubj"),
            ("is", "AUX", 5, "cop"),
            ("their", "PRON", 5, "nmod:poss"),
            ("record", "NOUN", 5, "compound"),
            ("goalscorer", "NOUN", 0, "root"),
            (".", "PUNCT", 5, "punct"),
        ])
        .build();
    assert_eq!(token_relations(&doc), ["Lampard -be-> goalscorer"]);
}

#[test]
fn a_copular_role_keeps_the_complement_that_says_in_what() {
    // "The bank is the lender of last resort."
    let doc = DocBuilder::new()
        .sentence(&[
            ("The", "DET", 2, "det"),
            ("bank", "NOUN", 5, "nsubj"),
            ("is", "AUX", 5, "cop"),
            ("the", "DET", 5, "det"),
            ("lender", "NOUN", 0, "root"),
            ("of", "ADP", 8, "case"),
            ("last", "ADJ", 8, "amod"),
            ("resort", "NOUN", 5, "nmod"),
            (".", "PUNCT", 5, "punct"),
        ])
        .build();
    assert_eq!(token_relations(&doc), ["bank -be_lender_of-> resort"]);
    // "Okafor, a surgeon at Lagos General, spoke."; not "at noon"
    let at = |x: &str, upos: &str| {
        let doc = DocBuilder::new()
            .sentence(&[
                ("Okafor", "PROPN", 7, "nsubj"),
                (",", "PUNCT", 4, "punct"),
                ("a", "DET", 4, "det"),
                ("surgeon", "NOUN", 1, "appos"),
                ("at", "ADP", 6, "case"),
                (x, upos, 4, "nmod"),
                ("spoke", "VERB", 0, "root"),
                (".", "PUNCT", 7, "punct"),
            ])
            .build();
        token_relations(&doc)
    };
    assert_eq!(at("Mayo", "PROPN"), ["Okafor -be_surgeon_at-> Mayo"]);
    assert_eq!(at("noon", "NOUN"), ["Okafor -be-> surgeon"]);
}

#[test]
fn a_role_the_possessor_gives_a_name_relates_them() {
    // "Trump 's lawyer , Michael Cohen , testified ."
    let doc = DocBuilder::new()
        .sentence(&[
            ("Trump", "PROPN", 3, "nmod:poss"),
            ("'s", "PART", 1, "case"),
            ("lawyer", "NOUN", 8, "nsubj"),
            (",", "PUNCT", 5, "punct"),
            ("Michael", "PROPN", 3, "appos"),
            ("Cohen", "PROPN", 5, "flat"),
            (",", "PUNCT", 5, "punct"),
            ("testified", "VERB", 0, "root"),
        ])
        .lemma(2, "lawyer")
        .lemma(7, "testify")
        .entity(0..1, "PER")
        .entity(4..6, "PER")
        .build();
    let mut doc = doc;
    doc.tokens[2].xpos = "NN".into();
    let found = token_relations(&doc);
    assert!(
        found.contains(&"Michael -be_lawyer_of-> Trump".to_string()),
        "{found:?}"
    );
    // not for a thing ("its product Widget") nor in the plural
    let mut doc = DocBuilder::new()
        .sentence(&[
            ("its", "PRON", 2, "nmod:poss"),
            ("product", "NOUN", 4, "nsubj"),
            ("Widget", "PROPN", 2, "appos"),
            ("sold", "VERB", 0, "root"),
        ])
        .lemma(1, "product")
        .entity(2..3, "PER")
        .build();
    doc.tokens[1].xpos = "NN".into();
    assert!(!token_relations(&doc)
        .iter()
        .any(|r| r.contains("be_product_of")));
}
