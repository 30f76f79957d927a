//! The obliques of a verb that are its participants ("shipped cranes to
//! Long Beach": `ship_to`), as against sources, examples, manners and
//! times, and the named recipient beside a direct object.

use super::relations::{children_with, preposition};
use newsgraph_core::lexicon::is_idiom;
use newsgraph_nlp::Doc;
use newsgraph_nlp::{DepRel, Upos};

/// The obliques of verb `v` that are participants, with their
/// prepositions: not a source ("according to"), an example ("including"),
/// a manner ("in such a way that") or a time ("after restructuring",
/// "during the talks": readers judged every `allow_after`-like relation
/// of the dev set wrong).
pub(super) fn obliques(doc: &Doc, v: usize) -> Vec<(usize, String)> {
    children_with(doc, v, &[DepRel::Obl])
        .filter_map(|n| preposition(doc, n).map(|p| (n, p)))
        // "according to" marks a source, "including" an example, "after" a
        // time, not a place or instrument
        .filter(|(_, p)| {
            !matches!(
                p.as_str(),
                "according_to"
                    | "accord_to"
                    | "according"
                    | "include"
                    | "such_as"
                    | "after"
                    | "before"
                    | "during"
                    | "since"
                    | "until"
                    | "till"
                    | "following"
                    | "prior_to"
            )
        })
        // a manner ("designed in such a way that ...") is no participant
        .filter(|&(n, _)| {
            !matches!(
                doc.tokens[n].lemma.to_lowercase().as_str(),
                "way" | "manner" | "fashion"
            )
        })
        .collect()
}

/// The named recipients among `obliques`, for a verb with a direct object
/// ("handed the leadership to Sir Julius Chan": `hand_to` Chan); other
/// obliques beside an object mostly say where or when.
pub(super) fn recipients<'a>(
    doc: &'a Doc,
    obliques: &'a [(usize, String)],
) -> impl Iterator<Item = (usize, &'a str)> + 'a {
    obliques
        .iter()
        .filter(move |(n, p)| p == "to" && doc.tokens[*n].upos == Upos::Propn)
        .map(|(n, p)| (*n, p.as_str()))
}

/// Verbs that pass their object on to someone: "handed the leadership to
/// Sir Julius Chan", "sold its stake to Glencore".
const TRANSFER: [&str; 12] = [
    "give", "hand", "pass", "sell", "transfer", "award", "grant", "lend", "offer", "send",
    "deliver", "cede",
];

/// The named recipient that the parser hung on the object `o` of a verb
/// of transfer `v` ("handed the leadership to Sir Julius Chan" with "to
/// Chan" a `nmod` of "leadership"), if there is one: for another verb, a
/// "to" phrase on its object is the object's ("the road to Damascus").
pub(super) fn recipient_on_object(doc: &Doc, v: usize, o: usize) -> Option<usize> {
    if !TRANSFER.contains(&doc.tokens[v].lemma.to_lowercase().as_str()) {
        return None;
    }
    children_with(doc, o, &[DepRel::Nmod]).find(|&n| {
        doc.tokens[n].upos == Upos::Propn && preposition(doc, n).as_deref() == Some("to")
    })
}

/// Verbs whose object says little without its complement: "have respect
/// for him", "held talks with Hun Sen", "expressed concern about the
/// plan".
const LIGHT: [&str; 10] = [
    "have", "hold", "express", "voice", "show", "raise", "reach", "pay", "take", "make",
];

/// The object `o` of light verb `v` with the complement that names whom
/// or what it concerns ("have an excellent relationship with Frank":
/// `have_relationship_with` Frank; "have respect for him"), as the
/// predicate and the complement's head; `None` for another verb, or an
/// object whose complement is a common noun ("have a choice on the
/// issue": the choice is what the article says they have). The parser
/// hangs the complement on the noun or on the verb after it (`obliques`,
/// "have the utmost respect for him" with "for him" an `obl`): either way
/// it is the noun's.
pub(super) fn light_complement(
    doc: &Doc,
    v: usize,
    o: usize,
    predicate: &str,
    obliques: &[(usize, String)],
) -> Option<(String, usize)> {
    // an idiom ("took place in Bali") relates nothing
    if !LIGHT.contains(&doc.tokens[v].lemma.to_lowercase().as_str())
        || doc.tokens[o].upos != Upos::Noun
        || is_idiom(predicate, &doc.tokens[o].lemma)
    {
        return None;
    }
    let fits = |n: usize, p: &str| {
        matches!(
            p,
            "for" | "with" | "in" | "on" | "about" | "to" | "over" | "against"
        ) && matches!(doc.tokens[n].upos, Upos::Propn | Upos::Pron)
    };
    let noun = doc.tokens[o].lemma.to_lowercase();
    children_with(doc, o, &[DepRel::Nmod])
        .find_map(|n| preposition(doc, n).filter(|p| fits(n, p)).map(|p| (n, p)))
        .or_else(|| {
            obliques
                .iter()
                .find(|(n, p)| *n > o && fits(*n, p))
                .map(|(n, p)| (*n, p.clone()))
        })
        .map(|(n, p)| (format!("{predicate}_{noun}_{p}"), n))
}

/// Verbs whose object is the recipient and whose "with" phrase is what
/// they give: "provides users with services", "supplied the army with
/// weapons".
const GIVE_WITH: [&str; 7] = [
    "provide", "supply", "furnish", "equip", "present", "arm", "credit",
];

/// What verb `v` of [`GIVE_WITH`] gives, its "with" oblique among
/// `obliques`, or the "with" phrase the parser hung on its object `o`
/// ("provide users with useful services"); its object is then the
/// recipient. `None` for another verb.
pub(super) fn theme_with(
    doc: &Doc,
    v: usize,
    o: usize,
    obliques: &[(usize, String)],
) -> Option<usize> {
    if !GIVE_WITH.contains(&doc.tokens[v].lemma.to_lowercase().as_str()) {
        return None;
    }
    let on_object = || {
        children_with(doc, o, &[DepRel::Nmod])
            .find(|&n| preposition(doc, n).as_deref() == Some("with"))
    };
    (obliques.iter().find(|(_, p)| p == "with").map(|(n, _)| *n)).or_else(on_object)
}
