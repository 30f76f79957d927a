//! Reading the store into a [`VizGraph`]: two SPARQL queries (entities with
//! their classes and labels; fact and claim statements) over a chosen default
//! graph, then nodes and merged edges in a deterministic order.

use std::collections::{BTreeMap, BTreeSet};

use oxigraph::model::{GraphName, NamedNode, Term};
use oxigraph::sparql::{QueryResults, QuerySolution, SparqlEvaluator};
use oxigraph::store::Store;
use petgraph::graph::NodeIndex;

use super::{EdgeKind, NodeKind, VizEdge, VizGraph, VizNode};
use crate::extraction::EntityType;
use crate::vocab::{ng, rdf, rdfs, skos, ENTITIES_GRAPH};
use crate::Error;

/// The graph(s) the queries read as their default graph.
#[derive(Debug, Clone)]
pub(super) enum Dataset {
    /// The union of all graphs of the store.
    Union,
    /// One article's named graph, with the entities graph for the
    /// descriptions of the entities it names.
    Graph(NamedNode),
}

/// Reads all entities and statements of `dataset` into a graph (node ids are
/// left empty: [`VizGraph::renumber`] sets them once the scope is applied).
pub(super) fn read(store: &Store, dataset: &Dataset) -> Result<VizGraph, Error> {
    let entities = read_entities(store, dataset)?;
    let statements = read_statements(store, dataset)?;

    // Nodes: every entity, plus every statement endpoint (resources that are
    // not declared entities, and literals), in key order.
    let mut keys: BTreeMap<NodeKey, String> = BTreeMap::new();
    for iri in entities.keys() {
        keys.insert(NodeKey::Resource(iri.clone()), String::new());
    }
    for st in &statements {
        for t in [&st.subject, &st.object] {
            let (key, literal_label) = node_key(t);
            keys.entry(key).or_insert(literal_label);
        }
    }

    let mut g = VizGraph::default();
    let mut index: BTreeMap<NodeKey, NodeIndex> = BTreeMap::new();
    for (key, literal_label) in keys {
        let node = match &key {
            NodeKey::Resource(r) => resource_node(r, entities.get(r)),
            NodeKey::Literal(_) => VizNode {
                id: String::new(),
                iri: None,
                label: literal_label,
                kind: NodeKind::Literal,
                aliases: Vec::new(),
            },
        };
        index.insert(key, g.graph.add_node(node));
    }

    // Edges: statements merged by their key, counting distinct statements.
    let mut edges: BTreeMap<EdgeKey, BTreeSet<String>> = BTreeMap::new();
    for st in statements {
        let key = EdgeKey {
            subject: index[&node_key(&st.subject).0],
            object: index[&node_key(&st.object).0],
            kind: st.kind,
            predicate: st.predicate,
            negated: st.negated,
            hedged: st.hedged,
            source: st.source,
        };
        edges.entry(key).or_default().insert(st.id);
    }
    for (key, ids) in edges {
        let source_label = key
            .source
            .as_deref()
            .map(|s| entities.get(s).map_or_else(|| local_name(s), |e| e.label()));
        let label = edge_label(
            &key.predicate,
            key.kind,
            key.negated,
            key.hedged,
            source_label.as_deref(),
        );
        let edge = VizEdge {
            predicate: key.predicate,
            kind: key.kind,
            claimed_by: key.source,
            claimed_by_label: source_label,
            negated: key.negated,
            hedged: key.hedged,
            label,
            count: ids.len(),
        };
        g.graph.add_edge(key.subject, key.object, edge);
    }
    Ok(g)
}

/// The display label of an edge: `contain (claimed by officials)`,
/// `not use in (hedged)`.
pub(super) fn edge_label(
    lemma: &str,
    kind: EdgeKind,
    negated: bool,
    hedged: bool,
    source_label: Option<&str>,
) -> String {
    let words = lemma.replace('_', " ");
    let mut label = if negated {
        format!("not {words}")
    } else {
        words
    };
    let mut notes = Vec::new();
    if hedged {
        notes.push("hedged".to_string());
    }
    if kind == EdgeKind::Claim {
        notes.push(match source_label {
            Some(s) => format!("claimed by {s}"),
            None => "claimed".to_string(),
        });
    }
    if !notes.is_empty() {
        label = format!("{label} ({})", notes.join(", "));
    }
    label
}

