//! Who speaks (`rules::learned`, `rules::arguments`, `rules::attribution`):
//! the source of a claim named by the attribution model's source span where
//! the parse gives the cue no speaker, the person or organisation inside
//! that span, the organisation a "we" speaks for, and the source of a
//! "that" clause the parser hung elsewhere.

use super::{claimant, extract, relation};
use crate::extract::rules::attribution::attributions;
use newsgraph_nlp::builder::DocBuilder;
use newsgraph_nlp::Doc;
use std::ops::Range;

/// '"Cranes spy on ports," said SPEAKER.' with the speaker's words as the
/// parser left them (heads counted in the whole sentence), the NER's
/// entities, and the attribution model's source span, if any.
fn said_by(
    speaker: &[(&str, &str, usize, &str)],
    entities: &[(Range<usize>, &str)],
    model_source: Option<Range<usize>>,
) -> Doc {
    let mut words = vec![
        ("\"", "PUNCT", 3, "punct"),
        ("Cranes", "NOUN", 3, "nsubj"),
        ("spy", "VERB", 8, "ccomp"),
        ("on", "ADP", 5, "case"),
        ("ports", "NOUN", 3, "obl"),
        (",", "PUNCT", 3, "punct"),
        ("\"", "PUNCT", 3, "punct"),
        ("said", "VERB", 0, "root"),
    ];
    words.extend_from_slice(speaker);
    words.push((".", "PUNCT", 8, "punct"));
    let mut b = DocBuilder::new().sentence(&words);
    for (r, label) in entities {
        b = b.entity(r.clone(), label);
    }
    let mut doc = b.lemma(1, "crane").lemma(4, "port").lemma(7, "say").build();
    if let Some(source) = model_source {
        doc.attributions.push(newsgraph_nlp::AttributionSpan {
            content: 0..7,
            cue: Some(7..8),
            source: Some(source),
            cue_rate: 4,
        });
    }
    doc
}

#[test]
fn the_models_source_speaks_where_the_parse_gives_the_cue_none() {
    // "Smith" hanging off the full stop, so "said" has no subject: the
    // rules know the clause is said, not by whom; the attribution model's
    // source names the speaker
    let smith = [("Smith", "PROPN", 10, "compound")];
    let f = extract(&said_by(&smith, &[(8..9, "PER")], Some(8..9)), None);
    let r = relation(&f, "Cranes -spy_on-> ports");
    assert_eq!(claimant(&f, r).as_deref(), Some("Smith"));
    // without the model, nobody named says it: neither claim nor fact
    let f = extract(&said_by(&smith, &[(8..9, "PER")], None), None);
    assert!(f.relations.is_empty());
}

#[test]
fn a_source_is_named_by_the_person_inside_it_whatever_its_parse_head() {
    // "said Cambodian Smith" with "Cambodian" made the head of the name:
    // the source is the person the NER found
    let speaker = [
        ("Cambodian", "PROPN", 11, "compound"),
        ("Smith", "PROPN", 9, "flat"),
    ];
    let doc = said_by(&speaker, &[(8..9, "MISC"), (9..10, "PER")], Some(8..10));
    let f = extract(&doc, None);
    let r = relation(&f, "Cranes -spy_on-> ports");
    assert_eq!(claimant(&f, r).as_deref(), Some("Smith"));
}

#[test]
fn a_source_with_an_apposition_is_the_person_not_the_employer() {
    // "said Zhang Yuan, chief engineer of Railway": the organisation in the
    // apposition is not the speaker; the person at the source's head is
    let speaker = [
        ("Zhang", "PROPN", 10, "compound"),
        ("Yuan", "PROPN", 8, "nsubj"),
        (",", "PUNCT", 13, "punct"),
        ("chief", "ADJ", 13, "amod"),
        ("engineer", "NOUN", 10, "appos"),
        ("of", "ADP", 15, "case"),
        ("Railway", "PROPN", 13, "nmod"),
    ];
    let entities = [(8..10, "PER"), (14..15, "ORG")];
    // "Yuan" not the subject of "said" in the parse: the model's source
    // alone names the speaker
    let mut doc = said_by(&speaker, &entities, Some(8..15));
    doc.tokens[9].deprel = newsgraph_nlp::DepRel::Appos;
    let f = extract(&doc, None);
    let r = relation(&f, "Cranes -spy_on-> ports");
    assert_eq!(claimant(&f, r).as_deref(), Some("Zhang Yuan"));
    // the parse hangs the description and the organisation on the verb, so
    // the organisation heads the source span: the person named first,
    // described after a comma, still speaks
    let speaker = [
        ("Zhang", "PROPN", 13, "compound"),
        ("Yuan", "PROPN", 9, "flat"),
        (",", "PUNCT", 13, "punct"),
        ("chief", "ADJ", 13, "amod"),
        ("engineer", "NOUN", 8, "obl"),
        ("of", "ADP", 15, "case"),
        ("Railway", "PROPN", 8, "obl"),
    ];
    let doc = said_by(&speaker, &entities, Some(8..15));
    let f = extract(&doc, None);
    let r = relation(&f, "Cranes -spy_on-> ports");
    assert_eq!(claimant(&f, r).as_deref(), Some("Zhang Yuan"));
}

