use super::*;

#[test]
fn classes_round_trip_and_respect_argument_types() {
    for kind in RelationType::ALL {
        for forward in [true, false] {
            let c = class_of(kind, forward);
            assert_eq!(decode_class(c), Some((kind, forward)));
            let (h, t) = kind.arguments();
            let (first, second) = if forward { (h, t) } else { (t, h) };
            assert!(allowed(c, first, second));
        }
        assert_eq!(RelationType::from_name(kind.name()), Some(kind));
    }
    assert_eq!(decode_class(0), None);
    // a person does not work for a place, nor a place for an organisation
    assert!(!allowed(
        class_of(RelationType::WorkFor, true),
        "PER",
        "LOC"
    ));
    assert!(!allowed(
        class_of(RelationType::WorkFor, true),
        "ORG",
        "PER"
    ));
    assert!(allowed(
        class_of(RelationType::WorkFor, false),
        "ORG",
        "PER"
    ));
    assert!(allowed(0, "LOC", "LOC"));
}

use crate::builder::DocBuilder;

/// "The strike hits Arriva, Anglia and Chiltern ." with the three names
/// tagged ORG (the parse of such lists is often wrong; the rule reads the
/// words).
fn enumeration() -> Doc {
    DocBuilder::new()
        .sentence(&[
            ("The", "DET", 2, "det"),
            ("strike", "NOUN", 3, "nsubj"),
            ("hits", "VERB", 0, "root"),
            ("Arriva", "PROPN", 3, "obj"),
            (",", "PUNCT", 6, "punct"),
            ("Anglia", "PROPN", 4, "appos"),
            ("and", "CCONJ", 8, "cc"),
            ("Chiltern", "PROPN", 3, "parataxis"),
            (".", "PUNCT", 3, "punct"),
        ])
        .entity(3..4, "ORG")
        .entity(5..6, "ORG")
        .entity(7..8, "ORG")
        .build()
}

#[test]
fn members_of_a_list_of_names_are_not_related() {
    let doc = enumeration();
    let e = &doc.entities;
    assert!(listed_together(&doc, &e[0], &e[1]));
    assert!(listed_together(&doc, &e[1], &e[2]));
    assert!(listed_together(&doc, &e[0], &e[2]));
}

#[test]
fn a_place_and_its_region_after_a_comma_are_not_a_list() {
    // "Smith of Bethany , Conn. , died ."
    let doc = DocBuilder::new()
        .sentence(&[
            ("Smith", "PROPN", 7, "nsubj"),
            ("of", "ADP", 3, "case"),
            ("Bethany", "PROPN", 1, "nmod"),
            (",", "PUNCT", 5, "punct"),
            ("Conn.", "PROPN", 3, "appos"),
            (",", "PUNCT", 3, "punct"),
            ("died", "VERB", 0, "root"),
            (".", "PUNCT", 7, "punct"),
        ])
        .entity(0..1, "PER")
        .entity(2..3, "LOC")
        .entity(4..5, "LOC")
        .build();
    let e = &doc.entities;
    assert!(!listed_together(&doc, &e[1], &e[2]));
    assert!(!listed_together(&doc, &e[0], &e[1]));
}

#[test]
fn conll04_sentences_map_gold_spans_onto_the_analysis() {
    let s: conll04::Sentence = serde_json::from_str(
        r#"{"tokens": ["Ferraro", ",", "of", "Bethany", ",", "Conn.", ",", "died"],
            "entities": [{"type": "Peop", "start": 0, "end": 1},
                         {"type": "Loc", "start": 3, "end": 4},
                         {"type": "Loc", "start": 5, "end": 6}],
            "relations": [{"type": "Live_In", "head": 0, "tail": 1},
                          {"type": "Located_In", "head": 1, "tail": 2}]}"#,
    )
    .unwrap();
    assert_eq!(s.text(), "Ferraro , of Bethany , Conn. , died");
    assert_eq!(s.char_span(1), (13, 20));
    assert_eq!(s.char_span(2), (23, 28));
    // "Conn" of "Conn." is the whole token; a span already on edges stays
    assert_eq!(s.snap((23, 27)), (23, 28));
    assert_eq!(s.snap((13, 20)), (13, 20));
    let doc = crate::tokenize::tokenize(&s.text());
    let spans = s.entity_spans(&doc);
    assert_eq!(spans[2].as_ref().map(|e| e.label.as_str()), Some("LOC"));
    let ex = train::Example::new(&s, doc);
    let pairs = ex.pairs();
    // three names, three pairs: Ferraro lives in Bethany, Bethany lies in
    // Connecticut, nothing between Ferraro and Connecticut
    assert_eq!(pairs.len(), 3);
    assert_eq!(pairs[0], (0, 1, class_of(RelationType::LiveIn, true)));
    assert_eq!(pairs[1], (0, 2, 0));
    assert_eq!(pairs[2], (1, 2, class_of(RelationType::LocatedIn, true)));
}

