//! A small coreference step for the rules: personal pronouns (it, its, they,
//! them, their) and relative pronouns (that, which, who) point back to a noun.

use newsgraph_nlp::Doc;

fn is_plural(doc: &Doc, t: usize) -> bool {
    matches!(doc.tokens[t].xpos.as_str(), "NNS" | "NNPS")
}

/// The antecedent of the relative pronoun `t`: the noun its clause modifies.
pub fn relative_antecedent(doc: &Doc, t: usize) -> Option<usize> {
    let tok = &doc.tokens[t];
    if !matches!(
        tok.lemma.to_lowercase().as_str(),
        "that" | "which" | "who" | "whom"
    ) {
        return None;
    }
    let verb = tok.head?;
    if !doc.tokens[verb].deprel.starts_with("acl") {
        return None;
    }
    doc.tokens[verb].head
}

/// The antecedent of the personal pronoun `t`: the nearest earlier subject
/// or object noun (this sentence or the one before) that agrees in number.
pub fn pronoun_antecedent(doc: &Doc, t: usize) -> Option<usize> {
    let lemma = doc.tokens[t].lemma.to_lowercase();
    let text = doc.tokens[t].text.to_lowercase();
    let plural = match (lemma.as_str(), text.as_str()) {
        (_, "it" | "its") | ("it", _) => false,
        (_, "they" | "them" | "their") | ("they", _) => true,
        _ => return None,
    };
    let s = doc.sentence_of(t)?;
    let from = doc.sentences[s.saturating_sub(1)].tokens.start;
    (from..t).rev().find(|&c| {
        let tok = &doc.tokens[c];
        matches!(tok.upos.as_str(), "NOUN" | "PROPN")
            && matches!(
                tok.deprel.as_str(),
                "nsubj" | "nsubj:pass" | "obj" | "root" | "appos"
            )
            && is_plural(doc, c) == plural
            && tok.lemma.to_lowercase() != "development"
    })
}
