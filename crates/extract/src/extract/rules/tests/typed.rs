//! Typed relations of the relation classifier become relations with a
//! canonical property, facts or claims by where they lie.

use super::*;
use newsgraph_core::vocab::schema;
use newsgraph_nlp::builder::DocBuilder;
use newsgraph_nlp::typed::{RelationType, TypedRelation};

/// "Smith , a spokesman for Acme , resigned ." or, with `said`, "Jones
/// said Smith , a spokesman for Acme , resigned .", with the classifier's
/// Work_For between Smith and Acme.
fn spokesman(said: bool) -> Doc {
    let mut words = vec![
        ("Smith", "PROPN", 8, "nsubj"),
        (",", "PUNCT", 4, "punct"),
        ("a", "DET", 4, "det"),
        ("spokesman", "NOUN", 1, "appos"),
        ("for", "ADP", 6, "case"),
        ("Acme", "PROPN", 4, "nmod"),
        (",", "PUNCT", 4, "punct"),
        ("resigned", "VERB", 0, "root"),
        (".", "PUNCT", 8, "punct"),
    ];
    let offset = if said {
        for w in words.iter_mut() {
            if w.2 > 0 {
                w.2 += 2;
            } else {
                (w.2, w.3) = (2, "ccomp");
            }
        }
        words.insert(0, ("Jones", "PROPN", 2, "nsubj"));
        words.insert(1, ("said", "VERB", 0, "root"));
        2
    } else {
        0
    };
    let mut b = DocBuilder::new()
        .sentence(&words)
        .entity(offset..offset + 1, "PER")
        .entity(offset + 5..offset + 6, "ORG");
    if said {
        b = b.entity(0..1, "PER").lemma(1, "say");
    }
    let mut doc = b.build();
    let (smith, acme) = (
        doc.entities
            .iter()
            .position(|e| e.tokens.start == offset)
            .unwrap(),
        doc.entities
            .iter()
            .position(|e| e.tokens.start == offset + 5)
            .unwrap(),
    );
    doc.typed_relations = vec![TypedRelation {
        kind: RelationType::WorkFor,
        head: smith,
        tail: acme,
        margin: 20.0,
    }];
    doc
}

#[test]
fn a_typed_relation_is_a_fact_with_its_schema_property() {
    // the rules read the role (be_spokesman_for), which takes the property
    let f = extract(&spokesman(false), None);
    let r = relation(&f, "Smith -be_spokesman_for-> Acme");
    assert_eq!(r.property, Some(schema::WORKS_FOR));
    assert_eq!(r.claimed_by, None);
}

#[test]
fn a_typed_relation_in_an_apposition_is_the_writers_even_in_reported_speech() {
    // "Jones said Smith, a spokesman for Acme, resigned": the apposition
    // between commas is the writer's introduction of Smith; the
    // resignation is Jones's claim
    let f = extract(&spokesman(true), None);
    let r = relation(&f, "Smith -be_spokesman_for-> Acme");
    assert_eq!(r.property, Some(schema::WORKS_FOR));
    assert_eq!(r.claimed_by, None);
}

#[test]
fn a_weak_typed_relation_is_left_out() {
    let mut doc = spokesman(false);
    doc.typed_relations[0].margin = 1.0;
    let f = extract(&doc, None);
    let r = relation(&f, "Smith -be_spokesman_for-> Acme");
    assert_eq!(r.property, None);
}

#[test]
fn a_relation_the_rules_read_takes_the_typed_property_instead_of_a_second_statement() {
    // "Smith , chairman of Acme , resigned ." the rules read Smith
    // be_chairman_of Acme; the classifier says Smith works for Acme
    let doc = {
        let mut d = DocBuilder::new()
            .sentence(&[
                ("Smith", "PROPN", 7, "nsubj"),
                (",", "PUNCT", 3, "punct"),
                ("chairman", "NOUN", 1, "appos"),
                ("of", "ADP", 5, "case"),
                ("Acme", "PROPN", 3, "nmod"),
                (",", "PUNCT", 3, "punct"),
                ("resigned", "VERB", 0, "root"),
                (".", "PUNCT", 7, "punct"),
            ])
            .lemma(7, "resign")
            .entity(0..1, "PER")
            .entity(4..5, "ORG")
            .build();
        d.typed_relations = vec![TypedRelation {
            kind: RelationType::WorkFor,
            head: 0,
            tail: 1,
            margin: 20.0,
        }];
        d
    };
    let f = extract(&doc, None);
    let between: Vec<&RawRelation> = f
        .relations
        .iter()
        .filter(|r| {
            text(&f, r.subject) == "Smith"
                && matches!(r.object, Arg::Mention(o) if text(&f, o) == "Acme")
        })
        .collect();
    assert_eq!(between.len(), 1, "{:?}", relations(&f));
    assert_eq!(between[0].predicate, "be_chairman_of");
    assert_eq!(between[0].property, Some(schema::WORKS_FOR));
}

