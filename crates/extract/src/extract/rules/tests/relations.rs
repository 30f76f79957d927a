//! Relations read off the parse (`rules::relations`), and through the
//! whole extractor, in mention texts.

use super::fixtures::{a_crane_maker_known_as_zpmc, zpmc_makes_cranes};
use super::{extract, relation, relations, token_relations};
use crate::extract::rules::quantities::counted;
use crate::extract::rules::relations::find;
use newsgraph_core::extraction::Modality;
use newsgraph_nlp::builder::DocBuilder;

#[test]
fn an_active_verb_relates_its_subject_to_its_object() {
    // "ZPMC makes cranes"
    let doc = zpmc_makes_cranes().build();
    assert_eq!(token_relations(&doc), ["ZPMC -make-> cranes"]);
    let f = extract(&doc, None);
    let r = relation(&f, "ZPMC -make-> cranes");
    assert_eq!(
        (r.modality, r.negated, r.claimed_by),
        (Modality::Asserted, false, None)
    );
    assert_eq!((r.span.start, r.span.end), (0, doc.text.chars().count()));
}

#[test]
fn a_passive_with_an_agent_gives_the_agent_as_subject() {
    // "The balloon was shot down by a fighter jet"
    let doc = DocBuilder::new()
        .sentence(&[
            ("The", "DET", 2, "det"),
            ("balloon", "NOUN", 4, "nsubj:pass"),
            ("was", "AUX", 4, "aux:pass"),
            ("shot", "VERB", 0, "root"),
            ("down", "ADP", 4, "compound:prt"),
            ("by", "ADP", 9, "case"),
            ("a", "DET", 9, "det"),
            ("fighter", "NOUN", 9, "compound"),
            ("jet", "NOUN", 4, "obl:agent"),
        ])
        .lemma(2, "be")
        .lemma(3, "shoot")
        .xpos(3, "VBN")
        .build();
    assert_eq!(token_relations(&doc), ["jet -shoot_down-> balloon"]);
    let f = extract(&doc, None);
    relation(&f, "fighter jet -shoot_down-> balloon");
}

#[test]
fn a_by_oblique_is_the_agent_when_the_parser_does_not_say_agent() {
    // "Cranes were produced by ZPMC in China": `by` as plain obl
    let doc = DocBuilder::new()
        .sentence(&[
            ("Cranes", "NOUN", 3, "nsubj:pass"),
            ("were", "AUX", 3, "aux:pass"),
            ("produced", "VERB", 0, "root"),
            ("by", "ADP", 5, "case"),
            ("ZPMC", "PROPN", 3, "obl"),
            ("in", "ADP", 7, "case"),
            ("China", "PROPN", 3, "obl"),
        ])
        .lemma(0, "crane")
        .lemma(1, "be")
        .lemma(2, "produce")
        .xpos(2, "VBN")
        .build();
    let rels = token_relations(&doc);
    assert!(
        rels.contains(&"ZPMC -produce-> Cranes".to_string()),
        "{rels:?}"
    );
    // the other obliques say where the patient was produced
    assert!(
        rels.contains(&"Cranes -produce_in-> China".to_string()),
        "{rels:?}"
    );
    assert!(!rels.iter().any(|r| r.contains("produce_by")), "{rels:?}");
}

#[test]
fn a_reduced_passive_and_its_conjunct_relate_the_noun_they_modify() {
    // "ZPMC sells cranes produced in China and used in US ports"
    let doc = DocBuilder::new()
        .sentence(&[
            ("ZPMC", "PROPN", 2, "nsubj"),
            ("sells", "VERB", 0, "root"),
            ("cranes", "NOUN", 2, "obj"),
            ("produced", "VERB", 3, "acl"),
            ("in", "ADP", 6, "case"),
            ("China", "PROPN", 4, "obl"),
            ("and", "CCONJ", 8, "cc"),
            ("used", "VERB", 4, "conj"),
            ("in", "ADP", 11, "case"),
            ("US", "PROPN", 11, "compound"),
            ("ports", "NOUN", 8, "obl"),
        ])
        .lemma(1, "sell")
        .lemma(2, "crane")
        .lemma(3, "produce")
        .lemma(7, "use")
        .lemma(10, "port")
        .xpos(3, "VBN")
        .xpos(7, "VBN")
        .entity(0..1, "ORG")
        .build();
    assert_eq!(
        token_relations(&doc),
        [
            "ZPMC -sell-> cranes",
            "cranes -produce_in-> China",
            "cranes -use_in-> ports"
        ]
    );
    let f = extract(&doc, None);
    relation(&f, "cranes -use_in-> US ports");
    relation(&f, "cranes -produce_in-> China");
}

