//! Every export format parses back (with Oxigraph's own parsers here; the
//! external tools check them again in `external`).

use crate::helper::Env;
use oxigraph::io::{JsonLdProfileSet, RdfFormat, RdfParser};
use oxigraph::model::{GraphName, NamedNode};

fn parse(format: RdfFormat, data: &[u8]) -> Vec<oxigraph::model::Quad> {
    RdfParser::from_format(format)
        .for_slice(data)
        .collect::<Result<Vec<_>, _>>()
        .unwrap_or_else(|e| panic!("{format:?} does not parse back: {e}"))
}

#[test]
fn every_format_parses_back_with_the_same_triples() {
    let env = Env::new();
    env.ingest_example();
    let nq = env.ok(&["export", "--format", "nquads"]);
    let quads = parse(RdfFormat::NQuads, nq.as_bytes());
    assert!(quads.len() > 100);
    assert!(
        quads.iter().all(|q| !q.graph_name.is_default_graph()),
        "every quad is in an article graph"
    );
    let triples: std::collections::HashSet<String> = quads
        .iter()
        .map(|q| format!("{} {} {}", q.subject, q.predicate, q.object))
        .collect();
    for (name, format) in [
        ("turtle", RdfFormat::Turtle),
        ("ntriples", RdfFormat::NTriples),
        ("trig", RdfFormat::TriG),
        ("rdfxml", RdfFormat::RdfXml),
        (
            "jsonld",
            RdfFormat::JsonLd {
                profile: JsonLdProfileSet::empty(),
            },
        ),
    ] {
        let out = env.ok(&["export", "--format", name]);
        let back = parse(format, out.as_bytes());
        let got: std::collections::HashSet<String> = back
            .iter()
            .map(|q| format!("{} {} {}", q.subject, q.predicate, q.object))
            .collect();
        assert_eq!(got, triples, "{name} has the same triples as N-Quads");
    }
}

#[test]
fn turtle_is_readable_with_prefixes_and_goes_to_a_file() {
    let env = Env::new();
    env.ingest_example();
    let out = env.path("graph.ttl");
    env.ok(&["export", "--format", "turtle", "-o", out.to_str().unwrap()]);
    let ttl = crate::helper::read(&out);
    for p in [
        "@prefix schema:",
        "@prefix ng:",
        "@prefix skos:",
        "@prefix prov:",
    ] {
        assert!(ttl.contains(p), "{p} missing");
    }
    assert!(ttl.contains("schema:NewsArticle"));
    assert!(ttl.contains("ng:Claim"));
}

#[test]
fn one_article_exports_only_its_graph() {
    let env = Env::new();
    env.ingest_example();
    let other = env.write(
        "b.txt",
        "date 2024-02-01 https://example.com/b\nShips delayed\nContainer ships were delayed at the Port of Los Angeles.\n",
    );
    env.ok(&["ingest", other.to_str().unwrap()]);
    let all = parse(
        RdfFormat::NQuads,
        env.ok(&["export", "-f", "nquads"]).as_bytes(),
    );
    let one = parse(
        RdfFormat::NQuads,
        env.ok(&[
            "export",
            "-f",
            "nquads",
            "--article",
            "https://example.com/b",
        ])
        .as_bytes(),
    );
    assert!(!one.is_empty() && one.len() < all.len());
    // its graph, then the descriptions of the entities it names
    let g = one[0].graph_name.clone();
    let entities = GraphName::NamedNode(NamedNode::new_unchecked(
        "https://w3id.org/newsgraph/entities",
    ));
    let named: std::collections::HashSet<_> = one
        .iter()
        .filter(|q| q.graph_name == g && q.predicate.as_str().ends_with("#refersTo"))
        .map(|q| q.object.to_string())
        .collect();
    assert!(named.len() >= 2, "{named:?}");
    for q in &one {
        assert!(
            q.graph_name == g
                || (q.graph_name == entities && named.contains(&q.subject.to_string())),
            "{q}"
        );
    }
    assert!(one.iter().any(|q| q.graph_name == entities
        && q.predicate.as_str().ends_with("#label")
        && q.object.to_string().contains("Port of Los Angeles")));
}

#[test]
fn claims_are_never_direct_triples() {
    let env = Env::new();
    env.ingest_example();
    let rows = env.select(
        "PREFIX ng: <https://w3id.org/newsgraph/ns#>
         PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
         SELECT ?c WHERE {
           ?c a ng:Claim ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o .
           ?s ?p ?o .
           FILTER NOT EXISTS { ?f a ng:Fact ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o }
         }",
    );
    assert!(rows.is_empty(), "claims asserted as facts: {rows:?}");
    let claims = env.select(
        "PREFIX ng: <https://w3id.org/newsgraph/ns#> SELECT ?c WHERE { ?c a ng:Claim ; ng:claimedBy ?src ; ng:claimVerb ?v ; ng:modality ?m ; ng:negated ?n }",
    );
    assert!(!claims.is_empty(), "the example has claims");
}