#[test]
fn a_role_in_a_place_is_no_residence() {
    // "Smith , premier of Ontario , resigned ." the rules read Smith
    // be_premier_of Ontario; the classifier says Smith lives in Ontario,
    // which the sentence does not say
    let mut doc = DocBuilder::new()
        .sentence(&[
            ("Smith", "PROPN", 7, "nsubj"),
            (",", "PUNCT", 3, "punct"),
            ("premier", "NOUN", 1, "appos"),
            ("of", "ADP", 5, "case"),
            ("Ontario", "PROPN", 3, "nmod"),
            (",", "PUNCT", 3, "punct"),
            ("resigned", "VERB", 0, "root"),
            (".", "PUNCT", 7, "punct"),
        ])
        .lemma(7, "resign")
        .entity(0..1, "PER")
        .entity(4..5, "LOC")
        .build();
    doc.typed_relations = vec![TypedRelation {
        kind: RelationType::LiveIn,
        head: 0,
        tail: 1,
        margin: 20.0,
    }];
    let found = relations(&extract(&doc, None));
    assert_eq!(found, ["Smith -be_premier_of-> Ontario"], "{found:?}");
}

#[test]
fn a_dateline_relates_to_nothing_after_it() {
    // "NEW YORK -- Acme hired Smith ." with the classifier's "Acme lives in
    // New York" and "Smith works for Acme"
    let mut doc = DocBuilder::new()
        .sentence(&[
            ("NEW", "PROPN", 2, "compound"),
            ("YORK", "PROPN", 5, "obl"),
            ("--", "PUNCT", 2, "punct"),
            ("Acme", "PROPN", 5, "nsubj"),
            ("hired", "VERB", 0, "root"),
            ("Smith", "PROPN", 5, "obj"),
            (".", "PUNCT", 5, "punct"),
        ])
        .lemma(4, "hire")
        .entity(0..2, "LOC")
        .entity(3..4, "PER")
        .entity(5..6, "PER")
        .build();
    let typed = |kind, head, tail| TypedRelation {
        kind,
        head,
        tail,
        margin: 20.0,
    };
    doc.typed_relations = vec![
        typed(RelationType::LiveIn, 1, 0),
        typed(RelationType::Kill, 1, 2),
    ];
    let f = extract(&doc, None);
    let found = relations(&f);
    assert!(!found.iter().any(|r| r.contains("live_in")), "{found:?}");
    assert!(
        found.contains(&"Acme -kill-> Smith".to_string()),
        "{found:?}"
    );
}

#[test]
fn a_datelines_agency_is_not_based_in_its_place() {
    // "LONDON ( Reuters ) - Barclays cut jobs ." with the classifier's
    // "Reuters is based in London"
    let mut doc = DocBuilder::new()
        .sentence(&[
            ("LONDON", "PROPN", 0, "root"),
            ("(", "PUNCT", 3, "punct"),
            ("Reuters", "PROPN", 1, "appos"),
            (")", "PUNCT", 3, "punct"),
            ("-", "PUNCT", 7, "punct"),
            ("Barclays", "PROPN", 7, "nsubj"),
            ("cut", "VERB", 1, "parataxis"),
            ("jobs", "NOUN", 7, "obj"),
            (".", "PUNCT", 1, "punct"),
        ])
        .lemma(6, "cut")
        .entity(0..1, "LOC")
        .entity(2..3, "ORG")
        .entity(5..6, "ORG")
        .build();
    doc.typed_relations = vec![TypedRelation {
        kind: RelationType::OrgBasedIn,
        head: 1,
        tail: 0,
        margin: 20.0,
    }];
    let found = relations(&extract(&doc, None));
    assert!(!found.iter().any(|r| r.contains("Reuters")), "{found:?}");
}

/// The relations of `doc` given the classifier's "works for" between its
/// first two names (a person, then an organisation).
fn with_work_for(mut doc: Doc) -> Vec<String> {
    doc.typed_relations = vec![TypedRelation {
        kind: RelationType::WorkFor,
        head: 0,
        tail: 1,
        margin: 20.0,
    }];
    relations(&extract(&doc, None))
}

#[test]
fn names_joined_only_through_a_verb_of_saying_are_not_related() {
    // "Smith said Acme grew ." with the classifier's "Smith works for Acme"
    let doc = DocBuilder::new()
        .sentence(&[
            ("Smith", "PROPN", 2, "nsubj"),
            ("said", "VERB", 0, "root"),
            ("Acme", "PROPN", 4, "nsubj"),
            ("grew", "VERB", 2, "ccomp"),
            (".", "PUNCT", 2, "punct"),
        ])
        .lemma(1, "say")
        .lemma(3, "grow")
        .entity(0..1, "PER")
        .entity(2..3, "ORG")
        .build();
    let r = with_work_for(doc);
    assert!(!r.iter().any(|r| r.contains("work_for")), "{r:?}");
    // "Smith , told of Acme 's plan , smiled ." with the verb of saying
    // inside the path, under the speaker
    let doc = DocBuilder::new()
        .sentence(&[
            ("Smith", "PROPN", 9, "nsubj"),
            (",", "PUNCT", 3, "punct"),
            ("told", "VERB", 1, "acl"),
            ("of", "ADP", 7, "case"),
            ("Acme", "PROPN", 7, "nmod:poss"),
            ("'s", "PART", 5, "case"),
            ("plan", "NOUN", 3, "obl"),
            (",", "PUNCT", 3, "punct"),
            ("smiled", "VERB", 0, "root"),
            (".", "PUNCT", 9, "punct"),
        ])
        .lemma(2, "tell")
        .lemma(8, "smile")
        .entity(0..1, "PER")
        .entity(4..5, "ORG")
        .build();
    let r = with_work_for(doc);
    assert!(!r.iter().any(|r| r.contains("work_for")), "{r:?}");
}
