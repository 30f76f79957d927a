//! Attributions the learned model found (`Doc::attributions`, from the
//! attribution tagger trained on PolNeAR) where the dependency rules found
//! none: every token of such a content is attributed to the model's
//! source, so nothing said inside it is stored as the article's fact,
//! whether or not the rules know its cue ("The Post has learned", "declined
//! to confirm", a quote closed by its speech tag, a quote that runs on).

use super::attribution::Attribution;
use super::quotes::is_quote;
use super::source_head::source_head;
use crate::extract::{Findings, Mention, RawAttribution};
use newsgraph_core::extraction::{EntityType, Modality, Span};
use newsgraph_core::lexicon::{is_attribution, listed_noun_type};
use newsgraph_nlp::attribution::{cue_head, is_negated, span_text};
use newsgraph_nlp::{AttributionSpan, DepRel, Doc, Token, Upos};
use std::ops::Range;

/// The least [`AttributionSpan::cue_rate`] of a strong cue: the cue's head
/// is a lemma that was a cue in at least 30% of its occurrences in PolNeAR
/// train ("allege", "tout", "worry"). On PolNeAR dev, when this was set,
/// trusting these too took claims recall from 0.255 to 0.298 and cut the
/// facts inside attributed content from 515 of 2,458 to 383 of 2,186, for
/// claims precision 0.824 -> 0.770; the dev set's claims went from 25 to
/// 26 of 59, its relations stayed 44 of 76.
const STRONG_CUE: u8 = 3;

/// Whether the model's attribution is one the extraction trusts: its cue is
/// a lemma that was a cue in at least 60% of its occurrences (above
/// [`STRONG_CUE`]: "say", "tell"), or a strong cue or a word of attribution
/// (`lexicons/attribution.tsv`, or "according to") whose content is placed
/// as a content is ([`placed`]). A strong cue's content elsewhere is not
/// trusted, and holds no fact ([`unsure`]): on PolNeAR dev only 23 of the
/// 66 claims read there lay in an attributed content (claims precision
/// 0.832 -> 0.849, recall 0.357 -> 0.349, facts unchanged).
fn trusted(doc: &Doc, a: &AttributionSpan, cue: usize) -> bool {
    if agreed_to(doc, a, cue) || prospect(doc, a, cue) {
        return false;
    }
    let lemma = doc.tokens[cue].lemma.to_lowercase();
    let cue_word = is_attribution(&lemma) || lemma == "according" || lemma == "accord";
    a.cue_rate > STRONG_CUE || ((a.cue_rate >= STRONG_CUE || cue_word) && placed(doc, a, cue))
}

/// Whether `a` is no one's words but a risk or a prospect: "threaten" or
/// "promise" said of a thing or an event ("the clashes threatened to
/// derail the talks", "the law promises to cut costs", "the fire ...
/// threatened to overshadow elections"), not of a person or a body ("the
/// union threatened to strike").
/// What follows is a hedged statement of the article's, not a claim of
/// "the clashes".
fn prospect(doc: &Doc, a: &AttributionSpan, cue: usize) -> bool {
    let lemma = doc.tokens[cue].lemma.to_lowercase();
    if !matches!(lemma.as_str(), "threaten" | "promise") {
        return false;
    }
    let Some(source) = a.source.as_ref().map(|r| source_head(doc, r)) else {
        return false;
    };
    let s = &doc.tokens[source];
    s.upos == Upos::Noun
        && !matches!(
            listed_noun_type(&s.lemma.to_lowercase()),
            Some(
                EntityType::Person
                    | EntityType::Group
                    | EntityType::Organization
                    | EntityType::Place
            )
        )
}

/// Whether the content of `a` is a thing its cue's subject agreed or
/// objected to, not a statement: a noun phrase after "to" ("Thailand and
/// Cambodia agreed to a cease-fire after a week of clashes that killed 15
/// people"). What the article says of that thing is its own.
fn agreed_to(doc: &Doc, a: &AttributionSpan, cue: usize) -> bool {
    // the first phrase of the content that hangs outside it
    let Some(head) = a
        .content
        .clone()
        .find(|&t| doc.tokens[t].head.is_none_or(|h| !a.content.contains(&h)))
    else {
        return false;
    };
    let to = doc.children(head).any(|c| {
        doc.tokens[c].deprel == DepRel::Case
            && doc.tokens[c].lemma.eq_ignore_ascii_case("to")
            && (c + 1 == a.content.start || c == a.content.start)
    });
    to && matches!(doc.tokens[head].upos, Upos::Noun | Upos::Propn)
        && doc.tokens[head].head == Some(cue)
}