/// Key of a node: a resource (IRI, or `_:id` for a blank node) or a literal
/// (its N-Triples form, so that "1992" and "1992"^^xsd:gYear stay apart).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
enum NodeKey {
    Resource(String),
    Literal(String),
}

/// The key of a term and, for a literal, its label.
fn node_key(t: &Term) -> (NodeKey, String) {
    match t {
        Term::NamedNode(n) => (NodeKey::Resource(n.as_str().to_string()), String::new()),
        Term::BlankNode(b) => (
            NodeKey::Resource(format!("_:{}", b.as_str())),
            String::new(),
        ),
        Term::Literal(l) => (NodeKey::Literal(l.to_string()), l.value().to_string()),
        #[allow(unreachable_patterns)]
        other => (NodeKey::Literal(other.to_string()), other.to_string()),
    }
}

/// The node of a resource, described by its entity record if it has one.
fn resource_node(r: &str, info: Option<&EntityInfo>) -> VizNode {
    let iri = (!r.starts_with("_:")).then(|| r.to_string());
    match info {
        Some(e) => {
            let label = e.label();
            let aliases = e.names().into_iter().filter(|n| *n != label).collect();
            VizNode {
                id: String::new(),
                iri,
                label,
                kind: NodeKind::Entity(e.entity_type()),
                aliases,
            }
        }
        None => VizNode {
            id: String::new(),
            iri,
            label: local_name(r),
            kind: NodeKind::Entity(None),
            aliases: Vec::new(),
        },
    }
}

/// The last segment of an IRI (after `#` or `/`), or the whole IRI.
pub(super) fn local_name(iri: &str) -> String {
    let trimmed = iri.trim_end_matches(['/', '#']);
    match trimmed.rfind(['/', '#']) {
        Some(i) if i + 1 < trimmed.len() => trimmed[i + 1..].to_string(),
        _ => iri.to_string(),
    }
}

/// What the store says about one entity.
#[derive(Debug, Default)]
struct EntityInfo {
    classes: BTreeSet<EntityType>,
    pref_labels: BTreeSet<String>,
    labels: BTreeSet<String>,
    alt_labels: BTreeSet<String>,
    iri: String,
}

impl EntityInfo {
    /// `skos:prefLabel`, else `rdfs:label`, else `skos:altLabel` (the
    /// smallest of several), else the IRI's last segment.
    fn label(&self) -> String {
        [&self.pref_labels, &self.labels, &self.alt_labels]
            .into_iter()
            .find_map(|s| s.first().cloned())
            .unwrap_or_else(|| local_name(&self.iri))
    }

    fn names(&self) -> BTreeSet<String> {
        let mut all = self.pref_labels.clone();
        all.extend(self.labels.iter().cloned());
        all.extend(self.alt_labels.iter().cloned());
        all
    }

    /// The first known class in [`EntityType::ALL`] order, so that an entity
    /// typed differently by two articles still gets one type.
    fn entity_type(&self) -> Option<EntityType> {
        self.classes.first().copied()
    }
}

/// Entities (`ng:Entity` instances) with their classes and labels, by IRI
/// (`_:id` for blank nodes).
fn read_entities(store: &Store, dataset: &Dataset) -> Result<BTreeMap<String, EntityInfo>, Error> {
    // one article's entities are those its graph names; their descriptions
    // are in the entities graph
    let only = match dataset {
        Dataset::Union => String::new(),
        Dataset::Graph(g) => format!(
            "FILTER EXISTS {{ GRAPH <{}> {{ {{ ?x ?y ?e }} UNION {{ ?e ?y ?x }} }} }}",
            g.as_str()
        ),
    };
    let q = format!(
        "SELECT ?e ?p ?o WHERE {{ \
           VALUES ?p {{ <{type_}> <{label}> <{pref}> <{alt}> }} \
           ?e a <{entity}> ; ?p ?o . {only} }}",
        type_ = rdf::TYPE,
        label = rdfs::LABEL,
        pref = skos::PREF_LABEL,
        alt = skos::ALT_LABEL,
        entity = ng::ENTITY,
    );
    let mut out: BTreeMap<String, EntityInfo> = BTreeMap::new();
    for row in select(store, dataset, &q)? {
        let row = row?;
        let (Some(e), Some(Term::NamedNode(p)), Some(o)) =
            (row.get("e"), row.get("p"), row.get("o"))
        else {
            continue;
        };
        let NodeKey::Resource(key) = node_key(e).0 else {
            continue;
        };
        let info = out.entry(key.clone()).or_insert_with(|| EntityInfo {
            iri: key,
            ..EntityInfo::default()
        });
        match (p.as_str(), o) {
            (rdf::TYPE, Term::NamedNode(c)) => {
                if let Some(t) = EntityType::from_class_iri(c.as_str()) {
                    info.classes.insert(t);
                }
            }
            (rdfs::LABEL, Term::Literal(l)) => {
                info.labels.insert(l.value().to_string());
            }
            (skos::PREF_LABEL, Term::Literal(l)) => {
                info.pref_labels.insert(l.value().to_string());
            }
            (skos::ALT_LABEL, Term::Literal(l)) => {
                info.alt_labels.insert(l.value().to_string());
            }
            _ => {}
        }
    }
    Ok(out)
}

