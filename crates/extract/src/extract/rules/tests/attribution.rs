//! Attribution (`rules::attribution`): which source each clause is
//! attributed to, and the claims the extractor makes of it.

use super::{claimant, extract, relation, relations, text};
use crate::extract::rules::attribution::{attributions, subtree, Attribution};
use newsgraph_core::extraction::Modality;
use newsgraph_nlp::builder::DocBuilder;
use newsgraph_nlp::Doc;

/// "Officials worry that the cranes could spy on ports"
fn worry_that() -> Doc {
    DocBuilder::new()
        .sentence(&[
            ("Officials", "NOUN", 2, "nsubj"),
            ("worry", "VERB", 0, "root"),
            ("that", "SCONJ", 7, "mark"),
            ("the", "DET", 5, "det"),
            ("cranes", "NOUN", 7, "nsubj"),
            ("could", "AUX", 7, "aux"),
            ("spy", "VERB", 2, "ccomp"),
            ("on", "ADP", 9, "case"),
            ("ports", "NOUN", 7, "obl"),
        ])
        .lemma(0, "official")
        .lemma(4, "crane")
        .lemma(8, "port")
        .build()
}

#[test]
fn a_claim_verb_attributes_its_that_clause_to_its_subject() {
    let doc = worry_that();
    let a = attributions(&doc);
    let expected = Attribution {
        source: Some(0),
        verb: "worry".into(),
        outer: None,
        negated: false,
    };
    // every word of the clause, none of the main clause
    for (t, attr) in a.iter().enumerate().skip(2) {
        assert_eq!(attr.as_ref(), Some(&expected), "token {t}");
    }
    assert_eq!(a.len(), 9);
    assert_eq!((a[0].clone(), a[1].clone()), (None, None));
}

#[test]
fn a_claim_verb_makes_its_relations_claims_of_the_subject() {
    let f = extract(&worry_that(), None);
    let r = relation(&f, "cranes -spy_on-> ports");
    assert_eq!(claimant(&f, r).as_deref(), Some("officials"));
    assert_eq!(r.claim_verb.as_deref(), Some("worry"));
    assert_eq!(r.modality, Modality::Hedged);
    assert_eq!(r.reported_by, None);
}

#[test]
fn according_to_x_attributes_the_clause_to_x_but_not_x_itself() {
    // "Cranes track ships, according to officials"
    let doc = DocBuilder::new()
        .sentence(&[
            ("Cranes", "NOUN", 2, "nsubj"),
            ("track", "VERB", 0, "root"),
            ("ships", "NOUN", 2, "obj"),
            (",", "PUNCT", 7, "punct"),
            ("according", "VERB", 7, "case"),
            ("to", "ADP", 5, "fixed"),
            ("officials", "NOUN", 2, "obl"),
        ])
        .lemma(4, "accord")
        .build();
    let a = attributions(&doc);
    let claim = a[1].as_ref().expect("the verb is attributed");
    assert_eq!(
        (claim.source, claim.verb.as_str()),
        (Some(6), "according_to")
    );
    assert!(a[2].is_some());
    assert!(
        a[6].is_none() && a[4].is_none(),
        "the source is not its own claim"
    );
    let f = extract(&doc, None);
    let r = relation(&f, "cranes -track-> ships");
    assert_eq!(claimant(&f, r).as_deref(), Some("officials"));
}

