//! Attributions marked by the layout of paragraphs, which PolNeAR's texts
//! hold too few of for the tagger to learn:
//! - speaker labels: a paragraph that opens with a person's name and a
//!   colon is that person's words up to the paragraph's end, a transcript's
//!   turn (`"PENCE: Well, look, ...`; 24 of PolNeAR's 924 texts have a
//!   paragraph that opens with a label in capitals);
//! - introduced blocks: a paragraph that ends with a verb of saying and a
//!   colon ("Limbaugh added:") gives its subject the next paragraph, a quote
//!   set as a block of its own without quotation marks;
//! - signed quotations: a paragraph that holds a quotation and, after it, a
//!   dash and a name (`“...” ― Esther Tapia`) is that person's words.

use super::group::Found;
use crate::doc::Doc;
use std::ops::Range;

/// Longest speaker label, in tokens ("Sen. Bob Dole").
const MAX_LABEL: usize = 4;

/// Fewest tokens a label's content needs to be a statement.
const MIN_CONTENT: usize = 3;

fn is_quote(t: &str) -> bool {
    matches!(t, "\"" | "“" | "”" | "''" | "``" | "‘" | "’" | "'")
}

/// A word of a name: capitalised ("Pence", "PENCE", "McConnell"), an
/// abbreviated title ("Sen.", "Gov."), or an initial's dot.
fn name_word(t: &str) -> bool {
    t == "." || t.chars().next().is_some_and(char::is_uppercase)
}

/// The last word of `label` names a person: it is the last word of an
/// entity the NER took for a person (in the label itself or elsewhere in
/// the document), compared without case, so a transcript's "PENCE" is the
/// "Mike Pence" of the article's first paragraph.
fn names_person(doc: &Doc, label: Range<usize>) -> bool {
    let Some(last) = label.rev().find(|&t| doc.tokens[t].text != ".") else {
        return false;
    };
    let surname = doc.tokens[last].text.to_lowercase();
    doc.entities.iter().any(|e| {
        e.label == "PER"
            && e.tokens
                .clone()
                .rev()
                .find(|&t| doc.tokens[t].text != ".")
                .is_some_and(|t| doc.tokens[t].text.to_lowercase() == surname)
    })
}

/// The paragraphs of `doc`, as token ranges in order.
fn paragraphs(doc: &Doc) -> Vec<Range<usize>> {
    let starts = doc.paragraph_starts();
    let mut out = Vec::new();
    let mut p = 0;
    while p < starts.len() {
        let q = (p + 1..starts.len())
            .find(|&t| starts[t])
            .unwrap_or(starts.len());
        out.push(p..q);
        p = q;
    }
    out
}

/// The words of `r` (tokens with a letter or a digit: no quotation mark or
/// full stop).
fn words_in(doc: &Doc, r: Range<usize>) -> usize {
    r.filter(|&t| doc.tokens[t].text.chars().any(char::is_alphanumeric))
        .count()
}

/// The label of paragraph `para`, if it opens (after any quotation mark)
/// with at most [`MAX_LABEL`] name words and a colon: the label's tokens
/// and the colon.
fn label_of(doc: &Doc, para: &Range<usize>) -> Option<(Range<usize>, usize)> {
    let (p, q) = (para.start, para.end);
    let mut first = p;
    while first < q && is_quote(&doc.tokens[first].text) {
        first += 1;
    }
    let c = (first + 1..q.min(first + MAX_LABEL + 1)).find(|&t| doc.tokens[t].text == ":")?;
    let words = (first..c).all(|t| name_word(&doc.tokens[t].text));
    (words && words_in(doc, c + 1..q) >= MIN_CONTENT).then_some((first..c, c))
}

/// The last word of `label`, lower-cased: the family name a transcript
/// labels its speaker by ("Jake Tapper:", then "TAPPER:").
fn surname(doc: &Doc, label: &Range<usize>) -> Option<String> {
    label
        .clone()
        .rev()
        .find(|&t| doc.tokens[t].text != ".")
        .map(|t| doc.tokens[t].text.to_lowercase())
}

