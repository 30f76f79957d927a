//! Repairs of parses that no reading of Universal Dependencies allows,
//! before the rules read them. Each repair is local and names the tagging
//! error it undoes; a parse without such attachments is used as it is.
//!
//! - An adjective attached as `amod` to a verb on its left ("the US
//!   military went ..." tagged `military/ADJ`): an adjective modifies
//!   nouns, never verbs, so it is the verb's subject used as a noun.

use newsgraph_nlp::Doc;
use newsgraph_nlp::{DepRel, Upos};
use std::borrow::Cow;

/// Whether token `t` is an adjective wrongly attached to a verb it precedes.
fn adjective_on_verb(doc: &Doc, t: usize) -> bool {
    let tok = &doc.tokens[t];
    tok.upos == Upos::Adj
        && tok.deprel == DepRel::Amod
        && tok.head.is_some_and(|h| {
            h > t
                && doc.tokens[h].upos == Upos::Verb
                // a finite verb: "heavy fighting" is an adjective on a gerund
                && matches!(doc.tokens[h].xpos.as_str(), "VBD" | "VBZ" | "VBP")
                && !doc.children(h).any(|c| {
                    matches!(
                        doc.tokens[c].deprel,
                        DepRel::Nsubj | DepRel::NsubjPass | DepRel::Csubj | DepRel::Expl
                    )
                })
        })
}

/// `doc` with its impossible attachments repaired (borrowed when it has none).
pub fn repair(doc: &Doc) -> Cow<'_, Doc> {
    let bad: Vec<usize> = (0..doc.tokens.len())
        .filter(|&t| adjective_on_verb(doc, t))
        .collect();
    if bad.is_empty() {
        return Cow::Borrowed(doc);
    }
    let mut fixed = doc.clone();
    for t in bad {
        let tok = &mut fixed.tokens[t];
        tok.deprel = DepRel::Nsubj;
        tok.upos = Upos::Noun;
        tok.xpos = "NN".into();
    }
    Cow::Owned(fixed)
}

#[cfg(test)]
mod tests {
    use super::*;
    use newsgraph_nlp::builder::DocBuilder;

    #[test]
    fn an_adjective_on_a_verb_becomes_its_subject() {
        let d = DocBuilder::new()
            .sentence(&[
                ("the", "DET", 2, "det"),
                ("military", "ADJ", 3, "amod"),
                ("went", "VERB", 0, "root"),
            ])
            .xpos(2, "VBD")
            .build();
        let r = repair(&d);
        assert!(matches!(r, Cow::Owned(_)));
        assert_eq!(r.tokens[1].deprel, DepRel::Nsubj);
        assert_eq!(r.tokens[1].upos, Upos::Noun);
    }

    #[test]
    fn sound_parses_are_left_alone() {
        // "heavy machinery went": the adjective modifies a noun
        let d = DocBuilder::new()
            .sentence(&[
                ("heavy", "ADJ", 2, "amod"),
                ("machinery", "NOUN", 3, "nsubj"),
                ("went", "VERB", 0, "root"),
            ])
            .xpos(2, "VBD")
            .build();
        assert!(matches!(repair(&d), Cow::Borrowed(_)));
        // a verb that has its subject keeps it
        let d = DocBuilder::new()
            .sentence(&[
                ("they", "PRON", 3, "nsubj"),
                ("military", "ADJ", 3, "amod"),
                ("went", "VERB", 0, "root"),
            ])
            .xpos(2, "VBD")
            .build();
        assert!(matches!(repair(&d), Cow::Borrowed(_)));
    }
}
