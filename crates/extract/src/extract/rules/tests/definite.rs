//! Definite descriptions (`rules::definite`): "the company", "the
//! Journal", "this gear", "the homeopath" pointing back to an entity named
//! before.

use super::fixtures::zpmc_makes_cranes;
use super::{find_mentions, references};
use crate::extract::rules::definite::link;
use crate::extract::Findings;
use newsgraph_core::extraction::EntityType;
use newsgraph_nlp::builder::DocBuilder;
use newsgraph_nlp::Doc;

/// The mentions of `doc` with its definite descriptions linked.
fn linked(doc: &Doc) -> Findings {
    let (mut f, idx) = find_mentions(doc);
    link(doc, &idx, &mut f);
    f
}

/// "`name` makes cranes." then "`det` company is based in Shanghai."
fn company_after(det: &str) -> Doc {
    zpmc_makes_cranes()
        .sentence(&[
            (det, "DET", 2, "det"),
            ("company", "NOUN", 4, "nsubj:pass"),
            ("is", "AUX", 4, "aux:pass"),
            ("based", "VERB", 0, "root"),
            ("in", "ADP", 6, "case"),
            ("Shanghai", "PROPN", 4, "obl"),
        ])
        .entity(8..9, "LOC")
        .build()
}

#[test]
fn the_company_after_a_named_organisation_refers_to_it() {
    let f = linked(&company_after("The"));
    assert_eq!(references(&f), ["company -> ZPMC"]);
}

#[test]
fn a_plural_class_noun_refers_to_no_single_name() {
    // "ZPMC makes cranes. The companies are based in Shanghai."
    let mut doc = company_after("The");
    doc.tokens[4].text = "companies".into();
    doc.tokens[4].xpos = "NNS".into();
    let f = linked(&doc);
    assert!(f.refers_to.is_empty(), "{:?}", references(&f));
}

#[test]
fn an_indefinite_noun_refers_to_nothing() {
    // "A company is based in Shanghai": a new one
    let f = linked(&company_after("A"));
    assert!(f.refers_to.is_empty(), "{:?}", references(&f));
}

#[test]
fn a_class_noun_skips_nearer_entities_of_another_class() {
    // "ZPMC ships cranes to China. The company ... the country ..."
    let doc = DocBuilder::new()
        .sentence(&[
            ("ZPMC", "PROPN", 2, "nsubj"),
            ("ships", "VERB", 0, "root"),
            ("cranes", "NOUN", 2, "obj"),
            ("to", "ADP", 5, "case"),
            ("China", "PROPN", 2, "obl"),
        ])
        .sentence(&[
            ("The", "DET", 2, "det"),
            ("company", "NOUN", 3, "nsubj"),
            ("sells", "VERB", 0, "root"),
            ("cranes", "NOUN", 3, "obj"),
            ("to", "ADP", 7, "case"),
            ("the", "DET", 7, "det"),
            ("country", "NOUN", 3, "obl"),
        ])
        .lemma(1, "ship")
        .lemma(2, "crane")
        .lemma(7, "sell")
        .lemma(8, "crane")
        .entity(0..1, "ORG")
        .entity(4..5, "LOC")
        .build();
    let f = linked(&doc);
    assert_eq!(references(&f), ["company -> ZPMC", "country -> China"]);
}

#[test]
fn a_description_with_the_same_head_and_no_new_modifier_refers_back() {
    // "Jets shot down a large weather balloon. The weather balloon fell."
    // / "... The research balloon fell." (a new modifier: another balloon)
    for (modifier, expected) in [("weather", true), ("research", false)] {
        let doc = DocBuilder::new()
            .sentence(&[
                ("Jets", "NOUN", 2, "nsubj"),
                ("shot", "VERB", 0, "root"),
                ("down", "ADP", 2, "compound:prt"),
                ("a", "DET", 7, "det"),
                ("large", "ADJ", 7, "amod"),
                ("weather", "NOUN", 7, "compound"),
                ("balloon", "NOUN", 2, "obj"),
            ])
            .sentence(&[
                ("The", "DET", 3, "det"),
                (modifier, "NOUN", 3, "compound"),
                ("balloon", "NOUN", 4, "nsubj"),
                ("fell", "VERB", 0, "root"),
            ])
            .lemma(0, "jet")
            .lemma(1, "shoot")
            .lemma(10, "fall")
            .build();
        let f = linked(&doc);
        let refs = references(&f);
        if expected {
            assert_eq!(refs, ["weather balloon -> large weather balloon"]);
        } else {
            assert!(refs.is_empty(), "{refs:?}");
        }
    }
}