/// The speaker-labelled paragraphs of `doc`: for each, the label as source,
/// the colon as cue and the rest of the paragraph as content. A label is a
/// speaker's when its last word is the family name of a person the NER
/// found, or when it opens two paragraphs or more: a transcript's host
/// ("WALLACE:") is seldom introduced by name. A label that opens one
/// paragraph and names no one ("UPDATE:", "BYLINE:", "VIDEO:") is not.
pub fn speaker_labels(doc: &Doc) -> Vec<Found> {
    let labelled: Vec<(Range<usize>, Range<usize>, usize)> = paragraphs(doc)
        .into_iter()
        .filter_map(|para| label_of(doc, &para).map(|(label, c)| (para, label, c)))
        .collect();
    let mut turns = std::collections::HashMap::new();
    for (_, label, _) in &labelled {
        if let Some(s) = surname(doc, label) {
            *turns.entry(s).or_insert(0usize) += 1;
        }
    }
    let repeated = |label: &Range<usize>| surname(doc, label).is_some_and(|s| turns[&s] >= 2);
    labelled
        .into_iter()
        .filter(|(_, label, _)| repeated(label) || names_person(doc, label.clone()))
        .map(|(para, label, c)| Found {
            content: c + 1..para.end,
            cue: Some(c..c + 1),
            source: Some(label),
            cue_rate: 4,
        })
        .collect()
}

/// A dash that signs a quotation ("― Sonya Herridge").
fn is_dash(t: &str) -> bool {
    matches!(t, "―" | "—" | "–" | "--")
}

/// Longest signature after a quotation's dash, in tokens ("Sen. Bob
/// Dole").
const MAX_SIGNATURE: usize = 5;

/// The quotations signed with a dash and a name at the end of their
/// paragraph, the layout of readers' letters, of what a page collects
/// from social media and of epigraphs: `“He can't even answer a
/// question.” ― Esther Tapia`. The quotation, its marks included, is the
/// content, the dash the cue and the name the source. The paragraph holds
/// nothing but the quotation and its signature, and the signature is
/// nothing but name words (a full stop may close it).
pub fn signed_quotes(doc: &Doc) -> Vec<Found> {
    let mut out = Vec::new();
    for para in paragraphs(doc) {
        let (p, mut q) = (para.start, para.end);
        if q > p && doc.tokens[q - 1].text == "." {
            q -= 1;
        }
        let Some(dash) = (p + 1..q).rev().find(|&t| is_dash(&doc.tokens[t].text)) else {
            continue;
        };
        let name = dash + 1..q;
        let signed = !name.is_empty()
            && name.len() <= MAX_SIGNATURE
            && name.clone().all(|t| name_word(&doc.tokens[t].text))
            && doc.tokens[name.start].text != ".";
        let quoted = is_quote(&doc.tokens[p].text)
            && is_quote(&doc.tokens[dash - 1].text)
            && dash - 1 > p
            && words_in(doc, p..dash) >= MIN_CONTENT;
        if signed && quoted {
            out.push(Found {
                content: p..dash,
                cue: Some(dash..dash + 1),
                source: Some(name),
                cue_rate: 4,
            });
        }
    }
    out
}

/// The paragraphs introduced by a verb of saying and a colon at the end of
/// the paragraph before ("The governor added:"): the verb (a word `is_cue`
/// accepts, on which the colon hangs) as cue, its subject as source, the
/// next paragraph as content.
pub fn introduced_blocks(doc: &Doc, is_cue: impl Fn(usize) -> bool) -> Vec<Found> {
    let mut out = Vec::new();
    for pair in paragraphs(doc).windows(2) {
        let (intro, next) = (&pair[0], &pair[1]);
        let colon = intro.end - 1;
        if doc.tokens[colon].text != ":" {
            continue;
        }
        let Some(v) = doc.tokens[colon]
            .head
            .filter(|&v| v >= intro.start && v < colon)
        else {
            continue;
        };
        let verbal = doc.tokens[v].upos == crate::tags::Upos::Verb;
        if verbal
            && is_cue(v)
            && words_in(doc, next.clone()) >= MIN_CONTENT
            && opens_without_label(doc, next.clone())
        {
            out.push(Found {
                content: next.clone(),
                cue: Some(v..v + 1),
                source: super::group::subject(doc, &(v..v + 1)),
                cue_rate: 4,
            });
        }
    }
    out
}