#[test]
fn a_copula_relates_the_subject_to_the_predicate_noun() {
    // "The balloon was a weather craft"
    let doc = DocBuilder::new()
        .sentence(&[
            ("The", "DET", 2, "det"),
            ("balloon", "NOUN", 6, "nsubj"),
            ("was", "AUX", 6, "cop"),
            ("a", "DET", 6, "det"),
            ("weather", "NOUN", 6, "compound"),
            ("craft", "NOUN", 0, "root"),
        ])
        .lemma(2, "be")
        .build();
    assert_eq!(token_relations(&doc), ["balloon -be-> craft"]);
    let f = extract(&doc, None);
    relation(&f, "balloon -be-> weather craft");
}

/// "The SUBJECT was in OBJECT": a copula with a preposition.
fn was_in(subject: &str, object: &str) -> Vec<String> {
    let doc = DocBuilder::new()
        .sentence(&[
            ("The", "DET", 2, "det"),
            (subject, "NOUN", 5, "nsubj"),
            ("was", "AUX", 5, "cop"),
            ("in", "ADP", 5, "case"),
            (object, "NOUN", 0, "root"),
        ])
        .lemma(2, "be")
        .build();
    token_relations(&doc)
}

#[test]
fn a_copula_keeps_its_preposition_and_an_idiom_relates_nothing() {
    assert_eq!(was_in("specimen", "storage"), ["specimen -be_in-> storage"]);
    // "in place" is an idiom (`idioms.tsv`)
    assert!(was_in("warning", "place").is_empty());
}

#[test]
fn an_apposition_describes_its_noun_and_does_not_distribute() {
    // "ZPMC, a state-owned company, makes cranes"
    let doc = DocBuilder::new()
        .sentence(&[
            ("ZPMC", "PROPN", 7, "nsubj"),
            (",", "PUNCT", 5, "punct"),
            ("a", "DET", 5, "det"),
            ("state-owned", "ADJ", 5, "amod"),
            ("company", "NOUN", 1, "appos"),
            (",", "PUNCT", 5, "punct"),
            ("makes", "VERB", 0, "root"),
            ("cranes", "NOUN", 7, "obj"),
        ])
        .lemma(6, "make")
        .lemma(7, "crane")
        .entity(0..1, "ORG")
        .build();
    let rels = find(&doc);
    let appos = rels
        .iter()
        .find(|r| r.predicate == "be")
        .expect("an apposition");
    assert_eq!((appos.subject, appos.object), (0, 4));
    assert!(!appos.distributes);
    let f = extract(&doc, None);
    relation(&f, "ZPMC -be-> state-owned company");
    relation(&f, "ZPMC -make-> cranes");
}

#[test]
fn a_particle_joins_the_verb_in_the_predicate() {
    // "The military hunted down the balloon" (particle as compound:prt,
    // or as an adverb right after the verb)
    for rel in ["compound:prt", "advmod"] {
        let doc = DocBuilder::new()
            .sentence(&[
                ("The", "DET", 2, "det"),
                ("military", "NOUN", 3, "nsubj"),
                ("hunted", "VERB", 0, "root"),
                ("down", "ADV", 3, rel),
                ("the", "DET", 6, "det"),
                ("balloon", "NOUN", 3, "obj"),
            ])
            .lemma(2, "hunt")
            .build();
        assert_eq!(
            token_relations(&doc),
            ["military -hunt_down-> balloon"],
            "{rel}"
        );
    }
}

#[test]
fn a_quantity_is_no_object_and_the_oblique_is_used_instead() {
    // "The balloon travelled 4,000 miles to Washington"
    let doc = DocBuilder::new()
        .sentence(&[
            ("The", "DET", 2, "det"),
            ("balloon", "NOUN", 3, "nsubj"),
            ("travelled", "VERB", 0, "root"),
            ("4,000", "NUM", 5, "nummod"),
            ("miles", "NOUN", 3, "obj"),
            ("to", "ADP", 7, "case"),
            ("Washington", "PROPN", 3, "obl"),
        ])
        .lemma(2, "travel")
        .lemma(4, "mile")
        .build();
    assert_eq!(token_relations(&doc), ["balloon -travel_to-> Washington"]);
}

