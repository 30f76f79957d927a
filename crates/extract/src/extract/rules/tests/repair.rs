//! The repairs of impossible parses (`rules::repair`), each on a parse
//! that shows the tagging error it undoes.

use crate::extract::rules::repair::{capitalised_verb, repair};
use newsgraph_nlp::builder::DocBuilder;
use newsgraph_nlp::{DepRel, Doc, Upos};
use std::borrow::Cow;

#[test]
fn a_capitalised_verb_in_mid_sentence_is_a_name() {
    // "Apple sold Beats products ." / "Beats sold products ." /
    // "Apple Sold Beats Products ." (a headline)
    let sentence = |w: [&str; 4]| {
        DocBuilder::new()
            .sentence(&[
                (w[0], "PROPN", 2, "nsubj"),
                (w[1], "VERB", 0, "root"),
                (w[2], "VERB", 2, "xcomp"),
                (w[3], "NOUN", 3, "obj"),
                (".", "PUNCT", 2, "punct"),
            ])
            .build()
    };
    let prose = sentence(["Apple", "sold", "Beats", "products"]);
    assert!(capitalised_verb(&prose, 2));
    assert!(!capitalised_verb(&prose, 1), "a verb in lower case");
    assert_eq!(repair(&prose).tokens[2].upos, Upos::Propn);
    // a verb that opens the sentence ("Sold: Beats products")
    let mut opening = sentence(["Sold", "by", "Beats", "products"]);
    opening.tokens[0].upos = Upos::Verb;
    assert!(!capitalised_verb(&opening, 0));
    let headline = sentence(["Apple", "Sold", "Beats", "Products"]);
    assert!(!capitalised_verb(&headline, 2));
}

#[test]
fn a_past_verb_with_an_object_on_the_root_noun_heads_the_sentence() {
    // "Scientists named the species Ngwevu ." with "named" an acl
    let d = DocBuilder::new()
        .sentence(&[
            ("Scientists", "NOUN", 0, "root"),
            ("named", "VERB", 1, "acl"),
            ("the", "DET", 4, "det"),
            ("species", "NOUN", 2, "obj"),
            ("Ngwevu", "PROPN", 2, "xcomp"),
            (".", "PUNCT", 1, "punct"),
        ])
        .build();
    let mut d = d;
    d.tokens[1].xpos = "VBN".into();
    let r = repair(&d);
    assert_eq!(r.tokens[1].deprel, DepRel::Root);
    assert_eq!(r.tokens[0].head, Some(1));
    assert_eq!(r.tokens[0].deprel, DepRel::Nsubj);
    assert_eq!(r.tokens[5].head, Some(1));
    // a participle without an object ("Man killed in crash") stays
    let d = DocBuilder::new()
        .sentence(&[
            ("Man", "NOUN", 0, "root"),
            ("killed", "VERB", 1, "acl"),
            ("in", "ADP", 4, "case"),
            ("crash", "NOUN", 2, "obl"),
        ])
        .build();
    assert!(matches!(repair(&d), Cow::Borrowed(_)));
}

#[test]
fn a_particle_hung_on_the_object_joins_its_verb() {
    // "They tried to win back voters" with "back" an amod of "voters"
    let d = DocBuilder::new()
        .sentence(&[
            ("They", "PRON", 2, "nsubj"),
            ("tried", "VERB", 0, "root"),
            ("to", "PART", 4, "mark"),
            ("win", "VERB", 2, "xcomp"),
            ("back", "ADV", 6, "amod"),
            ("voters", "NOUN", 4, "obj"),
        ])
        .build();
    let r = repair(&d);
    assert_eq!(r.tokens[4].deprel, DepRel::CompoundPrt);
    assert_eq!(r.tokens[4].head, Some(3));
    assert_eq!(r.children(5).count(), 0);
    // "the back seat": no verb before it, nothing to repair
    let d = DocBuilder::new()
        .sentence(&[
            ("the", "DET", 3, "det"),
            ("back", "ADJ", 3, "amod"),
            ("seat", "NOUN", 0, "root"),
        ])
        .build();
    assert!(matches!(repair(&d), Cow::Borrowed(_)));
}

