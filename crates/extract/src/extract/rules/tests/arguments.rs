//! What a token stands for as an argument or a source
//! (`rules::arguments`), through the coreference steps.

use super::fixtures::{
    a_type_of_machinery_thousands_of_pilgrims, anna_lee_won, cranes_that_collect_data,
    including_some_that_handle_cargo, it_added, some_liken_the_cranes,
};
use super::{claimant, extract, find_mentions, relation, relations, text};
use crate::extract::rules::arguments::Arguments;
use crate::extract::rules::quotes::Quotations;
use newsgraph_nlp::builder::DocBuilder;

#[test]
fn it_as_a_source_resolves_to_the_nearest_organisation() {
    // "ZPMC makes cranes. Cranes track ships, it added."
    let doc = it_added();
    let f = extract(&doc, None);
    // the cranes and ships are nearer, but things do not speak
    let r = relation(&f, "cranes -track-> ships");
    assert_eq!(claimant(&f, r).as_deref(), Some("ZPMC"));
    assert_eq!(r.claim_verb.as_deref(), Some("add"));
}

#[test]
fn they_as_a_source_resolves_to_the_nearest_group() {
    // "Officials inspected the cranes. The cranes track ships, they said."
    let doc = DocBuilder::new()
        .sentence(&[
            ("Officials", "NOUN", 2, "nsubj"),
            ("inspected", "VERB", 0, "root"),
            ("the", "DET", 4, "det"),
            ("cranes", "NOUN", 2, "obj"),
        ])
        .sentence(&[
            ("The", "DET", 2, "det"),
            ("cranes", "NOUN", 3, "nsubj"),
            ("track", "VERB", 0, "root"),
            ("ships", "NOUN", 3, "obj"),
            (",", "PUNCT", 7, "punct"),
            ("they", "PRON", 7, "nsubj"),
            ("said", "VERB", 3, "parataxis"),
        ])
        .lemma(0, "official")
        .lemma(1, "inspect")
        .lemma(3, "crane")
        .lemma(5, "crane")
        .lemma(7, "ship")
        .lemma(10, "say")
        .build();
    let f = extract(&doc, None);
    let r = relation(&f, "cranes -track-> ships");
    assert_eq!(claimant(&f, r).as_deref(), Some("officials"));
    // "said" relates nothing itself
    assert_eq!(f.relations.len(), 2, "{:?}", relations(&f));
}

#[test]
fn a_pronoun_as_an_argument_takes_the_nearest_noun_and_as_a_source_a_speaker() {
    // "ZPMC built a crane. It works."
    let doc = DocBuilder::new()
        .sentence(&[
            ("ZPMC", "PROPN", 2, "nsubj"),
            ("built", "VERB", 0, "root"),
            ("a", "DET", 4, "det"),
            ("crane", "NOUN", 2, "obj"),
        ])
        .sentence(&[("It", "PRON", 2, "nsubj"), ("works", "VERB", 0, "root")])
        .lemma(1, "build")
        .xpos(3, "NN")
        .entity(0..1, "ORG")
        .build();
    let (f, idx) = find_mentions(&doc);
    let quotes = Quotations {
        inside: Vec::new(),
        speaker: Vec::new(),
    };
    let args = Arguments::new(&doc, &idx, &f.mentions, &quotes, &[]);
    assert_eq!(args.of(4).map(|m| text(&f, m)), Some("crane"));
    assert_eq!(args.source(4).map(|m| text(&f, m)), Some("ZPMC"));
    // a mention stands for itself either way
    assert_eq!(args.of(0).map(|m| text(&f, m)), Some("ZPMC"));
    assert_eq!(args.source(3).map(|m| text(&f, m)), Some("crane"));
    assert_eq!(args.of(1), None, "a verb stands for nothing");
}

#[test]
fn he_stands_for_the_person_named_before() {
    // "Thomas Sam treated patients. He denied wrongdoing."
    let doc = DocBuilder::new()
        .sentence(&[
            ("Thomas", "PROPN", 3, "nsubj"),
            ("Sam", "PROPN", 1, "flat"),
            ("treated", "VERB", 0, "root"),
            ("patients", "NOUN", 3, "obj"),
        ])
        .sentence(&[
            ("He", "PRON", 2, "nsubj"),
            ("denied", "VERB", 0, "root"),
            ("wrongdoing", "NOUN", 2, "obj"),
        ])
        .lemma(2, "treat")
        .lemma(5, "deny")
        .entity(0..2, "PER")
        .build();
    let f = extract(&doc, None);
    relation(&f, "Thomas Sam -treat-> patients");
    relation(&f, "Thomas Sam -deny-> wrongdoing");
}

#[test]
fn a_relative_pronoun_argument_is_its_antecedent() {
    // "ZPMC makes cranes that collect data."
    let doc = cranes_that_collect_data();
    let f = extract(&doc, None);
    assert_eq!(
        relations(&f),
        ["ZPMC -make-> cranes", "cranes -collect-> data"]
    );
}

