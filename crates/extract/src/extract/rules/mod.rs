//! The `rules` extractor: entities, relations and claims read off the
//! dependency parse and the named entities of the NLP core.

mod acronyms;
mod arguments;
mod ascription;
mod attribution;
mod confidence;
mod coref;
mod definite;
mod gender;
mod institutions;
mod learned;
mod mentions;
mod mood;
mod nominal;
mod obliques;
mod quantities;
mod quotes;
mod relations;
mod repair;
mod role_names;
mod roles;
mod source_head;
mod subjects;
#[cfg(test)]
mod tests;
mod time;
mod typed;
mod voice;

use super::{Arg, Extractor, Findings, RawRelation};
use confidence::Pattern;
use newsgraph_core::extraction::{EntityType, Modality, Span};
use newsgraph_core::gazetteer::Gazetteer;
use newsgraph_core::Article;
use newsgraph_nlp::Doc;
use newsgraph_nlp::{DepRel, Upos};

/// Dependency-pattern extraction (see the module docs of each step).
pub struct Rules {
    gazetteer: &'static Gazetteer,
}

impl Rules {
    pub fn new() -> Self {
        Rules {
            gazetteer: Gazetteer::embedded(),
        }
    }
}

impl Default for Rules {
    fn default() -> Self {
        Self::new()
    }
}

/// Whether token `t`, mentioned as `m`, is a time or a number rather than
/// a thing ("after a week", "sent tens"): no argument of a relation. A
/// number with "of" ("millions of passengers") stands for its complement.
fn measure(doc: &Doc, t: usize, m: &super::Mention) -> bool {
    m.kind == EntityType::Time
        || (coref::light_noun_complement(doc, t).is_none() && time::is_time_or_number(doc, t))
}

/// Where argument token `t`, standing for mention `m`, lies in the text:
/// the mention when it holds the token, else the token itself (a pronoun
/// or a definite description standing for a mention made before, which
/// a statement's span must not reach back to).
fn argument_span(doc: &Doc, t: usize, m: &super::Mention) -> Span {
    let tok = &doc.tokens[t];
    if m.span.start <= tok.start && tok.end <= m.span.end {
        m.span
    } else {
        Span {
            start: tok.start,
            end: tok.end,
        }
    }
}

/// The characters a statement read at token `anchor` covers: the anchor
/// and the spans of its arguments ([`argument_span`], [`object_arg`]).
fn statement_span(doc: &Doc, anchor: usize, args: [Span; 2]) -> (usize, usize) {
    let a = &doc.tokens[anchor];
    args.iter()
        .fold((a.start, a.end), |(x, y), s| (x.min(s.start), y.max(s.end)))
}

/// Token `t` and its nominal conjuncts ("cranes and sensors"). The
/// coordinator stands before the last conjunct, so what the parser hung on
/// as a conjunct after that one is none: it is mostly an apposition or
/// the words of a title ("The Testaments and Evaristo's kaleidoscope,
/// Girl, Woman, Other"). A conjunct denied with "not" is none either ("an
/// FDR in Iraq, not a Ronald Reagan").
fn with_conjuncts(doc: &Doc, t: usize) -> Vec<usize> {
    let conjuncts: Vec<usize> = doc
        .children(t)
        .filter(|&c| {
            doc.tokens[c].deprel == DepRel::Conj
                && matches!(doc.tokens[c].upos, Upos::Noun | Upos::Propn)
        })
        .collect();
    let last = conjuncts
        .iter()
        .copied()
        .filter(|&c| doc.children(c).any(|k| doc.tokens[k].deprel == DepRel::Cc))
        .max()
        .unwrap_or(usize::MAX);
    let mut v = vec![t];
    v.extend(
        conjuncts
            .into_iter()
            .filter(|&c| c <= last && !mood::has(doc, c, DepRel::Advmod, &["not", "never"])),
    );
    v
}

/// The confidence of relation `r` read between tokens `args` (subject,
/// object) as `object`, a claim or not, over characters `span`; its
/// evidence goes to standard error when `explain` is set.
fn confidence_of(
    doc: &Doc,
    r: &relations::TokenRelation,
    args: (usize, usize),
    object: &Arg,
    claim: bool,
    span: std::ops::Range<usize>,
    explain: bool,
) -> f32 {
    let evidence = confidence::Evidence {
        pattern: r.pattern,
        verb: doc.tokens[r.anchor].lemma.to_lowercase(),
        anchor: r.anchor,
        subject: args.0,
        object: args.1,
        literal: matches!(object, Arg::Literal(_)),
        chars: span.len(),
        claim,
        hedged: r.hedged,
        negated: r.negated,
    };
    if explain {
        confidence::explain(doc, &evidence, &r.predicate, span.clone());
    }
    evidence.confidence(doc)
}

/// An error unless `doc` is tagged (or empty): the rules read the parse.
fn require_tags(article: &Article, doc: &Doc) -> Result<(), crate::Error> {
    if !doc.tagged && !doc.tokens.is_empty() {
        return Err(crate::Error::Stage {
            input: article.source.clone(),
            source: newsgraph_nlp::StageError::MissingLayer {
                stage: "rules extractor",
                needs: "tagger",
            },
        });
    }
    Ok(())
}

