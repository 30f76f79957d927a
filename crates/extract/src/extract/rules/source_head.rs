//! The source of an attribution the model found: which token of its
//! source span names who speaks ("Sothea" of "Cambodian Colonel Suos
//! Sothea"; "Zhang Yuan" of "Zhang Yuan, chief engineer of the railway").

use newsgraph_nlp::{Doc, Upos};
use std::ops::Range;

/// The head of tokens `r`: the token whose head lies outside the range
/// (the last such one, the noun of "the Trump campaign").
fn head_of(doc: &Doc, r: &Range<usize>) -> usize {
    r.clone()
        .rev()
        .find(|&t| doc.tokens[t].head.is_none_or(|h| !r.contains(&h)))
        .unwrap_or(r.end - 1)
}

/// The token that names the source `r`: the last word of the person or
/// organisation the NER found inside it that stands nearest its head in
/// the parse, the first of equals ("Sothea" of "Cambodian Colonel Suos
/// Sothea", whatever the parse made the head; "Zhang Yuan" of "Zhang Yuan,
/// chief engineer of the railway"), else its head.
pub(super) fn source_head(doc: &Doc, r: &Range<usize>) -> usize {
    // "Zhang Yuan, chief engineer with the Control System Project of the
    // railway, said": a person named first and described after a comma
    // speaks, whatever the parse made the head of the description, and
    // whether the source span holds the person or only the organisation
    // at the end of the description
    if let Some(person) = described_person(doc, r.start) {
        return person;
    }
    let within = doc.entities_within(r.clone());
    if let Some(first) = within.first().filter(|e| {
        e.label == "PER"
            && r.clone()
                .take_while(|&t| t < e.tokens.start)
                .all(|t| !matches!(doc.tokens[t].upos, Upos::Propn | Upos::Noun))
            && doc.tokens.get(e.tokens.end).is_some_and(|t| t.text == ",")
            && within.iter().any(|o| o.label == "ORG")
    }) {
        return first.tokens.end - 1;
    }
    let head = head_of(doc, r);
    // steps from token `t` up to the span's head, within the span
    let depth = |mut t: usize| {
        let mut steps = 0;
        while t != head {
            match doc.tokens[t].head.filter(|h| r.contains(h)) {
                Some(h) if steps < r.len() => {
                    t = h;
                    steps += 1;
                }
                _ => return usize::MAX,
            }
        }
        steps
    };
    doc.entities_within(r.clone())
        .iter()
        .filter(|e| matches!(e.label.as_str(), "PER" | "ORG"))
        .min_by_key(|e| e.tokens.clone().map(depth).min().unwrap_or(usize::MAX))
        .map_or(head, |e| e.tokens.end - 1)
}

/// The last token of the person whose description runs up to token
/// `start`: "Zhang Yuan , Chief Engineer with the Control System Project
/// of" before "the railway". The description has a noun, and no verb,
/// subordinating conjunction or punctuation of its own; the person is a
/// name the NER found, right before the comma that opens it.
fn described_person(doc: &Doc, start: usize) -> Option<usize> {
    let sentence = doc.sentences.get(doc.sentence_of(start)?)?;
    let mut t = start;
    while t > sentence.tokens.start {
        t -= 1;
        let tok = &doc.tokens[t];
        if tok.text == "," {
            let person = doc.entity_at(t.checked_sub(1)?)?;
            // a title between ("In a letter to Smith, the agency said"
            // describes nobody)
            let titled =
                (t + 1..start).any(|k| matches!(doc.tokens[k].upos, Upos::Noun | Upos::Propn));
            return (person.label == "PER" && person.tokens.end == t && titled).then_some(t - 1);
        }
        // a hyphen inside a name ("Beijing-Shanghai") is no punctuation
        let joined = tok.text == "-" && t > 0 && doc.tokens[t - 1].end == tok.start;
        let clause = matches!(tok.upos, Upos::Verb | Upos::Aux | Upos::Sconj | Upos::Punct);
        if clause && !joined {
            return None;
        }
    }
    None
}
