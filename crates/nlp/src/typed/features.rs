//! Features of an ordered pair of entity mentions of one sentence (the
//! first one before the second): their types and words, the words between
//! them, and the dependency path that joins their heads (Bunescu & Mooney
//! 2005; Zhou et al. 2005), every one conjoined with the pair's types.

use crate::doc::{Doc, EntitySpan};
use crate::perceptron::feature;
use std::ops::Range;

/// The token that heads an entity span: the first whose head lies outside
/// the span (the last token when the parse is missing).
pub fn span_head(doc: &Doc, r: &Range<usize>) -> usize {
    r.clone()
        .find(|&t| doc.tokens[t].head.is_none_or(|h| !r.contains(&h)))
        .unwrap_or(r.end.saturating_sub(1))
}

/// `t` and its heads up to the root (at most the document's length, so a
/// malformed tree cannot loop).
fn ancestors(doc: &Doc, t: usize) -> Vec<usize> {
    let mut out = vec![t];
    let mut cur = t;
    while let Some(h) = doc.tokens[cur].head {
        if out.len() > doc.tokens.len() || h >= doc.tokens.len() {
            break;
        }
        out.push(h);
        cur = h;
    }
    out
}

/// The dependency path from `a` to `b`: the tokens climbed from `a` to the
/// lowest common head (included), then those descended to `b`; `None` when
/// the two lie in different trees.
pub fn path(doc: &Doc, a: usize, b: usize) -> Option<(Vec<usize>, Vec<usize>)> {
    let up_a = ancestors(doc, a);
    let up_b = ancestors(doc, b);
    let (ia, ib) = up_a
        .iter()
        .enumerate()
        .find_map(|(i, t)| up_b.iter().position(|u| u == t).map(|j| (i, j)))?;
    let up = up_a[..=ia].to_vec();
    let mut down = up_b[..ib].to_vec();
    down.reverse();
    Some((up, down))
}

fn lower(doc: &Doc, t: usize) -> String {
    doc.tokens[t].text.to_lowercase()
}

fn lemma(doc: &Doc, t: usize) -> &str {
    let tok = &doc.tokens[t];
    if tok.lemma.is_empty() {
        &tok.text
    } else {
        &tok.lemma
    }
}

fn bucket(n: usize) -> &'static str {
    match n {
        0 => "0",
        1 => "1",
        2 => "2",
        3 => "3",
        4 => "4",
        5..=6 => "5-6",
        7..=9 => "7-9",
        10..=14 => "10-14",
        _ => "15+",
    }
}

/// Appends the features of the pair (`a` before `b`) to `out`.
pub fn extract(doc: &Doc, a: &EntitySpan, b: &EntitySpan, out: &mut Vec<u64>) {
    let types = format!("{}|{}", a.label, b.label);
    let ty = types.as_str();
    let mut f = |template: u32, parts: &[&str]| {
        let mut all = Vec::with_capacity(parts.len() + 1);
        all.push(ty);
        all.extend_from_slice(parts);
        out.push(feature(template, &all));
    };
    f(1, &[]);
    let text = |e: &EntitySpan| {
        e.tokens
            .clone()
            .map(|t| lower(doc, t))
            .collect::<Vec<_>>()
            .join(" ")
    };
    f(2, &[&text(a)]);
    f(3, &[&text(b)]);
    let (ha, hb) = (span_head(doc, &a.tokens), span_head(doc, &b.tokens));
    f(4, &[lemma(doc, ha)]);
    f(5, &[lemma(doc, hb)]);
    let between: Vec<usize> = (a.tokens.end..b.tokens.start).collect();
    let words: Vec<String> = between.iter().map(|&t| lower(doc, t)).collect();
    f(6, &[bucket(between.len())]);
    if between.len() <= 5 {
        f(7, &[&words.join(" ")]);
    }
    for &t in &between {
        f(8, &[lemma(doc, t)]);
    }
    if let (Some(first), Some(last)) = (between.first(), between.last()) {
        f(9, &[lemma(doc, *first)]);
        f(10, &[lemma(doc, *last)]);
    }
    if let Some(v) = between
        .iter()
        .find(|&&t| doc.tokens[t].upos == crate::tags::Upos::Verb)
    {
        f(11, &[lemma(doc, *v)]);
    }
    let before = a.tokens.start.checked_sub(1).map(|t| lower(doc, t));
    f(12, &[before.as_deref().unwrap_or("<s>")]);
    let after = (b.tokens.end < doc.tokens.len()).then(|| lower(doc, b.tokens.end));
    f(13, &[after.as_deref().unwrap_or("</s>")]);
    let inside: Vec<&str> = doc
        .entities
        .iter()
        .filter(|e| e.tokens.start >= a.tokens.end && e.tokens.end <= b.tokens.start)
        .map(|e| e.label.as_str())
        .collect();
    f(14, &[&inside.join(",")]);
    for (template, h) in [(15, ha), (16, hb)] {
        let rel = doc.tokens[h].deprel.as_str();
        let gov = doc.tokens[h].head.map_or("<root>", |g| lemma(doc, g));
        f(template, &[rel, gov]);
        f(template + 2, &[rel]);
    }
    path_features(doc, ha, hb, &mut f);
}

/// The dependency path's features (templates 20 to 25).
fn path_features(doc: &Doc, ha: usize, hb: usize, f: &mut impl FnMut(u32, &[&str])) {
    let Some((up, down)) = path(doc, ha, hb) else {
        f(20, &["<none>"]);
        return;
    };
    let top = *up.last().expect("the path holds its top");
    let mut rels = Vec::new();
    let mut lexical = Vec::new();
    for &t in &up[..up.len() - 1] {
        rels.push(format!("{}^", doc.tokens[t].deprel.as_str()));
        if t != ha {
            lexical.push(lemma(doc, t).to_string());
        }
        lexical.push(format!("{}^", doc.tokens[t].deprel.as_str()));
    }
    let top_word = if top == ha || top == hb {
        "<arg>"
    } else {
        lemma(doc, top)
    };
    lexical.push(top_word.to_string());
    for &t in &down {
        rels.push(format!("{}v", doc.tokens[t].deprel.as_str()));
        lexical.push(format!("{}v", doc.tokens[t].deprel.as_str()));
        if t != hb {
            lexical.push(lemma(doc, t).to_string());
        }
    }
    let length = up.len() - 1 + down.len();
    f(20, &[&rels.join(" ")]);
    if length <= 6 {
        f(21, &[&lexical.join(" ")]);
    }
    f(22, &[top_word]);
    f(23, &[top_word, &rels.join(" ")]);
    f(24, &[bucket(length)]);
    for &t in up[1..].iter().chain(&down) {
        if t != hb && t != top {
            f(25, &[lemma(doc, t)]);
        }
    }
}