/// Whether the content of `a` lies in the sentence of its cue `cue` or is a
/// quotation (a quote may run over several sentences before or after its
/// speech tag).
fn placed(doc: &Doc, a: &AttributionSpan, cue: usize) -> bool {
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
    same_sentence || quoted
}

/// Whether the content of `a` lies in one paragraph, in the sentence of its
/// cue `cue` or a sentence next to it: a content the model stretched over
/// paragraphs to a cue far away (the lede of an article to a verb of its
/// second paragraph) is no one's words. `para` is
/// [`Doc::paragraph_starts`].
fn near(doc: &Doc, para: &[bool], a: &AttributionSpan, cue: usize) -> bool {
    let next_to = |t: usize| match (doc.sentence_of(t), doc.sentence_of(cue)) {
        (Some(s), Some(c)) => s.abs_diff(c) <= 1,
        _ => false,
    };
    let one_paragraph = !(a.content.start + 1..a.content.end).any(|t| para[t]);
    one_paragraph && next_to(a.content.start) && next_to(a.content.end - 1)
}

/// The verb a claim is recorded with from cue token `c`: its lemma, or
/// `say` for a speaker's label ("Abramovich: “...”").
pub(super) fn cue_verb(doc: &Doc, c: usize) -> String {
    let lemma = doc.tokens[c].lemma.to_lowercase();
    if lemma.chars().any(char::is_alphabetic) {
        lemma
    } else {
        "say".into()
    }
}

/// Fills the tokens the rules left unattributed with the model's
/// attribution of their content, if the extraction trusts it ([`trusted`]);
/// returns, for each token so filled, the index of that attribution in
/// `doc.attributions`.
pub fn add(doc: &Doc, attributed: &mut [Option<Attribution>]) -> Vec<Option<usize>> {
    let mut content = vec![None; attributed.len()];
    for (k, a) in doc.attributions.iter().enumerate() {
        let Some(cue) = a.cue.as_ref().map(|r| cue_head(doc, r)) else {
            continue;
        };
        if !trusted(doc, a, cue) {
            continue;
        }
        // a negated cue ("did not say that ...") claims nothing: the content
        // is nobody's claim, and no fact either
        let negated = a.cue.as_ref().is_some_and(|r| is_negated(doc, r));
        let source = own_source(doc, a)
            .map(|r| source_head(doc, r))
            .filter(|_| !negated);
        let verb = cue_verb(doc, cue);
        // a source in the cue's sentence that names someone: a noun, a
        // name or a personal pronoun ("she said at a news conference
        // announcing that ..."); "it" of "it was reported that" names
        // nobody, and a name sentences before is the tagger's guess
        let names = source.is_some()
            && a.source.as_ref().is_some_and(|r| {
                doc.sentence_of(r.start) == doc.sentence_of(cue)
                    && r.clone().any(|t| names_someone(&doc.tokens[t]))
            });
        for t in content_tokens(a) {
            match attributed.get_mut(t) {
                Some(slot @ None) => {
                    *slot = Some(Attribution {
                        source,
                        verb: verb.clone(),
                        outer: None,
                        negated,
                    });
                    content[t] = Some(k);
                }
                // the rules found the cue but no source (a parse that gives
                // "said" no subject): the model's source speaks, if it names
                // someone in the cue's sentence; not where the rules' cue is
                // negated ("he would not believe that ...")
                Some(Some(r)) if r.source.is_none() && !r.negated && names && !negated => {
                    r.source = source;
                }
                _ => {}
            }
        }
    }
    content
}