#[test]
fn some_that_stands_for_the_noun_the_quantifier_is_part_of() {
    // "ZPMC supplies ports, including some that handle military cargo"
    let doc = including_some_that_handle_cargo();
    let f = extract(&doc, None);
    relation(&f, "ZPMC -supply-> ports");
    relation(&f, "ports -handle-> military cargo");
}

#[test]
fn a_light_noun_argument_is_its_of_complement() {
    // "Officials bought a type of machinery." "Thousands of pilgrims died in Mecca."
    let doc = a_type_of_machinery_thousands_of_pilgrims();
    let f = extract(&doc, None);
    assert_eq!(
        relations(&f),
        ["officials -buy-> machinery", "pilgrims -die_in-> Mecca"]
    );
}

#[test]
fn light_nouns_in_a_row_stand_for_the_last_complement() {
    // "Officials sent tens of thousands of tents ."
    let doc = DocBuilder::new()
        .sentence(&[
            ("Officials", "NOUN", 2, "nsubj"),
            ("sent", "VERB", 0, "root"),
            ("tens", "NOUN", 2, "obj"),
            ("of", "ADP", 5, "case"),
            ("thousands", "NOUN", 3, "nmod"),
            ("of", "ADP", 7, "case"),
            ("tents", "NOUN", 5, "nmod"),
            (".", "PUNCT", 2, "punct"),
        ])
        .lemma(0, "official")
        .lemma(1, "send")
        .lemma(2, "ten")
        .lemma(4, "thousand")
        .lemma(6, "tent")
        .build();
    let f = extract(&doc, None);
    assert_eq!(relations(&f), ["officials -send-> tents"]);
}

#[test]
fn a_quantifier_subject_stands_for_the_people_mentioned_before() {
    // "Officials worry about cranes. Some liken the cranes to horses."
    let doc = some_liken_the_cranes();
    let f = extract(&doc, None);
    relation(&f, "officials -liken-> cranes");
    // things are no such antecedent: "Balloons drift. Some carry sensors."
    let doc = DocBuilder::new()
        .sentence(&[
            ("Balloons", "NOUN", 2, "nsubj"),
            ("drift", "VERB", 0, "root"),
        ])
        .sentence(&[
            ("Some", "DET", 2, "nsubj"),
            ("carry", "VERB", 0, "root"),
            ("sensors", "NOUN", 2, "obj"),
        ])
        .lemma(0, "balloon")
        .lemma(4, "sensor")
        .xpos(0, "NNS")
        .build();
    assert!(extract(&doc, None).relations.is_empty());
}

/// '“PRONOUN thank Frank,” said Tom, chairman of Rail.' with the
/// attribution model's quotation of Tom.
fn thank_frank(pronoun: &str) -> newsgraph_nlp::Doc {
    let mut doc = DocBuilder::new()
        .sentence(&[
            ("“", "PUNCT", 3, "punct"),
            (pronoun, "PRON", 3, "nsubj"),
            ("thank", "VERB", 7, "ccomp"),
            ("Frank", "PROPN", 3, "obj"),
            (",", "PUNCT", 3, "punct"),
            ("”", "PUNCT", 3, "punct"),
            ("said", "VERB", 0, "root"),
            ("Tom", "PROPN", 7, "nsubj"),
            (",", "PUNCT", 10, "punct"),
            ("chairman", "NOUN", 8, "appos"),
            ("of", "ADP", 12, "case"),
            ("Rail", "PROPN", 10, "nmod"),
            (".", "PUNCT", 7, "punct"),
        ])
        .entity(3..4, "PER")
        .entity(7..8, "PER")
        .entity(11..12, "ORG")
        .lemma(6, "say")
        .build();
    doc.attributions.push(newsgraph_nlp::AttributionSpan {
        content: 0..6,
        cue: Some(6..7),
        source: Some(7..12),
        cue_rate: 4,
    });
    doc
}

#[test]
fn i_in_a_quotation_is_its_speaker_and_we_the_speakers_organisation() {
    let f = extract(&thank_frank("I"), None);
    let r = relation(&f, "Tom -thank-> Frank");
    assert_eq!(claimant(&f, r).as_deref(), Some("Tom"));
    let f = extract(&thank_frank("We"), None);
    let r = relation(&f, "Rail -thank-> Frank");
    assert_eq!(claimant(&f, r).as_deref(), Some("Tom"));
    // "they" is nobody the speaker speaks for
    let f = extract(&thank_frank("They"), None);
    assert!(!relations(&f).iter().any(|r| r.ends_with("-thank-> Frank")));
}

