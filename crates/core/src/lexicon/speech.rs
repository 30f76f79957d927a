//! Words of speech and modality: attribution verbs and adjectives
//! (`attribution.tsv`), content nouns (`content_nouns.tsv`), hedges and
//! negations (`modality.tsv`) and idioms (`idioms.tsv`).

use super::{get, lower};

/// How a word attributes a clause (`attribution.tsv`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum SpeechClass {
    /// A verb of saying ("say", "tell"): attributes its clause, and
    /// relates the speaker to nothing else.
    Saying,
    /// A verb of saying that attributes no clause ("comment", "remark").
    Remark,
    /// A verb whose "of"/"with"/"for" clause is what its object is said to
    /// have done ("accuse", "charge"); it attributes a clause too.
    Accusation,
    /// Any other verb that attributes its complement clause to its subject
    /// ("worry", "deny", "believe").
    Attribution,
    /// An adjective that does ("concerned that"); its claim is recorded
    /// with a verb (`concern`).
    Adjective,
    /// A verb that ascribes its complement to its object ("called the plan
    /// a disaster", "described it as a failure"): a claim of the subject
    /// that the object is the complement; it attributes no clause.
    Ascription,
}

/// What a content noun's "that" clause is (`content_nouns.tsv`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ContentClass {
    /// What was said ("claims that", "reports that").
    Statement,
    /// What is held or felt ("fears that", "the idea that").
    Belief,
    /// What may be, which nobody states ("the possibility that", "the
    /// risk that"): neither a claim nor a fact.
    Possibility,
}

/// What a word does to the clause it modifies (`modality.tsv`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ClauseModifier {
    /// Softens it ("may", "reportedly").
    Hedge,
    /// Negates it ("not", "never").
    Negation,
    /// A verb whose complement does not happen ("declined to confirm",
    /// "refused to name").
    Refusal,
    /// A verb whose infinitive complement has not happened, or not yet
    /// ("tried to win back", "plans to build").
    Intention,
    /// An adjective that puts a role in the past ("former prime minister").
    Past,
    /// A noun whose infinitive may be done, not done ("the right to
    /// strike", "the power to veto").
    Possibility,
}

include!(concat!(env!("OUT_DIR"), "/lexicon_attribution.rs"));
include!(concat!(env!("OUT_DIR"), "/lexicon_content_nouns.rs"));
include!(concat!(env!("OUT_DIR"), "/lexicon_modality.rs"));
include!(concat!(env!("OUT_DIR"), "/lexicon_idioms.rs"));

/// How `lemma` attributes a clause, if it is a word of speech.
pub fn speech_class(lemma: &str) -> Option<SpeechClass> {
    get(&ATTRIBUTION, lemma)
}

/// True when `lemma` attributes a clause to its subject.
pub fn is_attribution(lemma: &str) -> bool {
    matches!(
        speech_class(lemma),
        Some(
            SpeechClass::Saying
                | SpeechClass::Accusation
                | SpeechClass::Attribution
                | SpeechClass::Adjective
        )
    )
}

/// True when `lemma` ascribes its complement to its object ("call",
/// "describe as").
pub fn is_ascription(lemma: &str) -> bool {
    speech_class(lemma) == Some(SpeechClass::Ascription)
}

/// Verbs of saying, which relate a speaker to what is said and nothing else.
pub fn is_saying(lemma: &str) -> bool {
    matches!(
        speech_class(lemma),
        Some(SpeechClass::Saying | SpeechClass::Remark)
    )
}

/// Verbs whose "of"/"with"/"for" clause is what the subject says the
/// object did ("police charged the man with stealing a car").
pub fn is_accusation(lemma: &str) -> bool {
    speech_class(lemma) == Some(SpeechClass::Accusation)
}

/// The verb a claim is recorded with: the attribution word's lemma
/// lower-cased, or for an adjective the verb it comes from ("concerned
/// that" -> `concern`).
pub fn claim_verb(lemma: &str) -> String {
    let l = lower(lemma);
    match CLAIM_VERBS.get(l.as_ref()) {
        Some(verb) => (*verb).to_string(),
        None => l.into_owned(),
    }
}

/// What the "that" clause of noun `lemma` is, if it is somebody's claim.
pub fn content_class(lemma: &str) -> Option<ContentClass> {
    get(&CONTENT_NOUNS, lemma)
}

/// True when a "that" clause on noun `lemma` is a claim.
pub fn is_content_noun(lemma: &str) -> bool {
    content_class(lemma).is_some()
}

/// What `lemma` does to its clause, if anything.
pub fn clause_modifier(lemma: &str) -> Option<ClauseModifier> {
    get(&MODALITY, lemma)
}

/// Modal verbs and adverbs that soften a statement.
pub fn is_hedge(lemma: &str) -> bool {
    clause_modifier(lemma) == Some(ClauseModifier::Hedge)
}

/// Words that negate a clause.
pub fn is_negation(lemma: &str) -> bool {
    clause_modifier(lemma) == Some(ClauseModifier::Negation)
}

/// Verbs whose complement does not happen ("declined to confirm").
pub fn is_refusal(lemma: &str) -> bool {
    clause_modifier(lemma) == Some(ClauseModifier::Refusal)
}

/// Verbs whose infinitive complement has not happened, or not yet ("tried
/// to win back", "plans to build").
pub fn is_intention(lemma: &str) -> bool {
    clause_modifier(lemma) == Some(ClauseModifier::Intention)
}

/// Nouns whose infinitive may be done, not done ("the right to strike").
pub fn is_possibility(lemma: &str) -> bool {
    clause_modifier(lemma) == Some(ClauseModifier::Possibility)
}

/// Adjectives that put a role in the past ("a former prime minister").
pub fn is_past(lemma: &str) -> bool {
    clause_modifier(lemma) == Some(ClauseModifier::Past)
}

/// True when predicate `predicate` (as written, lower-case) with an object
/// of lemma `object` (any case) is an idiom ("take place").
pub fn is_idiom(predicate: &str, object: &str) -> bool {
    IDIOMS
        .get(predicate)
        .is_some_and(|objects| objects.contains(&lower(object).as_ref()))
}
