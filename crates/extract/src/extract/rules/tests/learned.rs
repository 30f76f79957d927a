//! The attribution model's contents (`rules::learned`) and quotations
//! (`rules::quotes`): which of them hold claims, which hold no fact, and
//! which leave the article's facts alone.

use super::fixtures::anna_lee_won;
use super::{claimant, extract, relation, relations};
use newsgraph_nlp::builder::DocBuilder;
use newsgraph_nlp::Doc;

/// "Cranes spy on ports", between quotation marks when `quoted`.
fn cranes_spy(quoted: bool) -> Doc {
    let q = usize::from(quoted);
    let mut words = vec![];
    if quoted {
        words.push(("“", "PUNCT", 2 + q, "punct"));
    }
    words.extend([
        ("Cranes", "NOUN", 2 + q, "nsubj"),
        ("spy", "VERB", 0, "root"),
        ("on", "ADP", 4 + q, "case"),
        ("ports", "NOUN", 2 + q, "obl"),
    ]);
    if quoted {
        words.push(("”", "PUNCT", 2 + q, "punct"));
    }
    DocBuilder::new()
        .sentence(&words)
        .lemma(q, "crane")
        .lemma(3 + q, "port")
        .build()
}

#[test]
fn a_quotation_whose_speaker_is_unknown_states_no_fact() {
    assert_eq!(
        relations(&extract(&cranes_spy(false), None)),
        ["cranes -spy_on-> ports"]
    );
    assert!(relations(&extract(&cranes_spy(true), None)).is_empty());
}

/// "The plan envisages that cranes track cargo": the attribution model
/// finds the content under "envisages", a verb no word list of the rules
/// knows, as a cue of `cue_rate` (how often its lemma was a cue in
/// PolNeAR train, bucketed).
fn envisages(cue_rate: u8) -> Doc {
    let mut doc = DocBuilder::new()
        .sentence(&[
            ("The", "DET", 2, "det"),
            ("plan", "NOUN", 3, "nsubj"),
            ("envisages", "VERB", 0, "root"),
            ("that", "SCONJ", 6, "mark"),
            ("cranes", "NOUN", 6, "nsubj"),
            ("track", "VERB", 3, "ccomp"),
            ("cargo", "NOUN", 6, "obj"),
        ])
        .lemma(2, "envisage")
        .lemma(4, "crane")
        .build();
    doc.attributions.push(newsgraph_nlp::AttributionSpan {
        content: 3..7,
        cue: Some(2..3),
        source: Some(0..2),
        cue_rate,
    });
    doc
}

#[test]
fn content_under_a_weak_model_cue_holds_no_fact() {
    // a lemma that was a cue in under 30% of its occurrences, or in none:
    // not trusted as a claim of the plan, and no fact of the article either
    for cue_rate in [0, 1, 2] {
        let f = extract(&envisages(cue_rate), None);
        assert!(
            !relations(&f).contains(&"cranes -track-> cargo".to_string()),
            "cue rate {cue_rate}: {:?}",
            relations(&f)
        );
    }
    // a content the model found with no cue at all: the clause stays the
    // article's fact
    let mut doc = envisages(1);
    doc.attributions[0].cue = None;
    let f = extract(&doc, None);
    let r = relation(&f, "cranes -track-> cargo");
    assert_eq!(claimant(&f, r), None);
}

/// "The plan envisages. That | cranes track cargo.": the model's content of
/// "envisages" (of `cue_rate`) in the sentence after the cue, a paragraph
/// beginning inside it when `new_paragraph`.
fn envisages_before(cue_rate: u8, new_paragraph: bool) -> Doc {
    let mut doc = envisages(cue_rate);
    let n = doc.tokens.len();
    doc.sentences[0].tokens.end = 3;
    doc.sentences[0].end = doc.tokens[2].end;
    doc.sentences.push(newsgraph_nlp::Sentence {
        tokens: 3..n,
        start: doc.tokens[3].start,
        end: doc.tokens[n - 1].end,
    });
    if new_paragraph {
        // the space after "that" becomes a paragraph separator
        let at = doc.tokens[3].end;
        doc.text = doc
            .text
            .chars()
            .enumerate()
            .map(|(i, c)| if i == at { '\u{2029}' } else { c })
            .collect();
    }
    doc
}

