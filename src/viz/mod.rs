//! Graph dumps for visualisation: the graph model ([`VizGraph`] and its nodes
//! and edges), the [`Scope`] of a dump, the output formats ([`VizFormat`]) and
//! the entry points [`build`] and [`write`].
//!
//! A [`VizGraph`] is a `petgraph` directed graph whose nodes are entities
//! (plus literal objects, one node per distinct literal) and whose edges are
//! relations: facts (`ng:Fact` statements) and claims (`ng:Claim` statements,
//! drawn dashed and labelled with their source). Statements with the same
//! subject, lemma, object, kind, source, negation and modality are merged into
//! one edge that counts them.
//!
//! The submodules each own one job:
//! - `graph`: reading entities and statements from the store with SPARQL;
//! - `scope`: the whole store, one article's graph, or an entity's neighbourhood;
//! - `style`: the palette (shape and colour per node type) shared by writers;
//! - `dot`, `graphml`, `json`, `mermaid`: one writer each.
//! - `testdata` (tests only): the in-memory fixture store.

mod dot;
mod graph;
mod graphml;
mod json;
mod mermaid;
mod scope;
mod style;
#[cfg(test)]
mod testdata;

use std::fmt;
use std::str::FromStr;

use petgraph::graph::{DiGraph, NodeIndex};
use petgraph::visit::EdgeRef;

use crate::extraction::EntityType;
use crate::store::GraphStore;

pub use dot::write_dot;
pub use graphml::write_graphml;
pub use json::write_json;
pub use mermaid::write_mermaid;

/// Which part of the store a dump covers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Scope {
    /// Everything: the union of all graphs of the store.
    All,
    /// One article: only its named graph (the article IRI).
    Article(String),
    /// The neighbourhood of the entities whose label, preferred label or
    /// alternative label is `name` (case-insensitive; all of them), up to
    /// `depth` edges away in either direction. A claim also links its source
    /// to its subject and object. Literal nodes are leaves: they are included
    /// when in reach but never lead further.
    Entity { name: String, depth: usize },
}

/// What a node stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum NodeKind {
    /// An entity; `None` when none of its classes is a known entity class.
    Entity(Option<EntityType>),
    /// A literal object of a statement ("1992", "2023-02").
    Literal,
}

impl NodeKind {
    /// The type name written by every format: an entity type (`Person`,
    /// `Organization`, ...), `Entity` for an untyped resource, or `Literal`.
    pub fn as_str(self) -> &'static str {
        match self {
            NodeKind::Entity(Some(t)) => t.as_str(),
            NodeKind::Entity(None) => "Entity",
            NodeKind::Literal => "Literal",
        }
    }
}

impl fmt::Display for NodeKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A node: an entity or a literal.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VizNode {
    /// Identifier inside one dump (`n0`, `n1`, ...): safe as a DOT, Mermaid
    /// and XML identifier; nodes are numbered in IRI order, literals last.
    pub id: String,
    /// The entity IRI; `None` for literals and blank nodes.
    pub iri: Option<String>,
    /// Display label: the preferred label, else `rdfs:label`, else the IRI's
    /// last segment; a literal's lexical value.
    pub label: String,
    pub kind: NodeKind,
    /// Other names of the entity (`rdfs:label`, `skos:prefLabel`,
    /// `skos:altLabel` values other than `label`), sorted.
    pub aliases: Vec<String>,
}

/// Whether an edge is stated by the article or attributed to a source.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum EdgeKind {
    /// An `ng:Fact` statement: the article's own voice.
    Fact,
    /// An `ng:Claim` statement: attributed to a source (`ng:claimedBy`).
    Claim,
}

impl EdgeKind {
    /// `fact` or `claim`, as written by every format.
    pub fn as_str(self) -> &'static str {
        match self {
            EdgeKind::Fact => "fact",
            EdgeKind::Claim => "claim",
        }
    }
}

