//! An [`Extraction`] to the quads of the article's named graph.
//!
//! The graph holds what the article says of each entity
//! (`ng:articleLabel`, `ng:articleAlias`, `ng:articleType`,
//! `ng:articleSameAs`); the entity's merged description lives in the
//! entities graph (see [`super::entities`]), so that a name is stated once
//! however many articles use it.
//!
//! Facts in the article's own voice become a direct triple plus a reified
//! statement (`rdf:Statement`, `ng:Fact`) carrying provenance; claims become
//! `ng:Claim` statements only, never direct triples.

use crate::extraction::{Extraction, Modality, Object};
use crate::vocab::{dcterms, ng, prov, rdf, rdfs, schema, xsd, REL_NS};
use newsgraph_core::properties::predicate_label;
use oxigraph::model::{GraphName, Literal, NamedNode, NamedOrBlankNode, Quad, Term};
use rustc_hash::FxHashSet;
use std::collections::BTreeSet;

/// Builds the quads of one article. `text` is the article text as read
/// (for sentence and mention strings).
pub fn to_quads(ex: &Extraction, text: &str) -> Result<Vec<Quad>, crate::Error> {
    let mut m = Mapper::new(ex, text)?;
    m.article()?;
    m.sentences()?;
    m.entities()?;
    m.attributions()?;
    m.relations()?;
    Ok(first_of_each(m.quads))
}

/// `quads` without repeats, each where it first came (hashing borrowed
/// quads: no quad is copied).
fn first_of_each(quads: Vec<Quad>) -> Vec<Quad> {
    let mut seen: FxHashSet<&Quad> = FxHashSet::default();
    seen.reserve(quads.len());
    let keep: Vec<bool> = quads.iter().map(|q| seen.insert(q)).collect();
    drop(seen);
    quads
        .into_iter()
        .zip(keep)
        .filter_map(|(q, k)| k.then_some(q))
        .collect()
}

