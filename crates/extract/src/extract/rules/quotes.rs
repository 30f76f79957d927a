//! Quotations: which tokens lie inside quotation marks, who speaks each
//! quotation the attribution model attributes, and the quotes that run on
//! into the next paragraph with no speech tag of their own.

use super::attribution::Attribution;
use super::learned::{content_tokens, cue_verb};
use super::source_head::source_head;
use newsgraph_nlp::attribution::cue_head;
use newsgraph_nlp::{Doc, Upos};

/// The quotations of an article, worked out once per article.
pub struct Quotations {
    /// Per token: inside quotation marks ([`in_quotation`]).
    pub inside: Vec<bool>,
    /// Per token: the head of the speaker of the model's quotation that
    /// holds it ([`quoted_speakers`]).
    pub speaker: Vec<Option<usize>>,
}

impl Quotations {
    pub fn of(doc: &Doc) -> Self {
        Quotations {
            inside: in_quotation(doc),
            speaker: quoted_speakers(doc),
        }
    }
}

/// For each token inside a quotation the model attributes, the head token
/// of the quotation's source: "he" in `"He is a man of integrity," Smith
/// said` is not Smith, who would have said "I".
pub fn quoted_speakers(doc: &Doc) -> Vec<Option<usize>> {
    let mut of_token = vec![None; doc.tokens.len()];
    for a in &doc.attributions {
        let (Some(cue), Some(source)) = (&a.cue, &a.source) else {
            continue;
        };
        let quote_at = |t: usize| doc.tokens.get(t).is_some_and(|x| is_quote(&x.text));
        let (first, last) = (a.content.start, a.content.end - 1);
        // opened by a quotation mark and closed by one or by its speech tag,
        // or opened after its speech tag and left open (a quote running on)
        let opens = quote_at(first) || first.checked_sub(1).is_some_and(quote_at);
        let closes = quote_at(last) || quote_at(last + 1);
        let quoted = opens && (closes || cue.start > last || cue.end <= first);
        if !quoted {
            continue;
        }
        let speaker = source_head(doc, source);
        for t in content_tokens(a) {
            if let Some(slot @ None) = of_token.get_mut(t) {
                *slot = Some(speaker);
            }
        }
    }
    of_token
}

/// For each token, whether it lies inside quotation marks: straight marks
/// open and close in turn, curly ones by their shape, and a paragraph
/// closes any quotation still open (a quote running on opens again).
pub fn in_quotation(doc: &Doc) -> Vec<bool> {
    let mut out = vec![false; doc.tokens.len()];
    let mut open = false;
    for ((i, tok), new_paragraph) in doc.tokens.iter().enumerate().zip(doc.paragraph_starts()) {
        if new_paragraph {
            open = false;
        }
        match tok.text.as_str() {
            "“" | "``" => open = true,
            "”" | "''" => open = false,
            "\"" => open = !open,
            _ => out[i] = open,
        }
    }
    out
}

/// Fills the unattributed tokens of the model's quotations with their
/// speaker ([`quoted_speakers`]: whatever the cue, "Abramovich: “...”"
/// included), and those of a quotation that runs on from one: a paragraph
/// that opens a quotation with no speech tag of its own after a quotation
/// of source S (nothing but quotations, and the speech tags of the model's
/// attributions, between them) goes on quoting S, as news writing does.
pub fn run_on_quotes(doc: &Doc, quotes: &Quotations, attributed: &mut [Option<Attribution>]) {
    let (quoted, speakers) = (&quotes.inside, &quotes.speaker);
    // the tokens of the attributions' cues and sources, and the head of
    // each source, once
    let mut tag = vec![false; doc.tokens.len()];
    for a in &doc.attributions {
        for r in a.cue.iter().chain(&a.source) {
            for t in r.clone() {
                if let Some(x) = tag.get_mut(t) {
                    *x = true;
                }
            }
        }
    }
    let source_heads: Vec<Option<usize>> = doc
        .attributions
        .iter()
        .map(|a| a.source.as_ref().map(|r| source_head(doc, r)))
        .collect();
    let mut last: Option<Attribution> = None;
    for t in 0..doc.tokens.len() {
        let tok = &doc.tokens[t];
        if let Some(s) = speakers[t] {
            let cue = doc
                .attributions
                .iter()
                .zip(&source_heads)
                .find(|(_, h)| **h == Some(s))
                .and_then(|(a, _)| a.cue.as_ref().map(|r| cue_head(doc, r)));
            last = cue.map(|c| Attribution {
                source: Some(s),
                verb: cue_verb(doc, c),
                outer: None,
                negated: false,
            });
            if let (Some(a), Some(slot @ None)) = (&last, attributed.get_mut(t)) {
                *slot = Some(a.clone());
            }
        } else if quoted[t] {
            if let (Some(a), Some(slot @ None)) = (&last, attributed.get_mut(t)) {
                *slot = Some(a.clone());
            }
        } else if !(tok.upos == Upos::Punct || is_quote(&tok.text) || tag[t]) {
            last = None;
        }
    }
}

