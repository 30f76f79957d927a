//! Mentions (`rules::mentions`): named entities, countries and demonyms,
//! noun phrases, acronyms and "known as" aliases.

use super::fixtures::a_crane_maker_known_as_zpmc;
use super::{find_mentions, text};
use crate::extract::Findings;
use newsgraph_core::extraction::EntityType;
use newsgraph_nlp::builder::DocBuilder;

/// Every mention as (text, type).
pub(super) fn listed(f: &Findings) -> Vec<(&str, EntityType)> {
    f.mentions
        .iter()
        .map(|m| (m.text.as_str(), m.kind))
        .collect()
}

/// The aliases as "a = b".
fn aliases(f: &Findings) -> Vec<String> {
    f.same_as
        .iter()
        .map(|&(a, b)| format!("{} = {}", text(f, a), text(f, b)))
        .collect()
}

#[test]
fn a_named_entity_is_one_mention_typed_by_its_label_without_the() {
    // "The Wall Street Journal interviewed Thomas Sam"
    let doc = DocBuilder::new()
        .sentence(&[
            ("The", "DET", 4, "det"),
            ("Wall", "PROPN", 4, "compound"),
            ("Street", "PROPN", 4, "compound"),
            ("Journal", "PROPN", 5, "nsubj"),
            ("interviewed", "VERB", 0, "root"),
            ("Thomas", "PROPN", 5, "obj"),
            ("Sam", "PROPN", 6, "flat"),
        ])
        .entity(0..4, "ORG")
        .entity(5..7, "PER")
        .build();
    let (f, idx) = find_mentions(&doc);
    // the proper nouns inside the names make no mentions of their own
    assert_eq!(
        listed(&f),
        [
            ("Wall Street Journal", EntityType::Organization),
            ("Thomas Sam", EntityType::Person)
        ]
    );
    assert_eq!((f.mentions[0].span.start, f.mentions[0].span.end), (4, 23));
    assert_eq!(idx.named[0], None, "\"The\" is not part of the name");
    assert_eq!((idx.of(3), idx.of(6)), (Some(0), Some(1)));
}

#[test]
fn countries_and_demonyms_the_ner_left_out_are_places() {
    // "Chinese cranes arrived in US ports"
    let doc = DocBuilder::new()
        .sentence(&[
            ("Chinese", "ADJ", 2, "amod"),
            ("cranes", "NOUN", 3, "nsubj"),
            ("arrived", "VERB", 0, "root"),
            ("in", "ADP", 6, "case"),
            ("US", "PROPN", 6, "compound"),
            ("ports", "NOUN", 3, "obl"),
        ])
        .lemma(1, "crane")
        .lemma(5, "port")
        .build();
    let (f, idx) = find_mentions(&doc);
    let found = listed(&f);
    assert!(found.contains(&("Chinese", EntityType::Place)), "{found:?}");
    assert!(found.contains(&("US", EntityType::Place)), "{found:?}");
    // the phrases keep them as modifiers
    assert!(
        found.contains(&("Chinese cranes", EntityType::Artifact)),
        "{found:?}"
    );
    assert!(
        found.contains(&("US ports", EntityType::Place)),
        "{found:?}"
    );
    assert_eq!(idx.of(1).map(|m| text(&f, m)), Some("Chinese cranes"));
}

#[test]
fn a_noun_phrase_drops_determiners_and_quantifiers_but_keeps_compounds() {
    // "Several new port cranes and a state-owned company arrived"
    let doc = DocBuilder::new()
        .sentence(&[
            ("Several", "ADJ", 4, "amod"),
            ("new", "ADJ", 4, "amod"),
            ("port", "NOUN", 4, "compound"),
            ("cranes", "NOUN", 9, "nsubj"),
            ("and", "CCONJ", 8, "cc"),
            ("a", "DET", 8, "det"),
            ("state-owned", "ADJ", 8, "amod"),
            ("company", "NOUN", 4, "conj"),
            ("arrived", "VERB", 0, "root"),
        ])
        .lemma(0, "several")
        .lemma(3, "crane")
        .build();
    let (f, _) = find_mentions(&doc);
    assert_eq!(
        listed(&f),
        [
            ("port cranes", EntityType::Artifact),
            ("state-owned company", EntityType::Organization)
        ]
    );
}