impl Mapper<'_> {
    /// The characters `s..e` of the article text (clamped to it).
    fn slice(&self, s: usize, e: usize) -> String {
        let n = self.chars.len();
        self.chars[s.min(n)..e.min(n)].iter().collect()
    }

    /// The node of sentence `i` (the article's IRI, valid, with a suffix
    /// that keeps it valid).
    fn sentence_iri(&self, i: usize) -> NamedNode {
        NamedNode::new_unchecked(format!("{}-sentence-{i}", self.ex.article.iri))
    }

    /// The article node and its metadata.
    fn article(&mut self) -> Result<(), crate::Error> {
        let (ex, a, m) = (self.ex, self.article.clone(), self);
        m.add(&a, rdf::TYPE, term(schema::NEWS_ARTICLE));
        m.add(
            &a,
            schema::HEADLINE,
            Literal::new_simple_literal(&ex.article.title),
        );
        if let Some(d) = &ex.article.published {
            m.add(
                &a,
                schema::DATE_PUBLISHED,
                Literal::new_typed_literal(d, term(xsd::DATE)),
            );
        }
        if let Some(u) = &ex.article.url {
            m.add(
                &a,
                schema::URL,
                Literal::new_typed_literal(u, term(xsd::ANY_URI)),
            );
        }
        if !ex.article.source.is_empty() {
            m.add(
                &a,
                ng::SOURCE,
                Literal::new_simple_literal(&ex.article.source),
            );
        }
        if let Some(p) = &ex.article.publisher {
            m.add(&a, schema::PUBLISHER, Literal::new_simple_literal(p));
        }

        Ok(())
    }

    /// One node per sentence, with its span and text.
    fn sentences(&mut self) -> Result<(), crate::Error> {
        let (ex, a) = (self.ex, self.article.clone());
        for s in &ex.sentences {
            let si = self.sentence_iri(s.index);
            self.add(&si, rdf::TYPE, term(ng::SENTENCE));
            self.add(&si, dcterms::IS_PART_OF, a.clone());
            self.add(&si, ng::INDEX, Literal::from(s.index as i64));
            self.add(&si, ng::START, Literal::from(s.start as i64));
            self.add(&si, ng::END, Literal::from(s.end as i64));
            self.add(
                &si,
                ng::TEXT,
                Literal::new_simple_literal(self.slice(s.start, s.end)),
            );
        }

        Ok(())
    }

    /// The index of the sentence holding char `start`.
    fn sentence_at(&self, start: usize) -> Option<usize> {
        // the sentences are in text order: the last that starts at or
        // before `start` (binary search, for long articles)
        let after = self.ex.sentences.partition_point(|s| s.start <= start);
        self.ex.sentences[..after]
            .last()
            .filter(|s| start < s.end.max(s.start + 1))
            .map(|s| s.index)
    }

    /// The entities, their names and links, and one node per mention.
    fn entities(&mut self) -> Result<(), crate::Error> {
        let (ex, a) = (self.ex, self.article.clone());
        let mut mention_no = 0;
        for e in &ex.entities {
            let ei = iri(&e.iri)?;
            self.add(&ei, ng::ARTICLE_TYPE, term(e.kind.class_iri()));
            self.add(
                &ei,
                ng::ARTICLE_LABEL,
                Literal::new_simple_literal(&e.label),
            );
            for al in e.aliases.iter().filter(|al| **al != e.label) {
                self.add(&ei, ng::ARTICLE_ALIAS, Literal::new_simple_literal(al));
            }
            for s in &e.same_as {
                self.add(&ei, ng::ARTICLE_SAME_AS, iri(s)?);
            }
            self.add(&a, schema::MENTIONS, ei.clone());
            for sp in &e.mentions {
                let mi =
                    NamedNode::new_unchecked(format!("{}-mention-{mention_no}", ex.article.iri));
                mention_no += 1;
                self.add(&mi, rdf::TYPE, term(ng::MENTION));
                self.add(&mi, ng::REFERS_TO, ei.clone());
                self.add(&mi, dcterms::IS_PART_OF, a.clone());
                if let Some(s) = self.sentence_at(sp.start) {
                    self.add(&mi, ng::IN_SENTENCE, self.sentence_iri(s));
                }
                self.add(&mi, ng::START, Literal::from(sp.start as i64));
                self.add(&mi, ng::END, Literal::from(sp.end as i64));
                self.add(
                    &mi,
                    ng::TEXT,
                    Literal::new_simple_literal(self.slice(sp.start, sp.end)),
                );
            }
        }

        Ok(())
    }

    fn attribution_iri(&self, i: usize) -> NamedNode {
        NamedNode::new_unchecked(format!("{}-attribution-{i}", self.ex.article.iri))
    }

    /// One node per attributed statement: its content, cue and source.
    fn attributions(&mut self) -> Result<(), crate::Error> {
        let (ex, a) = (self.ex, self.article.clone());
        for (i, at) in ex.attributions.iter().enumerate() {
            let node = self.attribution_iri(i);
            self.add(&node, rdf::TYPE, term(ng::ATTRIBUTION_CLASS));
            self.add(&node, prov::WAS_DERIVED_FROM, a.clone());
            self.add(&node, ng::SENTENCE_PROP, self.sentence_iri(at.sentence));
            self.add(&node, ng::START, Literal::from(at.start as i64));
            self.add(&node, ng::END, Literal::from(at.end as i64));
            let text = self.slice(at.start, at.end);
            self.add(&node, ng::TEXT, Literal::new_simple_literal(text));
            if let Some(s) = &at.source {
                self.add(&node, ng::ATTRIBUTED_TO, iri(s)?);
            }
            if let Some(t) = &at.source_text {
                self.add(&node, ng::SOURCE_TEXT, Literal::new_simple_literal(t));
            }
            if let Some(c) = &at.cue {
                self.add(&node, ng::CUE, Literal::new_simple_literal(c));
            }
            if let (Some(s), Some(e)) = (at.cue_start, at.cue_end) {
                self.add(&node, ng::CUE_START, Literal::from(s as i64));
                self.add(&node, ng::CUE_END, Literal::from(e as i64));
            }
            self.add(&node, ng::NEGATED, Literal::from(at.negated));
            self.add(&node, ng::MODALITY, term(modality(at.modality)));
        }
        Ok(())
    }

    /// One statement per relation; a direct triple for an asserted,
    /// non-negated fact; the open properties the relations use.
    fn relations(&mut self) -> Result<(), crate::Error> {
        let (ex, a) = (self.ex, self.article.clone());
        let mut open_props = BTreeSet::new();
        for (k, r) in ex.relations.iter().enumerate() {
            let st = NamedNode::new_unchecked(format!("{}-statement-{k}", ex.article.iri));
            let s = iri(&r.subject)?;
            let p = iri(&r.property)?;
            if r.property.starts_with(REL_NS) {
                open_props.insert((r.property.clone(), r.predicate.clone()));
            }
            let o: Term = match &r.object {
                Object::Entity(e) => iri(e)?.into(),
                Object::Literal { literal } => Literal::new_simple_literal(literal).into(),
            };
            self.add(&st, rdf::TYPE, term(rdf::STATEMENT));
            self.add(
                &st,
                rdf::TYPE,
                term(if r.is_claim() { ng::CLAIM } else { ng::FACT }),
            );
            self.add(&st, rdf::SUBJECT, s.clone());
            self.add(&st, rdf::PREDICATE, p.clone());
            self.add(&st, rdf::OBJECT, o.clone());
            self.add(&st, ng::LEMMA, Literal::new_simple_literal(&r.predicate));
            self.add(&st, ng::MODALITY, term(modality(r.modality)));
            self.add(&st, ng::NEGATED, Literal::from(r.negated));
            self.add(&st, prov::WAS_DERIVED_FROM, a.clone());
            self.add(&st, ng::SENTENCE_PROP, self.sentence_iri(r.sentence));
            self.add(&st, ng::START, Literal::from(r.start as i64));
            self.add(&st, ng::END, Literal::from(r.end as i64));
            self.add(
                &st,
                ng::CONFIDENCE,
                Literal::new_typed_literal(decimal(r.confidence), term(xsd::DECIMAL)),
            );
            self.add(
                &st,
                ng::EXTRACTOR,
                Literal::new_simple_literal(&r.extractor),
            );
            if let Some(t) = &r.time {
                self.add(&st, ng::TIME_PROP, Literal::new_simple_literal(t));
            }
            if let Some(src) = &r.claimed_by {
                self.add(&st, ng::CLAIMED_BY, iri(src)?);
                if let Some(v) = &r.claim_verb {
                    self.add(&st, ng::CLAIM_VERB, Literal::new_simple_literal(v));
                }
                if let Some(outer) = &r.reported_by {
                    self.add(&st, ng::REPORTED_BY, iri(outer)?);
                }
                if let Some(k) = r.attribution.filter(|&k| k < ex.attributions.len()) {
                    self.add(&st, ng::ATTRIBUTION, self.attribution_iri(k));
                }
            } else if r.modality == Modality::Asserted && !r.negated {
                self.add(&s, p.as_str(), o);
            }
        }
        for (p, lemma) in open_props {
            let pi = iri(&p)?;
            self.add(&pi, rdf::TYPE, term(rdf::PROPERTY));
            self.add(&pi, rdf::TYPE, term(ng::RELATION_PROPERTY));
            self.add(
                &pi,
                rdfs::LABEL,
                Literal::new_simple_literal(predicate_label(&lemma)),
            );
        }
        Ok(())
    }
}