#[test]
fn content_next_to_a_strong_cue_holds_no_fact_unless_stretched_over_a_paragraph() {
    // a strong cue's content in the next sentence of its paragraph holds no
    // fact; stretched over a paragraph break to the cue, it is no one's words
    for new_paragraph in [false, true] {
        let f = extract(&envisages_before(3, new_paragraph), None);
        let found = relations(&f).contains(&"cranes -track-> cargo".to_string());
        assert_eq!(found, new_paragraph, "{:?}", relations(&f));
    }
    // a weaker cue's ("decided to treat his daughter himself. Her condition
    // deteriorated"): the next sentence keeps its facts
    let f = extract(&envisages_before(2, false), None);
    assert!(relations(&f).contains(&"cranes -track-> cargo".to_string()));
}

#[test]
fn a_strong_cues_content_outside_its_sentence_is_no_claim_and_no_fact() {
    // "The plan envisages that cranes track cargo" with the model's cue in
    // a sentence of its own ("The plan envisages." "Cranes track cargo.")
    for (cue_rate, claimed) in [(3, false), (4, true)] {
        let mut doc = envisages(cue_rate);
        let n = doc.tokens.len();
        doc.sentences[0].tokens.end = 3;
        doc.sentences[0].end = doc.tokens[2].end;
        doc.sentences.push(newsgraph_nlp::Sentence {
            tokens: 3..n,
            start: doc.tokens[3].start,
            end: doc.tokens[n - 1].end,
        });
        let f = extract(&doc, None);
        let found = relations(&f).contains(&"cranes -track-> cargo".to_string());
        assert_eq!(found, claimed, "cue rate {cue_rate}: {:?}", relations(&f));
        if claimed {
            let r = relation(&f, "cranes -track-> cargo");
            assert_eq!(claimant(&f, r).as_deref(), Some("plan"));
        }
    }
}

#[test]
fn a_claim_with_a_pronoun_argument_spans_its_own_sentence() {
    // "ZPMC makes cranes. Smith envisages that it builds ships.": "it"
    // stands for ZPMC, named a sentence before; the claim lies inside the
    // model's content all the same, and its span starts at "it"
    let mut doc = DocBuilder::new()
        .sentence(&[
            ("ZPMC", "PROPN", 2, "nsubj"),
            ("makes", "VERB", 0, "root"),
            ("cranes", "NOUN", 2, "obj"),
            (".", "PUNCT", 2, "punct"),
        ])
        .sentence(&[
            ("Smith", "PROPN", 2, "nsubj"),
            ("envisages", "VERB", 0, "root"),
            ("that", "SCONJ", 5, "mark"),
            ("it", "PRON", 5, "nsubj"),
            ("builds", "VERB", 2, "ccomp"),
            ("ships", "NOUN", 5, "obj"),
            (".", "PUNCT", 2, "punct"),
        ])
        .entity(0..1, "ORG")
        .lemma(1, "make")
        .lemma(2, "crane")
        .xpos(2, "NNS")
        .entity(4..5, "PER")
        .lemma(5, "envisage")
        .lemma(8, "build")
        .lemma(9, "ship")
        .build();
    doc.attributions.push(newsgraph_nlp::AttributionSpan {
        content: 6..10,
        cue: Some(5..6),
        source: Some(4..5),
        cue_rate: 4,
    });
    let f = extract(&doc, None);
    let r = relation(&f, "ZPMC -build-> ships");
    assert_eq!(claimant(&f, r).as_deref(), Some("Smith"));
    let it = doc.tokens[7].start;
    assert_eq!((r.span.start, r.span.end), (it, doc.tokens[9].end));
}

