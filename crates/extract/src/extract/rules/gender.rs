//! What an article itself tells of a named person's gender, for the
//! resolution of "he" and "she": the courtesy title before a name ("Mr.
//! Clarke", "Mrs. Clinton") and the pronoun a clause of saying gives its
//! speaker ("Lynch said she was asked ..."). A person the article says
//! nothing of is of no known gender; the resolution then goes on as before.

use newsgraph_core::lexicon::is_attribution;
use newsgraph_nlp::{DepRel, Doc, Upos};
use std::collections::HashMap;

/// The gender of a third-person singular pronoun: he, him, his, himself
/// (`Some(true)`) or she, her, hers, herself (`Some(false)`).
pub fn of_pronoun(doc: &Doc, t: usize) -> Option<bool> {
    if doc.tokens[t].upos != Upos::Pron {
        return None;
    }
    match doc.tokens[t].text.to_lowercase().as_str() {
        "he" | "him" | "his" | "himself" => Some(true),
        "she" | "her" | "hers" | "herself" => Some(false),
        _ => None,
    }
}

/// The gender a courtesy title marks: Mr. (`Some(true)`); Mrs., Ms., Miss
/// (`Some(false)`).
fn of_title(text: &str) -> Option<bool> {
    match text.trim_end_matches('.').to_lowercase().as_str() {
        "mr" | "messrs" => Some(true),
        "mrs" | "ms" | "miss" => Some(false),
        _ => None,
    }
}

/// The genders of the people an article names, by family name (the last
/// word of the name, lower-cased): how often the article marks each name
/// as a man's and as a woman's.
pub struct Genders {
    votes: HashMap<String, (u32, u32)>,
}

impl Genders {
    /// Gathers the evidence of `doc`: a title before or at the start of a
    /// person's name, and "NAME said he/she ..." (the pronoun subject of
    /// what a person's verb of saying reports).
    pub fn new(doc: &Doc) -> Self {
        let mut votes: HashMap<String, (u32, u32)> = HashMap::new();
        let mut vote = |name: String, male: bool| {
            let v = votes.entry(name).or_default();
            if male {
                v.0 += 1;
            } else {
                v.1 += 1;
            }
        };
        for e in doc.entities.iter().filter(|e| e.label == "PER") {
            let Some(name) = family_name(doc, e.tokens.clone()) else {
                continue;
            };
            let first = e.tokens.start;
            let title = of_title(&doc.tokens[first].text).or_else(|| {
                first
                    .checked_sub(1)
                    .and_then(|p| of_title(&doc.tokens[p].text))
            });
            if let Some(male) = title {
                vote(name.clone(), male);
            }
            // "Lynch said she ...": the name heads the subject of a verb of
            // saying whose reported clause has a pronoun subject
            let head = e
                .tokens
                .clone()
                .find(|&t| doc.tokens[t].head.is_none_or(|h| !e.tokens.contains(&h)));
            let Some(verb) = head
                .filter(|&h| doc.tokens[h].deprel == DepRel::Nsubj)
                .and_then(|h| doc.tokens[h].head)
                .filter(|&v| is_attribution(&doc.tokens[v].lemma.to_lowercase()))
            else {
                continue;
            };
            let said = doc
                .children(verb)
                .filter(|&c| doc.tokens[c].deprel == DepRel::Ccomp);
            for clause in said {
                let subject = doc
                    .children(clause)
                    .find(|&k| matches!(doc.tokens[k].deprel, DepRel::Nsubj | DepRel::NsubjPass));
                if let Some(male) = subject.and_then(|k| of_pronoun(doc, k)) {
                    vote(name.clone(), male);
                }
            }
        }
        Genders { votes }
    }

