//! Attributions the learned model found (`Doc::attributions`, from the
//! attribution tagger trained on PolNeAR) where the dependency rules found
//! none: every token of such a content is attributed to the model's
//! source, so nothing said inside it is stored as the article's fact,
//! whether or not the rules know its cue ("The Post has learned", "declined
//! to confirm", a quote closed by its speech tag, a quote that runs on).

use super::attribution::Attribution;
use newsgraph_core::lexicon::is_attribution;
use newsgraph_nlp::{AttributionSpan, Doc};
use std::ops::Range;

/// The head of tokens `r`: the token whose head lies outside the range
/// (the last such one, the noun of "the Trump campaign").
fn head_of(doc: &Doc, r: &Range<usize>) -> usize {
    r.clone()
        .rev()
        .find(|&t| doc.tokens[t].head.is_none_or(|h| !r.contains(&h)))
        .unwrap_or(r.end - 1)
}

/// Whether the model's attribution is one the extraction trusts: its cue is
/// a word of attribution (`lexicons/attribution.tsv`, or "according to"),
/// and its content lies in the cue's sentence or is a quotation (a quote
/// may run over several sentences before or after its speech tag).
fn trusted(doc: &Doc, a: &AttributionSpan, cue: usize) -> bool {
    let lemma = doc.tokens[cue].lemma.to_lowercase();
    let cue_word = is_attribution(&lemma) || lemma == "according" || lemma == "accord";
    let sentence = doc.sentence_of(cue);
    let same_sentence = sentence.is_some()
        && doc.sentence_of(a.content.start) == sentence
        && doc.sentence_of(a.content.end - 1) == sentence;
    // a quotation: the content opens or closes with a quotation mark
    let quote_at = |t: usize| doc.tokens.get(t).is_some_and(|x| is_quote(&x.text));
    let (first, last) = (a.content.start, a.content.end - 1);
    let quoted = quote_at(first)
        || first.checked_sub(1).is_some_and(quote_at)
        || quote_at(last)
        || quote_at(last + 1);
    cue_word && (same_sentence || quoted)
}

fn is_quote(t: &str) -> bool {
    matches!(t, "\"" | "“" | "”" | "''" | "``" | "‘" | "’" | "'")
}

/// Fills the tokens the rules left unattributed with the model's
/// attribution of their content, if the extraction trusts it ([`trusted`]);
/// returns, for each token so filled, the character span of its content.
pub fn add(doc: &Doc, attributed: &mut [Option<Attribution>]) -> Vec<Option<Range<usize>>> {
    let mut content = vec![None; attributed.len()];
    for a in &doc.attributions {
        let Some(cue) = a.cue.as_ref().map(|r| head_of(doc, r)) else {
            continue;
        };
        if !trusted(doc, a, cue) {
            continue;
        }
        let chars = doc.tokens[a.content.start].start..doc.tokens[a.content.end - 1].end;
        let source = a.source.as_ref().map(|r| head_of(doc, r));
        let verb = doc.tokens[cue].lemma.to_lowercase();
        for t in a.content.clone() {
            if let Some(slot @ None) = attributed.get_mut(t) {
                *slot = Some(Attribution {
                    source,
                    verb: verb.clone(),
                    outer: None,
                });
                content[t] = Some(chars.clone());
            }
        }
    }
    content
}

/// Whether at least half of `span` lies inside `content`: a relation read
/// across the edge of a content (its subject the speaker, say) is not one
/// of the content's statements.
pub fn within(span: &Range<usize>, content: &Range<usize>) -> bool {
    let overlap = span
        .end
        .min(content.end)
        .saturating_sub(span.start.max(content.start));
    overlap * 2 >= span.end - span.start
}

#[cfg(test)]
mod tests {
    use super::*;
    use newsgraph_nlp::builder::DocBuilder;

    /// `“Cranes spy ,” Tom said .` with the model's attribution of the
    /// quote to Tom by "said".
    fn quote(cue_lemma: &str) -> Doc {
        let mut doc = DocBuilder::new()
            .sentence(&[
                ("“", "PUNCT", 3, "punct"),
                ("Cranes", "NOUN", 3, "nsubj"),
                ("spy", "VERB", 7, "ccomp"),
                (",", "PUNCT", 3, "punct"),
                ("”", "PUNCT", 3, "punct"),
                ("Tom", "PROPN", 7, "nsubj"),
                ("said", "VERB", 0, "root"),
                (".", "PUNCT", 7, "punct"),
            ])
            .lemma(6, cue_lemma)
            .build();
        doc.attributions.push(AttributionSpan {
            content: 1..4,
            cue: Some(6..7),
            source: Some(5..6),
        });
        doc
    }

    #[test]
    fn a_quote_before_its_speech_tag_is_the_speakers() {
        let doc = quote("say");
        let mut attributed = vec![None; doc.tokens.len()];
        let content = add(&doc, &mut attributed);
        let a = attributed[2].as_ref().expect("the verb inside the quote");
        assert_eq!((a.source, a.verb.as_str()), (Some(5), "say"));
        assert_eq!(content[2], Some(2..14));
        assert!(
            attributed[6].is_none(),
            "the speech tag is not its own content"
        );
    }

    #[test]
    fn a_cue_that_is_no_word_of_attribution_is_not_trusted() {
        let doc = quote("go");
        let mut attributed = vec![None; doc.tokens.len()];
        add(&doc, &mut attributed);
        assert!(attributed.iter().all(Option::is_none));
    }

    #[test]
    fn the_rules_attribution_wins() {
        let doc = quote("say");
        let mut attributed = vec![None; doc.tokens.len()];
        let rules = Attribution {
            source: Some(1),
            verb: "claim".into(),
            outer: None,
        };
        attributed[2] = Some(rules.clone());
        add(&doc, &mut attributed);
        assert_eq!(attributed[2], Some(rules));
    }

    #[test]
    fn half_of_a_relation_inside_a_content_is_within_it() {
        assert!(within(&(10..20), &(15..40)));
        assert!(!within(&(0..20), &(15..40)));
    }
}
