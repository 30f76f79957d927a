//! Scope handling: which graphs a dump reads ([`Scope::All`]: the union;
//! [`Scope::Article`]: the article's named graph) and the neighbourhood of an
//! entity ([`Scope::Entity`]: breadth-first search up to a depth, then the
//! subgraph those nodes induce).

use std::collections::{BTreeSet, HashMap, VecDeque};

use oxigraph::model::NamedNode;
use oxigraph::store::Store;
use petgraph::graph::NodeIndex;
use petgraph::visit::EdgeRef;

use super::graph::{self, Dataset};
use super::{NodeKind, Scope, VizGraph};
use crate::Error;

/// The graph of `scope` (node ids not yet numbered).
pub(super) fn build(store: &Store, scope: &Scope) -> Result<VizGraph, Error> {
    match scope {
        Scope::All => graph::read(store, &Dataset::Union),
        Scope::Article(iri) => graph::read(store, &Dataset::Graph(article_graph(store, iri)?)),
        Scope::Entity { name, depth } => {
            let full = graph::read(store, &Dataset::Union)?;
            let seeds = seeds(&full, name);
            if seeds.is_empty() {
                return Err(Error::NoSuchEntity(name.trim().to_string()));
            }
            Ok(neighbourhood(&full, &seeds, *depth))
        }
    }
}

/// The named graph of an article, which must exist in the store.
fn article_graph(store: &Store, iri: &str) -> Result<NamedNode, Error> {
    let iri = iri.trim().trim_start_matches('<').trim_end_matches('>');
    let node = NamedNode::new(iri).map_err(|e| Error::iri("article IRI", iri, e))?;
    if !store.contains_named_graph(&node)? {
        return Err(Error::NoSuchArticle(iri.to_string()));
    }
    Ok(node)
}

/// The entity nodes one of whose names is `name`, ignoring case and
/// surrounding white space.
fn seeds(g: &VizGraph, name: &str) -> Vec<NodeIndex> {
    let wanted = normalise(name);
    if wanted.is_empty() {
        return Vec::new();
    }
    g.graph
        .node_indices()
        .filter(|&i| {
            let n = &g.graph[i];
            matches!(n.kind, NodeKind::Entity(_))
                && std::iter::once(&n.label)
                    .chain(&n.aliases)
                    .any(|l| normalise(l) == wanted)
        })
        .collect()
}

