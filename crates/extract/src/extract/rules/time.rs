//! Time expressions that qualify a relation, normalised against the
//! article's publication date: "last month" in an article of 2023-03-05 is
//! `2023-02`, "late last year" `2022`, "in December" `2022-12` (the latest
//! December not after the article, or the next one for a verb in the
//! future), "on Monday" `2023-02-27`, "yesterday" `2023-03-04`, "this week"
//! `2023-W09`, "in 2019" `2019`, "March 3, 2021" `2021-03-03`.
//!
//! Only the verb's own time modifiers count (obliques, temporal nouns,
//! adverbs), so a date in another clause does not leak in; and those the
//! parser hung on the verb's object ("opened a plant in December": a time
//! does not modify a plant).

use chrono::{Datelike, Duration, NaiveDate, Weekday};
use newsgraph_core::lexicon::nouns::{light_noun_class, LightNounClass};
use newsgraph_core::lexicon::{noun_class, NounClass};
use newsgraph_nlp::Doc;
use newsgraph_nlp::{DepRel, Upos};

/// A month's number (1-12) from its name or its abbreviation ("Dec.").
fn month(word: &str) -> Option<u32> {
    newsgraph_core::calendar::month(word.trim_end_matches('.'))
}

/// A weekday from its name.
fn weekday(word: &str) -> Option<Weekday> {
    (word.len() > 5).then(|| word.parse().ok()).flatten()
}

fn year(word: &str) -> Option<i32> {
    (word.len() == 4 && word.bytes().all(|b| b.is_ascii_digit()))
        .then(|| word.parse().ok())
        .flatten()
        .filter(|y| (1900..=2100).contains(y))
}

fn first_of(y: i32, m: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, 1).expect("a valid month")
}

/// `date` moved by `months` calendar months, as `YYYY-MM`.
fn month_of(date: NaiveDate, months: i32) -> String {
    let total = date.year() * 12 + date.month0() as i32 + months;
    format!(
        "{:04}-{:02}",
        total.div_euclid(12),
        total.rem_euclid(12) + 1
    )
}

/// Normalises the words of a time expression (lower-cased) against the
/// publication date `pub_date`; `future` when the verb speaks of what will be.
pub fn normalise(words: &[&str], pub_date: NaiveDate, future: bool) -> Option<String> {
    let has = |w: &str| words.contains(&w);
    // the relative word, if any: last (-1), this (0), next (+1)
    let shift = if has("last") || has("past") || has("previous") {
        Some(-1)
    } else if has("next") || has("coming") {
        Some(1)
    } else if has("this") || has("current") {
        Some(0)
    } else {
        None
    };
    let forward = future || shift == Some(1);
    let y = pub_date.year();
    if let Some(shift) = shift {
        if has("year") {
            return Some(format!("{:04}", y + shift));
        }
        if has("month") {
            return Some(month_of(pub_date, shift));
        }
        if has("week") {
            let d = pub_date + Duration::weeks(shift as i64);
            let w = d.iso_week();
            return Some(format!("{:04}-W{:02}", w.year(), w.week()));
        }
    }
    if has("yesterday") {
        return Some((pub_date - Duration::days(1)).to_string());
    }
    if has("today") {
        return Some(pub_date.to_string());
    }
    if has("tomorrow") {
        return Some((pub_date + Duration::days(1)).to_string());
    }
    let explicit_year = words.iter().find_map(|w| year(w));
    if let Some(m) = words.iter().find_map(|w| month(w)) {
        let day = words
            .iter()
            .filter_map(|w| w.trim_end_matches([',', '.']).parse::<u32>().ok())
            .find(|d| (1..=31).contains(d));
        let year = explicit_year.unwrap_or_else(|| {
            let this = first_of(y, m);
            let here = first_of(y, pub_date.month());
            match (forward, this > here) {
                (false, true) => y - 1,
                (true, false) if this < here => y + 1,
                _ => y,
            }
        });
        return match day.and_then(|d| NaiveDate::from_ymd_opt(year, m, d)) {
            Some(date) => Some(date.to_string()),
            None => Some(format!("{year:04}-{m:02}")),
        };
    }
    if let Some(wd) = words.iter().find_map(|w| weekday(w)) {
        let today = pub_date.weekday().num_days_from_monday() as i64;
        let target = wd.num_days_from_monday() as i64;
        let delta = if forward {
            // the next one, a week on if it is today
            match (target - today).rem_euclid(7) {
                0 => 7,
                d => d,
            }
        } else {
            -((today - target).rem_euclid(7))
        };
        return Some((pub_date + Duration::days(delta)).to_string());
    }
    explicit_year.map(|y| format!("{y:04}"))
}

/// Whether `word` (lower-cased) heads a time expression: a temporal noun, a
/// month, a weekday, a year, or yesterday/today/tomorrow.
fn is_time_head(word: &str) -> bool {
    matches!(
        word,
        "year" | "month" | "week" | "yesterday" | "today" | "tomorrow"
    ) || month(word).is_some()
        || year(word).is_some()
        || weekday(word).is_some()
}