#[test]
fn according_to_x_closing_the_sentence_reports_what_its_speaker_said() {
    // "Smith said cranes track ships , according to a report", with the
    // parser's attachment of "according to a report" to "track"
    let doc = DocBuilder::new()
        .sentence(&[
            ("Smith", "PROPN", 2, "nsubj"),
            ("said", "VERB", 0, "root"),
            ("cranes", "NOUN", 4, "nsubj"),
            ("track", "VERB", 2, "ccomp"),
            ("ships", "NOUN", 4, "obj"),
            (",", "PUNCT", 10, "punct"),
            ("according", "VERB", 10, "case"),
            ("to", "ADP", 7, "fixed"),
            ("a", "DET", 10, "det"),
            ("report", "NOUN", 4, "obl"),
            (".", "PUNCT", 2, "punct"),
        ])
        .lemma(1, "say")
        .lemma(2, "crane")
        .lemma(4, "ship")
        .lemma(6, "accord")
        .entity(0..1, "PER")
        .build();
    let f = extract(&doc, None);
    let r = relation(&f, "cranes -track-> ships");
    assert_eq!(claimant(&f, r).as_deref(), Some("Smith"));
    let reporter = r.reported_by.map(|m| f.mentions[m].text.as_str());
    assert_eq!(reporter, Some("report"));
    // and with a participle after it: "..., according to a report , citing
    // officials ."
    let doc = DocBuilder::new()
        .sentence(&[
            ("Smith", "PROPN", 2, "nsubj"),
            ("said", "VERB", 0, "root"),
            ("cranes", "NOUN", 4, "nsubj"),
            ("track", "VERB", 2, "ccomp"),
            ("ships", "NOUN", 4, "obj"),
            (",", "PUNCT", 10, "punct"),
            ("according", "VERB", 10, "case"),
            ("to", "ADP", 7, "fixed"),
            ("a", "DET", 10, "det"),
            ("report", "NOUN", 4, "obl"),
            (",", "PUNCT", 12, "punct"),
            ("citing", "VERB", 4, "advcl"),
            ("officials", "NOUN", 12, "obj"),
            (".", "PUNCT", 2, "punct"),
        ])
        .lemma(1, "say")
        .lemma(2, "crane")
        .lemma(4, "ship")
        .lemma(6, "accord")
        .lemma(11, "cite")
        .xpos(11, "VBG")
        .entity(0..1, "PER")
        .build();
    let f = extract(&doc, None);
    let r = relation(&f, "cranes -track-> ships");
    assert_eq!(claimant(&f, r).as_deref(), Some("Smith"));
}

#[test]
fn according_to_x_hung_on_a_noun_after_a_comma_reports_the_sentence() {
    // "Cranes track ships near ports , according to officials", with the
    // parser's attachment of "according to officials" to "ports"
    let doc = DocBuilder::new()
        .sentence(&[
            ("Cranes", "NOUN", 2, "nsubj"),
            ("track", "VERB", 0, "root"),
            ("ships", "NOUN", 2, "obj"),
            ("near", "ADP", 5, "case"),
            ("ports", "NOUN", 3, "nmod"),
            (",", "PUNCT", 9, "punct"),
            ("according", "VERB", 9, "case"),
            ("to", "ADP", 7, "fixed"),
            ("officials", "NOUN", 5, "nmod"),
        ])
        .lemma(6, "accord")
        .build();
    let f = extract(&doc, None);
    let r = relation(&f, "cranes -track-> ships");
    assert_eq!(claimant(&f, r).as_deref(), Some("officials"));
}

#[test]
fn a_nested_attribution_keeps_the_inner_source_and_reports_the_outer() {
    // "According to one US media outlet, officials worry that cranes could spy on ports"
    let doc = DocBuilder::new()
        .sentence(&[
            ("According", "VERB", 6, "case"),
            ("to", "ADP", 1, "fixed"),
            ("one", "NUM", 6, "nummod"),
            ("US", "PROPN", 6, "compound"),
            ("media", "NOUN", 6, "compound"),
            ("outlet", "NOUN", 9, "obl"),
            (",", "PUNCT", 9, "punct"),
            ("officials", "NOUN", 9, "nsubj"),
            ("worry", "VERB", 0, "root"),
            ("that", "SCONJ", 13, "mark"),
            ("cranes", "NOUN", 13, "nsubj"),
            ("could", "AUX", 13, "aux"),
            ("spy", "VERB", 9, "ccomp"),
            ("on", "ADP", 15, "case"),
            ("ports", "NOUN", 13, "obl"),
        ])
        .lemma(0, "accord")
        .lemma(7, "official")
        .lemma(10, "crane")
        .lemma(14, "port")
        .build();
    let a = attributions(&doc);
    let spy = a[12].as_ref().expect("the clause is attributed");
    assert_eq!((spy.source, spy.outer), (Some(7), Some(5)));
    let worry = a[8].as_ref().expect("the main clause is attributed");
    assert_eq!((worry.source, worry.outer), (Some(5), None));
    let f = extract(&doc, None);
    let r = relation(&f, "cranes -spy_on-> ports");
    assert_eq!(claimant(&f, r).as_deref(), Some("officials"));
    assert_eq!(r.reported_by.map(|m| text(&f, m)), Some("US media outlet"));
}

/// "The cranes could spy on ports, the outlet noted." with `noted` as `rel`
fn parenthetical(rel: &str) -> Doc {
    DocBuilder::new()
        .sentence(&[
            ("The", "DET", 2, "det"),
            ("cranes", "NOUN", 4, "nsubj"),
            ("could", "AUX", 4, "aux"),
            ("spy", "VERB", 0, "root"),
            ("on", "ADP", 6, "case"),
            ("ports", "NOUN", 4, "obl"),
            (",", "PUNCT", 10, "punct"),
            ("the", "DET", 9, "det"),
            ("outlet", "NOUN", 10, "nsubj"),
            ("noted", "VERB", 4, rel),
            (".", "PUNCT", 4, "punct"),
        ])
        .lemma(1, "crane")
        .lemma(5, "port")
        .lemma(9, "note")
        .build()
}

