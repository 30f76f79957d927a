//! Cross-article resolution: an index from every name an entity was given
//! (label and aliases, normalised) to its IRI, so that an article that only
//! says "ZPMC" lands on the node an earlier article named "Shanghai Zhenhua
//! Heavy Industries Company Limited (ZPMC)".

use super::names;
use crate::extraction::{EntityType, Extraction, Object};
use crate::vocab::{ng, rdfs, skos};
use oxigraph::model::Term;
use oxigraph::sparql::{QueryResults, SparqlEvaluator};
use oxigraph::store::Store;
use std::collections::HashMap;

/// Named things only: common nouns ("the company") must not pull entities together.
fn indexed(kind: EntityType) -> bool {
    matches!(
        kind,
        EntityType::Person | EntityType::Organization | EntityType::Place | EntityType::Event
    )
}

fn name_key(name: &str, kind: EntityType) -> Option<String> {
    let k = names::key(name, kind);
    (k.chars().filter(|c| c.is_alphanumeric()).count() >= 2).then_some(k)
}

/// Normalised name -> entity IRI.
#[derive(Debug, Default, Clone)]
pub struct AliasIndex {
    by_name: HashMap<String, String>,
}

impl AliasIndex {
    /// An index of the named entities already in `store`.
    pub fn from_store(store: &Store) -> Result<Self, crate::Error> {
        let q = format!(
            "SELECT DISTINCT ?e ?n ?c WHERE {{ ?e a <{}> ; a ?c ; <{}>|<{}> ?n }}",
            ng::ENTITY,
            rdfs::LABEL,
            skos::ALT_LABEL
        );
        let mut p = SparqlEvaluator::new().parse_query(&q)?;
        p.dataset_mut().set_default_graph_as_union();
        let mut index = AliasIndex::default();
        if let QueryResults::Solutions(rows) = p.on_store(store).execute()? {
            for row in rows {
                let row = row?;
                let (Some(Term::NamedNode(e)), Some(Term::Literal(n)), Some(Term::NamedNode(c))) =
                    (row.get("e"), row.get("n"), row.get("c"))
                else {
                    continue;
                };
                let Some(kind) = EntityType::from_class_iri(c.as_str()) else {
                    continue;
                };
                if indexed(kind) {
                    if let Some(k) = name_key(n.value(), kind) {
                        index
                            .by_name
                            .entry(k)
                            .or_insert_with(|| e.as_str().to_string());
                    }
                }
            }
        }
        Ok(index)
    }

    pub fn len(&self) -> usize {
        self.by_name.len()
    }

    pub fn is_empty(&self) -> bool {
        self.by_name.is_empty()
    }

    /// Moves the extraction's entities onto the IRIs known for their names,
    /// merges entities that end up on one IRI, and records their names.
    pub fn canonicalize(&mut self, ex: &mut Extraction) {
        let mut renamed: HashMap<String, String> = HashMap::new();
        for e in &mut ex.entities {
            if !indexed(e.kind) {
                continue;
            }
            let known = std::iter::once(&e.label)
                .chain(&e.aliases)
                .filter_map(|n| name_key(n, e.kind))
                .find_map(|k| self.by_name.get(&k).filter(|iri| **iri != e.iri).cloned());
            if let Some(iri) = known {
                renamed.insert(std::mem::replace(&mut e.iri, iri.clone()), iri);
            }
        }
        if !renamed.is_empty() {
            // entities now sharing an IRI become one
            let mut merged: Vec<crate::extraction::Entity> = Vec::new();
            for e in ex.entities.drain(..) {
                match merged.iter_mut().find(|m| m.iri == e.iri) {
                    Some(m) => {
                        let (long, short) = if e.label.len() > m.label.len() {
                            (e.label.clone(), m.label.clone())
                        } else {
                            (m.label.clone(), e.label.clone())
                        };
                        m.label = long;
                        for a in std::iter::once(short).chain(e.aliases) {
                            if !a.eq_ignore_ascii_case(&m.label)
                                && !m.aliases.iter().any(|x| x.eq_ignore_ascii_case(&a))
                            {
                                m.aliases.push(a);
                            }
                        }
                        m.aliases.retain(|a| !a.eq_ignore_ascii_case(&m.label));
                        m.mentions.extend(e.mentions);
                        m.mentions.sort();
                        m.mentions.dedup();
                    }
                    None => merged.push(e),
                }
            }
            ex.entities = merged;
            let fix = |iri: &mut String| {
                if let Some(n) = renamed.get(iri.as_str()) {
                    *iri = n.clone();
                }
            };
            for r in &mut ex.relations {
                fix(&mut r.subject);
                if let Object::Entity(o) = &mut r.object {
                    fix(o);
                }
                if let Some(c) = &mut r.claimed_by {
                    fix(c);
                }
                if let Some(c) = &mut r.reported_by {
                    fix(c);
                }
            }
            ex.relations
                .retain(|r| Object::Entity(r.subject.clone()) != r.object);
        }
        for e in &ex.entities {
            if !indexed(e.kind) {
                continue;
            }
            for n in std::iter::once(&e.label).chain(&e.aliases) {
                if let Some(k) = name_key(n, e.kind) {
                    self.by_name.entry(k).or_insert_with(|| e.iri.clone());
                }
            }
        }
    }
}
