//! Entity resolution: mentions to entities with stable IRIs, and raw
//! relations to relations between those IRIs with ontology properties.
//!
//! Within an article, mentions with the same normalised key (names without
//! determiners or company suffixes, countries and their demonyms through the
//! gazetteer, concept lemmas) and mentions linked by an extractor (aliases,
//! acronyms, coreference) become one entity. Across articles, the IRI is a
//! function of the key alone, so a second article that names the same thing
//! lands on the same node.

pub mod aliases;
pub mod gazetteer;
pub mod iri;
pub mod lexicon;
pub mod names;

use crate::extract::{Arg, Findings};
use crate::extraction::{
    ArticleInfo, Entity, EntityType, Extraction, Object, Relation, SentenceInfo, Span,
};
use crate::read::Article;
use gazetteer::Gazetteer;
use lexicon::Lexicon;
use newsgraph_nlp::Doc;
use std::collections::BTreeMap;

/// Turns findings into an [`Extraction`].
pub struct Resolver {
    base: String,
    gazetteer: Gazetteer,
    lexicon: Lexicon,
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
        &self.lexicon
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
        let n = findings.mentions.len();
        // 1. a key per mention
        let keys: Vec<(String, Option<&'static str>)> = findings
            .mentions
            .iter()
            .map(|m| match self.gazetteer.lookup(&m.text) {
                Some(c) => (format!("country/{}", c.code.to_lowercase()), Some(c.name)),
                None => (
                    m.key.clone().unwrap_or_else(|| names::key(&m.text, m.kind)),
                    None,
                ),
            })
            .collect();
        // definite descriptions ("the company") are mentions, not names
        let mut description = vec![false; n];
        for &(d, _) in &findings.refers_to {
            description[d] = true;
        }
        // 2. union-find over equal keys and extractor links
        let mut uf = UnionFind::new(n);
        let mut first: BTreeMap<&str, usize> = BTreeMap::new();
        for (i, (k, _)) in keys.iter().enumerate() {
            if k.is_empty() || description[i] {
                continue;
            }
            match first.get(k.as_str()) {
                Some(&j) => uf.union(i, j),
                None => {
                    first.insert(k, i);
                }
            }
        }
        for &(a, b) in findings.same_as.iter().chain(&findings.refers_to) {
            uf.union(a, b);
        }
        names::link_short_person_names(&findings.mentions, &mut |a, b| uf.union(a, b));
        // 3. one entity per group
        let mut groups: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
        for i in 0..n {
            groups.entry(uf.find(i)).or_default().push(i);
        }
        let mut entity_of = vec![usize::MAX; n];
        let mut entities: Vec<Entity> = Vec::new();
        for all in groups.values() {
            // the names of the group: its members but the descriptions
            let named: Vec<usize> = all.iter().copied().filter(|&i| !description[i]).collect();
            let members = if named.is_empty() { all } else { &named };
            let gaz_label = members.iter().find_map(|&i| keys[i].1);
            let gaz_code = members
                .iter()
                .find_map(|&i| keys[i].0.strip_prefix("country/"));
            let kind = if gaz_label.is_some() {
                EntityType::Place
            } else {
                majority_type(members.iter().map(|&i| findings.mentions[i].kind))
            };
            // the most complete name is the label; the other names are aliases
            let mut texts: Vec<&str> = members
                .iter()
                .map(|&i| findings.mentions[i].text.as_str())
                .collect();
            texts.sort_by(|a, b| b.len().cmp(&a.len()).then(a.cmp(b)));
            let label = gaz_label
                .map(str::to_string)
                .unwrap_or_else(|| names::display_label(texts[0]));
            let mut aliases: Vec<String> = Vec::new();
            for t in &texts {
                let t = names::display_label(t);
                if !t.eq_ignore_ascii_case(&label)
                    && !aliases.iter().any(|a| a.eq_ignore_ascii_case(&t))
                {
                    aliases.push(t);
                }
            }
            let key = if gaz_label.is_some() {
                members
                    .iter()
                    .map(|&i| &keys[i].0)
                    .find(|k| k.starts_with("country/"))
                    .unwrap()
                    .clone()
            } else {
                // the longest key is the most specific, and stable across articles
                members
                    .iter()
                    .map(|&i| &keys[i].0)
                    .max_by(|a, b| a.len().cmp(&b.len()).then(b.cmp(a)))
                    .unwrap()
                    .clone()
            };
            let mut mentions: Vec<Span> = all.iter().map(|&i| findings.mentions[i].span).collect();
            mentions.sort();
            mentions.dedup();
            let idx = entities.len();
            for &i in all {
                entity_of[i] = idx;
            }
            let same_as = gaz_code
                .and_then(|c| self.gazetteer.by_code(c))
                .map(|c| vec![format!("http://www.wikidata.org/entity/{}", c.wikidata)])
                .unwrap_or_default();
            // a country's IRI is its name (entity/united-states)
            let key = match gaz_label {
                Some(name) => iri::slug(name),
                None => key,
            };
            entities.push(Entity {
                iri: iri::entity_iri(&self.base, &key),
                label,
                kind,
                aliases,
                mentions,
                same_as,
            });
        }
        // two groups can share an IRI only if their keys are equal, which the
        // union-find already merged; sort for stable output
        let mut order: Vec<usize> = (0..entities.len()).collect();
        order.sort_by_key(|&i| entities[i].mentions[0]);
        let mut remap = vec![0; entities.len()];
        for (new, &old) in order.iter().enumerate() {
            remap[old] = new;
        }
        let mut sorted: Vec<Option<Entity>> = entities.into_iter().map(Some).collect();
        let entities: Vec<Entity> = order.iter().map(|&i| sorted[i].take().unwrap()).collect();
        let iri_of = |m: usize| entities[remap[entity_of[m]]].iri.clone();

        // 4. relations
        let mut relations: Vec<Relation> = Vec::new();
        for r in &findings.relations {
            let subject = iri_of(r.subject);
            let object = match &r.object {
                Arg::Mention(m) => Object::Entity(iri_of(*m)),
                Arg::Literal(s) => Object::Literal { literal: s.clone() },
            };
            if Object::Entity(subject.clone()) == object {
                continue; // a thing related to itself is an artefact of resolution
            }
            let claimed_by = r.claimed_by.map(iri_of);
            let reported_by = r
                .reported_by
                .map(iri_of)
                .filter(|x| Some(x) != claimed_by.as_ref());
            let rel = Relation {
                subject,
                predicate: r.predicate.clone(),
                property: self.lexicon.property(&r.predicate),
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
            };
            let dup = relations.iter().any(|x| {
                x.subject == rel.subject
                    && x.predicate == rel.predicate
                    && x.object == rel.object
                    && x.claimed_by == rel.claimed_by
                    && x.sentence == rel.sentence
            });
            if !dup {
                relations.push(rel);
            }
        }
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
        Extraction {
            article: self.article_info(article),
            entities,
            relations,
            sentences,
        }
    }
}