/// Whether paragraph `para` opens with no speaker label of its own.
fn opens_without_label(doc: &Doc, para: Range<usize>) -> bool {
    let first = para
        .clone()
        .find(|&t| !is_quote(&doc.tokens[t].text))
        .unwrap_or(para.start);
    !(first + 1..para.end.min(first + MAX_LABEL + 1)).any(|t| doc.tokens[t].text == ":")
}

/// Adds the speaker labels and introduced blocks of `doc` to the model's
/// attributions `found`, first, and drops the model's attributions that
/// they already hold: those with the same cue, or with a source inside
/// theirs and a content inside their content. `is_cue` tells a verb of
/// saying ([`introduced_blocks`]).
pub fn add_speaker_labels(
    doc: &Doc,
    found: Vec<Found>,
    is_cue: impl Fn(usize) -> bool,
) -> Vec<Found> {
    let mut labels = speaker_labels(doc);
    labels.extend(introduced_blocks(doc, is_cue));
    labels.extend(signed_quotes(doc));
    if labels.is_empty() {
        return found;
    }
    let within = |a: &Range<usize>, b: &Range<usize>| a.start >= b.start && a.end <= b.end;
    let held = |f: &Found| {
        labels.iter().any(|l| {
            let same_cue = matches!((&f.cue, &l.cue), (Some(a), Some(b)) if a == b);
            let same_source = matches!((&f.source, &l.source), (Some(a), Some(b)) if within(a, b));
            same_cue || (same_source && within(&f.content, &l.content))
        })
    };
    let rest: Vec<Found> = found.into_iter().filter(|f| !held(f)).collect();
    labels.into_iter().chain(rest).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::builder::DocBuilder;
    use crate::doc::EntitySpan;

    fn person(doc: &Doc, tokens: Range<usize>) -> EntitySpan {
        EntitySpan {
            start: doc.tokens[tokens.start].start,
            end: doc.tokens[tokens.end - 1].end,
            tokens,
            label: "PER".into(),
        }
    }

    /// `Mike Pence spoke .` then, in its own paragraph (the builder puts
    /// each sentence on a line), `" PENCE : We will win the debate .`
    fn transcript() -> Doc {
        let mut doc = DocBuilder::new()
            .sentence(&[
                ("Mike", "PROPN", 2, "compound"),
                ("Pence", "PROPN", 3, "nsubj"),
                ("spoke", "VERB", 0, "root"),
                (".", "PUNCT", 3, "punct"),
            ])
            .sentence(&[
                ("\"", "PUNCT", 2, "punct"),
                ("PENCE", "PROPN", 0, "root"),
                (":", "PUNCT", 5, "punct"),
                ("We", "PRON", 5, "nsubj"),
                ("will", "AUX", 5, "aux"),
                ("win", "VERB", 2, "parataxis"),
                ("the", "DET", 7, "det"),
                ("debate", "NOUN", 5, "obj"),
                (".", "PUNCT", 2, "punct"),
            ])
            .build();
        doc.entities.push(person(&doc, 0..2));
        doc
    }

    #[test]
    fn a_transcripts_turn_is_its_speakers_to_the_paragraphs_end() {
        let doc = transcript();
        let found = speaker_labels(&doc);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].source, Some(5..6));
        assert_eq!(found[0].cue, Some(6..7));
        assert_eq!(found[0].content, 7..13);
    }

    #[test]
    fn a_label_that_names_no_person_is_no_speaker() {
        let mut doc = transcript();
        doc.entities.clear();
        assert!(speaker_labels(&doc).is_empty(), "no person is named PENCE");
        // a person, but the colon comes after more than a name
        let mut doc = transcript();
        doc.tokens[5].text = "pence".into();
        assert!(
            speaker_labels(&doc).is_empty(),
            "a lower-case word is no name"
        );
    }

    #[test]
    fn the_models_attribution_by_the_same_colon_gives_way() {
        let doc = transcript();
        let model = vec![
            Found {
                content: 7..12,
                cue: Some(6..7),
                source: Some(5..6),
                cue_rate: 1,
            },
            Found {
                content: 0..2,
                cue: Some(2..3),
                source: None,
                cue_rate: 2,
            },
        ];
        let all = add_speaker_labels(&doc, model, |_| false);
        assert_eq!(all.len(), 2);
        assert_eq!(all[0].content, 7..13, "the label's attribution comes first");
        assert_eq!(all[1].content, 0..2, "an attribution elsewhere stays");
    }

    /// `Limbaugh added :` then, in its own paragraph, `She can not win .`
    fn introduced() -> Doc {
        DocBuilder::new()
            .sentence(&[
                ("Limbaugh", "PROPN", 2, "nsubj"),
                ("added", "VERB", 0, "root"),
                (":", "PUNCT", 2, "punct"),
            ])
            .sentence(&[
                ("She", "PRON", 4, "nsubj"),
                ("can", "AUX", 4, "aux"),
                ("not", "PART", 4, "advmod"),
                ("win", "VERB", 0, "root"),
                (".", "PUNCT", 4, "punct"),
            ])
            .build()
    }

    #[test]
    fn a_verb_of_saying_and_a_colon_give_the_next_paragraph_to_its_subject() {
        let doc = introduced();
        let found = introduced_blocks(&doc, |t| t == 1);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].source, Some(0..1));
        assert_eq!(found[0].cue, Some(1..2));
        assert_eq!(found[0].content, 3..8);
        // no verb of saying, no attribution ("The results were as follows:")
        assert!(introduced_blocks(&doc, |_| false).is_empty());
    }

    /// A host's two turns, `WALLACE : Will she be there ?` and `WALLACE :
    /// Do you see them as equal ?`, in an article that names no Wallace;
    /// with `once`, the second paragraph opens with `UPDATE :` instead.
    fn hosted(once: bool) -> Doc {
        let second = if once { "UPDATE" } else { "WALLACE" };
        DocBuilder::new()
            .sentence(&[
                ("WALLACE", "PROPN", 0, "root"),
                (":", "PUNCT", 6, "punct"),
                ("Will", "AUX", 6, "aux"),
                ("she", "PRON", 6, "nsubj"),
                ("be", "AUX", 6, "cop"),
                ("there", "ADV", 1, "parataxis"),
                ("?", "PUNCT", 6, "punct"),
            ])
            .sentence(&[
                (second, "PROPN", 0, "root"),
                (":", "PUNCT", 4, "punct"),
                ("Do", "AUX", 4, "aux"),
                ("you", "PRON", 4, "nsubj"),
                ("see", "VERB", 1, "parataxis"),
                ("them", "PRON", 4, "obj"),
                ("as", "ADP", 8, "case"),
                ("equal", "ADJ", 4, "obl"),
                ("?", "PUNCT", 4, "punct"),
            ])
            .build()
    }

    #[test]
    fn a_label_that_opens_two_paragraphs_is_a_speaker_even_unnamed() {
        let found = speaker_labels(&hosted(false));
        assert_eq!(found.len(), 2);
        assert_eq!(found[0].source, Some(0..1));
        assert_eq!(found[1].source, Some(7..8));
        assert_eq!(found[1].content, 9..16);
        // two labels that open one paragraph each, and name no one
        assert!(speaker_labels(&hosted(true)).is_empty());
    }

    /// `“ He scares me . ” ― Esther Tapia`, one paragraph; with `tail`,
    /// more words follow the name.
    fn signed(tail: &[(&'static str, &'static str, usize, &'static str)]) -> Doc {
        let mut words = vec![
            ("“", "PUNCT", 3, "punct"),
            ("He", "PRON", 3, "nsubj"),
            ("scares", "VERB", 0, "root"),
            ("me", "PRON", 3, "obj"),
            (".", "PUNCT", 3, "punct"),
            ("”", "PUNCT", 3, "punct"),
            ("―", "PUNCT", 9, "punct"),
            ("Esther", "PROPN", 9, "compound"),
            ("Tapia", "PROPN", 3, "parataxis"),
        ];
        words.extend_from_slice(tail);
        DocBuilder::new().sentence(&words).build()
    }

    #[test]
    fn a_quotation_signed_with_a_dash_and_a_name_is_that_persons() {
        let found = signed_quotes(&signed(&[]));
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].content, 0..6, "the quotation with its marks");
        assert_eq!(found[0].cue, Some(6..7));
        assert_eq!(found[0].source, Some(7..9));
        // a dash that goes on with more than a name is no signature
        let more = signed(&[("said", "VERB", 3, "conj"), ("so", "ADV", 10, "advmod")]);
        assert!(signed_quotes(&more).is_empty());
    }
}