#[test]
fn a_common_noun_opening_a_sentence_is_lower_cased_and_typed_by_its_lemma() {
    // "Officials worry" / "The military went": an adjective used as a noun
    let doc = DocBuilder::new()
        .sentence(&[
            ("Officials", "NOUN", 2, "nsubj"),
            ("worry", "VERB", 0, "root"),
        ])
        .sentence(&[
            ("The", "DET", 2, "det"),
            ("military", "ADJ", 3, "nsubj"),
            ("went", "VERB", 0, "root"),
        ])
        .lemma(0, "official")
        .build();
    let (f, _) = find_mentions(&doc);
    assert_eq!(
        listed(&f),
        [
            ("officials", EntityType::Group),
            ("military", EntityType::Organization)
        ]
    );
    assert_eq!(f.mentions[1].sentence, 1);
}

#[test]
fn a_quantity_is_no_mention() {
    // "The balloon travelled 4,000 miles"
    let doc = DocBuilder::new()
        .sentence(&[
            ("The", "DET", 2, "det"),
            ("balloon", "NOUN", 3, "nsubj"),
            ("travelled", "VERB", 0, "root"),
            ("4,000", "NUM", 5, "nummod"),
            ("miles", "NOUN", 3, "obj"),
        ])
        .lemma(4, "mile")
        .build();
    let (f, idx) = find_mentions(&doc);
    assert_eq!(listed(&f), [("balloon", EntityType::Artifact)]);
    assert_eq!(idx.of(4), None);
}

#[test]
fn a_parenthesised_acronym_is_an_alias_of_the_name_before_it() {
    // "Shanghai Zhenhua Heavy Industries (ZPMC) makes cranes"
    let doc = DocBuilder::new()
        .sentence(&[
            ("Shanghai", "PROPN", 4, "compound"),
            ("Zhenhua", "PROPN", 4, "compound"),
            ("Heavy", "PROPN", 4, "compound"),
            ("Industries", "PROPN", 8, "nsubj"),
            ("(", "PUNCT", 6, "punct"),
            ("ZPMC", "PROPN", 4, "appos"),
            (")", "PUNCT", 6, "punct"),
            ("makes", "VERB", 0, "root"),
            ("cranes", "NOUN", 8, "obj"),
        ])
        .lemma(7, "make")
        .entity(0..4, "ORG")
        .build();
    let (f, idx) = find_mentions(&doc);
    assert_eq!(aliases(&f), ["Shanghai Zhenhua Heavy Industries = ZPMC"]);
    let zpmc = idx.named[5].expect("the acronym is a name");
    assert_eq!(f.mentions[zpmc].kind, EntityType::Organization);
    assert_eq!(idx.phrase[5], None);
}

#[test]
fn a_bracketed_word_that_is_no_acronym_is_no_alias() {
    // "Zhenhua Industries (Shanghai) makes": one capital, no acronym
    let doc = DocBuilder::new()
        .sentence(&[
            ("Zhenhua", "PROPN", 2, "compound"),
            ("Industries", "PROPN", 6, "nsubj"),
            ("(", "PUNCT", 4, "punct"),
            ("Shanghai", "PROPN", 2, "appos"),
            (")", "PUNCT", 4, "punct"),
            ("makes", "VERB", 0, "root"),
        ])
        .entity(0..2, "ORG")
        .build();
    let (f, _) = find_mentions(&doc);
    assert!(f.same_as.is_empty(), "{:?}", aliases(&f));
}

#[test]
fn known_as_makes_the_name_after_an_alias_of_the_phrase_before() {
    // "They visited a crane maker known as ZPMC"
    let doc = a_crane_maker_known_as_zpmc();
    let (f, _) = find_mentions(&doc);
    assert_eq!(aliases(&f), ["crane maker = ZPMC"]);
}

/// "Mr O'Neill resigned", the NER's entity `label` over `entity`.
fn mr_oneill(entity: std::ops::Range<usize>, label: &str) -> newsgraph_nlp::Doc {
    DocBuilder::new()
        .sentence(&[
            ("Mr", "PROPN", 3, "nsubj"),
            ("O'Neill", "PROPN", 1, "flat"),
            ("resigned", "VERB", 0, "root"),
        ])
        .entity(entity, label)
        .build()
}