/// A confidence as the canonical xsd:decimal of two places ("0.4", "1"),
/// the form the store gives back, so that an article written again compares
/// equal to what is stored.
fn decimal(x: f32) -> String {
    let s = format!("{:.2}", x.clamp(0.0, 1.0));
    s.trim_end_matches('0').trim_end_matches('.').to_string()
}

fn modality(m: Modality) -> &'static str {
    match m {
        Modality::Asserted => ng::ASSERTED,
        Modality::Hedged => ng::HEDGED,
    }
}

fn iri(s: &str) -> Result<NamedNode, crate::Error> {
    NamedNode::new(s).map_err(|e| crate::Error::iri("IRI", s, e))
}

/// A term of the vocabularies (`crate::vocab`), whose IRIs are constants
/// that a test checks once: not parsed again for every quad.
fn term(s: &'static str) -> NamedNode {
    NamedNode::new_unchecked(s)
}

/// The quads of one article as they are built (repeats are dropped at the
/// end, see [`first_of_each`]).
struct Mapper<'a> {
    ex: &'a Extraction,
    chars: Vec<char>,
    article: NamedNode,
    graph: GraphName,
    quads: Vec<Quad>,
}

impl<'a> Mapper<'a> {
    fn new(ex: &'a Extraction, text: &str) -> Result<Self, crate::Error> {
        let a = iri(&ex.article.iri)?;
        Ok(Mapper {
            ex,
            chars: text.chars().collect(),
            graph: GraphName::NamedNode(a.clone()),
            article: a,
            quads: Vec::new(),
        })
    }

    fn add(&mut self, s: &NamedNode, p: &str, o: impl Into<Term>) {
        let q = Quad::new(
            NamedOrBlankNode::NamedNode(s.clone()),
            NamedNode::new_unchecked(p),
            o,
            self.graph.clone(),
        );
        self.quads.push(q);
    }
}

#[cfg(test)]
mod tests {
    use super::decimal;
    use crate::extraction::EntityType;
    use crate::vocab::{ng, rdf, schema, xsd};
    use oxigraph::model::NamedNode;

    #[test]
    fn the_vocabulary_terms_are_iris() {
        let classes = EntityType::ALL.map(|t| t.class_iri());
        let terms = [
            schema::NEWS_ARTICLE,
            xsd::DATE,
            xsd::ANY_URI,
            xsd::DECIMAL,
            ng::SENTENCE,
            ng::MENTION,
            ng::ATTRIBUTION_CLASS,
            ng::ASSERTED,
            ng::HEDGED,
            ng::CLAIM,
            ng::FACT,
            ng::RELATION_PROPERTY,
            rdf::STATEMENT,
            rdf::PROPERTY,
        ];
        for t in terms.iter().chain(&classes) {
            assert!(NamedNode::new(*t).is_ok(), "{t}");
        }
    }

    #[test]
    fn confidences_are_canonical_decimals() {
        assert_eq!(decimal(0.4), "0.4");
        assert_eq!(decimal(0.456), "0.46");
        assert_eq!(decimal(1.0), "1");
        assert_eq!(decimal(0.0), "0");
        assert_eq!(decimal(1.7), "1");
    }
}