/// "Oswald VERB Kennedy ." with both names tagged PER, the verb of lemma
/// `lemma`.
fn two_people(lemma: &str) -> Doc {
    DocBuilder::new()
        .sentence(&[
            ("Oswald", "PROPN", 2, "nsubj"),
            (lemma, "VERB", 0, "root"),
            ("Kennedy", "PROPN", 2, "obj"),
            (".", "PUNCT", 2, "punct"),
        ])
        .lemma(1, lemma)
        .entity(0..1, "PER")
        .entity(2..3, "PER")
        .build()
}

#[test]
fn a_kill_needs_a_word_of_killing_in_its_sentence() {
    // a classifier that has learnt Kill from the pair's features alone
    let mut features = Vec::new();
    let killed = two_people("shoot");
    features::extract(
        &killed,
        &killed.entities[0],
        &killed.entities[1],
        &mut features,
    );
    let mut t = crate::perceptron::Trainer::new(N_CLASSES);
    for _ in 0..3 {
        t.tick();
        t.update(class_of(RelationType::Kill, true), 0, &features);
    }
    t.tick();
    let table = Table::from_perceptron(&t.finish(0.0), 0.0, usize::MAX).unwrap();
    let classifier = RelationClassifier::new(table);
    let found = classifier.classify(&killed, 0, 1).expect("a Kill");
    assert_eq!(
        (found.kind, found.head, found.tail),
        (RelationType::Kill, 0, 1)
    );
    // the same names and parse, without a word of killing: no Kill
    assert!(speaks_of_killing(&killed, 0));
    let met = two_people("meet");
    assert!(!speaks_of_killing(&met, 0));
    assert_eq!(classifier.classify(&met, 0, 1), None);
}

#[test]
fn no_work_for_across_a_bracket_after_a_name() {
    // "Jane Doe ( Acme ) spoke ." / "Jane Doe of Acme spoke ."
    let doc = |between: &str, close: bool| {
        let mut words = vec![
            ("Jane", "PROPN", 2, "compound"),
            ("Doe", "PROPN", 0, "root"),
            (
                between,
                if close { "PUNCT" } else { "ADP" },
                4,
                if close { "punct" } else { "case" },
            ),
            ("Acme", "PROPN", 2, if close { "appos" } else { "nmod" }),
        ];
        if close {
            words.push((")", "PUNCT", 4, "punct"));
        }
        DocBuilder::new()
            .sentence(&words)
            .entity(0..2, "PER")
            .entity(3..4, "ORG")
            .build()
    };
    let (bracket, of) = (doc("(", true), doc("of", false));
    // a classifier that has learnt Work_For from the pair's features alone
    let mut t = crate::perceptron::Trainer::new(N_CLASSES);
    for d in [&bracket, &of] {
        let mut features = Vec::new();
        features::extract(d, &d.entities[0], &d.entities[1], &mut features);
        for _ in 0..3 {
            t.tick();
            t.update(class_of(RelationType::WorkFor, true), 0, &features);
        }
    }
    t.tick();
    let table = Table::from_perceptron(&t.finish(0.0), 0.0, usize::MAX).unwrap();
    let classifier = RelationClassifier::new(table);
    assert_eq!(
        classifier.classify(&of, 0, 1).map(|r| r.kind),
        Some(RelationType::WorkFor)
    );
    assert_eq!(classifier.classify(&bracket, 0, 1), None);
}
