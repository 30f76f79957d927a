//! Names of institutions that the NER cuts at a preposition: "Joint
//! Commission on Demarcation for Land Boundary" (tagged ORG, LOC, LOC),
//! "Bank of England", "Museum of Science and Industry". An organisation's
//! name that ends in an institution noun (a capitalised organisation noun
//! of `lexicons/nouns.tsv`: Commission, Ministry, Museum, Bank) runs on
//! through "of", "on" and "for" and the capitalised words after each, as
//! CoNLL-2003 and OntoNotes annotate such names: one organisation, whatever
//! places or subjects its words name.

use newsgraph_core::extraction::EntityType;
use newsgraph_core::lexicon::listed_noun_type;
use newsgraph_nlp::{Doc, Upos};
use std::ops::Range;

/// The prepositions an institution's name runs on through.
const LINKS: [&str; 3] = ["of", "on", "for"];

/// Whether token `t` is a capitalised word that can be part of a name: a
/// proper noun, or a capitalised adjective or noun ("Foreign" of "Ministry
/// of Foreign Affairs"), but no month or weekday ("the Committee on
/// Monday" names no committee).
fn capital(doc: &Doc, t: usize) -> bool {
    let tok = &doc.tokens[t];
    let word = tok.text.to_lowercase();
    let time = newsgraph_core::calendar::month(&word).is_some()
        || (word.len() > 5 && word.parse::<chrono::Weekday>().is_ok());
    matches!(tok.upos, Upos::Propn | Upos::Adj | Upos::Noun)
        && tok.text.starts_with(char::is_uppercase)
        && !time
}

/// Whether token `t` is an institution noun: capitalised, and an
/// organisation in the word lists.
fn institution(doc: &Doc, t: usize) -> bool {
    let tok = &doc.tokens[t];
    tok.text.starts_with(char::is_uppercase)
        && listed_noun_type(&tok.lemma.to_lowercase()) == Some(EntityType::Organization)
}

/// The end of the capitalised words from token `k` within `sentence`
/// (`k` itself when it is none), "and" or "&" between two of them included
/// unless a person's name the NER found starts after it ("Science and
/// Industry", not "Defence and John Smith").
fn capitals(doc: &Doc, sentence: &Range<usize>, mut k: usize) -> usize {
    let start = k;
    while k < sentence.end {
        if capital(doc, k) {
            k += 1;
            continue;
        }
        let joins = matches!(doc.tokens[k].text.as_str(), "and" | "&");
        let person_after = doc
            .entity_at(k + 1)
            .is_some_and(|e| e.label == "PER" && e.tokens.start == k + 1);
        if k > start && joins && k + 1 < sentence.end && capital(doc, k + 1) && !person_after {
            k += 1;
            continue;
        }
        break;
    }
    k
}

/// The organisations' names the NER cut, as token ranges: each an ORG
/// entity that ends in an institution noun, with the prepositional
/// phrases of capitalised words after it.
pub fn names(doc: &Doc) -> Vec<Range<usize>> {
    let mut out: Vec<Range<usize>> = Vec::new();
    for e in doc.entities.iter().filter(|e| e.label == "ORG") {
        let last = e.tokens.end - 1;
        let Some(sentence) = doc
            .sentence_of(last)
            .map(|s| doc.sentences[s].tokens.clone())
        else {
            continue;
        };
        if !institution(doc, last) {
            continue;
        }
        let mut end = e.tokens.end;
        while end + 1 < sentence.end
            && LINKS.contains(&doc.tokens[end].text.to_lowercase().as_str())
        {
            let mut k = end + 1;
            if doc.tokens[k].text.eq_ignore_ascii_case("the") {
                k += 1;
            }
            let run = capitals(doc, &sentence, k);
            if run == k {
                break;
            }
            end = run;
        }
        if end > e.tokens.end && out.last().is_none_or(|r| r.end <= e.tokens.start) {
            out.push(e.tokens.start..end);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use newsgraph_nlp::builder::DocBuilder;

    /// "a Joint Commission on Demarcation for Land Boundary met on Monday
    /// and Tuesday", tagged as the NER did: ORG, LOC, LOC.
    fn commission() -> Doc {
        DocBuilder::new()
            .sentence(&[
                ("a", "DET", 3, "det"),
                ("Joint", "ADJ", 3, "amod"),
                ("Commission", "PROPN", 9, "nsubj"),
                ("on", "ADP", 5, "case"),
                ("Demarcation", "PROPN", 3, "nmod"),
                ("for", "ADP", 8, "case"),
                ("Land", "PROPN", 8, "compound"),
                ("Boundary", "PROPN", 3, "nmod"),
                ("met", "VERB", 0, "root"),
                ("on", "ADP", 11, "case"),
                ("Monday", "PROPN", 9, "obl"),
            ])
            .lemma(2, "commission")
            .entity(1..3, "ORG")
            .entity(4..5, "LOC")
            .entity(6..8, "LOC")
            .build()
    }

    #[test]
    fn an_institution_runs_on_through_its_prepositions() {
        // one name to "Boundary"; "on Monday" is no part of it
        assert_eq!(
            names(&commission()),
            vec![std::ops::Range { start: 1, end: 8 }]
        );
    }

    #[test]
    fn a_name_that_ends_in_no_institution_noun_stops_where_the_ner_did() {
        // "Acme on Demarcation ...": Acme is no institution noun
        let mut doc = commission();
        doc.tokens[2].text = "Acme".into();
        doc.tokens[2].lemma = "Acme".into();
        assert!(names(&doc).is_empty());
        // nor does a lower-case "commission" ("the joint commission on ...")
        let mut lower = commission();
        lower.tokens[2].text = "commission".into();
        assert!(names(&lower).is_empty());
    }
}
