//! Closed-class words: words that cannot be an argument by themselves
//! (`function_words.tsv`), quantifiers that stand for a noun
//! (`quantifier_pronouns.tsv`), adjectives left out of labels
//! (`label_modifiers.tsv`), words that open a noun phrase without being
//! part of a name (`determiners.tsv`) and particles of phrasal verbs
//! (`particles.tsv`).

use super::get;

/// The kind of a function word (`function_words.tsv`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum FunctionWordClass {
    /// Personal, possessive and reflexive pronouns ("it", "their", "itself").
    Personal,
    /// Relative and interrogative pronouns ("which", "who").
    Wh,
    /// "this", "that", "these", "those".
    Demonstrative,
    /// "some", "all", "other", "such".
    Quantifier,
    /// "something", "nothing".
    Indefinite,
    /// "there", "here".
    Locative,
}

/// The one class of `quantifier_pronouns.tsv`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum QuantifierClass {
    /// "some", "many", "none".
    Quantifier,
}

/// Why an adjective is left out of a label (`label_modifiers.tsv`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ModifierClass {
    /// "many", "several", "additional".
    Quantifier,
    /// "other", "same", "own".
    Identity,
    /// "last", "next", "first", "new".
    Sequence,
    /// "great", "entire", "whole".
    Size,
}

/// The kind of a word that opens a noun phrase (`determiners.tsv`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum DeterminerClass {
    /// "the", "a", "an".
    Article,
    /// "this", "those".
    Demonstrative,
    /// "its", "their", "my".
    Possessive,
    /// "one", "two", "three".
    Number,
    /// "some", "every", "no".
    Quantifier,
}

/// The one class of `particles.tsv`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ParticleClass {
    /// "down", "up", "off".
    Particle,
}

include!(concat!(env!("OUT_DIR"), "/lexicon_function_words.rs"));
include!(concat!(env!("OUT_DIR"), "/lexicon_quantifier_pronouns.rs"));
include!(concat!(env!("OUT_DIR"), "/lexicon_label_modifiers.rs"));
include!(concat!(env!("OUT_DIR"), "/lexicon_determiners.rs"));
include!(concat!(env!("OUT_DIR"), "/lexicon_particles.rs"));

/// The kind of function word `lemma` is, if it is one.
pub fn function_word_class(lemma: &str) -> Option<FunctionWordClass> {
    get(&FUNCTION_WORDS, lemma)
}

/// Pronouns, determiners and other words that cannot be an argument by themselves.
pub fn is_function_word(lemma: &str) -> bool {
    function_word_class(lemma).is_some()
}

/// True when `lemma` is a quantifier that can stand for a noun ("some of
/// the officials", "ports, including some that ...", "some even likened").
pub fn is_quantifier_pronoun(lemma: &str) -> bool {
    get(&QUANTIFIER_PRONOUNS, lemma).is_some()
}

/// Why adjective `lemma` does not belong in a label, if it does not.
pub fn label_modifier_class(lemma: &str) -> Option<ModifierClass> {
    get(&LABEL_MODIFIERS, lemma)
}

/// True when adjective `lemma` is left out of a mention's label ("many",
/// "other", "last").
pub fn is_label_modifier(lemma: &str) -> bool {
    label_modifier_class(lemma).is_some()
}

/// The kind of determiner `word` is, if it is one.
pub fn determiner_class(word: &str) -> Option<DeterminerClass> {
    get(&DETERMINERS, word)
}

/// True when `word` opens a noun phrase without being part of the name.
pub fn is_determiner(word: &str) -> bool {
    determiner_class(word).is_some()
}

/// True when `lemma` is a particle of phrasal verbs ("hunt down").
pub fn is_particle(lemma: &str) -> bool {
    get(&PARTICLES, lemma).is_some()
}