#[test]
fn a_title_the_ner_took_for_a_name_is_the_person_named_after_it() {
    let (f, idx) = find_mentions(&mr_oneill(0..1, "ORG"));
    assert!(
        listed(&f).contains(&("Mr O'Neill", EntityType::Person)),
        "{:?}",
        listed(&f)
    );
    assert_eq!(idx.of(0), idx.of(1));
    assert!(
        listed(&f).iter().all(|(t, _)| *t != "Mr"),
        "{:?}",
        listed(&f)
    );
}

#[test]
fn a_title_before_a_person_stands_for_the_person() {
    let (f, idx) = find_mentions(&mr_oneill(1..2, "PER"));
    let m = idx.of(0).expect("Mr stands for someone");
    assert_eq!(text(&f, m), "O'Neill");
}

#[test]
fn a_company_name_the_ner_split_is_one_organisation() {
    // "Pakistan Petroleum Company Limited drills", tagged LOC + PER by the NER
    let doc = DocBuilder::new()
        .sentence(&[
            ("Pakistan", "PROPN", 4, "compound"),
            ("Petroleum", "PROPN", 4, "compound"),
            ("Company", "PROPN", 4, "compound"),
            ("Limited", "PROPN", 5, "nsubj"),
            ("drills", "VERB", 0, "root"),
        ])
        .entity(0..1, "LOC")
        .entity(1..4, "PER")
        .build();
    let (f, idx) = find_mentions(&doc);
    let m = idx.of(3).expect("the company");
    assert_eq!(
        (text(&f, m), f.mentions[m].kind),
        (
            "Pakistan Petroleum Company Limited",
            EntityType::Organization
        )
    );
    assert!(
        listed(&f).iter().all(|(t, _)| !t.ends_with("Company")),
        "{:?}",
        listed(&f)
    );
    assert!(
        listed(&f).iter().all(|(t, _)| *t != "Petroleum Limited"),
        "{:?}",
        listed(&f)
    );
}

#[test]
fn a_number_hyphenated_to_its_noun_stays_in_the_phrase() {
    // "Drivers staged a 24-hour walk and 3 strikes"
    let doc = DocBuilder::new()
        .sentence(&[
            ("Drivers", "NOUN", 2, "nsubj"),
            ("staged", "VERB", 0, "root"),
            ("a", "DET", 7, "det"),
            ("24", "NUM", 6, "nummod"),
            ("-", "PUNCT", 4, "punct"),
            ("hour", "NOUN", 7, "compound"),
            ("walk", "NOUN", 2, "obj"),
            ("and", "CCONJ", 10, "cc"),
            ("3", "NUM", 10, "nummod"),
            ("strikes", "NOUN", 7, "conj"),
        ])
        .lemma(0, "driver")
        .lemma(9, "strike")
        .build();
    let (f, _) = find_mentions(&doc);
    let span_of = |head: usize| {
        let m = f
            .mentions
            .iter()
            .find(|m| m.span.end == doc.tokens[head].end);
        m.map(|m| m.span.start)
    };
    assert_eq!(span_of(6), Some(doc.tokens[3].start), "{:?}", listed(&f));
    // a number counting its noun is no part of its name
    assert_eq!(span_of(9), Some(doc.tokens[9].start), "{:?}", listed(&f));
}

#[test]
fn a_dateline_in_capitals_is_not_what_the_agency_after_it_abbreviates() {
    // "WASHINGTON (AP) Officials met", and "PSG" later naming "Paris St
    // Germain" named earlier
    let doc = DocBuilder::new()
        .sentence(&[
            ("WASHINGTON", "PROPN", 0, "root"),
            ("(", "PUNCT", 3, "punct"),
            ("AP", "PROPN", 1, "appos"),
            (")", "PUNCT", 3, "punct"),
        ])
        .sentence(&[
            ("Paris", "PROPN", 4, "nsubj"),
            ("St", "PROPN", 1, "flat"),
            ("Germain", "PROPN", 1, "flat"),
            ("won", "VERB", 0, "root"),
            ("and", "CCONJ", 7, "cc"),
            ("PSG", "PROPN", 7, "nsubj"),
            ("celebrated", "VERB", 4, "conj"),
        ])
        .entity(0..1, "LOC")
        .entity(2..3, "ORG")
        .entity(4..7, "ORG")
        .entity(9..10, "ORG")
        .build();
    let (f, _) = find_mentions(&doc);
    assert_eq!(aliases(&f), ["Paris St Germain = PSG"]);
}