#[test]
fn a_parenthetical_attribution_verb_attributes_the_whole_sentence() {
    for rel in ["parataxis", "advcl"] {
        let doc = parenthetical(rel);
        let a = attributions(&doc);
        let spy = a[3].as_ref().expect("the sentence is attributed");
        assert_eq!((spy.source, spy.verb.as_str()), (Some(8), "note"), "{rel}");
        assert!(a[1].is_some() && a[5].is_some(), "{rel}");
        // but not the parenthetical itself
        assert!(subtree(&doc, 9).iter().all(|&t| a[t].is_none()), "{rel}");
        let f = extract(&doc, None);
        let r = relation(&f, "cranes -spy_on-> ports");
        assert_eq!(claimant(&f, r).as_deref(), Some("outlet"), "{rel}");
    }
}

#[test]
fn a_clause_of_its_own_after_the_comma_is_no_speech_tag() {
    // "The cranes spy on ports, so we urge officials to act": "urge" opens
    // a clause of its own, and the sentence before it stays unattributed
    let doc = DocBuilder::new()
        .sentence(&[
            ("The", "DET", 2, "det"),
            ("cranes", "NOUN", 3, "nsubj"),
            ("spy", "VERB", 0, "root"),
            ("on", "ADP", 5, "case"),
            ("ports", "NOUN", 3, "obl"),
            (",", "PUNCT", 9, "punct"),
            ("so", "ADV", 9, "advmod"),
            ("we", "PRON", 9, "nsubj"),
            ("urge", "VERB", 3, "parataxis"),
            ("officials", "NOUN", 9, "obj"),
            ("to", "PART", 12, "mark"),
            ("act", "VERB", 9, "xcomp"),
        ])
        .lemma(1, "crane")
        .lemma(4, "port")
        .lemma(9, "official")
        .build();
    let a = attributions(&doc);
    assert!(a[2].is_none() && a[1].is_none(), "{a:?}");
}

#[test]
fn a_clause_claimed_by_nobody_named_is_never_a_fact() {
    // "It was reported that cranes spy on ports"
    let doc = DocBuilder::new()
        .sentence(&[
            ("It", "PRON", 3, "expl"),
            ("was", "AUX", 3, "aux:pass"),
            ("reported", "VERB", 0, "root"),
            ("that", "SCONJ", 6, "mark"),
            ("cranes", "NOUN", 6, "nsubj"),
            ("spy", "VERB", 3, "csubj:pass"),
            ("on", "ADP", 8, "case"),
            ("ports", "NOUN", 6, "obl"),
        ])
        .lemma(2, "report")
        .lemma(4, "crane")
        .lemma(7, "port")
        .build();
    let a = attributions(&doc);
    let spy = a[5].as_ref().expect("the clause is attributed");
    assert_eq!((spy.source, spy.verb.as_str()), (None, "report"));
    assert!(extract(&doc, None).relations.is_empty());
    // the same clause on its own is a fact: "cranes spy on ports"
    let fact = DocBuilder::new()
        .sentence(&[
            ("cranes", "NOUN", 2, "nsubj"),
            ("spy", "VERB", 0, "root"),
            ("on", "ADP", 4, "case"),
            ("ports", "NOUN", 2, "obl"),
        ])
        .build();
    let f = extract(&fact, None);
    assert_eq!(claimant(&f, relation(&f, "cranes -spy_on-> ports")), None);
}

