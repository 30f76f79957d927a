//! The exports checked by the real tools of the field: rapper (raptor2),
//! rdflib, pyshacl against the shipped shapes, Graphviz `dot` and networkx.
//! CI installs them and sets NEWSGRAPH_REQUIRE_TOOLS=1, so a missing tool
//! fails there; elsewhere it skips with a note.

use crate::helper::{need, need_python, root, Env};
use std::process::Command;

fn export(env: &Env, format: &str, file: &str) -> std::path::PathBuf {
    let p = env.path(file);
    env.ok(&["export", "--format", format, "-o", p.to_str().unwrap()]);
    p
}

fn run(cmd: &mut Command) -> String {
    let out = cmd.output().expect("run tool");
    assert!(
        out.status.success(),
        "{cmd:?} failed:\n{}\n{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned() + &String::from_utf8_lossy(&out.stderr)
}

#[test]
fn rapper_parses_turtle_trig_and_nquads() {
    if !need("rapper") {
        return;
    }
    let env = Env::new();
    env.ingest_example();
    for (format, file, syntax) in [
        ("turtle", "g.ttl", "turtle"),
        ("trig", "g.trig", "trig"),
        ("nquads", "g.nq", "nquads"),
    ] {
        let p = export(&env, format, file);
        let out = run(Command::new("rapper").args(["-i", syntax, "-c"]).arg(&p));
        assert!(out.contains("returned"), "{out}");
        assert!(!out.contains("Error"), "{out}");
    }
}

#[test]
fn rdflib_parses_every_format() {
    if !need_python("rdflib") {
        return;
    }
    let env = Env::new();
    env.ingest_example();
    let script = r#"
import sys, rdflib
path, fmt = sys.argv[1], sys.argv[2]
g = rdflib.Dataset() if fmt in ("trig", "nquads", "json-ld") else rdflib.Graph()
g.parse(path, format=fmt)
n = len(g) if not isinstance(g, rdflib.Dataset) else sum(len(x) for x in g.graphs())
assert n > 100, n
print(n)
"#;
    for (format, file, rdflib_format) in [
        ("turtle", "g.ttl", "turtle"),
        ("ntriples", "g.nt", "nt"),
        ("nquads", "g.nq", "nquads"),
        ("trig", "g.trig", "trig"),
        ("rdfxml", "g.rdf", "xml"),
        ("jsonld", "g.jsonld", "json-ld"),
    ] {
        let p = export(&env, format, file);
        run(Command::new("python3")
            .args(["-c", script])
            .arg(&p)
            .arg(rdflib_format));
    }
}

#[test]
fn pyshacl_validates_the_export_against_the_shipped_shapes() {
    if !need("pyshacl") {
        return;
    }
    let env = Env::new();
    env.ingest_example();
    let other = env.write(
        "b.txt",
        "date 2024-02-01 https://example.com/b\nShips delayed\nOfficials said that container ships were delayed at the Port of Los Angeles.\n",
    );
    env.ok(&["ingest", other.to_str().unwrap()]);
    let data = export(&env, "turtle", "g.ttl");
    let out = run(Command::new("pyshacl")
        .arg("-s")
        .arg(root().join("ontologies/newsgraph-shapes.ttl"))
        .arg("-e")
        .arg(root().join("ontologies/newsgraph.ttl"))
        .arg(&data));
    assert!(out.contains("Conforms: True"), "{out}");
}

#[test]
fn dot_renders_the_graph_to_svg() {
    if !need("dot") {
        return;
    }
    let env = Env::new();
    env.ingest_example();
    let p = env.path("g.dot");
    env.ok(&["viz", "--format", "dot", "-o", p.to_str().unwrap()]);
    let svg = run(Command::new("dot").arg("-Tsvg").arg(&p));
    assert!(svg.contains("<svg") && svg.contains("ZPMC"));
}

#[test]
fn networkx_reads_the_graphml() {
    if !need_python("networkx") {
        return;
    }
    let env = Env::new();
    env.ingest_example();
    let p = env.path("g.graphml");
    env.ok(&["viz", "--format", "graphml", "-o", p.to_str().unwrap()]);
    let out = run(Command::new("python3").arg("-c").arg(
        "import sys, networkx as nx\ng = nx.read_graphml(sys.argv[1])\nassert g.number_of_nodes() >= 5 and g.number_of_edges() >= 1\nassert any(d.get('label', '').startswith('Shanghai Zhenhua') for _, d in g.nodes(data=True))\nprint(g.number_of_nodes(), g.number_of_edges())",
    ).arg(&p));
    assert!(!out.is_empty());
}
