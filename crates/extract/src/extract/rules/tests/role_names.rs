//! Names the NER swallowed into an organisation's after a role
//! (`rules::role_names`): "Ministry of Railways chief engineer He Huawu".

use super::find_mentions;
use super::mentions::listed;
use newsgraph_core::extraction::EntityType;
use newsgraph_nlp::builder::DocBuilder;
use newsgraph_nlp::Doc;

/// "Ministry of Railways chief engineer He Huawu said ." tagged ORG whole.
fn ministry_engineer() -> Doc {
    DocBuilder::new()
        .sentence(&[
            ("Ministry", "NOUN", 8, "nsubj"),
            ("of", "ADP", 3, "case"),
            ("Railways", "PROPN", 1, "nmod"),
            ("chief", "ADJ", 5, "amod"),
            ("engineer", "NOUN", 1, "appos"),
            ("He", "PRON", 7, "compound"),
            ("Huawu", "PROPN", 5, "appos"),
            ("said", "VERB", 0, "root"),
            (".", "PUNCT", 8, "punct"),
        ])
        .entity(0..7, "ORG")
        .build()
}

#[test]
fn a_name_after_a_role_is_cut_out_of_the_organisation_the_ner_joined_it_to() {
    let doc = ministry_engineer();
    let (f, _) = find_mentions(&doc);
    let names = listed(&f);
    assert!(
        names.contains(&("He Huawu", EntityType::Person)),
        "{names:?}"
    );
    assert!(
        names.contains(&("Ministry of Railways", EntityType::Organization)),
        "{names:?}"
    );
    // the capitalised common noun inside the name is no mention of its own
    assert!(!names.iter().any(|(n, _)| *n == "Ministry"), "{names:?}");
}

#[test]
fn a_name_after_the_portfolio_of_an_office_is_the_office_holder() {
    // "Minister for Health and Social Care Sajid Javid said ." with the
    // NER's ORG from "Social" to the end
    let doc = DocBuilder::new()
        .sentence(&[
            ("Minister", "PROPN", 9, "nsubj"),
            ("for", "ADP", 3, "case"),
            ("Health", "PROPN", 1, "nmod"),
            ("and", "CCONJ", 6, "cc"),
            ("Social", "ADJ", 6, "amod"),
            ("Care", "PROPN", 3, "conj"),
            ("Sajid", "PROPN", 8, "compound"),
            ("Javid", "PROPN", 1, "appos"),
            ("said", "VERB", 0, "root"),
            (".", "PUNCT", 9, "punct"),
        ])
        .entity(4..8, "ORG")
        .build();
    let (f, idx) = find_mentions(&doc);
    let names = listed(&f);
    assert!(
        names.contains(&("Sajid Javid", EntityType::Person)),
        "{names:?}"
    );
    assert!(
        !names.iter().any(|(n, _)| n.contains("Care Sajid")),
        "{names:?}"
    );
    // the office stands for its holder
    let holder = idx.named[0].map(|m| f.mentions[m].text.as_str());
    assert_eq!(holder, Some("Sajid Javid"));
    // a titled name the NER took for an organisation stays whole
    let doc = DocBuilder::new()
        .sentence(&[
            ("Mr", "PROPN", 4, "nsubj"),
            ("Justice", "PROPN", 1, "flat"),
            ("Vella", "PROPN", 1, "flat"),
            ("phoned", "VERB", 0, "root"),
        ])
        .entity(0..3, "ORG")
        .build();
    let (f, _) = find_mentions(&doc);
    assert!(
        listed(&f).contains(&("Mr Justice Vella", EntityType::Person)),
        "{:?}",
        listed(&f)
    );
    // an organisation whose name ends in proper nouns after no role keeps them
    let doc = DocBuilder::new()
        .sentence(&[
            ("Bank", "PROPN", 5, "nsubj"),
            ("of", "ADP", 3, "case"),
            ("America", "PROPN", 1, "nmod"),
            ("Merrill", "PROPN", 5, "flat"),
            ("Lynch", "PROPN", 1, "flat"),
            ("said", "VERB", 0, "root"),
        ])
        .entity(0..5, "ORG")
        .build();
    let (f, _) = find_mentions(&doc);
    assert!(
        listed(&f).contains(&("Bank of America Merrill Lynch", EntityType::Organization)),
        "{:?}",
        listed(&f)
    );
}

#[test]
fn the_role_between_the_cut_names_relates_them() {
    let doc = ministry_engineer();
    let found = super::token_relations(&doc);
    assert!(
        found.contains(&"Huawu -be_chief_engineer_of-> Ministry".to_string()),
        "{found:?}"
    );
}

#[test]
fn a_company_name_after_a_capitalised_collective_noun_stays_whole() {
    // "Pakistan Petroleum Group Limited said ." tagged ORG whole
    let doc = DocBuilder::new()
        .sentence(&[
            ("Pakistan", "PROPN", 4, "compound"),
            ("Petroleum", "PROPN", 4, "compound"),
            ("Group", "PROPN", 4, "compound"),
            ("Limited", "PROPN", 5, "nsubj"),
            ("said", "VERB", 0, "root"),
        ])
        .entity(0..4, "ORG")
        .build();
    let (f, _) = find_mentions(&doc);
    let names = listed(&f);
    assert!(
        !names.iter().any(|(_, k)| *k == EntityType::Person),
        "{names:?}"
    );
}