#[test]
fn the_last_word_of_a_name_refers_to_the_name() {
    // "The Wall Street Journal reported the story. The Journal cited officials."
    let doc = DocBuilder::new()
        .sentence(&[
            ("The", "DET", 4, "det"),
            ("Wall", "PROPN", 4, "compound"),
            ("Street", "PROPN", 4, "compound"),
            ("Journal", "PROPN", 5, "nsubj"),
            ("reported", "VERB", 0, "root"),
            ("the", "DET", 7, "det"),
            ("story", "NOUN", 5, "obj"),
        ])
        .sentence(&[
            ("The", "DET", 2, "det"),
            ("Journal", "PROPN", 3, "nsubj"),
            ("cited", "VERB", 0, "root"),
            ("officials", "NOUN", 3, "obj"),
        ])
        .lemma(4, "report")
        .lemma(9, "cite")
        .lemma(10, "official")
        .entity(0..4, "ORG")
        .entity(8..9, "ORG")
        .build();
    let f = linked(&doc);
    assert_eq!(references(&f), ["Journal -> Wall Street Journal"]);
}

#[test]
fn a_role_given_to_a_name_in_apposition_refers_to_that_name() {
    // "Thomas Sam, a homeopath, treated patients. The homeopath denied wrongdoing."
    let doc = DocBuilder::new()
        .sentence(&[
            ("Thomas", "PROPN", 7, "nsubj"),
            ("Sam", "PROPN", 1, "flat"),
            (",", "PUNCT", 5, "punct"),
            ("a", "DET", 5, "det"),
            ("homeopath", "NOUN", 1, "appos"),
            (",", "PUNCT", 5, "punct"),
            ("treated", "VERB", 0, "root"),
            ("patients", "NOUN", 7, "obj"),
        ])
        .sentence(&[
            ("The", "DET", 2, "det"),
            ("homeopath", "NOUN", 3, "nsubj"),
            ("denied", "VERB", 0, "root"),
            ("wrongdoing", "NOUN", 3, "obj"),
        ])
        .lemma(6, "treat")
        .lemma(7, "patient")
        .lemma(10, "deny")
        .entity(0..2, "PER")
        .build();
    let f = linked(&doc);
    assert_eq!(references(&f), ["homeopath -> Thomas Sam"]);
    // the description is the one of the second sentence
    assert_eq!(f.mentions[f.refers_to[0].0].sentence, 1);
}

#[test]
fn a_role_predicated_of_a_name_refers_to_that_name() {
    // "De Vincenti is the Undersecretary. The Undersecretary spoke."
    let doc = DocBuilder::new()
        .sentence(&[
            ("De", "PROPN", 5, "nsubj"),
            ("Vincenti", "PROPN", 1, "flat"),
            ("is", "AUX", 5, "cop"),
            ("the", "DET", 5, "det"),
            ("Undersecretary", "NOUN", 0, "root"),
        ])
        .sentence(&[
            ("The", "DET", 2, "det"),
            ("Undersecretary", "NOUN", 3, "nsubj"),
            ("spoke", "VERB", 0, "root"),
        ])
        .lemma(2, "be")
        .lemma(4, "undersecretary")
        .lemma(6, "undersecretary")
        .lemma(7, "speak")
        .entity(0..2, "PER")
        .build();
    let f = linked(&doc);
    assert_eq!(references(&f), ["Undersecretary -> De Vincenti"]);
    // the description is the one of the second sentence
    assert_eq!(f.mentions[f.refers_to[0].0].sentence, 1);
}

#[test]
fn a_role_with_a_name_in_apposition_is_a_mention_of_the_named() {
    // "The Crown prosecutor, Mark Tedeschi, addressed the jury"
    let doc = DocBuilder::new()
        .sentence(&[
            ("The", "DET", 3, "det"),
            ("Crown", "PROPN", 3, "compound"),
            ("prosecutor", "NOUN", 8, "nsubj"),
            (",", "PUNCT", 5, "punct"),
            ("Mark", "PROPN", 3, "appos"),
            ("Tedeschi", "PROPN", 5, "flat"),
            (",", "PUNCT", 5, "punct"),
            ("addressed", "VERB", 0, "root"),
            ("the", "DET", 10, "det"),
            ("jury", "NOUN", 8, "obj"),
        ])
        .lemma(7, "address")
        .entity(4..6, "PER")
        .build();
    let f = linked(&doc);
    assert_eq!(references(&f), ["Crown prosecutor -> Mark Tedeschi"]);
}