#[test]
fn a_superlative_keeps_its_rank() {
    // "the second biggest oil company": not "biggest oil company"
    let doc = DocBuilder::new()
        .sentence(&[
            ("the", "DET", 5, "det"),
            ("second", "ADV", 3, "advmod"),
            ("biggest", "ADJ", 5, "amod"),
            ("oil", "NOUN", 5, "compound"),
            ("company", "NOUN", 0, "root"),
        ])
        .xpos(2, "JJS")
        .build();
    let (f, _) = find_mentions(&doc);
    assert!(
        f.mentions
            .iter()
            .any(|m| m.text == "second biggest oil company"),
        "{:?}",
        f.mentions.iter().map(|m| &m.text).collect::<Vec<_>>()
    );
}

/// "Mario Camilleri , 46 , ( known as l-imniehru ) , and Anthony John
/// Grech Sant were convicted ." with the NER's spans "Mario Camilleri" and
/// "Anthony John Grech" (it left "Sant" out, which the parse keeps in).
fn camilleri() -> newsgraph_nlp::Doc {
    DocBuilder::new()
        .sentence(&[
            ("Mario", "PROPN", 19, "nsubj:pass"),
            ("Camilleri", "PROPN", 1, "flat"),
            (",", "PUNCT", 4, "punct"),
            ("46", "NUM", 1, "appos"),
            (",", "PUNCT", 1, "punct"),
            ("(", "PUNCT", 7, "punct"),
            ("known", "VERB", 1, "acl"),
            ("as", "ADP", 9, "case"),
            ("l-imniehru", "NOUN", 7, "obl"),
            (")", "PUNCT", 7, "punct"),
            (",", "PUNCT", 14, "punct"),
            ("and", "CCONJ", 14, "cc"),
            ("Anthony", "PROPN", 1, "conj"),
            ("John", "PROPN", 13, "flat"),
            ("Grech", "PROPN", 13, "flat"),
            ("Sant", "PROPN", 13, "flat"),
            ("were", "AUX", 19, "aux:pass"),
            ("each", "DET", 19, "advmod"),
            ("convicted", "VERB", 0, "root"),
            (".", "PUNCT", 19, "punct"),
        ])
        .entity(0..2, "PER")
        .entity(12..15, "PER")
        .build()
}

#[test]
fn a_nickname_in_brackets_after_a_name_and_an_age_is_an_alias() {
    let (f, _) = find_mentions(&camilleri());
    assert!(
        aliases(&f).contains(&"Mario Camilleri = l-imniehru".to_string()),
        "{:?}",
        aliases(&f)
    );
    assert!(listed(&f).contains(&("l-imniehru", EntityType::Person)));
}

#[test]
fn a_name_keeps_the_proper_nouns_the_parse_makes_part_of_it() {
    let (f, _) = find_mentions(&camilleri());
    assert!(
        listed(&f).contains(&("Anthony John Grech Sant", EntityType::Person)),
        "{:?}",
        listed(&f)
    );
    // the parse hangs the whole name, "Sant" with it, on the word before
    let doc = DocBuilder::new()
        .sentence(&[
            ("Bay", "PROPN", 0, "root"),
            ("and", "CCONJ", 3, "cc"),
            ("Anthony", "PROPN", 1, "conj"),
            ("John", "PROPN", 1, "flat"),
            ("Sant", "PROPN", 1, "flat"),
        ])
        .entity(2..4, "PER")
        .build();
    let (f, _) = find_mentions(&doc);
    assert!(
        listed(&f).contains(&("Anthony John Sant", EntityType::Person)),
        "{:?}",
        listed(&f)
    );
    // the parse makes the name's last word a compound of the next one
    // ("Mario and Anthony Grech Sant were jailed", "Sant" a conjunct)
    let doc = DocBuilder::new()
        .sentence(&[
            ("Mario", "PROPN", 6, "nsubj:pass"),
            ("and", "CCONJ", 3, "cc"),
            ("Anthony", "PROPN", 1, "conj"),
            ("Grech", "PROPN", 5, "compound"),
            ("Sant", "PROPN", 1, "conj"),
            ("jailed", "VERB", 0, "root"),
        ])
        .entity(0..1, "PER")
        .entity(2..4, "PER")
        .build();
    let (f, _) = find_mentions(&doc);
    assert!(
        listed(&f).contains(&("Anthony Grech Sant", EntityType::Person)),
        "{:?}",
        listed(&f)
    );
}