#[test]
fn a_bare_infinitive_tagged_a_noun_becomes_the_verbs_complement() {
    // "They helped pull people from cars" with "pull" a noun object
    let d = DocBuilder::new()
        .sentence(&[
            ("They", "PRON", 2, "nsubj"),
            ("helped", "VERB", 0, "root"),
            ("pull", "NOUN", 2, "obj"),
            ("people", "NOUN", 2, "obj"),
            ("from", "ADP", 6, "case"),
            ("cars", "NOUN", 2, "obl"),
        ])
        .lemma(1, "help")
        .xpos(2, "NN")
        .build();
    let r = repair(&d);
    assert_eq!(
        (r.tokens[2].upos, r.tokens[2].deprel),
        (Upos::Verb, DepRel::Xcomp)
    );
    assert_eq!(r.tokens[3].head, Some(2));
    assert_eq!(r.tokens[5].head, Some(2));
    // one object: nothing to repair ("They helped people")
    let d = DocBuilder::new()
        .sentence(&[
            ("They", "PRON", 2, "nsubj"),
            ("helped", "VERB", 0, "root"),
            ("people", "NOUN", 2, "obj"),
        ])
        .lemma(1, "help")
        .build();
    assert!(matches!(repair(&d), Cow::Borrowed(_)));
}

#[test]
fn an_adjective_on_a_verb_becomes_its_subject() {
    let d = DocBuilder::new()
        .sentence(&[
            ("the", "DET", 2, "det"),
            ("military", "ADJ", 3, "amod"),
            ("went", "VERB", 0, "root"),
        ])
        .xpos(2, "VBD")
        .build();
    let r = repair(&d);
    assert!(matches!(r, Cow::Owned(_)));
    assert_eq!(r.tokens[1].deprel, DepRel::Nsubj);
    assert_eq!(r.tokens[1].upos, Upos::Noun);
}

/// "Wood insisted the decision[,] does n't set a precedent" with
/// "decision" the object of "insisted" and "set" its complement.
fn insisted(comma: bool) -> Doc {
    let mut words = vec![
        ("Wood", "PROPN", 2, "nsubj"),
        ("insisted", "VERB", 0, "root"),
        ("the", "DET", 4, "det"),
        ("decision", "NOUN", 2, "obj"),
    ];
    if comma {
        words.push((",", "PUNCT", 8, "punct"));
    }
    let set = words.len() + 3;
    words.extend_from_slice(&[
        ("does", "AUX", set, "aux"),
        ("n't", "PART", set, "advmod"),
        ("set", "VERB", 2, "ccomp"),
        ("a", "DET", set + 2, "det"),
        ("precedent", "NOUN", set, "obj"),
    ]);
    DocBuilder::new().sentence(&words).build()
}

#[test]
fn an_object_before_a_subjectless_clause_is_its_subject() {
    let d = insisted(false);
    let r = repair(&d);
    assert_eq!(r.tokens[3].deprel, DepRel::Nsubj);
    assert_eq!(r.tokens[3].head, Some(6));
    // set off by a comma, the object stays the verb's
    let d = insisted(true);
    let r = repair(&d);
    assert_eq!(r.tokens[3].deprel, DepRel::Obj);
}

#[test]
fn a_dateline_gives_way_to_the_subject_after_its_dash() {
    // "NEW YORK -- Halliburton will acquire Baker"
    let d = DocBuilder::new()
        .sentence(&[
            ("NEW", "ADJ", 2, "amod"),
            ("YORK", "PROPN", 6, "nsubj"),
            ("--", "PUNCT", 4, "punct"),
            ("Halliburton", "PROPN", 2, "appos"),
            ("will", "AUX", 6, "aux"),
            ("acquire", "VERB", 0, "root"),
            ("Baker", "PROPN", 6, "obj"),
        ])
        .build();
    let r = repair(&d);
    assert_eq!(r.tokens[3].head, Some(5));
    assert_eq!(r.tokens[3].deprel, DepRel::Nsubj);
    assert_eq!(r.tokens[1].head, Some(3));
    assert_eq!(r.tokens[1].deprel, DepRel::Dep);
    assert!(r.children(5).any(|c| c == 3));
    // a sentence that opens with a capitalised word and a dash is no dateline
    let d = DocBuilder::new()
        .sentence(&[
            ("Halliburton", "PROPN", 3, "nsubj"),
            ("--", "PUNCT", 3, "punct"),
            ("will", "AUX", 3, "aux"),
            ("acquire", "VERB", 0, "root"),
        ])
        .build();
    assert!(matches!(repair(&d), Cow::Borrowed(_)));
}

