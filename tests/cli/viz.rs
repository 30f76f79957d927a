//! Graph dumps: DOT, GraphML, JSON and Mermaid are well formed, for the
//! whole store, one article and an entity's neighbourhood.

use crate::helper::Env;

#[test]
fn json_nodes_and_edges_refer_to_each_other() {
    let env = Env::new();
    env.ingest_example();
    let v: serde_json::Value = serde_json::from_str(&env.ok(&["viz", "--format", "json"])).unwrap();
    let nodes = v["nodes"].as_array().unwrap();
    let edges = v["edges"].as_array().unwrap();
    assert!(nodes.len() >= 5 && !edges.is_empty());
    let ids: std::collections::HashSet<&str> =
        nodes.iter().map(|n| n["id"].as_str().unwrap()).collect();
    for e in edges {
        assert!(ids.contains(e["source"].as_str().unwrap()));
        assert!(ids.contains(e["target"].as_str().unwrap()));
    }
    assert!(edges
        .iter()
        .any(|e| e["kind"] == "claim" && e["claimed_by"].is_string()));
    assert!(nodes.iter().any(|n| {
        n["label"].as_str().unwrap().starts_with("Shanghai Zhenhua") && n["type"] == "Organization"
    }));
}

#[test]
fn dot_graphml_and_mermaid_are_well_formed() {
    let env = Env::new();
    env.ingest_example();
    let dot = env.ok(&["viz", "--format", "dot"]);
    assert!(
        dot.trim_start().starts_with("digraph") || dot.trim_start().starts_with("strict digraph")
    );
    assert_eq!(dot.matches('{').count(), dot.matches('}').count());
    assert!(dot.contains("dashed"), "claims are dashed");
    let gml = env.ok(&["viz", "--format", "graphml"]);
    assert!(gml.starts_with("<?xml"));
    assert!(gml.contains("<graphml") && gml.trim_end().ends_with("</graphml>"));
    assert!(gml.matches("<node ").count() >= 5);
    let mmd = env.ok(&["viz", "--format", "mermaid"]);
    assert!(mmd.starts_with("flowchart"));
    assert!(mmd.contains("-.->"), "claims are dashed links");
}

#[test]
fn scopes_narrow_the_graph() {
    let env = Env::new();
    env.ingest_example();
    let count = |args: &[&str]| -> usize {
        let mut a = vec!["viz", "--format", "json"];
        a.extend_from_slice(args);
        let v: serde_json::Value = serde_json::from_str(&env.ok(&a)).unwrap();
        v["nodes"].as_array().unwrap().len()
    };
    let all = count(&[]);
    let near = count(&["--entity", "ZPMC", "--depth", "1"]);
    let far = count(&["--entity", "ZPMC", "--depth", "3"]);
    assert!(near >= 2 && near <= far && far <= all, "{near} {far} {all}");
    let url = "https://sputniknews.com/20230305/not-by-balloons-alone-us-officials-worry-chinese-port-cranes-could-spy-on-american-cargo-1108074200.html";
    assert_eq!(count(&["--article", url]), all);
    let out = env.cmd(&["viz", "--entity", "Atlantis"]).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("Atlantis"));
}
