//! The features of a common noun for its mention's type: the word (lemma,
//! endings, number, word cluster at several depths), its modifiers
//! (adjectives, compounds, determiners, prepositional complements), and
//! its place in the clause (relation, the word it hangs on, the
//! preposition before it).

use crate::doc::Doc;
use crate::ner::clusters::WordClusters;
use crate::perceptron::{combine, string_id};
use crate::tags::DepRel;

/// Appends the features of common noun `h` to `out`.
pub fn extract(doc: &Doc, h: usize, out: &mut Vec<u64>) {
    let tok = &doc.tokens[h];
    let lemma = tok.lemma.to_lowercase();
    let plural = u64::from(matches!(tok.xpos.as_str(), "NNS" | "NNPS"));
    let capital = u64::from(tok.text.starts_with(char::is_uppercase));
    out.push(combine(1, &[]));
    out.push(combine(2, &[string_id(&lemma)]));
    out.push(combine(3, &[plural]));
    out.push(combine(4, &[string_id(&lemma), plural]));
    out.push(combine(5, &[capital]));
    let chars: Vec<char> = lemma.chars().collect();
    for k in 2..=5 {
        if chars.len() > k {
            let suffix: String = chars[chars.len() - k..].iter().collect();
            out.push(combine(10 + k as u32, &[string_id(&suffix)]));
            if k == 3 {
                out.push(combine(20, &[string_id(&suffix), plural]));
            }
        }
    }
    if let Some(&path) = doc.clusters.get(h).filter(|&&p| p != 0) {
        let prefixes = WordClusters::prefixes(path);
        for p in prefixes {
            out.push(combine(30, &[p]));
        }
        out.push(combine(31, &[prefixes[1], plural]));
    }
    let rel = tok.deprel.base();
    out.push(combine(40, &[rel as u64]));
    if let Some(g) = tok.head {
        let gov = &doc.tokens[g];
        out.push(combine(
            41,
            &[rel as u64, string_id(&gov.lemma.to_lowercase())],
        ));
        out.push(combine(42, &[rel as u64, gov.upos as u64]));
    }
    for c in doc.children(h) {
        let child = &doc.tokens[c];
        let l = string_id(&child.lemma.to_lowercase());
        match child.deprel.base() {
            DepRel::Amod | DepRel::Compound | DepRel::Det | DepRel::Nummod => {
                out.push(combine(50, &[child.deprel.base() as u64, l]));
            }
            DepRel::Case => out.push(combine(51, &[l])),
            DepRel::Nmod => out.push(combine(52, &[l])),
            DepRel::Acl => out.push(combine(53, &[l])),
            _ => {}
        }
    }
}