#[test]
fn a_dateline_gives_way_to_the_phrase_after_its_dash_and_is_no_argument() {
    // "WASHINGTON - A visa program expires": the phrase's head, not its
    // first word, depends on the dateline
    let d = DocBuilder::new()
        .sentence(&[
            ("WASHINGTON", "PROPN", 6, "nsubj"),
            ("-", "PUNCT", 5, "punct"),
            ("A", "DET", 5, "det"),
            ("visa", "NOUN", 5, "compound"),
            ("program", "NOUN", 1, "appos"),
            ("expires", "VERB", 0, "root"),
        ])
        .build();
    let r = repair(&d);
    assert_eq!(r.tokens[4].head, Some(5));
    assert_eq!(r.tokens[4].deprel, DepRel::Nsubj);
    assert_eq!(r.tokens[0].head, Some(4));
    assert_eq!(r.tokens[0].deprel, DepRel::Dep);
    // "CHARLOTTE, N.C. (AP) - Police released video": the dateline a
    // second subject of the verb after its dash
    let d = DocBuilder::new()
        .sentence(&[
            ("CHARLOTTE", "PROPN", 10, "nsubj"),
            (",", "PUNCT", 3, "punct"),
            ("N.C.", "PROPN", 1, "appos"),
            ("(", "PUNCT", 5, "punct"),
            ("AP", "PROPN", 1, "appos"),
            (")", "PUNCT", 5, "punct"),
            ("-", "PUNCT", 1, "punct"),
            ("The", "DET", 9, "det"),
            ("police", "NOUN", 10, "nsubj"),
            ("released", "VERB", 0, "root"),
            ("video", "NOUN", 10, "obj"),
        ])
        .build();
    let r = repair(&d);
    assert_eq!(r.tokens[0].deprel, DepRel::Dep);
    assert_eq!(r.tokens[8].deprel, DepRel::Nsubj);
    // a subject in capitals before a dash inside the sentence is no dateline
    let d = DocBuilder::new()
        .sentence(&[
            ("NATO", "PROPN", 5, "nsubj"),
            ("leaders", "NOUN", 1, "flat"),
            ("-", "PUNCT", 4, "punct"),
            ("all", "DET", 1, "appos"),
            ("met", "VERB", 0, "root"),
        ])
        .build();
    assert!(matches!(repair(&d), Cow::Borrowed(_)));
}

#[test]
fn a_dated_dateline_gives_way_too() {
    // "Aug. 6 (UPI) -- Researchers have discovered species"
    let d = DocBuilder::new()
        .sentence(&[
            ("Aug.", "PROPN", 2, "nmod:unmarked"),
            ("6", "NUM", 10, "nsubj"),
            ("(", "PUNCT", 4, "punct"),
            ("UPI", "PROPN", 2, "parataxis"),
            (")", "PUNCT", 4, "punct"),
            ("--", "PUNCT", 7, "punct"),
            ("Researchers", "NOUN", 2, "parataxis"),
            ("have", "AUX", 10, "aux"),
            ("truly", "ADV", 10, "advmod"),
            ("discovered", "VERB", 0, "root"),
            ("species", "NOUN", 10, "obj"),
        ])
        .build();
    let r = repair(&d);
    assert_eq!(r.tokens[6].head, Some(9));
    assert_eq!(r.tokens[6].deprel, DepRel::Nsubj);
    assert_eq!(r.tokens[1].deprel, DepRel::Dep);
}

#[test]
fn sound_parses_are_left_alone() {
    // "heavy machinery went": the adjective modifies a noun
    let d = DocBuilder::new()
        .sentence(&[
            ("heavy", "ADJ", 2, "amod"),
            ("machinery", "NOUN", 3, "nsubj"),
            ("went", "VERB", 0, "root"),
        ])
        .xpos(2, "VBD")
        .build();
    assert!(matches!(repair(&d), Cow::Borrowed(_)));
    // a verb that has its subject keeps it
    let d = DocBuilder::new()
        .sentence(&[
            ("they", "PRON", 3, "nsubj"),
            ("military", "ADJ", 3, "amod"),
            ("went", "VERB", 0, "root"),
        ])
        .xpos(2, "VBD")
        .build();
    assert!(matches!(repair(&d), Cow::Borrowed(_)));
}