fn majority_type(kinds: impl Iterator<Item = EntityType>) -> EntityType {
    let mut counts: BTreeMap<EntityType, usize> = BTreeMap::new();
    for k in kinds {
        *counts.entry(k).or_default() += 1;
    }
    // named types win over the generic ones on ties and when present at all
    let named = [
        EntityType::Person,
        EntityType::Organization,
        EntityType::Place,
        EntityType::Event,
    ];
    if let Some((&k, _)) = counts
        .iter()
        .filter(|(k, _)| named.contains(k))
        .max_by_key(|(k, c)| (**c, std::cmp::Reverse(**k)))
    {
        return k;
    }
    counts
        .into_iter()
        .max_by_key(|(k, c)| (*c, std::cmp::Reverse(*k)))
        .map(|(k, _)| k)
        .unwrap_or(EntityType::Concept)
}

struct UnionFind(Vec<usize>);

impl UnionFind {
    fn new(n: usize) -> Self {
        UnionFind((0..n).collect())
    }
    fn find(&mut self, mut i: usize) -> usize {
        while self.0[i] != i {
            self.0[i] = self.0[self.0[i]];
            i = self.0[i];
        }
        i
    }
    fn union(&mut self, a: usize, b: usize) {
        let (a, b) = (self.find(a), self.find(b));
        if a != b {
            // the earlier mention's root wins, for stable groups
            let (lo, hi) = if a < b { (a, b) } else { (b, a) };
            self.0[hi] = lo;
        }
    }
}