#[test]
fn a_multiword_preposition_joins_the_predicate_with_underscores() {
    // "Flights stopped because of the balloon"
    let doc = DocBuilder::new()
        .sentence(&[
            ("Flights", "NOUN", 2, "nsubj"),
            ("stopped", "VERB", 0, "root"),
            ("because", "SCONJ", 6, "case"),
            ("of", "ADP", 3, "fixed"),
            ("the", "DET", 6, "det"),
            ("balloon", "NOUN", 2, "obl"),
        ])
        .lemma(1, "stop")
        .build();
    assert_eq!(
        token_relations(&doc),
        ["Flights -stop_because_of-> balloon"]
    );
}

#[test]
fn saying_verbs_idioms_and_source_obliques_relate_nothing() {
    // "Officials told reporters": saying is carried by its claims
    let told = DocBuilder::new()
        .sentence(&[
            ("Officials", "NOUN", 2, "nsubj"),
            ("told", "VERB", 0, "root"),
            ("reporters", "NOUN", 2, "obj"),
        ])
        .lemma(1, "tell")
        .build();
    assert!(find(&told).is_empty(), "{:?}", token_relations(&told));
    // "The summit took place in Bali": an idiom
    let idiom = DocBuilder::new()
        .sentence(&[
            ("The", "DET", 2, "det"),
            ("summit", "NOUN", 3, "nsubj"),
            ("took", "VERB", 0, "root"),
            ("place", "NOUN", 3, "obj"),
            ("in", "ADP", 6, "case"),
            ("Bali", "PROPN", 3, "obl"),
        ])
        .lemma(2, "take")
        .build();
    assert!(find(&idiom).is_empty(), "{:?}", token_relations(&idiom));
    // "Cranes travel to ports, according to officials": a source, no place
    let according = DocBuilder::new()
        .sentence(&[
            ("Cranes", "NOUN", 2, "nsubj"),
            ("travel", "VERB", 0, "root"),
            ("to", "ADP", 4, "case"),
            ("ports", "NOUN", 2, "obl"),
            (",", "PUNCT", 8, "punct"),
            ("according", "VERB", 8, "case"),
            ("to", "ADP", 6, "fixed"),
            ("officials", "NOUN", 2, "obl"),
        ])
        .lemma(5, "accord")
        .build();
    assert_eq!(token_relations(&according), ["Cranes -travel_to-> ports"]);
}

#[test]
fn known_as_gives_an_alias_not_a_relation() {
    // "They visited a crane maker known as ZPMC"
    let doc = a_crane_maker_known_as_zpmc();
    let f = extract(&doc, None);
    assert!(
        !relations(&f).iter().any(|r| r.contains("know")),
        "{:?}",
        relations(&f)
    );
}

/// "Clashes killed at least 15 people in 2015 , the toll rising to 381
/// people and 8 Thais", "Thais" a name the NER found.
fn clashes_killed() -> newsgraph_nlp::Doc {
    DocBuilder::new()
        .sentence(&[
            ("Clashes", "NOUN", 2, "nsubj"),
            ("killed", "VERB", 0, "root"),
            ("at", "ADP", 4, "case"),
            ("least", "ADJ", 5, "nmod"),
            ("15", "NUM", 6, "nummod"),
            ("people", "NOUN", 2, "obj"),
            ("in", "ADP", 8, "case"),
            ("2015", "NUM", 2, "obl"),
            (",", "PUNCT", 12, "punct"),
            ("the", "DET", 11, "det"),
            ("toll", "NOUN", 12, "nsubj"),
            ("rising", "VERB", 2, "advcl"),
            ("to", "ADP", 15, "case"),
            ("381", "NUM", 15, "nummod"),
            ("people", "NOUN", 12, "obl"),
            ("and", "CCONJ", 18, "cc"),
            ("8", "NUM", 18, "nummod"),
            ("Thais", "NOUN", 15, "conj"),
        ])
        .entity(17..18, "MISC")
        .lemma(0, "clash")
        .lemma(1, "kill")
        .lemma(11, "rise")
        .build()
}

