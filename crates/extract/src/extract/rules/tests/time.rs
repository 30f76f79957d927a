//! Time expressions on a verb (`rules::time`), normalised against the
//! publication date 2023-03-05 (a Sunday).

use super::{extract, relation, relations};
use crate::extract::rules::time::of_verb;
use chrono::NaiveDate;
use newsgraph_nlp::builder::DocBuilder;
use newsgraph_nlp::Doc;

const PUBLISHED: &str = "2023-03-05";

fn published() -> NaiveDate {
    NaiveDate::from_ymd_opt(2023, 3, 5).unwrap()
}

/// "ZPMC shipped cranes" followed by the words of a time expression, the
/// first of them attached to `shipped` as `rel`, the others to the first.
/// `future` puts "will ship" instead.
fn shipped(future: bool, time: &[(&str, &str, &str)]) -> Doc {
    let mut words: Vec<(&str, &str, usize, &str)> = vec![("ZPMC", "PROPN", 2, "nsubj")];
    let verb = if future {
        words[0].2 = 3;
        words.push(("will", "AUX", 3, "aux"));
        words.push(("ship", "VERB", 0, "root"));
        3
    } else {
        words.push(("shipped", "VERB", 0, "root"));
        2
    };
    words.push(("cranes", "NOUN", verb, "obj"));
    // the time word is the last of `time`; the others modify it
    let head = words.len() + time.len();
    for (i, &(w, upos, rel)) in time.iter().enumerate() {
        let h = if i + 1 == time.len() { verb } else { head };
        words.push((w, upos, h, rel));
    }
    DocBuilder::new()
        .sentence(&words)
        .lemma(verb - 1, "ship")
        .lemma(verb, "crane")
        .entity(0..1, "ORG")
        .build()
}

/// The time of the shipping.
fn time_of(doc: &Doc) -> Option<String> {
    let v = doc.tokens.iter().position(|t| t.lemma == "ship").unwrap();
    of_verb(doc, v, published())
}

#[test]
fn last_month_in_an_article_of_2023_03_05_is_2023_02() {
    let doc = shipped(
        false,
        &[("last", "ADJ", "amod"), ("month", "NOUN", "obl:unmarked")],
    );
    assert_eq!(time_of(&doc).as_deref(), Some("2023-02"));
    // and the extractor puts it on the relation
    let f = extract(&doc, Some(PUBLISHED));
    assert_eq!(
        relation(&f, "ZPMC -ship-> cranes").time.as_deref(),
        Some("2023-02")
    );
}

#[test]
fn without_a_publication_date_a_relative_time_is_left_out() {
    let doc = shipped(
        false,
        &[("last", "ADJ", "amod"), ("month", "NOUN", "obl:unmarked")],
    );
    let f = extract(&doc, None);
    assert_eq!(relation(&f, "ZPMC -ship-> cranes").time, None);
}

#[test]
fn a_month_is_the_latest_one_before_the_article_or_the_next_for_a_future_verb() {
    let in_december = [("in", "ADP", "case"), ("December", "PROPN", "obl")];
    assert_eq!(
        time_of(&shipped(false, &in_december)).as_deref(),
        Some("2022-12")
    );
    assert_eq!(
        time_of(&shipped(true, &in_december)).as_deref(),
        Some("2023-12")
    );
    let in_february = [("in", "ADP", "case"), ("February", "PROPN", "obl")];
    assert_eq!(
        time_of(&shipped(false, &in_february)).as_deref(),
        Some("2023-02")
    );
}

#[test]
fn a_weekday_is_the_last_one_before_the_article_or_the_next_for_a_future_verb() {
    let on_monday = [("on", "ADP", "case"), ("Monday", "PROPN", "obl")];
    assert_eq!(
        time_of(&shipped(false, &on_monday)).as_deref(),
        Some("2023-02-27")
    );
    assert_eq!(
        time_of(&shipped(true, &on_monday)).as_deref(),
        Some("2023-03-06")
    );
}

#[test]
fn yesterday_and_this_week_are_read_against_the_publication_date() {
    let yesterday = [("yesterday", "NOUN", "obl:unmarked")];
    assert_eq!(
        time_of(&shipped(false, &yesterday)).as_deref(),
        Some("2023-03-04")
    );
    let this_week = [("this", "DET", "det"), ("week", "NOUN", "obl:unmarked")];
    assert_eq!(
        time_of(&shipped(false, &this_week)).as_deref(),
        Some("2023-W09")
    );
    let late_last_year = [
        ("late", "ADV", "advmod"),
        ("last", "ADJ", "amod"),
        ("year", "NOUN", "obl:unmarked"),
    ];
    assert_eq!(
        time_of(&shipped(false, &late_last_year)).as_deref(),
        Some("2022")
    );
}