/// "`first` claims that the balloon was a spy craft ..." where `claims`
/// is the object of `verb` (or, without one, the subject of `spread`).
fn claims_that(verb: Option<&str>) -> Doc {
    let content: &[(&str, &str, usize, &str)] = &[
        ("that", "SCONJ", 8, "mark"),
        ("the", "DET", 4, "det"),
        ("balloon", "NOUN", 8, "nsubj"),
        ("was", "AUX", 8, "cop"),
        ("a", "DET", 8, "det"),
        ("spy", "NOUN", 8, "compound"),
        ("craft", "NOUN", 1, "acl"),
    ];
    let mut words: Vec<(&str, &str, usize, &str)> = Vec::new();
    match verb {
        Some(v) => {
            words.extend([("Beijing", "PROPN", 2, "nsubj"), (v, "VERB", 0, "root")]);
            words.push(("claims", "NOUN", 2, "obj"));
            words.extend(content.iter().map(|&(w, u, h, r)| (w, u, h + 2, r)));
        }
        None => {
            words.push(("Claims", "NOUN", 9, "nsubj"));
            words.extend(content.iter().copied());
            words.extend([
                ("spread", "VERB", 0, "root"),
                ("online", "ADV", 9, "advmod"),
            ]);
        }
    }
    let claims = words
        .iter()
        .position(|w| w.0.eq_ignore_ascii_case("claims"))
        .unwrap();
    let was = words.iter().position(|w| w.0 == "was").unwrap();
    let mut b = DocBuilder::new()
        .sentence(&words)
        .lemma(claims, "claim")
        .lemma(was, "be");
    if verb.is_some() {
        b = b.lemma(1, "reject");
    }
    b.build()
}

#[test]
fn a_content_noun_clause_is_claimed_by_the_subject_of_its_attribution_verb() {
    // "Beijing rejected claims that the balloon was a spy craft"
    let doc = claims_that(Some("rejected"));
    let a = attributions(&doc);
    let craft = a[9].as_ref().expect("the content clause is attributed");
    assert_eq!((craft.source, craft.verb.as_str()), (Some(0), "reject"));
    assert!(a[1].is_none(), "the rejecting itself is Beijing's act");
    // "Claims that the balloon was a spy craft spread online": nobody's
    let doc = claims_that(None);
    let a = attributions(&doc);
    let craft = a[7].as_ref().expect("the content clause is attributed");
    assert_eq!((craft.source, craft.verb.as_str()), (None, "claim"));
    let f = extract(&doc, None);
    assert!(
        !relations(&f).iter().any(|r| r.contains("craft")),
        "{:?}",
        relations(&f)
    );
}

#[test]
fn the_possibility_that_something_is_so_states_nothing() {
    // "Experts ruled out the possibility that the balloon was a spy
    // craft", the clause hung on "ruled" as parsers do
    let doc = DocBuilder::new()
        .sentence(&[
            ("Experts", "NOUN", 2, "nsubj"),
            ("ruled", "VERB", 0, "root"),
            ("out", "ADP", 2, "compound:prt"),
            ("the", "DET", 5, "det"),
            ("possibility", "NOUN", 2, "obj"),
            ("that", "SCONJ", 12, "mark"),
            ("the", "DET", 8, "det"),
            ("balloon", "NOUN", 12, "nsubj"),
            ("was", "AUX", 12, "cop"),
            ("a", "DET", 12, "det"),
            ("spy", "NOUN", 12, "compound"),
            ("craft", "NOUN", 2, "ccomp"),
        ])
        .lemma(1, "rule")
        .lemma(4, "possibility")
        .lemma(8, "be")
        .xpos(0, "NNS")
        .build();
    let a = attributions(&doc);
    let craft = a[11].as_ref().expect("the clause is the possibility's");
    assert!(craft.negated && craft.source.is_none());
    let f = extract(&doc, None);
    assert!(
        !relations(&f).iter().any(|r| r.contains("craft")),
        "{:?}",
        relations(&f)
    );
}

#[test]
fn a_claim_under_a_verb_of_refusal_keeps_both_verbs() {
    // "The company declined to confirm that cranes carry sensors": the
    // company does not confirm it, so the claim is recorded with both verbs
    let doc = DocBuilder::new()
        .sentence(&[
            ("The", "DET", 2, "det"),
            ("company", "NOUN", 3, "nsubj"),
            ("declined", "VERB", 0, "root"),
            ("to", "PART", 5, "mark"),
            ("confirm", "VERB", 3, "xcomp"),
            ("that", "SCONJ", 8, "mark"),
            ("cranes", "NOUN", 8, "nsubj"),
            ("carry", "VERB", 5, "ccomp"),
            ("sensors", "NOUN", 8, "obj"),
        ])
        .lemma(2, "decline")
        .lemma(6, "crane")
        .lemma(8, "sensor")
        .build();
    let f = extract(&doc, None);
    let r = relation(&f, "cranes -carry-> sensors");
    assert_eq!(claimant(&f, r).as_deref(), Some("company"));
    assert_eq!(r.claim_verb.as_deref(), Some("decline_to_confirm"));
}

