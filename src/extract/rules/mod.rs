//! The `rules` extractor: entities, relations and claims read off the
//! dependency parse and the named entities of the NLP core.

mod attribution;
mod coref;
mod definite;
mod lexicon;
mod mentions;
mod relations;
mod repair;
mod time;

use super::{Arg, Extractor, Findings, RawRelation};
use crate::extraction::{EntityType, Modality, Span};
use crate::read::Article;
use crate::resolve::gazetteer::Gazetteer;
use newsgraph_nlp::Doc;

/// Dependency-pattern extraction (see the module docs of each step).
pub struct Rules {
    gazetteer: Gazetteer,
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

impl Extractor for Rules {
    fn name(&self) -> &'static str {
        "rules"
    }

    fn extract(&self, article: &Article, doc: &Doc, sink: &mut Findings) {
        let chars: Vec<char> = article.text.chars().collect();
        let repaired = repair::repair(doc);
        let doc = repaired.as_ref();
        let idx = mentions::find(doc, &chars, &self.gazetteer, sink);
        definite::link(doc, &idx, sink);
        // common nouns that name people or organisations ("officials",
        // "companies"), which "some" can be part of
        let animate = |c: usize| {
            doc.tokens[c].upos == "NOUN"
                && idx.of(c).is_some_and(|m| {
                    matches!(
                        sink.mentions[m].kind,
                        EntityType::Group | EntityType::Person | EntityType::Organization
                    )
                })
        };
        // he, she: the nearest person named before
        let person_antecedent: Vec<Option<usize>> = (0..doc.tokens.len())
            .map(|t| {
                coref::person_antecedent(doc, t, |c| {
                    idx.named[c].is_some_and(|m| sink.mentions[m].kind == EntityType::Person)
                })
                .and_then(|c| idx.named[c])
            })
            .collect();
        // "it added", "they said": the nearest organisation, place or group
        let speaker: Vec<Option<usize>> = (0..doc.tokens.len())
            .map(|t| {
                coref::speaker_antecedent(doc, t, |c, plural| {
                    idx.of(c).is_some_and(|m| match sink.mentions[m].kind {
                        EntityType::Organization => true,
                        EntityType::Place => !plural && idx.named[c].is_some(),
                        EntityType::Group => plural,
                        _ => false,
                    })
                })
                .and_then(|c| idx.of(c))
            })
            .collect();
        let partitive: Vec<Option<usize>> = (0..doc.tokens.len())
            .map(|t| coref::partitive_subject(doc, t, animate))
            .collect();
        let attributed = attribution::attributions(doc);
        // the mention a token stands for as an argument, through pronouns
        let arg = |t: usize| -> Option<usize> {
            if let Some(c) = coref::light_noun_complement(doc, t) {
                return idx.of(c);
            }
            if let Some(m) = idx.of(t) {
                return Some(m);
            }
            if let Some(a) = coref::relative_antecedent(doc, t) {
                // "some that are used": a quantifier standing for a noun
                return idx
                    .of(a)
                    .or_else(|| coref::quantifier_antecedent(doc, a).and_then(|q| idx.of(q)));
            }
            if let Some(q) = coref::quantifier_antecedent(doc, t) {
                if doc.tokens[t].deprel != "nsubj" {
                    return idx.of(q);
                }
            }
            if let Some(a) = coref::pronoun_antecedent(doc, t) {
                return idx.of(a);
            }
            if let Some(a) = person_antecedent[t] {
                return Some(a);
            }
            partitive[t].and_then(|a| idx.of(a))
        };
        let with_conjuncts = |t: usize| -> Vec<usize> {
            let mut v = vec![t];
            v.extend(doc.children(t).filter(|&c| {
                doc.tokens[c].deprel == "conj"
                    && matches!(doc.tokens[c].upos.as_str(), "NOUN" | "PROPN")
            }));
            v
        };
        let published = article
            .published
            .as_deref()
            .and_then(|d| chrono::NaiveDate::parse_from_str(d, "%Y-%m-%d").ok());
        for r in relations::find(doc) {
            let when = published.and_then(|p| time::of_verb(doc, r.anchor, p));
            let claim = &attributed[r.anchor];
            let source = match claim {
                Some(a) => match a.source.and_then(|s| speaker[s].or_else(|| arg(s))) {
                    Some(m) => Some(m),
                    None => continue, // attributed to someone we cannot name: never a fact
                },
                None => None,
            };
            for s_tok in with_conjuncts(r.subject) {
                for o_tok in with_conjuncts(r.object) {
                    let (Some(s), Some(o)) = (arg(s_tok), arg(o_tok)) else {
                        continue;
                    };
                    if s == o {
                        continue;
                    }
                    let anchor = &doc.tokens[r.anchor];
                    let spans = [sink.mentions[s].span, sink.mentions[o].span];
                    let start = spans
                        .iter()
                        .map(|x| x.start)
                        .min()
                        .unwrap()
                        .min(anchor.start);
                    let end = spans.iter().map(|x| x.end).max().unwrap().max(anchor.end);
                    let sentence = doc.sentence_of(r.anchor).unwrap_or(0);
                    sink.relation(RawRelation {
                        subject: s,
                        predicate: r.predicate.clone(),
                        object: Arg::Mention(o),
                        claimed_by: source,
                        claim_verb: claim.as_ref().map(|a| lexicon::claim_verb(&a.verb)),
                        reported_by: claim.as_ref().and_then(|a| a.outer).and_then(arg),
                        modality: if r.hedged {
                            Modality::Hedged
                        } else {
                            Modality::Asserted
                        },
                        negated: r.negated,
                        sentence,
                        span: Span { start, end },
                        confidence: if r.hedged {
                            r.confidence * 0.8
                        } else {
                            r.confidence
                        },
                        extractor: self.name(),
                        time: when.clone(),
                    });
                }
            }
        }
    }
}