#[test]
fn a_written_date_or_year_is_taken_as_written() {
    let in_2019 = [("in", "ADP", "case"), ("2019", "NUM", "obl")];
    assert_eq!(time_of(&shipped(false, &in_2019)).as_deref(), Some("2019"));
    // "on March 3, 2021": the day and the year hang off the month
    let doc = DocBuilder::new()
        .sentence(&[
            ("ZPMC", "PROPN", 2, "nsubj"),
            ("shipped", "VERB", 0, "root"),
            ("cranes", "NOUN", 2, "obj"),
            ("on", "ADP", 5, "case"),
            ("March", "PROPN", 2, "obl"),
            ("3", "NUM", 5, "nummod"),
            (",", "PUNCT", 8, "punct"),
            ("2021", "NUM", 5, "nummod"),
        ])
        .lemma(1, "ship")
        .build();
    assert_eq!(of_verb(&doc, 1, published()).as_deref(), Some("2021-03-03"));
}

#[test]
fn a_time_in_another_clause_does_not_leak_into_this_one() {
    // "Officials said on Monday that ZPMC shipped cranes"
    let doc = DocBuilder::new()
        .sentence(&[
            ("Officials", "NOUN", 2, "nsubj"),
            ("said", "VERB", 0, "root"),
            ("on", "ADP", 4, "case"),
            ("Monday", "PROPN", 2, "obl"),
            ("that", "SCONJ", 7, "mark"),
            ("ZPMC", "PROPN", 7, "nsubj"),
            ("shipped", "VERB", 2, "ccomp"),
            ("cranes", "NOUN", 7, "obj"),
        ])
        .lemma(1, "say")
        .lemma(6, "ship")
        .lemma(7, "crane")
        .entity(5..6, "ORG")
        .build();
    assert_eq!(of_verb(&doc, 1, published()).as_deref(), Some("2023-02-27"));
    assert_eq!(of_verb(&doc, 6, published()), None);
    let f = extract(&doc, Some(PUBLISHED));
    assert_eq!(relation(&f, "ZPMC -ship-> cranes").time, None);
}

#[test]
fn a_time_the_parser_hung_on_the_object_qualifies_the_verb() {
    // "ZPMC opened a plant in December", "in December" as nmod of "plant"
    let doc = DocBuilder::new()
        .sentence(&[
            ("ZPMC", "PROPN", 2, "nsubj"),
            ("opened", "VERB", 0, "root"),
            ("a", "DET", 4, "det"),
            ("plant", "NOUN", 2, "obj"),
            ("in", "ADP", 6, "case"),
            ("December", "PROPN", 4, "nmod"),
        ])
        .lemma(1, "open")
        .entity(0..1, "ORG")
        .build();
    assert_eq!(of_verb(&doc, 1, published()).as_deref(), Some("2022-12"));
    let f = extract(&doc, Some(PUBLISHED));
    assert_eq!(
        relation(&f, "ZPMC -open-> plant").time.as_deref(),
        Some("2022-12")
    );
}

#[test]
fn a_noun_that_is_no_time_word_gives_no_time() {
    // "ZPMC shipped cranes to ports"
    let doc = shipped(false, &[("to", "ADP", "case"), ("ports", "NOUN", "obl")]);
    assert_eq!(time_of(&doc), None);
}

/// "Thailand agreed `prep` a week" / "... with a neighbour": a time is the
/// relation's time, never its object; a thing is an object.
fn agreed(prep: &str, noun: &str, upos: &str) -> Doc {
    DocBuilder::new()
        .sentence(&[
            ("Thailand", "PROPN", 2, "nsubj"),
            ("agreed", "VERB", 0, "root"),
            (prep, "ADP", 5, "case"),
            ("a", "DET", 5, "det"),
            (noun, upos, 2, "obl"),
        ])
        .lemma(1, "agree")
        .entity(0..1, "LOC")
        .build()
}

#[test]
fn a_time_or_a_number_is_no_object() {
    for (prep, noun, upos) in [
        ("within", "week", "NOUN"),
        ("on", "Saturday", "PROPN"),
        ("in", "1950s", "NOUN"),
        ("with", "dozen", "NUM"),
        // "after" says when, whatever the noun after it
        ("after", "talks", "NOUN"),
    ] {
        let f = extract(&agreed(prep, noun, upos), Some(PUBLISHED));
        assert!(
            relations(&f).iter().all(|r| !r.contains("agree")),
            "{noun}: {:?}",
            relations(&f)
        );
    }
    let f = extract(&agreed("with", "neighbour", "NOUN"), Some(PUBLISHED));
    relation(&f, "Thailand -agree_with-> neighbour");
}
