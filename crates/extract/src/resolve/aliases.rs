//! Cross-article resolution: an index from every name an entity was given
//! (label and aliases, normalised) to its IRI, so that an article that only
//! says "ZPMC" lands on the node an earlier article named "Shanghai Zhenhua
//! Heavy Industries Company Limited (ZPMC)".

use super::names;
use newsgraph_core::extraction::{dedup_relations, Entity, EntityType, Extraction, Object};
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

/// One name an entity was given in an earlier article (its label or an alias).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KnownName {
    pub iri: String,
    pub name: String,
    pub kind: EntityType,
}

/// Normalised name -> entity IRI.
#[derive(Debug, Default, Clone)]
pub struct AliasIndex {
    by_name: HashMap<String, String>,
}

impl AliasIndex {
    /// An index of names already given to entities, as the store lists
    /// them (its entities' labels and aliases, with their types).
    pub fn from_names(names: impl IntoIterator<Item = KnownName>) -> Self {
        let mut index = AliasIndex::default();
        for n in names {
            if indexed(n.kind) {
                if let Some(k) = name_key(&n.name, n.kind) {
                    index.by_name.entry(k).or_insert(n.iri);
                }
            }
        }
        index
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
            let mut merged: Vec<Entity> = Vec::new();
            for e in ex.entities.drain(..) {
                match merged.iter_mut().find(|m| m.iri == e.iri) {
                    Some(m) => m.merge(e),
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
            for a in &mut ex.attributions {
                for iri in [&mut a.source, &mut a.reported_by].into_iter().flatten() {
                    fix(iri);
                }
            }
            dedup_relations(&mut ex.relations);
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
