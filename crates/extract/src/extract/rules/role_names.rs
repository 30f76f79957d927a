//! A person's name that the NER swallowed into the name of an organisation
//! or a portfolio before it, with the role between them: "Ministry of
//! Railways chief engineer He Huawu" tagged ORG whole, "Minister for
//! Petroleum and Natural Resources Shahid Khaqan Abbasi" tagged ORG from
//! "Petroleum". The span is cut where the person's name starts.

use newsgraph_core::extraction::EntityType;
use newsgraph_core::lexicon::{
    is_company_suffix, is_function_word, is_personal_title, is_title, listed_noun_type,
    title_class, TitleClass,
};
use newsgraph_nlp::{Doc, Upos};
use std::ops::Range;

/// A span, its label, and the token of an office that stands for it.
pub(super) type Split<'a> = (Range<usize>, &'a str, Option<usize>);

/// Words a person's name is at most.
const MAX_NAME: usize = 4;

/// `text` lower-cased is a common noun of the word lists or the learnt
/// table (or its singular is).
fn common_noun(text: &str) -> bool {
    listed_noun_type(&text.to_lowercase()).is_some()
}

fn capitalised(doc: &Doc, t: usize) -> bool {
    doc.tokens[t]
        .text
        .chars()
        .next()
        .is_some_and(char::is_uppercase)
}

/// A word that can be part of a person's name: a capitalised proper noun
/// that is no common noun, function word or title.
fn name_word(doc: &Doc, t: usize) -> bool {
    let tok = &doc.tokens[t];
    tok.upos == Upos::Propn
        && capitalised(doc, t)
        && tok
            .text
            .chars()
            .all(|c| c.is_alphabetic() || c == '-' || c == '\'')
        && !common_noun(&tok.text)
        && !is_function_word(&tok.text.to_lowercase())
        && !is_title(&tok.text)
        && !is_company_suffix(&tok.text)
}

/// A word for a person's role written in lower case ("engineer",
/// "spokesman"), or an office ("Governor").
fn role_word(doc: &Doc, t: usize) -> bool {
    let tok = &doc.tokens[t];
    let person_noun = |w: &str| listed_noun_type(&w.to_lowercase()) == Some(EntityType::Group);
    title_class(&tok.text) == Some(TitleClass::Office)
        || (tok.text.starts_with(char::is_lowercase)
            && (person_noun(&tok.text) || person_noun(&tok.lemma)))
}

/// The NER's span `span` labelled `label`, cut where a person's name at its
/// end starts when a role stands right before the name ("chief engineer He
/// Huawu") or an office opens the phrase ("Minister for Petroleum and
/// Natural Resources Shahid Khaqan Abbasi"): the name becomes a `PER` span,
/// and what is before the role words stays a span of `label` unless it is
/// the portfolio of an office ("Minister for ..."), whose title then stands
/// for the person (the third member: the title's token). Other spans are
/// kept.
pub(super) fn split<'a>(doc: &Doc, span: Range<usize>, label: &'a str) -> Vec<Split<'a>> {
    let keep = |span| vec![(span, label, None)];
    if label == "PER" || span.len() < 3 {
        return keep(span);
    }
    let sentence_start = doc
        .sentence_of(span.start)
        .map_or(0, |s| doc.sentences[s].tokens.start);
    let mut k = span.end;
    while k > span.start && span.end - k < MAX_NAME && name_word(doc, k - 1) {
        k -= 1;
    }
    // a family name the tagger took for a pronoun ("He" of "He Huawu")
    if k > span.start + 1
        && k < span.end
        && k - 1 > sentence_start
        && capitalised(doc, k - 1)
        && matches!(doc.tokens[k - 1].upos, Upos::Pron | Upos::Det)
    {
        k -= 1;
    }
    // a titled name ("Mr Justice Vella") is a person's whole
    if k == span.end
        || k == span.start
        || (span.start..k).any(|t| is_personal_title(&doc.tokens[t].text))
    {
        return keep(span);
    }
    let office = |t: usize| title_class(&doc.tokens[t].text) == Some(TitleClass::Office);
    // an office before the span, through its portfolio ("Minister for
    // Petroleum and ...", the NER's span starting anywhere in it)
    let mut b = span.start;
    while b > sentence_start
        && !office(b - 1)
        && (capitalised(doc, b - 1)
            || matches!(doc.tokens[b - 1].text.as_str(), "for" | "of" | "and" | "&"))
    {
        b -= 1;
    }
    let portfolio =
        b > sentence_start && office(b - 1) && matches!(doc.tokens[b].text.as_str(), "for" | "of");
    let office_inside = (span.start..k).any(office);
    if !role_word(doc, k - 1) && !portfolio && !office_inside {
        return keep(span);
    }
    let mut out = Vec::new();
    // what is before the role words ("Ministry of Railways"), unless it is
    // the portfolio of an office before the span ("Minister for ...")
    let mut head = k;
    while head > span.start && (role_word(doc, head - 1) || !capitalised(doc, head - 1)) {
        head -= 1;
    }
    while head > span.start && is_function_word(&doc.tokens[head - 1].text.to_lowercase()) {
        head -= 1;
    }
    if head > span.start && !portfolio {
        out.push((span.start..head, label, None));
    }
    out.push((k..span.end, "PER", portfolio.then(|| b - 1)));
    out
}
