//! Repairs of parses that no reading of Universal Dependencies allows,
//! before the rules read them. Each repair is local and names the tagging
//! error it undoes; a parse without such attachments is used as it is.
//!
//! - An adjective attached as `amod` to a verb on its left ("the US
//!   military went ..." tagged `military/ADJ`): an adjective modifies
//!   nouns, never verbs, so it is the verb's subject used as a noun.

use newsgraph_nlp::Doc;
use std::borrow::Cow;

/// Whether token `t` is an adjective wrongly attached to a verb it precedes.
fn adjective_on_verb(doc: &Doc, t: usize) -> bool {
    let tok = &doc.tokens[t];
    tok.upos == "ADJ"
        && tok.deprel == "amod"
        && tok.head.is_some_and(|h| {
            h > t
                && doc.tokens[h].upos == "VERB"
                // a finite verb: "heavy fighting" is an adjective on a gerund
                && matches!(doc.tokens[h].xpos.as_str(), "VBD" | "VBZ" | "VBP")
                && !doc.children(h).any(|c| {
                    matches!(
                        doc.tokens[c].deprel.as_str(),
                        "nsubj" | "nsubj:pass" | "csubj" | "expl"
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
        tok.deprel = "nsubj".into();
        tok.upos = "NOUN".into();
        tok.xpos = "NN".into();
    }
    Cow::Owned(fixed)
}

#[cfg(test)]
mod tests {
    use super::*;
    use newsgraph_nlp::{Sentence, Token};

    /// A one-sentence doc from `(word, upos, head (1-based, 0 root), deprel)`.
    fn doc(words: &[(&str, &str, usize, &str)]) -> Doc {
        let tokens = words
            .iter()
            .map(|&(w, u, h, r)| Token {
                text: w.into(),
                lemma: w.to_lowercase(),
                upos: u.into(),
                head: h.checked_sub(1),
                deprel: r.into(),
                ..Token::default()
            })
            .collect();
        Doc {
            sentences: vec![Sentence {
                tokens: 0..words.len(),
                start: 0,
                end: 0,
            }],
            tokens,
            ..Doc::default()
        }
    }

    #[test]
    fn an_adjective_on_a_verb_becomes_its_subject() {
        let d = doc(&[
            ("the", "DET", 2, "det"),
            ("military", "ADJ", 3, "amod"),
            ("went", "VERB", 0, "root"),
        ]);
        let mut d = d;
        d.tokens[2].xpos = "VBD".into();
        let r = repair(&d);
        assert!(matches!(r, Cow::Owned(_)));
        assert_eq!(r.tokens[1].deprel, "nsubj");
        assert_eq!(r.tokens[1].upos, "NOUN");
    }

    #[test]
    fn sound_parses_are_left_alone() {
        // "heavy machinery went": the adjective modifies a noun
        let d = doc(&[
            ("heavy", "ADJ", 2, "amod"),
            ("machinery", "NOUN", 3, "nsubj"),
            ("went", "VERB", 0, "root"),
        ]);
        assert!(matches!(repair(&d), Cow::Borrowed(_)));
        // a verb that has its subject keeps it
        let d = doc(&[
            ("they", "PRON", 3, "nsubj"),
            ("military", "ADJ", 3, "amod"),
            ("went", "VERB", 0, "root"),
        ]);
        assert!(matches!(repair(&d), Cow::Borrowed(_)));
    }
}