/// Lower case, white space collapsed.
fn normalise(s: &str) -> String {
    s.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// The subgraph induced by the nodes at most `depth` steps from `seeds`.
/// A step follows an edge in either direction, or goes between a claim's
/// source and the claim's subject and object. Literals are never expanded.
fn neighbourhood(g: &VizGraph, seeds: &[NodeIndex], depth: usize) -> VizGraph {
    let graph = &g.graph;
    let by_iri: HashMap<&str, NodeIndex> = graph
        .node_indices()
        .filter_map(|i| graph[i].iri.as_deref().map(|iri| (iri, i)))
        .collect();
    // undirected adjacency, claims' sources included
    let mut adjacent: HashMap<NodeIndex, Vec<NodeIndex>> = HashMap::new();
    for e in graph.edge_references() {
        let (s, t) = (e.source(), e.target());
        adjacent.entry(s).or_default().push(t);
        adjacent.entry(t).or_default().push(s);
        if let Some(&src) = e.weight().claimed_by.as_deref().and_then(|i| by_iri.get(i)) {
            for n in [s, t] {
                adjacent.entry(src).or_default().push(n);
                adjacent.entry(n).or_default().push(src);
            }
        }
    }

    let mut reached: BTreeSet<NodeIndex> = seeds.iter().copied().collect();
    let mut queue: VecDeque<(NodeIndex, usize)> = seeds.iter().map(|&s| (s, 0)).collect();
    while let Some((n, d)) = queue.pop_front() {
        if d == depth || graph[n].kind == NodeKind::Literal {
            continue;
        }
        for &m in adjacent.get(&n).into_iter().flatten() {
            if reached.insert(m) {
                queue.push_back((m, d + 1));
            }
        }
    }

    VizGraph {
        graph: graph.filter_map(
            |i, n| reached.contains(&i).then(|| n.clone()),
            |_, e| Some(e.clone()),
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::super::{build, testdata, EdgeKind, Scope};
    use crate::Error;

    fn labels(g: &super::VizGraph) -> Vec<String> {
        let mut v: Vec<String> = g.nodes().map(|n| n.label.clone()).collect();
        v.sort();
        v
    }

    #[test]
    fn all_sees_both_articles() {
        let store = testdata::store();
        let g = build(&store, &Scope::All).unwrap();
        assert_eq!(
            labels(&g),
            [
                "1992",
                "United States",
                "ZPMC",
                "officials",
                "port cranes",
                "sensors"
            ]
        );
        assert_eq!(g.node_count(), 6);
        assert_eq!(g.edge_count(), 4);
        let ids: Vec<&str> = g.nodes().map(|n| n.id.as_str()).collect();
        assert_eq!(ids, ["n0", "n1", "n2", "n3", "n4", "n5"]);
        // the literal comes last and has no IRI
        let last = g.nodes().last().unwrap();
        assert_eq!((last.label.as_str(), last.iri.as_ref()), ("1992", None));
        assert_eq!(last.kind.as_str(), "Literal");
        let zpmc = g.node_by_iri(testdata::ZPMC).unwrap();
        assert_eq!(zpmc.kind.as_str(), "Organization");
        assert_eq!(
            zpmc.aliases,
            ["Shanghai Zhenhua Heavy Industries Company Limited"]
        );
        assert_eq!(g.node_by_iri(testdata::US).unwrap().kind.as_str(), "Place");
    }

    #[test]
    fn claims_are_kept_apart_and_merged() {
        let store = testdata::store();
        let g = build(&store, &Scope::All).unwrap();
        let claims: Vec<_> = g
            .edges()
            .filter(|(_, _, e)| e.kind == EdgeKind::Claim)
            .collect();
        assert_eq!(claims.len(), 1);
        let (s, o, e) = claims[0];
        assert_eq!(
            (s.label.as_str(), o.label.as_str()),
            ("port cranes", "sensors")
        );
        assert_eq!(e.predicate, "contain");
        assert_eq!(e.label, "contain (claimed by officials)");
        assert_eq!(e.claimed_by.as_deref(), Some(testdata::OFFICIALS));
        assert_eq!(e.claimed_by_label.as_deref(), Some("officials"));
        assert_eq!(e.count, 2, "two statements, one edge");
        let facts: Vec<_> = g
            .edges()
            .filter(|(_, _, e)| e.kind == EdgeKind::Fact)
            .map(|(s, o, e)| (s.label.clone(), e.label.clone(), o.label.clone(), e.count))
            .collect();
        assert_eq!(
            facts,
            [
                (
                    "port cranes".into(),
                    "use in (hedged)".into(),
                    "United States".into(),
                    1
                ),
                ("ZPMC".into(), "manufacture".into(), "port cranes".into(), 2),
                ("ZPMC".into(), "found in".into(), "1992".into(), 1),
            ]
        );
        for (_, _, e) in g.edges() {
            assert_eq!(e.claimed_by.is_some(), e.kind == EdgeKind::Claim);
        }
    }

    #[test]
    fn article_scope_sees_only_that_article() {
        let store = testdata::store();
        let g1 = build(&store, &Scope::Article(testdata::ARTICLE1.into())).unwrap();
        assert_eq!(labels(&g1), ["ZPMC", "officials", "port cranes", "sensors"]);
        assert_eq!(g1.edge_count(), 2);
        assert!(g1
            .edges()
            .all(|(_, _, e)| e.count == 1 || e.kind == EdgeKind::Claim));
        let g2 = build(&store, &Scope::Article(format!("<{}>", testdata::ARTICLE2))).unwrap();
        assert_eq!(
            labels(&g2),
            ["1992", "United States", "ZPMC", "port cranes"]
        );
        assert_eq!(g2.edge_count(), 3);
        assert!(g2
            .edges()
            .all(|(_, _, e)| e.kind == EdgeKind::Fact && e.count == 1));
    }

    #[test]
    fn unknown_article_is_an_error() {
        let store = testdata::store();
        let err = build(&store, &Scope::Article("https://example.org/nope".into())).unwrap_err();
        assert!(matches!(err, Error::NoSuchArticle(_)), "{err}");
        assert!(build(&store, &Scope::Article("not an iri".into())).is_err());
    }

    #[test]
    fn entity_scope_by_depth() {
        let store = testdata::store();
        let scope = |name: &str, depth| Scope::Entity {
            name: name.into(),
            depth,
        };
        let g0 = build(&store, &scope("Sensors", 0)).unwrap();
        assert_eq!(labels(&g0), ["sensors"]);
        assert_eq!(g0.edge_count(), 0);

        // depth 1: the claim's subject and its source
        let g1 = build(&store, &scope("sensors", 1)).unwrap();
        assert_eq!(labels(&g1), ["officials", "port cranes", "sensors"]);
        assert_eq!(g1.edge_count(), 1);

        let g2 = build(&store, &scope("sensors", 2)).unwrap();
        assert_eq!(
            labels(&g2),
            [
                "United States",
                "ZPMC",
                "officials",
                "port cranes",
                "sensors"
            ]
        );
        assert_eq!(g2.edge_count(), 3);
        let ids: Vec<&str> = g2.nodes().map(|n| n.id.as_str()).collect();
        assert_eq!(ids, ["n0", "n1", "n2", "n3", "n4"], "renumbered");

        // by alternative label, any case; the literal is a leaf
        let z1 = build(
            &store,
            &scope("  shanghai zhenhua HEAVY industries company limited", 1),
        )
        .unwrap();
        assert_eq!(labels(&z1), ["1992", "ZPMC", "port cranes"]);
        assert_eq!(z1.edge_count(), 2);
        let z2 = build(&store, &scope("ZPMC", 2)).unwrap();
        assert_eq!(z2.node_count(), 6);
        assert_eq!(z2.edge_count(), 4);

        // a claim's source reaches what it claims
        let o1 = build(&store, &scope("OFFICIALS", 1)).unwrap();
        assert_eq!(labels(&o1), ["officials", "port cranes", "sensors"]);
        assert_eq!(o1.edge_count(), 1);
    }

    #[test]
    fn unknown_entity_is_an_error() {
        let store = testdata::store();
        let err = build(
            &store,
            &Scope::Entity {
                name: "Nobody".into(),
                depth: 2,
            },
        )
        .unwrap_err();
        match err {
            Error::NoSuchEntity(name) => assert_eq!(name, "Nobody"),
            other => panic!("{other}"),
        }
        // literals are not entities
        assert!(build(
            &store,
            &Scope::Entity {
                name: "1992".into(),
                depth: 1
            }
        )
        .is_err());
    }
}