#[test]
fn a_count_is_a_literal_object_and_a_year_none() {
    let doc = clashes_killed();
    assert_eq!(counted(&doc, 5), Some(2..6));
    assert_eq!(
        counted(&doc, 4),
        None,
        "the number is part of its noun's count"
    );
    assert_eq!(counted(&doc, 14), Some(13..15), "without its preposition");
    assert_eq!(counted(&doc, 7), None, "a year is a time");
    assert_eq!(counted(&doc, 0), None, "no number");
    assert_eq!(counted(&doc, 17), None, "a name stays a mention");
    let f = extract(&doc, None);
    relation(&f, "clashes -kill-> \"at least 15 people\"");
    relation(&f, "toll -rise_to-> \"381 people\"");
    assert!(!relations(&f).iter().any(|r| r.contains("2015")));
}

#[test]
fn a_bare_number_is_no_object_and_the_oblique_is_used_instead() {
    // "Clashes sent more than 60,000 into shelters"
    let doc = DocBuilder::new()
        .sentence(&[
            ("Clashes", "NOUN", 2, "nsubj"),
            ("sent", "VERB", 0, "root"),
            ("more", "ADJ", 5, "advmod"),
            ("than", "ADP", 3, "fixed"),
            ("60,000", "NUM", 2, "obj"),
            ("into", "ADP", 7, "case"),
            ("shelters", "NOUN", 2, "obl"),
        ])
        .lemma(0, "clash")
        .lemma(1, "send")
        .lemma(6, "shelter")
        .build();
    assert_eq!(counted(&doc, 4), None, "a quantity, not a count");
    let f = extract(&doc, None);
    assert_eq!(relations(&f), ["clashes -send_into-> shelters"]);
}

#[test]
fn a_manner_is_no_participant() {
    // "The system was designed in such a way that ..." / "... in Geneva"
    let designed = |noun: &str, upos: &str| {
        let doc = DocBuilder::new()
            .sentence(&[
                ("The", "DET", 2, "det"),
                ("system", "NOUN", 4, "nsubj:pass"),
                ("was", "AUX", 4, "aux:pass"),
                ("designed", "VERB", 0, "root"),
                ("in", "ADP", 6, "case"),
                (noun, upos, 4, "obl"),
                (".", "PUNCT", 4, "punct"),
            ])
            .lemma(3, "design")
            .xpos(3, "VBN")
            .build();
        token_relations(&doc)
    };
    assert!(designed("way", "NOUN").is_empty());
    assert_eq!(designed("Geneva", "PROPN"), ["system -design_in-> Geneva"]);
}

#[test]
fn try_and_go_before_a_verb_take_none_of_its_objects() {
    // "Brokers wanted to try and sell the house" / "... to buy and sell
    // the house", the second verb a conjunct of the first
    let doc = |first: &str| {
        DocBuilder::new()
            .sentence(&[
                ("Brokers", "NOUN", 2, "nsubj"),
                ("wanted", "VERB", 0, "root"),
                ("to", "PART", 4, "mark"),
                (first, "VERB", 2, "xcomp"),
                ("and", "CCONJ", 6, "cc"),
                ("sell", "VERB", 4, "conj"),
                ("the", "DET", 8, "det"),
                ("house", "NOUN", 6, "obj"),
            ])
            .lemma(0, "broker")
            .lemma(1, "want")
            .build()
    };
    assert_eq!(token_relations(&doc("try")), ["Brokers -sell-> house"]);
    assert_eq!(
        token_relations(&doc("buy")),
        ["Brokers -buy-> house", "Brokers -sell-> house"]
    );
}

#[test]
fn having_something_done_is_no_having() {
    // "The firm had its licence revoked ." / "The firm had its licence ."
    let doc = |participle: bool| {
        let mut words = vec![
            ("The", "DET", 2, "det"),
            ("firm", "NOUN", 3, "nsubj"),
            ("had", "VERB", 0, "root"),
            ("its", "PRON", 5, "nmod:poss"),
            ("licence", "NOUN", 3, "obj"),
        ];
        if participle {
            words.push(("revoked", "VERB", 3, "xcomp"));
        }
        DocBuilder::new()
            .sentence(&words)
            .lemma(2, "have")
            .xpos(words.len() - 1, if participle { "VBN" } else { "NN" })
            .build()
    };
    assert!(
        find(&doc(true)).is_empty(),
        "{:?}",
        token_relations(&doc(true))
    );
    assert_eq!(token_relations(&doc(false)), ["firm -have-> licence"]);
}
