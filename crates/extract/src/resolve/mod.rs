//! Entity resolution: mentions to entities with stable IRIs, and raw
//! relations to relations between those IRIs with ontology properties.
//!
//! Within an article, mentions with the same normalised key (names without
//! determiners or company suffixes, countries and their demonyms through the
//! gazetteer, concept lemmas) and mentions linked by an extractor (aliases,
//! acronyms, coreference) become one entity. Across articles, the IRI is a
//! function of the key alone, so a second article that names the same thing
//! lands on the same node.

mod entities;
mod groups;
pub mod iri;
pub mod names;

use crate::extract::{Arg, Findings, RawRelation};
use newsgraph_core::extraction::{
    dedup_relations, drop_bare_roles, ArticleInfo, Attribution, Entity, Extraction, Object,
    Relation, SentenceInfo,
};
use newsgraph_core::gazetteer::Gazetteer;
use newsgraph_core::properties::Lexicon;
use newsgraph_core::Article;
use newsgraph_nlp::Doc;

/// Turns findings into an [`Extraction`].
pub struct Resolver {
    base: String,
    gazetteer: &'static Gazetteer,
    lexicon: &'static Lexicon,
}

impl Resolver {
    /// A resolver minting IRIs under `base` (which must end with `/` or `#`).
    pub fn new(base: &str) -> Result<Self, crate::Error> {
        iri::check_base(base)?;
        Ok(Resolver {
            base: base.to_string(),
            gazetteer: Gazetteer::embedded(),
            lexicon: Lexicon::embedded(),
        })
    }

    pub fn base(&self) -> &str {
        &self.base
    }

    pub fn lexicon(&self) -> &Lexicon {
        self.lexicon
    }

    /// The article's metadata with its stable IRI.
    pub fn article_info(&self, article: &Article) -> ArticleInfo {
        ArticleInfo {
            iri: iri::article_iri(&self.base, article),
            title: article.title.clone(),
            published: article.published.clone(),
            url: article.url.clone(),
            publisher: article.publisher.clone(),
            source: article.source.clone(),
        }
    }

    /// Resolves what the extractors found in `article` (analysed as `doc`).
    pub fn resolve(&self, article: &Article, doc: &Doc, findings: &Findings) -> Extraction {
        let keys = groups::keys(self.gazetteer, findings);
        let description = groups::descriptions(findings);
        let mut entity_of = vec![usize::MAX; findings.mentions.len()];
        let mut entities: Vec<Entity> = Vec::new();
        for all in groups::group(findings, &keys, &description).values() {
            for &i in all {
                entity_of[i] = entities.len();
            }
            entities.push(entities::entity(
                &self.base,
                self.gazetteer,
                findings,
                &keys,
                &description,
                all,
            ));
        }
        // two groups can share an IRI only if their keys are equal, which the
        // grouping already merged; sort for stable output
        let (entities, remap) = entities::sort_by_first_mention(entities);
        let iri_of = |m: usize| entities[remap[entity_of[m]]].iri.clone();
        let mut relations: Vec<Relation> = findings
            .relations
            .iter()
            .map(|r| self.relation(r, &iri_of))
            .collect();
        dedup_relations(&mut relations);
        let labels: std::collections::HashMap<&str, &str> = entities
            .iter()
            .map(|e| (e.iri.as_str(), e.label.as_str()))
            .collect();
        drop_bare_roles(&mut relations, |iri| labels.get(iri).copied());
        let sentences = doc
            .sentences
            .iter()
            .enumerate()
            .map(|(index, s)| SentenceInfo {
                index,
                start: s.start,
                end: s.end,
            })
            .collect();
        let attributions = findings
            .attributions
            .iter()
            .map(|a| Attribution {
                source: a.source.map(iri_of),
                source_text: a.source_text.clone(),
                cue: a.cue.as_ref().map(|(lemma, _)| lemma.clone()),
                cue_start: a.cue.as_ref().map(|(_, s)| s.start),
                cue_end: a.cue.as_ref().map(|(_, s)| s.end),
                start: a.content.start,
                end: a.content.end,
                negated: a.negated,
                modality: a.modality,
                reported_by: a.outer.map(iri_of),
                sentence: a.sentence,
            })
            .collect();
        Extraction {
            article: self.article_info(article),
            entities,
            relations,
            sentences,
            attributions,
        }
    }

    /// A raw relation between mentions as a relation between entity IRIs.
    fn relation(&self, r: &RawRelation, iri_of: &impl Fn(usize) -> String) -> Relation {
        let object = match &r.object {
            Arg::Mention(m) => Object::Entity(iri_of(*m)),
            Arg::Literal(s) => Object::Literal { literal: s.clone() },
        };
        let claimed_by = r.claimed_by.map(iri_of);
        let reported_by = r
            .reported_by
            .map(iri_of)
            .filter(|x| Some(x) != claimed_by.as_ref());
        Relation {
            subject: iri_of(r.subject),
            predicate: r.predicate.clone(),
            property: r
                .property
                .map_or_else(|| self.lexicon.property(&r.predicate), str::to_string),
            object,
            claimed_by,
            claim_verb: r.claim_verb.clone(),
            reported_by,
            modality: r.modality,
            negated: r.negated,
            sentence: r.sentence,
            start: r.span.start,
            end: r.span.end,
            confidence: r.confidence,
            extractor: r.extractor.to_string(),
            time: r.time.clone(),
            attribution: r.attribution,
        }
    }
}