#[test]
fn the_models_speaker_does_not_undo_a_negated_cue_of_the_rules() {
    // "Kramer said he would not believe Smith left office": Kramer speaks
    // (the model's attribution under "said"), but believes nothing, so
    // "Smith left office" is nobody's claim and no fact
    let mut doc = DocBuilder::new()
        .sentence(&[
            ("Kramer", "PROPN", 2, "nsubj"),
            ("said", "VERB", 0, "root"),
            ("he", "PRON", 6, "nsubj"),
            ("would", "AUX", 6, "aux"),
            ("not", "PART", 6, "advmod"),
            ("believe", "VERB", 2, "ccomp"),
            ("Smith", "PROPN", 8, "nsubj"),
            ("left", "VERB", 6, "ccomp"),
            ("office", "NOUN", 8, "obj"),
        ])
        .entity(0..1, "PER")
        .entity(6..7, "PER")
        .lemma(1, "say")
        .lemma(7, "leave")
        .build();
    doc.attributions.push(newsgraph_nlp::AttributionSpan {
        content: 2..9,
        cue: Some(1..2),
        source: Some(0..1),
        cue_rate: 4,
    });
    let f = extract(&doc, None);
    assert!(
        !relations(&f).iter().any(|r| r.contains("-leave->")),
        "{:?}",
        relations(&f)
    );
}

/// "The {subject} threatened to derail the talks", with the model's
/// attribution of "to derail the talks" to the subject by "threatened".
fn threatened(subject: &str, lemma: &str) -> Doc {
    let mut doc = DocBuilder::new()
        .sentence(&[
            ("The", "DET", 2, "det"),
            (subject, "NOUN", 3, "nsubj"),
            ("threatened", "VERB", 0, "root"),
            ("to", "PART", 5, "mark"),
            ("derail", "VERB", 3, "xcomp"),
            ("the", "DET", 7, "det"),
            ("talks", "NOUN", 5, "obj"),
        ])
        .lemma(1, lemma)
        .lemma(2, "threaten")
        .lemma(6, "talk")
        .build();
    doc.attributions.push(newsgraph_nlp::AttributionSpan {
        content: 3..7,
        cue: Some(2..3),
        source: Some(0..2),
        cue_rate: 4,
    });
    doc
}

#[test]
fn a_thing_that_threatens_makes_a_prospect_not_a_claim() {
    // "The clashes threatened to derail the talks": the article's hedged
    // statement, and no attribution listed
    let f = extract(&threatened("clashes", "clash"), None);
    let r = relation(&f, "clashes -derail-> talks");
    assert_eq!(r.claimed_by, None);
    assert!(f.attributions.is_empty());
    // "The union threatened to derail the talks": the union's claim
    let f = extract(&threatened("union", "union"), None);
    let r = relation(&f, "union -derail-> talks");
    assert_eq!(claimant(&f, r).as_deref(), Some("union"));
}

#[test]
fn the_models_pronoun_source_speaks_where_the_rules_found_none() {
    // "Anna Lee won. She spoke at a conference announcing that ZPMC builds
    // ships": the rules find the cue "announcing", which has no subject;
    // the model's source is "She", who stands for Anna Lee
    let mut doc = anna_lee_won()
        .sentence(&[
            ("She", "PRON", 2, "nsubj"),
            ("spoke", "VERB", 0, "root"),
            ("at", "ADP", 5, "case"),
            ("a", "DET", 5, "det"),
            ("conference", "NOUN", 2, "obl"),
            ("announcing", "VERB", 5, "acl"),
            ("that", "SCONJ", 9, "mark"),
            ("ZPMC", "PROPN", 9, "nsubj"),
            ("builds", "VERB", 6, "ccomp"),
            ("ships", "NOUN", 9, "obj"),
        ])
        .entity(10..11, "ORG")
        .lemma(4, "speak")
        .lemma(8, "announce")
        .lemma(11, "build")
        .lemma(12, "ship")
        .build();
    doc.attributions.push(newsgraph_nlp::AttributionSpan {
        content: 9..13,
        cue: Some(8..9),
        source: Some(3..4),
        cue_rate: 4,
    });
    let f = extract(&doc, None);
    let r = relation(&f, "ZPMC -build-> ships");
    assert_eq!(claimant(&f, r).as_deref(), Some("Anna Lee"));
}
