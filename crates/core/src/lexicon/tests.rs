//! The word lists are well formed, give each word one class, agree with the
//! generated maps, and hold no entry that a rule can never reach.

use super::function_words::*;
use super::names::*;
use super::nouns::*;
use super::speech::*;
use super::*;
use std::collections::HashMap;

macro_rules! file {
    ($name:literal) => {
        ($name, include_str!(concat!("../../../../lexicons/", $name)))
    };
}

/// The `word -> class` lines of a list, read independently of `build.rs`;
/// fails on a word listed twice (in one class or two).
fn entries((name, text): (&str, &str)) -> Vec<(String, String)> {
    let mut seen: HashMap<String, (usize, String)> = HashMap::new();
    let mut out = Vec::new();
    for (i, line) in text.lines().enumerate() {
        let line = line.split('#').next().unwrap_or("").trim_end();
        if line.trim().is_empty() {
            continue;
        }
        let fields: Vec<&str> = line.split('\t').collect();
        assert!(fields.len() >= 2, "{name}:{}: malformed line", i + 1);
        let (word, class) = (fields[0].to_string(), fields[1].to_string());
        if let Some((first, other)) = seen.insert(word.clone(), (i + 1, class.clone())) {
            panic!(
                "{name}:{}: `{word}` is in class `{class}` and, on line {first}, in `{other}`",
                i + 1
            );
        }
        out.push((word, class));
    }
    assert!(!out.is_empty(), "{name} is empty");
    out
}

/// The variant name of a class (`organization` -> `Organization`).
fn variant(class: &str) -> String {
    let mut c = class.chars();
    c.next()
        .map(|f| f.to_uppercase().chain(c).collect())
        .unwrap_or_default()
}

/// Every word of the file has, through `lookup`, the class the file gives
/// it, in lower and upper case; and the map holds nothing else.
fn agrees<V: std::fmt::Debug>(file: (&str, &str), len: usize, lookup: impl Fn(&str) -> Option<V>) {
    let entries = entries(file);
    assert_eq!(entries.len(), len, "{}: map and file differ", file.0);
    for (word, class) in entries {
        let want = Some(variant(&class));
        assert_eq!(
            lookup(&word).map(|v| format!("{v:?}")),
            want,
            "{}: {word}",
            file.0
        );
        let upper = word.to_uppercase();
        assert_eq!(
            lookup(&upper).map(|v| format!("{v:?}")),
            want,
            "{}: {upper}",
            file.0
        );
    }
}

#[test]
fn every_list_gives_each_word_one_class_and_matches_its_map() {
    agrees(file!("nouns.tsv"), NOUNS.len(), noun_class);
    agrees(file!("class_nouns.tsv"), CLASS_NOUNS.len(), class_noun);
    agrees(file!("units.tsv"), UNITS.len(), unit_class);
    agrees(
        file!("light_nouns.tsv"),
        LIGHT_NOUNS.len(),
        light_noun_class,
    );
    agrees(file!("attribution.tsv"), ATTRIBUTION.len(), speech_class);
    agrees(
        file!("content_nouns.tsv"),
        CONTENT_NOUNS.len(),
        content_class,
    );
    agrees(file!("modality.tsv"), MODALITY.len(), clause_modifier);
    agrees(
        file!("function_words.tsv"),
        FUNCTION_WORDS.len(),
        function_word_class,
    );
    agrees(
        file!("quantifier_pronouns.tsv"),
        QUANTIFIER_PRONOUNS.len(),
        |w| is_quantifier_pronoun(w).then_some(QuantifierClass::Quantifier),
    );
    agrees(
        file!("label_modifiers.tsv"),
        LABEL_MODIFIERS.len(),
        label_modifier_class,
    );
    agrees(
        file!("determiners.tsv"),
        DETERMINERS.len(),
        determiner_class,
    );
    agrees(file!("particles.tsv"), PARTICLES.len(), |w| {
        is_particle(w).then_some(ParticleClass::Particle)
    });
    agrees(
        file!("company_suffixes.tsv"),
        COMPANY_SUFFIXES.len(),
        company_suffix_class,
    );
    agrees(
        file!("invariant_nouns.tsv"),
        INVARIANT_NOUNS.len(),
        invariant_class,
    );
}