/// "It gave licences to Oil and Gas Development Company ( OGDC ) and the
/// Iran - Pakistan ( IP ) pipeline ." with the NER's "Gas Development
/// Company" (ORG) and "Pakistan" (LOC).
fn licences() -> newsgraph_nlp::Doc {
    let words = [
        ("It", "PRON", 2, "nsubj"),
        ("gave", "VERB", 0, "root"),
        ("licences", "NOUN", 2, "obj"),
        ("to", "ADP", 9, "case"),
        ("Oil", "PROPN", 9, "compound"),
        ("and", "CCONJ", 7, "cc"),
        ("Gas", "PROPN", 5, "conj"),
        ("Development", "PROPN", 9, "compound"),
        ("Company", "PROPN", 2, "obl"),
        ("(", "PUNCT", 11, "punct"),
        ("OGDC", "PROPN", 9, "appos"),
        (")", "PUNCT", 11, "punct"),
        ("and", "CCONJ", 22, "cc"),
        ("the", "DET", 22, "det"),
        ("Iran", "PROPN", 16, "compound"),
        ("-", "PUNCT", 16, "punct"),
        ("Pakistan", "PROPN", 22, "compound"),
        ("(", "PUNCT", 18, "punct"),
        ("IP", "PROPN", 16, "appos"),
        (")", "PUNCT", 18, "punct"),
        ("gas", "NOUN", 22, "compound"),
        ("pipeline", "NOUN", 9, "conj"),
        (".", "PUNCT", 2, "punct"),
    ];
    DocBuilder::new()
        .sentence(&words)
        .entity(6..9, "ORG")
        .entity(16..17, "LOC")
        .build()
}

#[test]
fn a_bracketed_acronym_widens_the_name_it_spells_and_no_other() {
    let (f, _) = find_mentions(&licences());
    let a = aliases(&f);
    assert!(
        a.contains(&"Oil and Gas Development Company = OGDC".to_string()),
        "{a:?}"
    );
    // "Pakistan" does not spell IP; "Iran-Pakistan" does
    assert!(!a.contains(&"Pakistan = IP".to_string()), "{a:?}");
}

#[test]
fn a_capitalised_pronoun_in_mid_sentence_before_a_name_is_part_of_it() {
    // "The chief engineer He Huawu said so ." and "He said so ."
    let doc = DocBuilder::new()
        .sentence(&[
            ("The", "DET", 3, "det"),
            ("chief", "ADJ", 3, "amod"),
            ("engineer", "NOUN", 6, "nsubj"),
            ("He", "PRON", 6, "nsubj"),
            ("Huawu", "PROPN", 6, "nsubj"),
            ("said", "VERB", 0, "root"),
            ("so", "ADV", 6, "advmod"),
            (".", "PUNCT", 6, "punct"),
        ])
        .entity(4..5, "PER")
        .sentence(&[
            ("He", "PRON", 2, "nsubj"),
            ("Huawu", "PROPN", 1, "flat"),
            ("said", "VERB", 0, "root"),
        ])
        .entity(9..10, "PER")
        .build();
    let (f, _) = find_mentions(&doc);
    let found = listed(&f);
    assert!(
        found.contains(&("He Huawu", EntityType::Person)),
        "{found:?}"
    );
    // at the start of a sentence "He" is the pronoun
    assert!(found.contains(&("Huawu", EntityType::Person)), "{found:?}");
}

#[test]
fn a_name_that_opens_with_a_personal_title_is_a_person() {
    // "Mr Justice Filletti sat ." with the NER's ORG
    let doc = DocBuilder::new()
        .sentence(&[
            ("Mr", "PROPN", 3, "compound"),
            ("Justice", "PROPN", 3, "compound"),
            ("Filletti", "PROPN", 4, "nsubj"),
            ("sat", "VERB", 0, "root"),
            (".", "PUNCT", 4, "punct"),
        ])
        .entity(0..3, "ORG")
        .build();
    let (f, _) = find_mentions(&doc);
    assert!(
        listed(&f).contains(&("Mr Justice Filletti", EntityType::Person)),
        "{:?}",
        listed(&f)
    );
}
