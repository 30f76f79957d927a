//! The merge of what articles say of an entity into its one description in
//! the entities graph ([`ENTITIES_GRAPH`]).
//!
//! Each article graph states its own view of an entity: the label it gives
//! it (`ng:articleLabel`), its other names (`ng:articleAlias`), its type
//! (`ng:articleType`) and its links (`ng:articleSameAs`). The entities graph
//! holds the merge, a function of the set of those statements alone, so that
//! it does not depend on the order or batching of articles:
//!
//! - `rdf:type ng:Entity` and the one type class that ranks first
//!   ([`type_rank`]) among those the articles give;
//! - one `rdfs:label`: the best label ([`label_order`]) the articles give;
//! - `skos:altLabel`: every other label and alias;
//! - `ng:nameKey`: each of those names in lower case ([`name_key`]), so
//!   that a query finds an entity by name with an index lookup;
//! - `owl:sameAs`: every link;
//! - `ng:articleCount`: how many article graphs name it.
//!
//! The store keeps the graph equal to this merge as articles come and go
//! (`store::merge`); `extract` writes the merge of each article alone.

use crate::extraction::{EntityType, Extraction};
use crate::vocab::{ng, owl, rdf, rdfs, skos, ENTITIES_GRAPH};
use oxigraph::model::{GraphName, Literal, NamedNode, NamedOrBlankNode, Quad, Term};
use std::cmp::Ordering;
use std::collections::BTreeSet;

/// The merged description of one entity.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Description {
    pub iri: String,
    /// Its type class IRI.
    pub class: String,
    pub label: String,
    /// Its other names (labels and aliases the articles give, but `label`).
    pub alt_labels: BTreeSet<String>,
    pub same_as: BTreeSet<String>,
    /// How many articles name it (`ng:articleCount`).
    pub articles: u64,
}

/// The key a name is looked up by: lower case (as SPARQL's `LCASE`), with
/// runs of white space made one space and none at either end.
pub fn name_key(name: &str) -> String {
    name.split_whitespace()
        .map(str::to_lowercase)
        .collect::<Vec<_>>()
        .join(" ")
}

/// How good a label is: the longer (the more complete name) first, then,
/// for a fixed order, the greater string (so "officials" beats "Officials").
pub fn label_order(a: &str, b: &str) -> Ordering {
    a.chars()
        .count()
        .cmp(&b.chars().count())
        .then_with(|| a.cmp(b))
}

/// The best of several labels.
pub fn best_label<'a>(labels: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    labels.into_iter().max_by(|a, b| label_order(a, b))
}

/// The rank of a type class: lower wins. Named things (person,
/// organisation, place, event) come before the generic types, so that an
/// entity some article names keeps its name's type.
pub fn type_rank(class: &str) -> usize {
    const ORDER: [EntityType; 8] = [
        EntityType::Person,
        EntityType::Organization,
        EntityType::Place,
        EntityType::Event,
        EntityType::Group,
        EntityType::Artifact,
        EntityType::Concept,
        EntityType::Time,
    ];
    ORDER
        .iter()
        .position(|t| t.class_iri() == class)
        .unwrap_or(ORDER.len())
}

/// The best of several type classes (ties, which only unknown classes
/// have, go to the smaller IRI).
pub fn best_type<'a>(classes: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    classes
        .into_iter()
        .min_by(|a, b| type_rank(a).cmp(&type_rank(b)).then_with(|| a.cmp(b)))
}

impl Description {
    /// The quads of the description, in the entities graph.
    pub fn quads(&self) -> Result<Vec<Quad>, crate::Error> {
        let e = NamedOrBlankNode::NamedNode(named(&self.iri)?);
        let g = GraphName::NamedNode(NamedNode::new_unchecked(ENTITIES_GRAPH));
        let q = |p: &str, o: Term| Quad::new(e.clone(), NamedNode::new_unchecked(p), o, g.clone());
        let mut out = vec![
            q(rdf::TYPE, named(ng::ENTITY)?.into()),
            q(rdf::TYPE, named(&self.class)?.into()),
            q(rdfs::LABEL, Literal::new_simple_literal(&self.label).into()),
        ];
        for a in &self.alt_labels {
            out.push(q(skos::ALT_LABEL, Literal::new_simple_literal(a).into()));
        }
        let keys: BTreeSet<String> = std::iter::once(&self.label)
            .chain(&self.alt_labels)
            .map(|n| name_key(n))
            .filter(|k| !k.is_empty())
            .collect();
        for k in keys {
            out.push(q(ng::NAME_KEY, Literal::new_simple_literal(k).into()));
        }
        for s in &self.same_as {
            out.push(q(owl::SAME_AS, named(s)?.into()));
        }
        out.push(q(
            ng::ARTICLE_COUNT,
            Literal::from(self.articles as i64).into(),
        ));
        Ok(out)
    }
}

/// The descriptions of an extraction's entities as that article alone
/// gives them (what the entities graph holds when the store has only it).
pub fn descriptions(ex: &Extraction) -> Vec<Description> {
    ex.entities
        .iter()
        .map(|e| Description {
            iri: e.iri.clone(),
            class: e.kind.class_iri().to_string(),
            label: e.label.clone(),
            alt_labels: e
                .aliases
                .iter()
                .filter(|a| **a != e.label)
                .cloned()
                .collect(),
            same_as: e.same_as.iter().cloned().collect(),
            articles: 1,
        })
        .collect()
}

/// The quads of [`descriptions`].
pub fn description_quads(ex: &Extraction) -> Result<Vec<Quad>, crate::Error> {
    let mut out = Vec::new();
    for d in descriptions(ex) {
        out.extend(d.quads()?);
    }
    Ok(out)
}

fn named(s: &str) -> Result<NamedNode, crate::Error> {
    NamedNode::new(s).map_err(|e| crate::Error::iri("IRI", s, e))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::vocab::schema;

    #[test]
    fn the_longest_label_and_the_named_type_win_whatever_the_order() {
        let labels = ["ZPMC", "Shanghai Zhenhua Heavy Industries", "Zpmc"];
        let mut reversed = labels;
        reversed.reverse();
        assert_eq!(
            best_label(labels),
            Some("Shanghai Zhenhua Heavy Industries")
        );
        assert_eq!(best_label(labels), best_label(reversed));
        assert_eq!(best_label(["Officials", "officials"]), Some("officials"));
        assert_eq!(
            best_type([ng::CONCEPT, schema::ORGANIZATION, ng::GROUP]),
            Some(schema::ORGANIZATION)
        );
        assert_eq!(
            best_type([schema::PLACE, schema::PERSON]),
            Some(schema::PERSON)
        );
    }

    #[test]
    fn every_name_is_keyed_once_in_lower_case() {
        let d = Description {
            iri: "http://x/entity/zpmc".into(),
            class: schema::ORGANIZATION.into(),
            label: "Shanghai  Zhenhua Heavy Industries".into(),
            alt_labels: ["ZPMC".to_string(), "Zpmc".to_string(), "Ørsted".to_string()]
                .into_iter()
                .collect(),
            same_as: BTreeSet::new(),
            articles: 1,
        };
        let keys: Vec<String> = d
            .quads()
            .unwrap()
            .into_iter()
            .filter(|q| q.predicate.as_str() == ng::NAME_KEY)
            .map(|q| match q.object {
                Term::Literal(l) => l.value().to_string(),
                other => panic!("{other}"),
            })
            .collect();
        assert_eq!(
            keys,
            ["shanghai zhenhua heavy industries", "zpmc", "ørsted"]
        );
    }
}