/// Per token: inside the content of a model attribution with a cue that the
/// extraction does not trust as a claim ([`trusted`]), placed as a content
/// is ([`placed`]), or [`near`] a strong cue ([`STRONG_CUE`]). Such a
/// content is likely enough to be someone's words that nothing read inside
/// it is the article's own fact, and too unsure to be anyone's claim. On
/// PolNeAR dev, holding no fact in every such content, rather than only
/// under a cue that was a cue in 10% of its occurrences in train, took the
/// facts inside attributed content from 329 of 2,034 to 291 of 1,956; the
/// facts dropped outside any annotated content were mostly unreal or
/// misread ("America were to slap sky-high tariffs", "readers may not let
/// editorials"). A weaker cue's content in the next sentence keeps its
/// facts: "Thomas Sam decided to treat his daughter himself. Her condition
/// deteriorated" states both (GUM's homeopathic article kept 5 of 7 key
/// relations, and PolNeAR dev 287 of 1,948 facts inside attributed
/// content, against 273 of 1,903 with the next sentence held too).
pub fn unsure(doc: &Doc) -> Vec<bool> {
    let mut out = vec![false; doc.tokens.len()];
    let para = doc.paragraph_starts();
    for a in &doc.attributions {
        let Some(cue) = a.cue.as_ref().map(|r| cue_head(doc, r)) else {
            continue;
        };
        let likely = placed(doc, a, cue) || (a.cue_rate >= STRONG_CUE && near(doc, &para, a, cue));
        let dismissed = agreed_to(doc, a, cue) || prospect(doc, a, cue);
        if !trusted(doc, a, cue) && likely && !dismissed {
            for t in content_tokens(a) {
                out[t] = true;
            }
        }
    }
    out
}

/// Whether `t` may name a source: a noun, a name, or a pronoun of a person
/// or a group ("she", "they", "we"), not "it" nor "this".
fn names_someone(t: &Token) -> bool {
    match t.upos {
        Upos::Propn | Upos::Noun => true,
        Upos::Pron => matches!(
            t.lemma.to_lowercase().as_str(),
            "he" | "she" | "they" | "i" | "we"
        ),
        _ => false,
    }
}

/// The tokens of the content of `a`: its range less the cue and the
/// source, which lie inside it when a quotation runs on after its speech
/// tag (`"...," said Rep. Smith, head of the caucus. "..."`).
pub fn content_tokens(a: &AttributionSpan) -> impl Iterator<Item = usize> + '_ {
    let outside = |r: &Option<Range<usize>>, t: usize| !r.as_ref().is_some_and(|r| r.contains(&t));
    a.content
        .clone()
        .filter(move |&t| outside(&a.cue, t) && outside(&a.source, t))
}

/// The character span of the content of attribution `a`.
pub fn content_chars(doc: &Doc, a: &AttributionSpan) -> Range<usize> {
    doc.tokens[a.content.start].start..doc.tokens[a.content.end - 1].end
}

/// The mention of the source whose head is token `t`: `own` gives the
/// token's own mention, `source_of` the mention it stands for as a source
/// (through coreference). A pronoun ("he said") becomes a mention of what it
/// stands for, though not one of its names, so the speaker's entity is
/// mentioned where the text names the source.
fn source_mention(
    doc: &Doc,
    t: usize,
    own: &impl Fn(usize) -> Option<usize>,
    source_of: &impl Fn(usize) -> Option<usize>,
    sink: &mut Findings,
) -> Option<usize> {
    let m = source_of(t)?;
    if own(t).is_some() {
        return Some(m);
    }
    let tok = &doc.tokens[t];
    let pronoun = sink.mention(Mention {
        span: Span {
            start: tok.start,
            end: tok.end,
        },
        text: tok.text.clone(),
        kind: sink.mentions[m].kind,
        sentence: doc.sentence_of(t).unwrap_or(0),
        key: None,
    });
    sink.refer(pronoun, m);
    Some(m)
}

/// The model's source of `a`, unless its cue is a noun ("complaints",
/// "accusations that ...") and the source lies in an earlier sentence: a
/// noun has its source beside it ("critics' complaints", "accusations by
/// X"), and of the 85 noun cues of PolNeAR train none has its source in
/// another sentence. A verb's may ("He added: ...", then quotes), and a
/// source after its content names the speaker of a quotation ("“... That's
/// just my opinion.” ― Karen Bobadilla"), whatever the cue.
fn own_source<'a>(doc: &Doc, a: &'a AttributionSpan) -> Option<&'a Range<usize>> {
    let r = a.source.as_ref()?;
    let cue = a.cue.as_ref().map(|c| cue_head(doc, c));
    let before = cue.is_some_and(|c| {
        doc.tokens[c].upos == Upos::Noun
            && doc.sentence_of(r.start) < doc.sentence_of(c)
            && r.start < a.content.start
    });
    (!before).then_some(r)
}

