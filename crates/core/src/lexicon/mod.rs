//! The word lists the extraction rules consult, read from `lexicons/*.tsv`
//! at build time into perfect-hash maps (see `lexicons/README.md` for the
//! format and what each class means).
//!
//! Each list is one concept and gives each word exactly one class, so no
//! entry can hide another. Lookups take a lemma in any case and allocate
//! only when it has upper-case letters.
//!
//! - [`nouns`]: the entity type of a head noun, class nouns of definite
//!   descriptions, units, light nouns.
//! - [`speech`]: attribution verbs and adjectives, content nouns, hedges
//!   and negations, idioms.
//! - [`function_words`]: pronouns, determiners, quantifiers, particles.
//! - [`names`]: company-form suffixes, nouns whose singular is themselves.

pub mod function_words;
pub mod names;
pub mod nouns;
pub mod speech;

#[cfg(test)]
mod tests;

pub use function_words::{
    is_determiner, is_function_word, is_label_modifier, is_particle, is_quantifier_pronoun,
};
pub use names::{
    is_company_suffix, is_invariant_noun, is_personal_title, is_title, title_class, TitleClass,
};
pub use nouns::{
    class_noun, is_light_noun, is_unit, learned_noun_type, listed_noun_type, noun_class, noun_type,
    NounClass,
};
pub use speech::{
    claim_verb, content_class, is_accusation, is_ascription, is_attribution, is_content_noun,
    is_hedge, is_idiom, is_intention, is_negation, is_past, is_possibility, is_refusal, is_saying,
    ContentClass,
};

use std::borrow::Cow;

/// `word` lower-cased, borrowed unless it has upper-case (or non-ASCII)
/// letters.
pub(crate) fn lower(word: &str) -> Cow<'_, str> {
    if word.is_ascii() && !word.bytes().any(|b| b.is_ascii_uppercase()) {
        Cow::Borrowed(word)
    } else {
        Cow::Owned(word.to_lowercase())
    }
}

/// The class of `word` (in any case) in `map`.
pub(crate) fn get<V: Copy>(map: &phf::Map<&'static str, V>, word: &str) -> Option<V> {
    map.get(lower(word).as_ref()).copied()
}