/// The literal property an adjective `a` predicates, and where it lies
/// ([`relations::adjective_phrase`]).
fn property(doc: &Doc, chars: &[char], a: usize) -> (Arg, Span) {
    let r = relations::adjective_phrase(doc, a);
    let (start, end) = (doc.tokens[r.start].start, doc.tokens[r.end - 1].end);
    let text: String = chars.get(start..end).unwrap_or_default().iter().collect();
    (Arg::Literal(text), Span { start, end })
}

/// The object of a relation at token `t` and where it lies: a count ("381
/// people") as a literal ([`quantities::counted`]), else the mention `m`
/// that `t` stands for, unless that is a time or a bare number.
fn object_arg(
    doc: &Doc,
    chars: &[char],
    t: usize,
    m: Option<usize>,
    mentions: &[super::Mention],
) -> Option<(Arg, Span)> {
    if let Some(r) = quantities::counted(doc, t) {
        let (start, end) = (doc.tokens[r.start].start, doc.tokens[r.end - 1].end);
        let text: String = chars.get(start..end)?.iter().collect();
        return Some((Arg::Literal(text), Span { start, end }));
    }
    let m = m?;
    (!measure(doc, t, &mentions[m])).then(|| (Arg::Mention(m), argument_span(doc, t, &mentions[m])))
}

impl Extractor for Rules {
    fn name(&self) -> &'static str {
        "rules"
    }

    fn extract(
        &self,
        article: &Article,
        doc: &Doc,
        sink: &mut Findings,
    ) -> Result<(), crate::Error> {
        require_tags(article, doc)?;
        let chars: Vec<char> = article.text.chars().collect();
        let repaired = repair::repair(doc);
        let doc = repaired.as_ref();
        let idx = mentions::find(doc, &chars, self.gazetteer, sink);
        definite::link(doc, &idx, sink);
        let quotes = quotes::Quotations::of(doc);
        let mut attributed = attribution::attributions(doc);
        let model_content = learned::add(doc, &mut attributed);
        quotes::run_on_quotes(doc, &quotes, &mut attributed);
        let voices = quotes::voices(&quotes, &attributed);
        let args = arguments::Arguments::new(doc, &idx, &sink.mentions, &quotes, &voices);
        let unsure = learned::unsure(doc);
        let listed = learned::list(doc, |t| idx.of(t), |t| args.source(t), sink);
        let arg = |t: usize| args.of(t);
        let published = article
            .published
            .as_deref()
            .and_then(|d| chrono::NaiveDate::parse_from_str(d, "%Y-%m-%d").ok());
        let explain = confidence::explaining();
        let voice = voice::Voice {
            attributed: &attributed,
            quotes: &quotes,
            unsure: &unsure,
            args: &args,
        };
        for r in relations::find(doc) {
            let when = published.and_then(|p| time::of_verb(doc, r.anchor, p));
            let voiced = voice.of_anchor(doc, r.anchor);
            let Some(source) = voiced else {
                continue;
            };
            let (subjects, objects) = if r.distributes {
                (
                    with_conjuncts(doc, r.subject),
                    with_conjuncts(doc, r.object),
                )
            } else {
                (vec![r.subject], vec![r.object])
            };
            for &s_tok in &subjects {
                for &o_tok in &objects {
                    let Some(s) = arg(s_tok).filter(|&s| !measure(doc, s_tok, &sink.mentions[s]))
                    else {
                        continue;
                    };
                    let object = if r.pattern == Pattern::Attribute {
                        // a property is kept as someone's claim only: in the
                        // article's own voice it is mostly description
                        source.map(|_| property(doc, &chars, o_tok))
                    } else {
                        object_arg(doc, &chars, o_tok, arg(o_tok), &sink.mentions)
                    };
                    let Some((object, o_span)) = object else {
                        continue;
                    };
                    if object == Arg::Mention(s) {
                        continue;
                    }
                    let s_span = argument_span(doc, s_tok, &sink.mentions[s]);
                    let (start, end) = statement_span(doc, r.anchor, [s_span, o_span]);
                    if let Some(k) = model_content[r.anchor] {
                        let c = learned::content_chars(doc, &doc.attributions[k]);
                        // across a content's edge: neither its claim nor a
                        // fact, unless its subject is the source itself (an
                        // intention: "the panel refused to name a winner")
                        if !learned::within(&(start..end), &c) && source != Some(s) {
                            continue;
                        }
                    }
                    let sentence = doc.sentence_of(r.anchor).unwrap_or(0);
                    let confidence = confidence_of(
                        doc,
                        &r,
                        (s_tok, o_tok),
                        &object,
                        source.is_some(),
                        start..end,
                        explain,
                    );
                    sink.relation(RawRelation {
                        subject: s,
                        predicate: r.predicate.clone(),
                        property: None,
                        object,
                        claimed_by: source,
                        claim_verb: source.and(voice.claim_verb(r.anchor)),
                        reported_by: source.and(voice.reported_by(r.anchor)),
                        modality: if r.hedged {
                            Modality::Hedged
                        } else {
                            Modality::Asserted
                        },
                        negated: r.negated,
                        sentence,
                        span: Span { start, end },
                        confidence,
                        extractor: self.name(),
                        time: when.clone(),
                        attribution: source.and(listed[r.anchor]),
                    });
                }
            }
        }
        typed::add(
            doc,
            &idx,
            &voice,
            (&model_content, &listed),
            published,
            sink,
        );
        Ok(())
    }
}