/// Every attribution of the model, listed once in `sink` with its source
/// mention (see [`source_mention`]); returns, for each token, the listed
/// attribution whose content holds it. All are listed, trusted or not: on
/// PolNeAR dev a filter on the cue's placement (in the content's sentence,
/// or a quotation) lost more right attributions than wrong ones (f1 0.772
/// with it, 0.806 without). A content without a cue (a lede the model
/// took for content, its cue out of reach in another paragraph; pieces of
/// a sentence the parser could not make out, given to its subject) says
/// nobody says it, and is not listed: on PolNeAR dev, leaving out those
/// with neither cue nor source took f1 from 0.809 to 0.810, leaving out
/// every one without a cue to 0.812 (precision 0.792 -> 0.830, recall
/// 0.829 -> 0.795), source accuracy 0.876 -> 0.892 and the content
/// characters' f1 0.815 -> 0.794.
pub fn list(
    doc: &Doc,
    own: impl Fn(usize) -> Option<usize>,
    source_of: impl Fn(usize) -> Option<usize>,
    sink: &mut Findings,
) -> Vec<Option<usize>> {
    let mut of_token = vec![None; doc.tokens.len()];
    for a in &doc.attributions {
        let Some(cue) = a.cue.as_ref().map(|r| cue_head(doc, r)) else {
            continue;
        };
        if prospect(doc, a, cue) {
            continue;
        }
        let cue = a.cue.as_ref().map(|r| {
            let head = cue_head(doc, r);
            let span = Span {
                start: doc.tokens[r.start].start,
                end: doc.tokens[r.end - 1].end,
            };
            (head, span)
        });
        let chars = content_chars(doc, a);
        let source = own_source(doc, a)
            .and_then(|r| source_mention(doc, source_head(doc, r), &own, &source_of, sink));
        let index = sink.attributions.len();
        sink.attributions.push(RawAttribution {
            source,
            source_text: a.source.as_ref().map(|r| span_text(doc, r)),
            cue: cue.map(|(h, span)| (doc.tokens[h].lemma.to_lowercase(), span)),
            content: Span {
                start: chars.start,
                end: chars.end,
            },
            negated: a.cue.as_ref().is_some_and(|r| is_negated(doc, r)),
            modality: Modality::Asserted,
            outer: None,
            sentence: doc.sentence_of(a.content.start).unwrap_or(0),
        });
        for t in a.content.clone() {
            of_token[t].get_or_insert(index);
        }
    }
    of_token
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
    use super::super::quotes::quoted_speakers;
    use super::*;
    use newsgraph_nlp::builder::DocBuilder;

    /// `“Cranes spy ,” Tom said .` with the model's attribution of the
    /// quote to Tom by "said", whose lemma is `cue_lemma` and its cue rate
    /// `cue_rate`.
    fn quote(cue_lemma: &str, cue_rate: u8) -> Doc {
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
            cue_rate,
        });
        doc
    }

    #[test]
    fn a_quote_before_its_speech_tag_is_the_speakers() {
        let doc = quote("say", 4);
        let mut attributed = vec![None; doc.tokens.len()];
        let content = add(&doc, &mut attributed);
        let a = attributed[2].as_ref().expect("the verb inside the quote");
        assert_eq!((a.source, a.verb.as_str()), (Some(5), "say"));
        assert_eq!(content[2], Some(0));
        assert_eq!(content_chars(&doc, &doc.attributions[0]), 2..14);
        assert!(
            attributed[6].is_none(),
            "the speech tag is not its own content"
        );
    }

    #[test]
    fn a_content_without_a_cue_is_not_listed() {
        let mut doc = quote("say", 4);
        doc.attributions.push(AttributionSpan {
            content: 1..3,
            cue: None,
            source: Some(5..6),
            cue_rate: 0,
        });
        let mut sink = Findings::default();
        let of_token = list(&doc, |_| None, |_| None, &mut sink);
        assert_eq!(sink.attributions.len(), 1, "only the quote to Tom");
        assert_eq!(of_token[2], Some(0));
    }

    #[test]
    fn what_was_agreed_to_is_no_statement() {
        // "Acme agreed to a deal that cut jobs ." with the model's content
        // "a deal that cut jobs"
        let mut doc = DocBuilder::new()
            .sentence(&[
                ("Acme", "PROPN", 2, "nsubj"),
                ("agreed", "VERB", 0, "root"),
                ("to", "ADP", 5, "case"),
                ("a", "DET", 5, "det"),
                ("deal", "NOUN", 2, "obl"),
                ("that", "PRON", 7, "nsubj"),
                ("cut", "VERB", 5, "acl:relcl"),
                ("jobs", "NOUN", 7, "obj"),
                (".", "PUNCT", 2, "punct"),
            ])
            .lemma(1, "agree")
            .build();
        doc.attributions.push(AttributionSpan {
            content: 3..8,
            cue: Some(1..2),
            source: Some(0..1),
            cue_rate: 4,
        });
        let mut attributed = vec![None; doc.tokens.len()];
        add(&doc, &mut attributed);
        assert!(attributed.iter().all(Option::is_none));
        assert!(!unsure(&doc).iter().any(|&u| u));
        // what was agreed that: "Acme agreed that a deal cut jobs"
        doc.tokens[2].lemma = "that".into();
        doc.tokens[2].text = "that".into();
        add(&doc, &mut attributed);
        assert!(attributed[6].is_some());
    }

    #[test]
    fn a_cue_that_is_no_word_of_attribution_is_not_trusted() {
        let doc = quote("go", 1);
        let mut attributed = vec![None; doc.tokens.len()];
        add(&doc, &mut attributed);
        assert!(attributed.iter().all(Option::is_none));
    }

    #[test]
    fn a_strong_cue_is_trusted_though_no_word_of_attribution() {
        let doc = quote("tout", STRONG_CUE);
        let mut attributed = vec![None; doc.tokens.len()];
        add(&doc, &mut attributed);
        let a = attributed[2].as_ref().expect("the verb inside the quote");
        assert_eq!(a.verb, "tout");
    }

    #[test]
    fn a_speech_tag_inside_a_running_quote_is_not_content() {
        let a = AttributionSpan {
            content: 0..10,
            cue: Some(4..5),
            source: Some(5..7),
            cue_rate: 4,
        };
        let tokens: Vec<usize> = content_tokens(&a).collect();
        assert_eq!(tokens, vec![0, 1, 2, 3, 7, 8, 9]);
    }

    #[test]
    fn the_rules_attribution_wins() {
        let doc = quote("say", 4);
        let mut attributed = vec![None; doc.tokens.len()];
        let rules = Attribution {
            source: Some(1),
            verb: "claim".into(),
            outer: None,
            negated: false,
        };
        attributed[2] = Some(rules.clone());
        add(&doc, &mut attributed);
        assert_eq!(attributed[2], Some(rules));
    }

    #[test]
    fn a_quotations_speaker_is_known_inside_it_only() {
        let doc = quote("say", 4);
        let speakers = quoted_speakers(&doc);
        assert_eq!(speakers[1..4], [Some(5), Some(5), Some(5)]);
        assert_eq!(speakers[5..], [None, None, None]);
        // the same words without quotation marks are no quotation
        let mut bare = doc.clone();
        bare.tokens[0].text = "so".into();
        bare.tokens[4].text = "then".into();
        assert!(quoted_speakers(&bare).iter().all(Option::is_none));
    }

    #[test]
    fn half_of_a_relation_inside_a_content_is_within_it() {
        assert!(within(&(10..20), &(15..40)));
        assert!(!within(&(0..20), &(15..40)));
    }

    #[test]
    fn a_noun_cue_takes_no_source_from_a_sentence_before() {
        // "The line , which Tom built , opened . There were complaints
        // that it costs too much ." with the model's source "which" (or
        // "Tom") for the cue "complaints"
        let mut doc = DocBuilder::new()
            .sentence(&[
                ("The", "DET", 2, "det"),
                ("line", "NOUN", 7, "nsubj"),
                (",", "PUNCT", 5, "punct"),
                ("Tom", "PROPN", 5, "nsubj"),
                ("built", "VERB", 2, "acl:relcl"),
                (",", "PUNCT", 5, "punct"),
                ("opened", "VERB", 0, "root"),
                (".", "PUNCT", 7, "punct"),
            ])
            .sentence(&[
                ("There", "PRON", 2, "expl"),
                ("were", "VERB", 0, "root"),
                ("complaints", "NOUN", 2, "nsubj"),
                ("that", "SCONJ", 6, "mark"),
                ("it", "PRON", 6, "nsubj"),
                ("costs", "VERB", 3, "acl"),
                ("much", "ADV", 6, "advmod"),
                (".", "PUNCT", 2, "punct"),
            ])
            .lemma(10, "complaint")
            .build();
        doc.attributions.push(AttributionSpan {
            content: 11..15,
            cue: Some(10..11),
            source: Some(3..4),
            cue_rate: 4,
        });
        let mut attributed = vec![None; doc.tokens.len()];
        add(&doc, &mut attributed);
        let a = attributed[13].as_ref().expect("the content is attributed");
        assert_eq!(a.source, None);
        // a source after the content may name a quotation's speaker
        doc.attributions[0].source = Some(15..16);
        assert!(own_source(&doc, &doc.attributions[0]).is_some());
    }
}