/// One row of the statements query.
#[derive(Debug)]
struct StatementRow {
    id: String,
    kind: EdgeKind,
    subject: Term,
    object: Term,
    predicate: String,
    source: Option<String>,
    negated: bool,
    hedged: bool,
}

/// All `ng:Fact` and `ng:Claim` statements.
fn read_statements(store: &Store, dataset: &Dataset) -> Result<Vec<StatementRow>, Error> {
    let q = format!(
        "SELECT ?st ?kind ?s ?o ?lemma ?p ?src ?m ?neg WHERE {{ \
           VALUES ?kind {{ <{fact}> <{claim}> }} \
           ?st a ?kind ; <{subject}> ?s ; <{object}> ?o . \
           OPTIONAL {{ ?st <{lemma}> ?lemma }} \
           OPTIONAL {{ ?st <{predicate}> ?p }} \
           OPTIONAL {{ ?st <{claimed_by}> ?src }} \
           OPTIONAL {{ ?st <{modality}> ?m }} \
           OPTIONAL {{ ?st <{negated}> ?neg }} }}",
        fact = ng::FACT,
        claim = ng::CLAIM,
        subject = rdf::SUBJECT,
        object = rdf::OBJECT,
        lemma = ng::LEMMA,
        predicate = rdf::PREDICATE,
        claimed_by = ng::CLAIMED_BY,
        modality = ng::MODALITY,
        negated = ng::NEGATED,
    );
    let mut out = Vec::new();
    for row in select(store, dataset, &q)? {
        let row = row?;
        let (Some(st), Some(Term::NamedNode(kind)), Some(s), Some(o)) =
            (row.get("st"), row.get("kind"), row.get("s"), row.get("o"))
        else {
            continue;
        };
        if matches!(s, Term::Literal(_)) {
            continue; // a literal subject is not RDF 1.1; nothing to draw
        }
        let kind = if kind.as_str() == ng::CLAIM {
            EdgeKind::Claim
        } else {
            EdgeKind::Fact
        };
        let predicate = match (row.get("lemma"), row.get("p")) {
            (Some(Term::Literal(l)), _) if !l.value().trim().is_empty() => {
                l.value().trim().to_string()
            }
            (_, Some(Term::NamedNode(p))) => local_name(p.as_str()),
            _ => "related_to".to_string(),
        };
        let source = match (kind, row.get("src")) {
            (EdgeKind::Claim, Some(t @ (Term::NamedNode(_) | Term::BlankNode(_)))) => {
                match node_key(t).0 {
                    NodeKey::Resource(r) => Some(r),
                    NodeKey::Literal(_) => None,
                }
            }
            _ => None,
        };
        let negated =
            matches!(row.get("neg"), Some(Term::Literal(l)) if matches!(l.value(), "true" | "1"));
        let hedged = matches!(row.get("m"), Some(Term::NamedNode(m)) if m.as_str() == ng::HEDGED);
        out.push(StatementRow {
            id: st.to_string(),
            kind,
            subject: s.clone(),
            object: o.clone(),
            predicate,
            source,
            negated,
            hedged,
        });
    }
    Ok(out)
}