#[test]
fn idioms_are_pairs_listed_once() {
    let (name, text) = file!("idioms.tsv");
    let mut seen = Vec::new();
    for line in text
        .lines()
        .map(|l| l.split('#').next().unwrap_or("").trim_end())
    {
        if line.is_empty() {
            continue;
        }
        let (p, o) = line.split_once('\t').expect("predicate<TAB>object");
        assert!(!seen.contains(&(p, o)), "{name}: `{p} {o}` twice");
        seen.push((p, o));
        assert!(is_idiom(p, o) && is_idiom(p, &o.to_uppercase()), "{p} {o}");
    }
    let pairs: usize = IDIOMS.values().map(|o| o.len()).sum();
    assert_eq!(pairs, seen.len());
    assert!(!is_idiom("take", "length"));
}

#[test]
fn claim_verbs_are_given_for_adjectives_only() {
    for (word, class) in entries(file!("attribution.tsv")) {
        assert_eq!(
            CLAIM_VERBS.contains_key(word.as_str()),
            class == "adjective",
            "{word}"
        );
    }
    assert_eq!(claim_verb("Concerned"), "concern");
    assert_eq!(claim_verb("afraid"), "fear");
    assert_eq!(claim_verb("Warn"), "warn");
    assert_eq!(claim_verb("according_to"), "according_to");
}

/// Entries a rule checks after another list, or after a rule of its own,
/// must not be caught first: such an entry would never be reached.
#[test]
fn no_entry_is_shadowed_by_an_earlier_check() {
    // mentions skip function words before they type a noun phrase
    for (word, _) in entries(file!("nouns.tsv")) {
        assert!(
            !is_function_word(&word),
            "nouns.tsv: `{word}` is a function word"
        );
    }
    // `singular` keeps words of three letters or fewer and those in -ss,
    // -us, -is, and changes only words in -s
    for (word, _) in entries(file!("invariant_nouns.tsv")) {
        let kept = word.len() <= 3 || ["ss", "us", "is"].iter().any(|s| word.ends_with(s));
        assert!(
            !kept && word.ends_with('s'),
            "invariant_nouns.tsv: `{word}` is kept by the regular rule already"
        );
    }
    // a light noun or a quantifier: one test, two lists
    for (word, _) in entries(file!("light_nouns.tsv")) {
        assert!(!is_quantifier_pronoun(&word), "light_nouns.tsv: `{word}`");
    }
}

#[test]
fn the_entry_that_won_before_the_lists_moved_still_wins() {
    // listed as groups and organisations: the group check came first
    assert_eq!(noun_type("authority"), EntityType::Group);
    assert_eq!(noun_type("operator"), EntityType::Group);
    // listed as organisation and artifact: the organisation check came first
    assert_eq!(noun_type("network"), EntityType::Organization);
    // time before units and nouns alike
    assert_eq!(noun_type("Month"), EntityType::Time);
    assert!(is_unit("month"));
    assert_eq!(noun_type("claim"), EntityType::Concept);
    assert!(is_saying("comment") && !is_attribution("comment"));
    assert!(is_saying("say") && is_attribution("say") && !is_accusation("say"));
    assert!(is_accusation("Charge") && is_attribution("charge"));
    assert!(is_hedge("may") && !is_negation("may") && is_negation("n't"));
}

#[test]
fn lookups_borrow_lower_case_words() {
    assert!(matches!(lower("official"), std::borrow::Cow::Borrowed(_)));
    assert_eq!(lower("Officials"), "officials");
    assert_eq!(lower("ÉTAT"), "état");
}

use crate::extraction::EntityType;

#[test]
fn a_noun_no_list_names_takes_its_type_from_gum() {
    use super::{learned_noun_type, noun_type};
    use crate::extraction::EntityType;
    // plural people are a group, learnt; a listed noun keeps its class
    assert_eq!(learned_noun_type("passenger"), Some(EntityType::Group));
    assert_eq!(noun_type("passenger"), EntityType::Group);
    assert_eq!(noun_type("crane"), EntityType::Artifact);
    assert_eq!(noun_type("zzzzword"), EntityType::Concept);
}

#[test]
fn a_plural_the_lemmatiser_left_is_typed_as_its_singular() {
    assert_eq!(noun_type("troop"), EntityType::Group);
    assert_eq!(noun_type("troops"), EntityType::Group);
    // a short word is left alone ("bus" is no plural of "bu")
    assert_eq!(noun_type("xs"), EntityType::Concept);
}
