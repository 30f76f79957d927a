//! The JSON writer for web viewers (d3, Cytoscape.js, sigma.js, ...):
//! `{"nodes": [{"id", "label", "type", "iri"}], "edges": [{"source",
//! "target", "predicate", "kind", "claimed_by", "claimed_by_label", "negated",
//! "hedged", "label", "count"}]}`; edges refer to nodes by `id`.

use std::io::{self, Write};

use serde::Serialize;

use super::VizGraph;

#[derive(Serialize)]
struct JsonGraph<'a> {
    nodes: Vec<JsonNode<'a>>,
    edges: Vec<JsonEdge<'a>>,
}

#[derive(Serialize)]
struct JsonNode<'a> {
    id: &'a str,
    label: &'a str,
    #[serde(rename = "type")]
    kind: &'static str,
    /// `null` for literals.
    iri: Option<&'a str>,
}

#[derive(Serialize)]
struct JsonEdge<'a> {
    source: &'a str,
    target: &'a str,
    predicate: &'a str,
    /// `fact` or `claim`.
    kind: &'static str,
    /// IRI of the claim's source; `null` for facts.
    claimed_by: Option<&'a str>,
    claimed_by_label: Option<&'a str>,
    negated: bool,
    hedged: bool,
    label: &'a str,
    count: usize,
}

/// Writes `g` as pretty-printed JSON, followed by a line break.
pub fn write_json(g: &VizGraph, out: &mut impl Write) -> io::Result<()> {
    let doc = JsonGraph {
        nodes: g
            .nodes()
            .map(|n| JsonNode {
                id: &n.id,
                label: &n.label,
                kind: n.kind.as_str(),
                iri: n.iri.as_deref(),
            })
            .collect(),
        edges: g
            .edges()
            .map(|(s, t, e)| JsonEdge {
                source: &s.id,
                target: &t.id,
                predicate: &e.predicate,
                kind: e.kind.as_str(),
                claimed_by: e.claimed_by.as_deref(),
                claimed_by_label: e.claimed_by_label.as_deref(),
                negated: e.negated,
                hedged: e.hedged,
                label: &e.label,
                count: e.count,
            })
            .collect(),
    };
    serde_json::to_writer_pretty(&mut *out, &doc)?;
    writeln!(out)
}

#[cfg(test)]
mod tests {
    use super::super::{build, testdata, Scope};
    use super::*;
    use serde_json::Value;
    use std::collections::BTreeSet;

    fn json(g: &VizGraph) -> Value {
        let mut out = Vec::new();
        write_json(g, &mut out).unwrap();
        serde_json::from_slice(&out).expect("valid JSON")
    }

    fn check_references(v: &Value) -> BTreeSet<String> {
        let ids: BTreeSet<String> = v["nodes"]
            .as_array()
            .unwrap()
            .iter()
            .map(|n| n["id"].as_str().unwrap().to_string())
            .collect();
        for e in v["edges"].as_array().unwrap() {
            assert!(ids.contains(e["source"].as_str().unwrap()), "{e}");
            assert!(ids.contains(e["target"].as_str().unwrap()), "{e}");
        }
        ids
    }

    #[test]
    fn fixture_parses_and_references_nodes() {
        let g = build(&testdata::store(), &Scope::All).unwrap();
        let v = json(&g);
        assert_eq!(check_references(&v).len(), 6);
        let nodes = v["nodes"].as_array().unwrap();
        for n in nodes {
            for k in ["id", "label", "type", "iri"] {
                assert!(n.get(k).is_some(), "{k} in {n}");
            }
        }
        let zpmc = nodes.iter().find(|n| n["label"] == "ZPMC").unwrap();
        assert_eq!(zpmc["type"], "Organization");
        assert_eq!(zpmc["iri"], testdata::ZPMC);
        let lit = nodes.iter().find(|n| n["label"] == "1992").unwrap();
        assert!(lit["iri"].is_null());
        assert_eq!(lit["type"], "Literal");

        let edges = v["edges"].as_array().unwrap();
        assert_eq!(edges.len(), 4);
        let claim = edges.iter().find(|e| e["kind"] == "claim").unwrap();
        assert_eq!(claim["predicate"], "contain");
        assert_eq!(claim["claimed_by"], testdata::OFFICIALS);
        assert_eq!(claim["claimed_by_label"], "officials");
        assert_eq!(claim["label"], "contain (claimed by officials)");
        assert_eq!(claim["count"], 2);
        for e in edges.iter().filter(|e| e["kind"] == "fact") {
            assert!(e["claimed_by"].is_null());
            assert!(e["count"].as_u64().unwrap() >= 1);
        }
    }

    #[test]
    fn escaping() {
        let v = json(&testdata::nasty_graph());
        check_references(&v);
        assert_eq!(
            v["nodes"][0]["label"],
            r#"Acme "Cranes" \ <Co> & {x} | #1;"#
        );
        assert!(v["nodes"][2]["label"].as_str().unwrap().contains('\u{7}'));
    }
}