/// The key edges are merged by (subject and object as node indices, so that
/// edges come out in node order).
#[derive(Debug, PartialEq, Eq, PartialOrd, Ord)]
struct EdgeKey {
    subject: NodeIndex,
    object: NodeIndex,
    kind: EdgeKind,
    predicate: String,
    negated: bool,
    hedged: bool,
    source: Option<String>,
}

/// Runs a SELECT query with `dataset` as its default graph.
fn select(
    store: &Store,
    dataset: &Dataset,
    query: &str,
) -> Result<impl Iterator<Item = Result<QuerySolution, Error>>, Error> {
    let mut prepared = SparqlEvaluator::new().parse_query(query)?;
    match dataset {
        Dataset::Union => prepared.dataset_mut().set_default_graph_as_union(),
        Dataset::Graph(g) => prepared.dataset_mut().set_default_graph(vec![
            GraphName::NamedNode(g.clone()),
            GraphName::NamedNode(NamedNode::new_unchecked(ENTITIES_GRAPH)),
        ]),
    }
    match prepared.on_store(store).execute()? {
        QueryResults::Solutions(rows) => Ok(rows.map(|r| r.map_err(Error::from))),
        _ => unreachable!("Oxigraph answers a SELECT query with solutions"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A denial by ZPMC and a statement without lemma, in a third graph.
    const EXTRA: &str = r#"
        @prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
        @prefix ng: <https://w3id.org/newsgraph/ns#> .
        @prefix e: <https://w3id.org/newsgraph/id/entity/> .
        <https://w3id.org/newsgraph/id/article/00000000000000a3> {
          <https://w3id.org/newsgraph/id/article/00000000000000a3/statement/0> a rdf:Statement , ng:Claim ;
            rdf:subject e:port_cranes ; rdf:predicate <https://w3id.org/newsgraph/rel/contain> ;
            rdf:object e:sensors ; ng:lemma "contain" ; ng:modality ng:Hedged ; ng:negated true ;
            ng:claimedBy e:zpmc ; ng:claimVerb "deny" .
          <https://w3id.org/newsgraph/id/article/00000000000000a3/statement/1> a rdf:Statement , ng:Fact ;
            rdf:subject e:zpmc ; rdf:predicate <https://w3id.org/newsgraph/rel/ship_to> ;
            rdf:object e:unknown_port .
        }
    "#;

    #[test]
    fn negation_modality_and_fallbacks() {
        let store = super::super::testdata::store();
        store
            .inner()
            .load_from_slice(oxigraph::io::RdfFormat::TriG, EXTRA)
            .unwrap();
        let g = super::super::build(&store, &super::super::Scope::All).unwrap();
        let labels: Vec<(String, usize)> = g
            .edges()
            .filter(|(s, _, _)| s.label == "port cranes")
            .map(|(_, _, e)| (e.label.clone(), e.count))
            .collect();
        assert_eq!(
            labels,
            [
                ("contain (claimed by officials)".to_string(), 2),
                ("not contain (hedged, claimed by ZPMC)".to_string(), 1),
                ("use in (hedged)".to_string(), 1),
            ]
        );
        // no lemma: the property's local name; an undeclared object: its IRI's
        let (_, o, e) = g
            .edges()
            .find(|(_, _, e)| e.predicate == "ship_to")
            .unwrap();
        assert_eq!(
            (o.label.as_str(), o.kind),
            ("unknown_port", NodeKind::Entity(None))
        );
        assert_eq!(e.label, "ship to");
        assert_eq!(g.node_count(), 7);
    }

    #[test]
    fn labels() {
        assert_eq!(
            edge_label("contain", EdgeKind::Claim, false, false, Some("officials")),
            "contain (claimed by officials)"
        );
        assert_eq!(
            edge_label("use_in", EdgeKind::Fact, true, true, None),
            "not use in (hedged)"
        );
        assert_eq!(
            edge_label("say", EdgeKind::Claim, false, false, None),
            "say (claimed)"
        );
        assert_eq!(
            local_name("https://w3id.org/newsgraph/id/entity/zpmc"),
            "zpmc"
        );
        assert_eq!(local_name("https://w3id.org/newsgraph/ns#Fact"), "Fact");
        assert_eq!(local_name("urn:x"), "urn:x");
    }
}