#[test]
fn we_under_a_pronoun_speaker_is_the_organisation_of_the_person_it_stands_for() {
    // "Tom Smith, chairman of Rail, spoke. “We thank Frank,” he said."
    let mut doc = DocBuilder::new()
        .sentence(&[
            ("Tom", "PROPN", 6, "nsubj"),
            ("Smith", "PROPN", 1, "flat"),
            (",", "PUNCT", 4, "punct"),
            ("chairman", "NOUN", 1, "appos"),
            ("of", "ADP", 6, "case"),
            ("Rail", "PROPN", 4, "nmod"),
            ("spoke", "VERB", 0, "root"),
            (".", "PUNCT", 7, "punct"),
        ])
        .sentence(&[
            ("“", "PUNCT", 3, "punct"),
            ("We", "PRON", 3, "nsubj"),
            ("thank", "VERB", 8, "ccomp"),
            ("Frank", "PROPN", 3, "obj"),
            (",", "PUNCT", 3, "punct"),
            ("”", "PUNCT", 3, "punct"),
            ("he", "PRON", 8, "nsubj"),
            ("said", "VERB", 0, "root"),
            (".", "PUNCT", 8, "punct"),
        ])
        .entity(0..2, "PER")
        .entity(5..6, "ORG")
        .entity(11..12, "PER")
        .lemma(6, "speak")
        .lemma(15, "say")
        .build();
    doc.attributions.push(newsgraph_nlp::AttributionSpan {
        content: 8..14,
        cue: Some(15..16),
        source: Some(14..15),
        cue_rate: 4,
    });
    let f = extract(&doc, None);
    let r = relation(&f, "Rail -thank-> Frank");
    assert_eq!(claimant(&f, r).as_deref(), Some("Tom Smith"));
}

#[test]
fn a_that_clause_the_parser_hung_elsewhere_is_still_the_verbs_content() {
    // "The study found that, in Ohio, voters were taken off rolls" with the
    // clause parsed as an adverbial clause of "found" and "that" hung on
    // "Ohio"
    let doc = DocBuilder::new()
        .sentence(&[
            ("The", "DET", 2, "det"),
            ("study", "NOUN", 3, "nsubj"),
            ("found", "VERB", 0, "root"),
            ("that", "SCONJ", 7, "mark"),
            (",", "PUNCT", 7, "punct"),
            ("in", "ADP", 7, "case"),
            ("Ohio", "PROPN", 3, "obl"),
            (",", "PUNCT", 11, "punct"),
            ("voters", "NOUN", 11, "nsubj:pass"),
            ("were", "AUX", 11, "aux:pass"),
            ("taken", "VERB", 3, "advcl"),
            ("off", "ADP", 13, "case"),
            ("rolls", "NOUN", 11, "obl"),
            (".", "PUNCT", 3, "punct"),
        ])
        .lemma(2, "find")
        .lemma(8, "voter")
        .lemma(10, "take")
        .lemma(12, "roll")
        .build();
    let a = attributions(&doc);
    let by_study = |t: usize| a[t].as_ref().and_then(|x| x.source) == Some(1);
    assert!(by_study(10) && by_study(8) && by_study(6), "{a:?}");
    assert!(
        a[1].is_none() && a[2].is_none(),
        "the source and cue are not content"
    );
    let f = extract(&doc, None);
    let r = relation(&f, "voters -take_off-> rolls");
    assert_eq!(claimant(&f, r).as_deref(), Some("study"));
}

#[test]
fn a_participle_of_saying_speaks_for_the_subject_of_its_sentence() {
    // "Hao, a student, told Xinhua, adding that he helped victims"
    let doc = DocBuilder::new()
        .sentence(&[
            ("Hao", "PROPN", 5, "nsubj"),
            (",", "PUNCT", 4, "punct"),
            ("a", "DET", 4, "det"),
            ("student", "NOUN", 1, "appos"),
            ("told", "VERB", 0, "root"),
            ("Xinhua", "PROPN", 5, "iobj"),
            (",", "PUNCT", 8, "punct"),
            ("adding", "VERB", 5, "advcl"),
            ("that", "SCONJ", 11, "mark"),
            ("he", "PRON", 11, "nsubj"),
            ("helped", "VERB", 8, "ccomp"),
            ("victims", "NOUN", 11, "obj"),
        ])
        .entity(0..1, "PER")
        .entity(5..6, "ORG")
        .lemma(4, "tell")
        .lemma(7, "add")
        .xpos(7, "VBG")
        .lemma(10, "help")
        .lemma(11, "victim")
        .build();
    let f = extract(&doc, None);
    let r = relation(&f, "Hao -help-> victims");
    assert_eq!(claimant(&f, r).as_deref(), Some("Hao"));
    // the speaker's own description stays the article's fact
    let r = relation(&f, "Hao -be-> student");
    assert_eq!(claimant(&f, r), None);
}