#[test]
fn conjuncts_after_the_coordinator_and_denied_ones_share_no_relation() {
    // "Firms bought cranes and sensors , Alpha , Beta ." (the last two a
    // title the parser hung on as conjuncts)
    let doc = DocBuilder::new()
        .sentence(&[
            ("Firms", "NOUN", 2, "nsubj"),
            ("bought", "VERB", 0, "root"),
            ("cranes", "NOUN", 2, "obj"),
            ("and", "CCONJ", 5, "cc"),
            ("sensors", "NOUN", 3, "conj"),
            (",", "PUNCT", 7, "punct"),
            ("Alpha", "PROPN", 3, "conj"),
            (",", "PUNCT", 9, "punct"),
            ("Beta", "PROPN", 3, "conj"),
            (".", "PUNCT", 2, "punct"),
        ])
        .lemma(0, "firm")
        .lemma(1, "buy")
        .lemma(2, "crane")
        .lemma(4, "sensor")
        .build();
    let f = extract(&doc, None);
    assert_eq!(
        relations(&f),
        ["firms -buy-> cranes", "firms -buy-> sensors"]
    );
    // "Laws apply to the rich and not all citizens ."
    let doc = DocBuilder::new()
        .sentence(&[
            ("Laws", "NOUN", 2, "nsubj"),
            ("apply", "VERB", 0, "root"),
            ("to", "ADP", 5, "case"),
            ("the", "DET", 5, "det"),
            ("rich", "NOUN", 2, "obl"),
            ("and", "CCONJ", 9, "cc"),
            ("not", "PART", 9, "advmod"),
            ("all", "DET", 9, "det"),
            ("citizens", "NOUN", 5, "conj"),
            (".", "PUNCT", 2, "punct"),
        ])
        .lemma(0, "law")
        .lemma(8, "citizen")
        .build();
    let f = extract(&doc, None);
    assert_eq!(relations(&f), ["laws -apply_to-> rich"]);
}

#[test]
fn a_good_deal_of_things_is_those_things() {
    // "The ship carried a good deal of cargo ."
    let doc = DocBuilder::new()
        .sentence(&[
            ("The", "DET", 2, "det"),
            ("ship", "NOUN", 3, "nsubj"),
            ("carried", "VERB", 0, "root"),
            ("a", "DET", 6, "det"),
            ("good", "ADJ", 6, "amod"),
            ("deal", "NOUN", 3, "obj"),
            ("of", "ADP", 8, "case"),
            ("cargo", "NOUN", 6, "nmod"),
            (".", "PUNCT", 3, "punct"),
        ])
        .lemma(2, "carry")
        .build();
    let f = extract(&doc, None);
    assert_eq!(relations(&f), ["ship -carry-> cargo"]);
}

#[test]
fn he_skips_a_person_the_article_marks_as_a_woman() {
    // "Thomas Sam met Mrs. Lee. He praised the work."
    let doc = DocBuilder::new()
        .sentence(&[
            ("Thomas", "PROPN", 3, "nsubj"),
            ("Sam", "PROPN", 1, "flat"),
            ("met", "VERB", 0, "root"),
            ("Mrs.", "PROPN", 5, "compound"),
            ("Lee", "PROPN", 3, "obj"),
        ])
        .sentence(&[
            ("He", "PRON", 2, "nsubj"),
            ("praised", "VERB", 0, "root"),
            ("the", "DET", 4, "det"),
            ("work", "NOUN", 2, "obj"),
        ])
        .lemma(2, "meet")
        .lemma(6, "praise")
        .entity(0..2, "PER")
        .entity(4..5, "PER")
        .build();
    let f = extract(&doc, None);
    relation(&f, "Thomas Sam -praise-> work");
    // "She" is Mrs. Lee, the nearest
    let mut doc = doc;
    doc.tokens[5].text = "She".into();
    let f = extract(&doc, None);
    relation(&f, "Lee -praise-> work");
}

#[test]
fn a_pronoun_far_from_any_name_stands_for_whoever_the_one_before_does() {
    // "Anna Lee won. She thanked voters. The results surprised many. She
    // praised the work." The last "She" has no person named in its
    // sentence or the two before: it is the "She" before it.
    let doc = anna_lee_won()
        .sentence(&[
            ("She", "PRON", 2, "nsubj"),
            ("thanked", "VERB", 0, "root"),
            ("voters", "NOUN", 2, "obj"),
        ])
        .sentence(&[
            ("The", "DET", 2, "det"),
            ("results", "NOUN", 3, "nsubj"),
            ("surprised", "VERB", 0, "root"),
            ("many", "ADJ", 3, "obj"),
        ])
        .sentence(&[
            ("She", "PRON", 2, "nsubj"),
            ("praised", "VERB", 0, "root"),
            ("the", "DET", 4, "det"),
            ("work", "NOUN", 2, "obj"),
        ])
        .lemma(4, "thank")
        .lemma(5, "voter")
        .lemma(8, "surprise")
        .lemma(11, "praise")
        .build();
    let f = extract(&doc, None);
    relation(&f, "Anna Lee -thank-> voters");
    relation(&f, "Anna Lee -praise-> work");
    // a "he" is no link to a "She"
    let mut doc = doc;
    doc.tokens[10].text = "He".into();
    let f = extract(&doc, None);
    assert!(
        !relations(&f).iter().any(|r| r.contains("praise")),
        "{:?}",
        relations(&f)
    );
}