/// Whether token `t` heads a time or a number rather than a thing ("agreed
/// after a week", "sold out within minutes", "incorporated during the
/// 1950s", "sent tens"): not an argument of a relation, whose time is its
/// `time`, not its object. A number with "of" ("millions of passengers")
/// stands for its complement; the caller asks the light-noun step first.
pub fn is_time_or_number(doc: &Doc, t: usize) -> bool {
    let lemma = doc.tokens[t].lemma.to_lowercase();
    doc.tokens[t].upos == Upos::Num
        || is_time(doc, t)
        || light_noun_class(&lemma) == Some(LightNounClass::Number)
}

/// Whether token `t` heads a time expression ("a week", "the 1950s",
/// "2015", "overnight").
pub fn is_time(doc: &Doc, t: usize) -> bool {
    let tok = &doc.tokens[t];
    let lemma = tok.lemma.to_lowercase();
    let word = tok.text.to_lowercase();
    let decade = word.len() == 5 && word.ends_with('s') && year(&word[..4]).is_some();
    decade
        || word == "overnight"
        || is_time_head(&word)
        || is_time_head(&lemma)
        || noun_class(&lemma) == Some(NounClass::Time)
}

/// The normalised time that qualifies the clause of verb `v`, if any.
pub fn of_verb(doc: &Doc, v: usize, pub_date: NaiveDate) -> Option<String> {
    let future = doc.children(v).any(|c| {
        doc.tokens[c].deprel == DepRel::Aux
            && matches!(
                doc.tokens[c].lemma.to_lowercase().as_str(),
                "will" | "shall"
            )
    });
    let objects: Vec<usize> = doc
        .children(v)
        .filter(|&c| doc.tokens[c].deprel == DepRel::Obj)
        .collect();
    let on_object = objects.iter().flat_map(|&o| {
        doc.children(o)
            .filter(|&c| matches!(doc.tokens[c].deprel, DepRel::Nmod))
    });
    doc.children(v).chain(on_object).find_map(|c| {
        let tok = &doc.tokens[c];
        if !matches!(
            tok.deprel,
            DepRel::Obl | DepRel::OblUnmarked | DepRel::Advmod | DepRel::Nmod
        ) {
            return None;
        }
        let head = tok.text.to_lowercase();
        if !is_time_head(&head) {
            return None;
        }
        // the expression: the time word and its modifiers and numbers
        let mut parts: Vec<usize> = vec![c];
        parts.extend(doc.children(c).filter(|&k| {
            matches!(
                doc.tokens[k].deprel,
                DepRel::Amod | DepRel::Det | DepRel::Nummod | DepRel::Compound | DepRel::Advmod
            ) || doc.tokens[k].upos == Upos::Num
        }));
        let lower: Vec<String> = parts
            .iter()
            .map(|&k| doc.tokens[k].text.to_lowercase())
            .collect();
        let words: Vec<&str> = lower.iter().map(String::as_str).collect();
        normalise(&words, pub_date, future)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn norm(text: &str, future: bool) -> Option<String> {
        let d = NaiveDate::from_ymd_opt(2023, 3, 5).unwrap(); // a Sunday
        let words: Vec<&str> = text.split_whitespace().collect();
        normalise(&words, d, future)
    }

    #[test]
    fn relative_expressions_resolve_against_the_publication_date() {
        assert_eq!(norm("last month", false).as_deref(), Some("2023-02"));
        assert_eq!(norm("next month", true).as_deref(), Some("2023-04"));
        assert_eq!(norm("late last year", false).as_deref(), Some("2022"));
        assert_eq!(norm("next year", true).as_deref(), Some("2024"));
        assert_eq!(norm("this week", false).as_deref(), Some("2023-W09"));
        assert_eq!(norm("yesterday", false).as_deref(), Some("2023-03-04"));
        assert_eq!(norm("monday", false).as_deref(), Some("2023-02-27"));
        assert_eq!(norm("monday", true).as_deref(), Some("2023-03-06"));
    }

    #[test]
    fn months_take_the_nearest_year_in_the_verbs_direction() {
        // December before March: last year's; February: this year's
        assert_eq!(norm("december", false).as_deref(), Some("2022-12"));
        assert_eq!(norm("february", false).as_deref(), Some("2023-02"));
        // a future verb: the next one
        assert_eq!(norm("december", true).as_deref(), Some("2023-12"));
        assert_eq!(norm("january", true).as_deref(), Some("2024-01"));
        // a day and a year as written
        assert_eq!(norm("march 3 , 2021", false).as_deref(), Some("2021-03-03"));
        assert_eq!(norm("dec. 2019", false).as_deref(), Some("2019-12"));
        assert_eq!(norm("2019", false).as_deref(), Some("2019"));
        assert_eq!(norm("lengths", false), None);
    }
}