impl fmt::Display for EdgeKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// An edge: one or more statements with the same subject, lemma, object,
/// kind, source, negation and modality.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VizEdge {
    /// The statement's `ng:lemma` (`manufacture`, `use_in`).
    pub predicate: String,
    pub kind: EdgeKind,
    /// IRI of the claim's source (`ng:claimedBy`); `None` for facts.
    pub claimed_by: Option<String>,
    /// Label of the claim's source.
    pub claimed_by_label: Option<String>,
    /// `ng:negated true`: the relation is denied.
    pub negated: bool,
    /// `ng:modality ng:Hedged`: the relation is softened (may, could, ...).
    pub hedged: bool,
    /// Display label: the lemma's words, `not ` when negated, and in
    /// parentheses `hedged` and `claimed by <source label>`, e.g.
    /// `contain (claimed by officials)`. The count is not part of it.
    pub label: String,
    /// How many statements were merged into this edge (at least 1).
    pub count: usize,
}

impl VizEdge {
    /// The label with the count appended when several statements say the
    /// same (`manufacture ×2`): what the drawing formats show.
    pub fn display_label(&self) -> String {
        if self.count > 1 {
            format!("{} \u{d7}{}", self.label, self.count)
        } else {
            self.label.clone()
        }
    }
}

/// The graph of one dump.
#[derive(Debug, Clone, Default)]
pub struct VizGraph {
    pub graph: DiGraph<VizNode, VizEdge>,
}

impl VizGraph {
    pub fn node_count(&self) -> usize {
        self.graph.node_count()
    }

    pub fn edge_count(&self) -> usize {
        self.graph.edge_count()
    }

    /// The nodes in order (their `id`s are `n0`, `n1`, ...).
    pub fn nodes(&self) -> impl Iterator<Item = &VizNode> {
        self.graph.node_weights()
    }

    /// The edges in order, with their source and target nodes.
    pub fn edges(&self) -> impl Iterator<Item = (&VizNode, &VizNode, &VizEdge)> {
        self.graph
            .edge_references()
            .map(|e| (&self.graph[e.source()], &self.graph[e.target()], e.weight()))
    }

    /// The first node with this IRI.
    pub fn node_by_iri(&self, iri: &str) -> Option<&VizNode> {
        self.nodes().find(|n| n.iri.as_deref() == Some(iri))
    }

    /// Numbers the nodes `n0`, `n1`, ... in index order.
    fn renumber(&mut self) {
        for i in 0..self.graph.node_count() {
            self.graph[NodeIndex::new(i)].id = format!("n{i}");
        }
    }
}

/// Builds the graph of `scope` from the store.
///
/// Errors: [`crate::Error::NoSuchArticle`] for an article IRI that is not a
/// graph of the store, [`crate::Error::NoSuchEntity`] for an entity name
/// that matches no entity; SPARQL and storage errors otherwise.
pub fn build(store: &GraphStore, scope: &Scope) -> Result<VizGraph, crate::Error> {
    let store = store.inner();
    let mut g = scope::build(store, scope)?;
    g.renumber();
    Ok(g)
}

/// An output format of `viz`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, clap::ValueEnum)]
pub enum VizFormat {
    /// Graphviz DOT.
    #[value(name = "dot", alias = "gv")]
    Dot,
    /// GraphML (networkx, yEd, Gephi).
    #[value(name = "graphml")]
    GraphMl,
    /// JSON for web viewers: `{"nodes": [...], "edges": [...]}`.
    #[value(name = "json")]
    Json,
    /// Mermaid flowchart.
    #[value(name = "mermaid", alias = "mmd")]
    Mermaid,
}

impl VizFormat {
    pub const ALL: [VizFormat; 4] = [
        VizFormat::Dot,
        VizFormat::GraphMl,
        VizFormat::Json,
        VizFormat::Mermaid,
    ];

