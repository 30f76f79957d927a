//! Words of name normalisation: company-form suffixes
//! (`company_suffixes.tsv`), nouns ending in "s" whose singular is
//! themselves (`invariant_nouns.tsv`) and titles before a person's name
//! (`titles.tsv`).

use super::get;

/// The kind of a company-form suffix (`company_suffixes.tsv`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum SuffixClass {
    /// A legal form ("Ltd", "GmbH", "Company").
    Form,
    /// "Holdings", "Group".
    Holding,
}

/// Why a noun in "s" is its own singular (`invariant_nouns.tsv`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum InvariantClass {
    /// Only plural ("news", "goods", "headquarters").
    Plural,
    /// Singular and plural alike ("series", "species").
    Invariant,
    /// A field of study ("physics", "politics").
    Field,
    /// A singular ending in "s" ("bias", "lens").
    Singular,
}

/// What a title before a person's name says (`titles.tsv`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TitleClass {
    /// "Mr", "Sir", "Dame".
    Courtesy,
    /// "Dr", "Professor".
    Profession,
    /// A post: "President", "Chief Justice", "Senator".
    Office,
}

include!(concat!(env!("OUT_DIR"), "/lexicon_company_suffixes.rs"));
include!(concat!(env!("OUT_DIR"), "/lexicon_titles.rs"));
include!(concat!(env!("OUT_DIR"), "/lexicon_invariant_nouns.rs"));

/// The kind of company-form suffix `word` is, if it is one.
pub fn company_suffix_class(word: &str) -> Option<SuffixClass> {
    get(&COMPANY_SUFFIXES, word)
}

/// True when `word` is a company form that does not tell one company from
/// another ("Ltd", "Co").
pub fn is_company_suffix(word: &str) -> bool {
    company_suffix_class(word).is_some()
}

/// Why `word` is its own singular, if it is a noun in "s" that is.
pub fn invariant_class(word: &str) -> Option<InvariantClass> {
    get(&INVARIANT_NOUNS, word)
}

/// True when `word` ends in "s" and is its own singular ("news", "bias").
pub fn is_invariant_noun(word: &str) -> bool {
    invariant_class(word).is_some()
}

/// What kind of title before a person's name `word` is, if it is one
/// ("Mr", "Mr." and "Sir" are courtesy titles, "Justice" an office).
pub fn title_class(word: &str) -> Option<TitleClass> {
    get(&TITLES, word.trim_end_matches('.'))
}

/// Whether `word` is a title before a person's name ("Mr", "Mr.", "Sir",
/// "President").
pub fn is_title(word: &str) -> bool {
    title_class(word).is_some()
}

/// Whether `word` is a title only a person bears ("Mr", "Dr"), unlike an
/// office, which also opens the names of institutions ("Justice
/// Department", "General Motors").
pub fn is_personal_title(word: &str) -> bool {
    matches!(
        title_class(word),
        Some(TitleClass::Courtesy | TitleClass::Profession)
    )
}