#[test]
fn a_noun_with_a_subject_and_an_object_is_a_verb() {
    // "The deal ends two years of talks ." with "ends" tagged a plural noun
    let doc = DocBuilder::new()
        .sentence(&[
            ("The", "DET", 2, "det"),
            ("deal", "NOUN", 3, "nsubj"),
            ("ends", "NOUN", 0, "root"),
            ("two", "NUM", 5, "nummod"),
            ("years", "NOUN", 3, "obj"),
            ("of", "ADP", 7, "case"),
            ("talks", "NOUN", 5, "nmod"),
            (".", "PUNCT", 3, "punct"),
        ])
        .build();
    let fixed = repair(&doc);
    assert_eq!(fixed.tokens[2].upos, Upos::Verb);
    assert_eq!(fixed.tokens[2].xpos, "VBZ");
    // a noun with a subject only is a predicate noun, left alone
    assert_eq!(fixed.tokens[4].upos, Upos::Noun);
    let copula = DocBuilder::new()
        .sentence(&[
            ("Talks", "NOUN", 3, "nsubj"),
            ("are", "AUX", 3, "cop"),
            ("years", "NOUN", 0, "root"),
            (".", "PUNCT", 3, "punct"),
        ])
        .build();
    assert!(matches!(repair(&copula), Cow::Borrowed(_)));
}

#[test]
fn a_noun_conjunct_with_nothing_between_is_modified_by_its_head() {
    // "They offer cheaper evening trains ." with `cheaper/NN` the object
    // and "trains" its conjunct
    let d = |between: &str, deprel: &str| {
        DocBuilder::new()
            .sentence(&[
                ("They", "PRON", 2, "nsubj"),
                ("offer", "VERB", 0, "root"),
                ("cheaper", "NOUN", 2, "obj"),
                (between, "NOUN", 5, deprel),
                ("trains", "NOUN", 3, "conj"),
                (".", "PUNCT", 2, "punct"),
            ])
            .build()
    };
    let parsed = d("evening", "compound");
    let r = repair(&parsed);
    assert_eq!(r.tokens[4].head, Some(1));
    assert_eq!(r.tokens[4].deprel, DepRel::Obj);
    assert_eq!(r.tokens[2].head, Some(4));
    assert_eq!(r.tokens[2].deprel, DepRel::Compound);
    // a coordinator or a comma between makes a true conjunct
    let listed = d(",", "punct");
    assert!(matches!(repair(&listed), Cow::Borrowed(_)));
    let listed = d("and", "cc");
    assert!(matches!(repair(&listed), Cow::Borrowed(_)));
}

#[test]
fn a_speech_tag_after_a_comma_is_no_reduced_relative() {
    // "Acme will buy Zenith , the firms announced on Monday ." with
    // "announced" a participle on "firms"
    let d = DocBuilder::new()
        .sentence(&[
            ("Acme", "PROPN", 3, "nsubj"),
            ("will", "AUX", 3, "aux"),
            ("buy", "VERB", 0, "root"),
            ("Zenith", "PROPN", 3, "obj"),
            (",", "PUNCT", 7, "punct"),
            ("the", "DET", 7, "det"),
            ("firms", "NOUN", 4, "appos"),
            ("announced", "VERB", 7, "acl"),
            ("on", "ADP", 10, "case"),
            ("Monday", "PROPN", 8, "obl"),
            (".", "PUNCT", 3, "punct"),
        ])
        .lemma(7, "announce")
        .xpos(7, "VBN")
        .build();
    let r = repair(&d);
    assert_eq!(r.tokens[7].deprel, DepRel::Parataxis);
    assert_eq!(r.tokens[7].head, Some(2));
    assert_eq!(r.tokens[6].head, Some(7));
    assert_eq!(r.tokens[6].deprel, DepRel::Nsubj);
    // the participle of a verb that reports nothing is no speech tag
    // ("..., the firms acquired on Monday"): it stays
    let mut early = d.clone();
    early.tokens[7].lemma = "acquire".into();
    assert!(matches!(repair(&early), Cow::Borrowed(_)));
    // nor one with an agent ("..., the monitor maintained by the embassy")
    let mut agent = d.clone();
    agent.tokens[8].lemma = "by".into();
    assert!(matches!(repair(&agent), Cow::Borrowed(_)));
}
