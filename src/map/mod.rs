//! Mapping: an [`Extraction`] to RDF quads in the article's named graph,
//! following `ontologies/newsgraph.ttl` (see ARCHITECTURE.md for the shape).
//!
//! Facts in the article's own voice become a direct triple plus a reified
//! statement (`rdf:Statement`, `ng:Fact`) carrying provenance; claims become
//! `ng:Claim` statements only, never direct triples.

use crate::extraction::{Extraction, Modality, Object};
use crate::resolve::lexicon::predicate_label;
use crate::vocab::{dcterms, ng, owl, prov, rdf, rdfs, schema, skos, xsd, REL_NS};
use oxigraph::model::{GraphName, Literal, NamedNode, NamedOrBlankNode, Quad, Term};
use std::collections::{BTreeSet, HashSet};

/// Builds the quads of one article. `text` is the article text as read
/// (for sentence and mention strings).
pub fn to_quads(ex: &Extraction, text: &str) -> Result<Vec<Quad>, crate::Error> {
    let mut m = Mapper::new(&ex.article.iri)?;
    let chars: Vec<char> = text.chars().collect();
    let slice = |s: usize, e: usize| -> String {
        chars[s.min(chars.len())..e.min(chars.len())]
            .iter()
            .collect()
    };
    let a = m.article.clone();

    // the article
    m.add(&a, rdf::TYPE, iri(schema::NEWS_ARTICLE)?);
    m.add(
        &a,
        schema::HEADLINE,
        Literal::new_simple_literal(&ex.article.title),
    );
    if let Some(d) = &ex.article.published {
        m.add(
            &a,
            schema::DATE_PUBLISHED,
            Literal::new_typed_literal(d, iri(xsd::DATE)?),
        );
    }
    if let Some(u) = &ex.article.url {
        m.add(
            &a,
            schema::URL,
            Literal::new_typed_literal(u, iri(xsd::ANY_URI)?),
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

    // sentences
    let sentence_iri = |i: usize| format!("{}-sentence-{i}", ex.article.iri);
    for s in &ex.sentences {
        let si = iri(&sentence_iri(s.index))?;
        m.add(&si, rdf::TYPE, iri(ng::SENTENCE)?);
        m.add(&si, dcterms::IS_PART_OF, a.clone());
        m.add(&si, ng::INDEX, Literal::from(s.index as i64));
        m.add(&si, ng::START, Literal::from(s.start as i64));
        m.add(&si, ng::END, Literal::from(s.end as i64));
        m.add(
            &si,
            ng::TEXT,
            Literal::new_simple_literal(slice(s.start, s.end)),
        );
    }
    let sentence_at = |start: usize| -> Option<usize> {
        ex.sentences
            .iter()
            .find(|s| s.start <= start && start < s.end.max(s.start + 1))
            .map(|s| s.index)
    };

    // entities and their mentions
    let mut mention_no = 0;
    for e in &ex.entities {
        let ei = iri(&e.iri)?;
        m.add(&ei, rdf::TYPE, iri(ng::ENTITY)?);
        m.add(&ei, rdf::TYPE, iri(e.kind.class_iri())?);
        m.add(&ei, rdfs::LABEL, Literal::new_simple_literal(&e.label));
        for al in &e.aliases {
            m.add(&ei, skos::ALT_LABEL, Literal::new_simple_literal(al));
        }
        for s in &e.same_as {
            m.add(&ei, owl::SAME_AS, iri(s)?);
        }
        m.add(&a, schema::MENTIONS, ei.clone());
        for sp in &e.mentions {
            let mi = iri(&format!("{}-mention-{mention_no}", ex.article.iri))?;
            mention_no += 1;
            m.add(&mi, rdf::TYPE, iri(ng::MENTION)?);
            m.add(&mi, ng::REFERS_TO, ei.clone());
            m.add(&mi, dcterms::IS_PART_OF, a.clone());
            if let Some(s) = sentence_at(sp.start) {
                m.add(&mi, ng::IN_SENTENCE, iri(&sentence_iri(s))?);
            }
            m.add(&mi, ng::START, Literal::from(sp.start as i64));
            m.add(&mi, ng::END, Literal::from(sp.end as i64));
            m.add(
                &mi,
                ng::TEXT,
                Literal::new_simple_literal(slice(sp.start, sp.end)),
            );
        }
    }

    // relations
    let mut open_props = BTreeSet::new();
    for (k, r) in ex.relations.iter().enumerate() {
        let st = iri(&format!("{}-statement-{k}", ex.article.iri))?;
        let s = iri(&r.subject)?;
        let p = iri(&r.property)?;
        if r.property.starts_with(REL_NS) {
            open_props.insert((r.property.clone(), r.predicate.clone()));
        }
        let o: Term = match &r.object {
            Object::Entity(e) => iri(e)?.into(),
            Object::Literal { literal } => Literal::new_simple_literal(literal).into(),
        };
        m.add(&st, rdf::TYPE, iri(rdf::STATEMENT)?);
        m.add(
            &st,
            rdf::TYPE,
            iri(if r.is_claim() { ng::CLAIM } else { ng::FACT })?,
        );
        m.add(&st, rdf::SUBJECT, s.clone());
        m.add(&st, rdf::PREDICATE, p.clone());
        m.add(&st, rdf::OBJECT, o.clone());
        m.add(&st, ng::LEMMA, Literal::new_simple_literal(&r.predicate));
        m.add(
            &st,
            ng::MODALITY,
            iri(match r.modality {
                Modality::Asserted => ng::ASSERTED,
                Modality::Hedged => ng::HEDGED,
            })?,
        );
        m.add(&st, ng::NEGATED, Literal::from(r.negated));
        m.add(&st, prov::WAS_DERIVED_FROM, a.clone());
        m.add(&st, ng::SENTENCE_PROP, iri(&sentence_iri(r.sentence))?);
        m.add(&st, ng::START, Literal::from(r.start as i64));
        m.add(&st, ng::END, Literal::from(r.end as i64));
        m.add(
            &st,
            ng::CONFIDENCE,
            Literal::new_typed_literal(
                format!("{:.2}", r.confidence.clamp(0.0, 1.0)),
                iri(xsd::DECIMAL)?,
            ),
        );
        m.add(
            &st,
            ng::EXTRACTOR,
            Literal::new_simple_literal(&r.extractor),
        );
        if let Some(t) = &r.time {
            m.add(&st, ng::TIME_PROP, Literal::new_simple_literal(t));
        }
        if let Some(src) = &r.claimed_by {
            m.add(&st, ng::CLAIMED_BY, iri(src)?);
            if let Some(v) = &r.claim_verb {
                m.add(&st, ng::CLAIM_VERB, Literal::new_simple_literal(v));
            }
            if let Some(outer) = &r.reported_by {
                m.add(&st, ng::REPORTED_BY, iri(outer)?);
            }
        } else if r.modality == Modality::Asserted && !r.negated {
            m.add(&s, p.as_str(), o);
        }
    }
    for (p, lemma) in open_props {
        let pi = iri(&p)?;
        m.add(&pi, rdf::TYPE, iri(rdf::PROPERTY)?);
        m.add(&pi, rdf::TYPE, iri(ng::RELATION_PROPERTY)?);
        m.add(
            &pi,
            rdfs::LABEL,
            Literal::new_simple_literal(predicate_label(&lemma)),
        );
    }
    Ok(m.quads)
}

fn iri(s: &str) -> Result<NamedNode, crate::Error> {
    NamedNode::new(s).map_err(|e| crate::Error::Invalid(format!("invalid IRI <{s}>: {e}")))
}

struct Mapper {
    article: NamedNode,
    graph: GraphName,
    quads: Vec<Quad>,
    seen: HashSet<Quad>,
}

impl Mapper {
    fn new(article: &str) -> Result<Self, crate::Error> {
        let a = iri(article)?;
        Ok(Mapper {
            graph: GraphName::NamedNode(a.clone()),
            article: a,
            quads: Vec::new(),
            seen: HashSet::new(),
        })
    }

    fn add(&mut self, s: &NamedNode, p: &str, o: impl Into<Term>) {
        let q = Quad::new(
            NamedOrBlankNode::NamedNode(s.clone()),
            NamedNode::new_unchecked(p),
            o,
            self.graph.clone(),
        );
        if self.seen.insert(q.clone()) {
            self.quads.push(q);
        }
    }
}