    /// The gender of the person whose name holds token `c`, when the
    /// article marks it, and never the other way: `Some(true)` for a man.
    pub fn of_name(&self, doc: &Doc, c: usize) -> Option<bool> {
        // a title or a first name outside the NER's name ("Mrs." of "Mrs.
        // Lee") goes with the name it hangs on
        let name = |t: usize| doc.entity_at(t).filter(|e| e.label == "PER");
        let e = name(c).or_else(|| {
            let tok = &doc.tokens[c];
            matches!(tok.deprel, DepRel::Compound | DepRel::Flat)
                .then_some(tok.head)
                .flatten()
                .and_then(name)
        })?;
        let &(men, women) = self.votes.get(&family_name(doc, e.tokens.clone())?)?;
        match (men, women) {
            (m, 0) if m > 0 => Some(true),
            (0, w) if w > 0 => Some(false),
            _ => None,
        }
    }

    /// Whether the person whose name holds `c` may be what pronoun `t`
    /// stands for: no gender the article marks contradicts the pronoun's.
    pub fn agrees(&self, doc: &Doc, c: usize, t: usize) -> bool {
        match (of_pronoun(doc, t), self.of_name(doc, c)) {
            (Some(p), Some(n)) => p == n,
            _ => true,
        }
    }
}

/// The family name in `tokens`: the last word that is no full stop nor a
/// title, lower-cased.
fn family_name(doc: &Doc, tokens: std::ops::Range<usize>) -> Option<String> {
    tokens
        .rev()
        .map(|t| doc.tokens[t].text.as_str())
        .find(|w| w.chars().any(char::is_alphabetic) && of_title(w).is_none())
        .map(str::to_lowercase)
}

#[cfg(test)]
mod tests {
    use super::*;
    use newsgraph_nlp::builder::DocBuilder;

    #[test]
    fn a_title_and_a_speakers_pronoun_mark_a_gender() {
        // "Mr. Clarke met Ms. Anna Lee. Lee said she won. Sam Wu spoke."
        let doc = DocBuilder::new()
            .sentence(&[
                ("Mr.", "PROPN", 2, "compound"),
                ("Clarke", "PROPN", 3, "nsubj"),
                ("met", "VERB", 0, "root"),
                ("Ms.", "PROPN", 6, "compound"),
                ("Anna", "PROPN", 6, "compound"),
                ("Lee", "PROPN", 3, "obj"),
            ])
            .sentence(&[
                ("Lee", "PROPN", 2, "nsubj"),
                ("said", "VERB", 0, "root"),
                ("she", "PRON", 4, "nsubj"),
                ("won", "VERB", 2, "ccomp"),
            ])
            .sentence(&[
                ("Sam", "PROPN", 2, "nsubj"),
                ("Wu", "PROPN", 1, "flat"),
                ("spoke", "VERB", 0, "root"),
            ])
            .lemma(7, "say")
            .entity(1..2, "PER")
            .entity(3..6, "PER")
            .entity(6..7, "PER")
            .entity(10..12, "PER")
            .build();
        let g = Genders::new(&doc);
        assert_eq!(g.of_name(&doc, 1), Some(true), "Mr. Clarke");
        assert_eq!(g.of_name(&doc, 4), Some(false), "Ms. Anna Lee");
        assert_eq!(g.of_name(&doc, 6), Some(false), "Lee said she");
        assert_eq!(g.of_name(&doc, 10), None, "nothing said of Sam Wu");
        // "she" may be Lee or Wu, not Clarke
        assert!(!g.agrees(&doc, 1, 8));
        assert!(g.agrees(&doc, 6, 8) && g.agrees(&doc, 10, 8));
    }

    #[test]
    fn a_name_marked_both_ways_has_no_gender() {
        // "Mr. Clinton met Mrs. Clinton."
        let doc = DocBuilder::new()
            .sentence(&[
                ("Mr.", "PROPN", 2, "compound"),
                ("Clinton", "PROPN", 3, "nsubj"),
                ("met", "VERB", 0, "root"),
                ("Mrs.", "PROPN", 5, "compound"),
                ("Clinton", "PROPN", 3, "obj"),
            ])
            .entity(0..2, "PER")
            .entity(3..5, "PER")
            .build();
        let g = Genders::new(&doc);
        assert_eq!(g.of_name(&doc, 1), None);
    }
}