/// Who speaks each quoted token: the model's speaker of its quotation,
/// else the source its quotation is attributed to (a quote running on).
pub fn voices(quotes: &Quotations, attributed: &[Option<Attribution>]) -> Vec<Option<usize>> {
    let source = |t: usize| attributed[t].as_ref().and_then(|a| a.source);
    (0..attributed.len())
        .map(|t| quotes.speaker[t].or(if quotes.inside[t] { source(t) } else { None }))
        .collect()
}

pub(super) fn is_quote(t: &str) -> bool {
    matches!(t, "\"" | "“" | "”" | "''" | "``" | "‘" | "’" | "'")
}

#[cfg(test)]
mod tests {
    use super::*;
    use newsgraph_nlp::builder::DocBuilder;
    use newsgraph_nlp::AttributionSpan;

    #[test]
    fn quotation_marks_open_and_close() {
        let doc = DocBuilder::new()
            .sentence(&[
                ("“", "PUNCT", 2, "punct"),
                ("Cranes", "NOUN", 3, "nsubj"),
                ("spy", "VERB", 0, "root"),
                ("”", "PUNCT", 3, "punct"),
                ("Tom", "PROPN", 0, "root"),
            ])
            .build();
        assert_eq!(in_quotation(&doc), [false, true, true, false, false]);
        let straight = DocBuilder::new()
            .sentence(&[
                ("\"", "PUNCT", 2, "punct"),
                ("Cranes", "NOUN", 3, "nsubj"),
                ("spy", "VERB", 0, "root"),
                ("\"", "PUNCT", 3, "punct"),
                ("Tom", "PROPN", 0, "root"),
            ])
            .build();
        assert_eq!(in_quotation(&straight), [false, true, true, false, false]);
    }

    #[test]
    fn a_paragraph_closes_a_quotation_left_open() {
        // `“ Cranes spy` then a new paragraph `Tom left`, the break a line
        // feed or the separator that stands for one outside the body
        for separator in ['\n', '\u{2029}'] {
            let mut doc = DocBuilder::new()
                .sentence(&[
                    ("“", "PUNCT", 3, "punct"),
                    ("Cranes", "NOUN", 3, "nsubj"),
                    ("spy", "VERB", 0, "root"),
                ])
                .sentence(&[("Tom", "PROPN", 2, "nsubj"), ("left", "VERB", 0, "root")])
                .build();
            doc.text = doc.text.replace('\n', &separator.to_string());
            assert_eq!(in_quotation(&doc), [false, true, true, false, false]);
        }
    }

    #[test]
    fn a_speaker_label_quotes_its_speaker_until_other_words_come() {
        // `Tom : “ Cranes spy ” . “ Ports fear ” Ann left`, the model's
        // attribution of the first quotation to Tom by the colon
        let mut doc = DocBuilder::new()
            .sentence(&[
                ("Tom", "PROPN", 0, "root"),
                (":", "PUNCT", 1, "punct"),
                ("“", "PUNCT", 4, "punct"),
                ("Cranes", "NOUN", 5, "nsubj"),
                ("spy", "VERB", 1, "parataxis"),
                ("”", "PUNCT", 5, "punct"),
                (".", "PUNCT", 1, "punct"),
            ])
            .sentence(&[
                ("“", "PUNCT", 3, "punct"),
                ("Ports", "NOUN", 3, "nsubj"),
                ("fear", "VERB", 0, "root"),
                ("”", "PUNCT", 3, "punct"),
                ("Ann", "PROPN", 6, "nsubj"),
                ("left", "VERB", 3, "parataxis"),
            ])
            .build();
        doc.attributions.push(AttributionSpan {
            content: 2..6,
            cue: Some(1..2),
            source: Some(0..1),
            cue_rate: 2,
        });
        let mut attributed = vec![None; doc.tokens.len()];
        run_on_quotes(&doc, &Quotations::of(&doc), &mut attributed);
        let tom = Some(Attribution {
            source: Some(0),
            verb: "say".into(),
            outer: None,
            negated: false,
        });
        assert_eq!(attributed[4], tom, "the quotation after the label");
        assert_eq!(attributed[9], tom, "the quotation that runs on");
        assert_eq!(attributed[12], None, "the words after it");
    }
}