#[test]
fn a_source_span_that_ends_a_persons_description_is_that_person() {
    // "“Cranes spy,” Tian , chief of the Acme Group said ." with the
    // model's source span on "the Acme Group" alone
    let words = [
        ("“", "PUNCT", 3, "punct"),
        ("Cranes", "NOUN", 3, "nsubj"),
        ("spy", "VERB", 13, "ccomp"),
        ("on", "ADP", 5, "case"),
        ("ports", "NOUN", 3, "obl"),
        (",", "PUNCT", 3, "punct"),
        ("”", "PUNCT", 3, "punct"),
        ("Tian", "PROPN", 13, "nsubj"),
        (",", "PUNCT", 10, "punct"),
        ("chief", "NOUN", 8, "appos"),
        ("of", "ADP", 12, "case"),
        ("Acme", "PROPN", 12, "compound"),
        ("Group", "PROPN", 10, "nmod"),
        ("said", "VERB", 0, "root"),
        (".", "PUNCT", 13, "punct"),
    ];
    let source = |r: Range<usize>, words: &[(&str, &str, usize, &str)]| {
        let mut doc = DocBuilder::new()
            .sentence(words)
            .entity(7..8, "PER")
            .entity(10..12, "ORG")
            .lemma(1, "crane")
            .lemma(4, "port")
            .lemma(12, "say")
            .build();
        doc.tokens[7].deprel = newsgraph_nlp::DepRel::Dep;
        doc.attributions.push(newsgraph_nlp::AttributionSpan {
            content: 0..7,
            cue: Some(12..13),
            source: Some(r),
            cue_rate: 4,
        });
        let f = extract(&doc, None);
        claimant(&f, relation(&f, "Cranes -spy_on-> ports"))
    };
    assert_eq!(source(10..12, &words).as_deref(), Some("Tian"));
    // with no title between the comma and the span (determiners and
    // prepositions only), the span speaks
    let mut untitled = words.to_vec();
    untitled[9] = ("the", "DET", 13, "det");
    assert_eq!(source(10..12, &untitled).as_deref(), Some("Acme Group"));
}

/// `Jones : “ I thank Bob . ”` then, in the next paragraph, a quotation
/// running on with no speech tag: `“ He will be welcomed back at Anfield . ”`.
fn running_on() -> Doc {
    let mut doc = DocBuilder::new()
        .sentence(&[
            ("Jones", "PROPN", 0, "root"),
            (":", "PUNCT", 1, "punct"),
            ("“", "PUNCT", 5, "punct"),
            ("I", "PRON", 5, "nsubj"),
            ("thank", "VERB", 1, "parataxis"),
            ("Bob", "PROPN", 5, "obj"),
            (".", "PUNCT", 5, "punct"),
            ("”", "PUNCT", 5, "punct"),
        ])
        .sentence(&[
            ("“", "PUNCT", 5, "punct"),
            ("He", "PRON", 5, "nsubj:pass"),
            ("will", "AUX", 5, "aux"),
            ("be", "AUX", 5, "aux:pass"),
            ("welcomed", "VERB", 0, "root"),
            ("back", "ADV", 5, "advmod"),
            ("at", "ADP", 8, "case"),
            ("Anfield", "PROPN", 5, "obl"),
            (".", "PUNCT", 5, "punct"),
            ("”", "PUNCT", 5, "punct"),
        ])
        .entity(0..1, "PER")
        .entity(5..6, "PER")
        .entity(15..16, "LOC")
        .lemma(4, "thank")
        .lemma(12, "welcome")
        .xpos(12, "VBN")
        .build();
    doc.attributions.push(newsgraph_nlp::AttributionSpan {
        content: 2..8,
        cue: Some(1..2),
        source: Some(0..1),
        cue_rate: 4,
    });
    // the pronoun resolver's choice: the speaker
    doc.antecedents = vec![None; doc.tokens.len()];
    doc.antecedents[9] = Some(0);
    doc
}

#[test]
fn a_he_in_a_quotation_running_on_is_not_its_speaker() {
    let f = extract(&running_on(), None);
    let r = relation(&f, "Bob -welcome_back_at-> Anfield");
    assert_eq!(claimant(&f, r).as_deref(), Some("Jones"));
}