#[test]
fn a_general_word_for_made_things_refers_to_the_artifact_a_clause_is_about() {
    // "Port cranes carry sensors. Officials liken this gear to a horse."
    let doc = DocBuilder::new()
        .sentence(&[
            ("Port", "NOUN", 2, "compound"),
            ("cranes", "NOUN", 3, "nsubj"),
            ("carry", "VERB", 0, "root"),
            ("sensors", "NOUN", 3, "obj"),
        ])
        .sentence(&[
            ("Officials", "NOUN", 2, "nsubj"),
            ("liken", "VERB", 0, "root"),
            ("this", "DET", 4, "det"),
            ("gear", "NOUN", 2, "obj"),
            ("to", "ADP", 7, "case"),
            ("a", "DET", 7, "det"),
            ("horse", "NOUN", 2, "obl"),
        ])
        .lemma(1, "crane")
        .lemma(3, "sensor")
        .lemma(4, "official")
        .build();
    let f = linked(&doc);
    // the sensors are nearer, but the cranes are what the clause is about
    assert_eq!(references(&f), ["gear -> port cranes"]);
}

#[test]
fn a_class_noun_with_nothing_of_its_class_before_refers_to_nothing() {
    // "Officials met. The company makes cranes."
    let doc = DocBuilder::new()
        .sentence(&[
            ("Officials", "NOUN", 2, "nsubj"),
            ("met", "VERB", 0, "root"),
        ])
        .sentence(&[
            ("The", "DET", 2, "det"),
            ("company", "NOUN", 3, "nsubj"),
            ("makes", "VERB", 0, "root"),
            ("cranes", "NOUN", 3, "obj"),
        ])
        .lemma(0, "official")
        .lemma(1, "meet")
        .lemma(4, "make")
        .lemma(5, "crane")
        .build();
    let f = linked(&doc);
    assert!(f.refers_to.is_empty(), "{:?}", references(&f));
}

#[test]
fn an_age_stands_for_the_person_named_before_its_sentence() {
    // "Chelsea sacked Frank Lampard. Tuchel will replace the 42-year-old."
    let doc = DocBuilder::new()
        .sentence(&[
            ("Chelsea", "PROPN", 2, "nsubj"),
            ("sacked", "VERB", 0, "root"),
            ("Frank", "PROPN", 2, "obj"),
            ("Lampard", "PROPN", 3, "flat"),
        ])
        .sentence(&[
            ("Tuchel", "PROPN", 3, "nsubj"),
            ("will", "AUX", 3, "aux"),
            ("replace", "VERB", 0, "root"),
            ("the", "DET", 5, "det"),
            ("42-year-old", "NOUN", 3, "obj"),
        ])
        .entity(0..1, "ORG")
        .entity(2..4, "PER")
        .entity(4..5, "PER")
        .build();
    let f = linked(&doc);
    // not Tuchel, named in its own sentence
    assert_eq!(references(&f), ["42-year-old -> Frank Lampard"]);
}

/// The alias links of `f`, as "text = text".
fn aliases(f: &Findings) -> Vec<String> {
    f.same_as
        .iter()
        .map(|&(a, b)| format!("{} = {}", f.mentions[a].text, f.mentions[b].text))
        .collect()
}

/// "`office` Saqib Nisar met President Mamnoon Hussain." then "The former
/// `again` resigned.", the names tagged PER.
fn office_after(office: &[&str], again: &[&str]) -> DocBuilder {
    let n = office.len();
    let mut first: Vec<(&str, &str, usize, &str)> = office
        .iter()
        .map(|w| (*w, "PROPN", n + 2, "compound"))
        .collect();
    first.extend([
        ("Saqib", "PROPN", n + 3, "nsubj"),
        ("Nisar", "PROPN", n + 1, "flat"),
        ("met", "VERB", 0, "root"),
        ("President", "PROPN", n + 5, "compound"),
        ("Mamnoon", "PROPN", n + 3, "obj"),
        ("Hussain", "PROPN", n + 5, "flat"),
    ]);
    // the last word of the office heads the subject
    let m = again.len();
    let mut second: Vec<(&str, &str, usize, &str)> = vec![
        ("The", "DET", m + 2, "det"),
        ("former", "ADJ", m + 2, "amod"),
    ];
    for (i, w) in again.iter().enumerate() {
        second.push(if i + 1 == m {
            (*w, "PROPN", m + 3, "nsubj")
        } else {
            (*w, "PROPN", m + 2, "compound")
        });
    }
    second.push(("resigned", "VERB", 0, "root"));
    let k = first.len();
    DocBuilder::new()
        .sentence(&first)
        .sentence(&second)
        .lemma(n + 2, "meet")
        .lemma(k + m + 2, "resign")
        .entity(n..n + 2, "PER")
        .entity(n + 4..n + 6, "PER")
}

