//! The palette shared by the drawing formats: one fill colour and one shape
//! per node type, and the colours of fact and claim edges, so that a type
//! looks the same in DOT and Mermaid.

use super::{EdgeKind, NodeKind};
use crate::extraction::EntityType;

/// Fill colour of a node type (pastel, readable with black text).
pub(super) fn fill(kind: NodeKind) -> &'static str {
    match kind {
        NodeKind::Entity(Some(t)) => match t {
            EntityType::Person => "#fbb4ae",
            EntityType::Organization => "#b3cde3",
            EntityType::Place => "#ccebc5",
            EntityType::Group => "#decbe4",
            EntityType::Artifact => "#fed9a6",
            EntityType::Event => "#ffffcc",
            EntityType::Concept => "#e5d8bd",
            EntityType::Time => "#fddaec",
        },
        NodeKind::Entity(None) => "#ffffff",
        NodeKind::Literal => "#f2f2f2",
    }
}

/// Graphviz shape of a node type.
pub(super) fn dot_shape(kind: NodeKind) -> &'static str {
    match kind {
        NodeKind::Entity(Some(t)) => match t {
            EntityType::Person => "ellipse",
            EntityType::Organization => "box",
            EntityType::Place => "house",
            EntityType::Group => "octagon",
            EntityType::Artifact => "box3d",
            EntityType::Event => "diamond",
            EntityType::Concept => "component",
            EntityType::Time => "cds",
        },
        NodeKind::Entity(None) => "ellipse",
        NodeKind::Literal => "note",
    }
}

/// Mermaid node shape of a node type: the delimiters around the quoted label.
pub(super) fn mermaid_shape(kind: NodeKind) -> (&'static str, &'static str) {
    match kind {
        NodeKind::Entity(Some(t)) => match t {
            EntityType::Person => ("(", ")"),
            EntityType::Organization => ("[", "]"),
            EntityType::Place => ("[/", "/]"),
            EntityType::Group => ("{{", "}}"),
            EntityType::Artifact => ("[[", "]]"),
            EntityType::Event => ("{", "}"),
            EntityType::Concept => ("([", "])"),
            EntityType::Time => ("[(", ")]"),
        },
        NodeKind::Entity(None) => ("[", "]"),
        NodeKind::Literal => (">", "]"),
    }
}

/// Line colour of an edge kind.
pub(super) fn edge_colour(kind: EdgeKind) -> &'static str {
    match kind {
        EdgeKind::Fact => "#333333",
        EdgeKind::Claim => "#b2182b",
    }
}

/// Every node kind, in a fixed order (for style declarations).
pub(super) fn all_kinds() -> impl Iterator<Item = NodeKind> {
    EntityType::ALL
        .into_iter()
        .map(|t| NodeKind::Entity(Some(t)))
        .chain([NodeKind::Entity(None), NodeKind::Literal])
}