#[test]
fn a_negated_claim_verb_claims_nothing_and_states_nothing() {
    // "Officials did not say that the cranes spy on ports"
    let doc = DocBuilder::new()
        .sentence(&[
            ("Officials", "NOUN", 4, "nsubj"),
            ("did", "AUX", 4, "aux"),
            ("not", "PART", 4, "advmod"),
            ("say", "VERB", 0, "root"),
            ("that", "SCONJ", 8, "mark"),
            ("the", "DET", 7, "det"),
            ("cranes", "NOUN", 8, "nsubj"),
            ("spy", "VERB", 4, "ccomp"),
            ("on", "ADP", 10, "case"),
            ("ports", "NOUN", 8, "obl"),
        ])
        .lemma(0, "official")
        .lemma(6, "crane")
        .lemma(9, "port")
        .build();
    let a = attributions(&doc);
    assert_eq!(a[7].as_ref().map(|x| x.source), Some(None));
    let f = extract(&doc, None);
    assert!(
        relations(&f).iter().all(|r| !r.contains("spy")),
        "{:?}",
        relations(&f)
    );
}

/// "Critics described the plan as a disaster", the verb negated when `not`.
fn described(not: bool) -> Doc {
    let mut words = vec![("Critics", "NOUN", 2, "nsubj")];
    if not {
        words = vec![
            ("Critics", "NOUN", 4, "nsubj"),
            ("did", "AUX", 4, "aux"),
            ("not", "PART", 4, "advmod"),
        ];
    }
    let at = words.len() + 1;
    words.extend([
        ("describe", "VERB", 0, "root"),
        ("the", "DET", at + 2, "det"),
        ("plan", "NOUN", at, "obj"),
        ("as", "ADP", at + 5, "case"),
        ("a", "DET", at + 5, "det"),
        ("disaster", "NOUN", at, "obl"),
    ]);
    DocBuilder::new()
        .sentence(&words)
        .lemma(0, "critic")
        .build()
}

#[test]
fn an_ascription_is_a_claim_of_its_subject_that_the_object_is_the_complement() {
    let f = extract(&described(false), None);
    assert_eq!(relations(&f), ["plan -be-> disaster"]);
    let r = relation(&f, "plan -be-> disaster");
    assert_eq!(claimant(&f, r).as_deref(), Some("critics"));
    // "did not describe the plan as a disaster": nobody claims it, and it
    // is no fact
    assert!(relations(&extract(&described(true), None)).is_empty());
}

#[test]
fn an_adjective_after_as_is_ascribed_too() {
    // "The regulator described the practices as aggressive ."
    let doc = DocBuilder::new()
        .sentence(&[
            ("The", "DET", 2, "det"),
            ("regulator", "NOUN", 3, "nsubj"),
            ("described", "VERB", 0, "root"),
            ("the", "DET", 5, "det"),
            ("practices", "NOUN", 3, "obj"),
            ("as", "ADP", 7, "case"),
            ("aggressive", "ADJ", 3, "obl"),
            (".", "PUNCT", 3, "punct"),
        ])
        .lemma(2, "describe")
        .lemma(4, "practice")
        .build();
    let f = extract(&doc, None);
    let r = relation(&f, "practices -be-> \"aggressive\"");
    assert_eq!(claimant(&f, r).as_deref(), Some("regulator"));
    assert!(
        !relations(&f).iter().any(|x| x.contains("describe")),
        "{:?}",
        relations(&f)
    );
}

#[test]
fn a_clause_the_parser_hung_beside_the_complement_continues_it() {
    // "Smith said firms hid data on how they sell it ." with "how they
    // sell it" a parataxis of "said"
    let doc = DocBuilder::new()
        .sentence(&[
            ("Smith", "PROPN", 2, "nsubj"),
            ("said", "VERB", 0, "root"),
            ("firms", "NOUN", 4, "nsubj"),
            ("hid", "VERB", 2, "ccomp"),
            ("data", "NOUN", 4, "obj"),
            ("on", "SCONJ", 7, "case"),
            ("how", "ADV", 2, "parataxis"),
            ("they", "PRON", 9, "nsubj"),
            ("sell", "VERB", 7, "advcl:relcl"),
            ("data", "NOUN", 9, "obj"),
            (".", "PUNCT", 2, "punct"),
        ])
        .lemma(1, "say")
        .lemma(2, "firm")
        .lemma(3, "hide")
        .xpos(2, "NNS")
        .entity(0..1, "PER")
        .build();
    let f = extract(&doc, None);
    for r in ["firms -hide-> data", "firms -sell-> data"] {
        let r = relation(&f, r);
        assert_eq!(claimant(&f, r).as_deref(), Some("Smith"), "{r:?}");
    }
}