    /// The name on the command line: `dot`, `graphml`, `json`, `mermaid`.
    pub fn as_str(self) -> &'static str {
        match self {
            VizFormat::Dot => "dot",
            VizFormat::GraphMl => "graphml",
            VizFormat::Json => "json",
            VizFormat::Mermaid => "mermaid",
        }
    }

    /// The usual file extension: `dot`, `graphml`, `json`, `mmd`.
    pub fn extension(self) -> &'static str {
        match self {
            VizFormat::Mermaid => "mmd",
            other => other.as_str(),
        }
    }
}

impl fmt::Display for VizFormat {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for VizFormat {
    type Err = crate::Error;

    /// Accepts the names (any case) and the aliases `gv` and `mmd`.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.trim().to_ascii_lowercase().as_str() {
            "dot" | "gv" => Ok(VizFormat::Dot),
            "graphml" => Ok(VizFormat::GraphMl),
            "json" => Ok(VizFormat::Json),
            "mermaid" | "mmd" => Ok(VizFormat::Mermaid),
            _ => Err(crate::Error::UnknownFormat {
                what: "visualisation",
                given: s.to_string(),
                known: "dot, graphml, json or mermaid",
            }),
        }
    }
}

/// Writes `g` in `format`.
pub fn write(
    g: &VizGraph,
    format: VizFormat,
    out: &mut impl std::io::Write,
) -> std::io::Result<()> {
    match format {
        VizFormat::Dot => write_dot(g, out),
        VizFormat::GraphMl => write_graphml(g, out),
        VizFormat::Json => write_json(g, out),
        VizFormat::Mermaid => write_mermaid(g, out),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn format_names_round_trip() {
        for f in VizFormat::ALL {
            assert_eq!(f.as_str().parse::<VizFormat>().unwrap(), f);
            assert_eq!(f.to_string(), f.as_str());
            let v = <VizFormat as clap::ValueEnum>::to_possible_value(&f).unwrap();
            assert_eq!(v.get_name(), f.as_str());
        }
        assert_eq!("GV".parse::<VizFormat>().unwrap(), VizFormat::Dot);
        assert_eq!("mmd".parse::<VizFormat>().unwrap(), VizFormat::Mermaid);
        assert!("svg".parse::<VizFormat>().is_err());
    }

    #[test]
    fn every_format_writes_the_fixture() {
        let store = testdata::store();
        let g = build(&store, &Scope::All).unwrap();
        for f in VizFormat::ALL {
            let mut out = Vec::new();
            write(&g, f, &mut out).unwrap();
            assert!(!out.is_empty(), "{f}");
            assert!(String::from_utf8(out).is_ok(), "{f}");
        }
    }

    #[test]
    fn display_label_counts() {
        let store = testdata::store();
        let g = build(&store, &Scope::All).unwrap();
        let (_, _, e) = g
            .edges()
            .find(|(_, _, e)| e.predicate == "manufacture")
            .unwrap();
        assert_eq!(e.count, 2);
        assert_eq!(e.display_label(), "manufacture \u{d7}2");
    }
}

/// Writes the fixture and the escaping graph in every format into the
/// directory `$VIZ_DUMP_DIR`, to try them with real tools by hand:
/// `VIZ_DUMP_DIR=DIR cargo test --release --lib viz::dump -- --ignored`.
#[cfg(test)]
mod dump {
    use super::*;

    #[test]
    #[ignore = "writes files for manual checks"]
    fn dump() {
        let dir = std::path::PathBuf::from(std::env::var("VIZ_DUMP_DIR").expect("VIZ_DUMP_DIR"));
        std::fs::create_dir_all(&dir).unwrap();
        let store = testdata::store();
        let graphs = [
            ("all", build(&store, &Scope::All).unwrap()),
            ("nasty", testdata::nasty_graph()),
        ];
        for (name, g) in graphs {
            for f in VizFormat::ALL {
                let path = dir.join(format!("{name}.{}", f.extension()));
                let mut file = std::fs::File::create(path).unwrap();
                write(&g, f, &mut file).unwrap();
            }
        }
    }
}