#[test]
fn an_office_given_to_one_named_person_stands_for_that_person() {
    // "Chief Justice Saqib Nisar met President Mamnoon Hussain. The former
    // Chief Justice resigned.": the office, capitalised, is a name of its
    // holder, and the phrase around it a description of them
    let f = linked(&office_after(&["Chief", "Justice"], &["Chief", "Justice"]).build());
    assert_eq!(aliases(&f), ["Chief Justice = Saqib Nisar"]);
    assert_eq!(f.mentions[f.same_as[0].0].kind, EntityType::Person);
    assert_eq!(references(&f), ["former Chief Justice -> Saqib Nisar"]);
    // the same when the NER took the office for an organisation's name
    let doc = office_after(&["Chief", "Justice"], &["Chief", "Justice"])
        .entity(10..12, "ORG")
        .build();
    let f = linked(&doc);
    assert_eq!(aliases(&f), ["Chief Justice = Saqib Nisar"]);
    assert_eq!(f.mentions[f.same_as[0].0].kind, EntityType::Person);
    // lower-cased, it is a description of the holder, not one of its names
    let f = linked(&office_after(&["Chief", "Justice"], &["chief", "justice"]).build());
    assert!(aliases(&f).is_empty());
    assert_eq!(references(&f), ["former chief justice -> Saqib Nisar"]);
    // another office ("the former Justice") is nobody's
    let f = linked(&office_after(&["Chief", "Justice"], &["Justice"]).build());
    assert!(aliases(&f).is_empty() && references(&f).is_empty());
}

#[test]
fn an_office_two_people_hold_stands_for_neither() {
    // "President Saqib Nisar met President Mamnoon Hussain. The former
    // President resigned."
    let f = linked(&office_after(&["President"], &["President"]).build());
    assert!(aliases(&f).is_empty() && references(&f).is_empty());
}

#[test]
fn a_bare_noun_right_before_a_name_is_a_mention_of_the_named() {
    // "Halliburton will acquire rival Baker Hughes ." with the name hung
    // elsewhere by the parse
    let doc = DocBuilder::new()
        .sentence(&[
            ("Halliburton", "PROPN", 3, "nsubj"),
            ("will", "AUX", 3, "aux"),
            ("acquire", "VERB", 0, "root"),
            ("rival", "NOUN", 3, "obj"),
            ("Baker", "PROPN", 3, "dep"),
            ("Hughes", "PROPN", 5, "flat"),
            (".", "PUNCT", 3, "punct"),
        ])
        .entity(0..1, "ORG")
        .entity(4..6, "ORG")
        .build();
    let mut doc = doc;
    doc.tokens[3].xpos = "NN".into();
    let f = linked(&doc);
    assert_eq!(references(&f), ["rival -> Baker Hughes"]);
    // not when the name is the subject of a clause on the noun
    let mut doc = DocBuilder::new()
        .sentence(&[
            ("the", "DET", 2, "det"),
            ("bill", "NOUN", 5, "nsubj"),
            ("Congress", "PROPN", 4, "nsubj"),
            ("passed", "VERB", 2, "acl:relcl"),
            ("lapsed", "VERB", 0, "root"),
        ])
        .entity(2..3, "ORG")
        .build();
    doc.tokens[1].xpos = "NN".into();
    assert!(references(&linked(&doc)).is_empty());
}

#[test]
fn a_former_holder_of_an_office_is_not_the_office() {
    // "Jan Roe, a former minister, spoke." then "The minister resigned." or
    // "The former minister resigned." (the same person)
    let doc = |second: &[(&str, &str, usize, &str)]| {
        DocBuilder::new()
            .sentence(&[
                ("Jan", "PROPN", 7, "nsubj"),
                ("Roe", "PROPN", 1, "flat"),
                (",", "PUNCT", 6, "punct"),
                ("a", "DET", 6, "det"),
                ("former", "ADJ", 6, "amod"),
                ("minister", "NOUN", 1, "appos"),
                ("spoke", "VERB", 0, "root"),
            ])
            .sentence(second)
            .entity(0..2, "PER")
            .build()
    };
    let f = linked(&doc(&[
        ("The", "DET", 2, "det"),
        ("minister", "NOUN", 3, "nsubj"),
        ("resigned", "VERB", 0, "root"),
    ]));
    assert!(f.refers_to.is_empty(), "{:?}", references(&f));
    let f = linked(&doc(&[
        ("The", "DET", 3, "det"),
        ("former", "ADJ", 3, "amod"),
        ("minister", "NOUN", 4, "nsubj"),
        ("resigned", "VERB", 0, "root"),
    ]));
    assert_eq!(references(&f), ["former minister -> Jan Roe"]);
}
