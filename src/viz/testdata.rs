//! Test fixture of the viz tests: a small in-memory store laid out as `map`
//! writes it (two article graphs and the ontology graph).
//!
//! Article 1: ZPMC manufactures port cranes (a fact), and officials claim,
//! twice, that the cranes contain sensors. Article 2: ZPMC manufactures the
//! cranes again, the cranes may be used in the United States (a hedged fact),
//! ZPMC was founded in "1992" (a literal object).

use crate::store::GraphStore;
use oxigraph::io::RdfFormat;
use oxigraph::store::Store;

pub const ARTICLE1: &str = "https://w3id.org/newsgraph/id/article/00000000000000a1";
pub const ARTICLE2: &str = "https://w3id.org/newsgraph/id/article/00000000000000a2";
pub const ZPMC: &str = "https://w3id.org/newsgraph/id/entity/zpmc";
pub const OFFICIALS: &str = "https://w3id.org/newsgraph/id/entity/officials";
pub const US: &str = "https://w3id.org/newsgraph/id/entity/united_states";

const TRIG: &str = r#"
@prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix owl: <http://www.w3.org/2002/07/owl#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix prov: <http://www.w3.org/ns/prov#> .
@prefix schema: <https://schema.org/> .
@prefix dcterms: <http://purl.org/dc/terms/> .
@prefix ng: <https://w3id.org/newsgraph/ns#> .
@prefix rel: <https://w3id.org/newsgraph/rel/> .
@prefix a1: <https://w3id.org/newsgraph/id/article/00000000000000a1/> .
@prefix a2: <https://w3id.org/newsgraph/id/article/00000000000000a2/> .
@prefix e: <https://w3id.org/newsgraph/id/entity/> .

<https://w3id.org/newsgraph/ns> {
  ng:manufactures a owl:ObjectProperty ; rdfs:label "manufactures" .
  ng:Fact a owl:Class . ng:Claim a owl:Class .
}

<https://w3id.org/newsgraph/id/article/00000000000000a1> {
  <https://w3id.org/newsgraph/id/article/00000000000000a1> a schema:NewsArticle ;
    schema:headline "Port cranes may spy on cargo" ;
    schema:datePublished "2023-03-05"^^xsd:date ;
    schema:mentions e:zpmc , e:port_cranes , e:sensors , e:officials .
  a1:sentence\/0 a ng:Sentence ; dcterms:isPartOf <https://w3id.org/newsgraph/id/article/00000000000000a1> ;
    ng:index 0 ; ng:start 0 ; ng:end 60 ; ng:text "ZPMC makes port cranes." .
  e:zpmc a ng:Entity , schema:Organization ; rdfs:label "ZPMC" ; skos:prefLabel "ZPMC" ;
    skos:altLabel "Shanghai Zhenhua Heavy Industries Company Limited" .
  e:port_cranes a ng:Entity , ng:Artifact ; rdfs:label "port cranes" ; skos:prefLabel "port cranes" .
  e:sensors a ng:Entity , ng:Artifact ; rdfs:label "sensors" ; skos:prefLabel "sensors" .
  e:officials a ng:Entity , ng:Group ; rdfs:label "officials" ; skos:prefLabel "officials" .
  a1:mention\/0 a ng:Mention ; ng:refersTo e:zpmc ; ng:start 0 ; ng:end 4 ; ng:text "ZPMC" .
  e:zpmc ng:manufactures e:port_cranes .
  a1:statement\/0 a rdf:Statement , ng:Fact ;
    rdf:subject e:zpmc ; rdf:predicate ng:manufactures ; rdf:object e:port_cranes ;
    ng:lemma "manufacture" ; ng:modality ng:Asserted ; ng:negated false ;
    prov:wasDerivedFrom <https://w3id.org/newsgraph/id/article/00000000000000a1> ;
    ng:sentence a1:sentence\/0 ; ng:start 0 ; ng:end 60 ;
    ng:confidence "0.80"^^xsd:decimal ; ng:extractor "patterns" .
  a1:statement\/1 a rdf:Statement , ng:Claim ;
    rdf:subject e:port_cranes ; rdf:predicate rel:contain ; rdf:object e:sensors ;
    ng:lemma "contain" ; ng:modality ng:Asserted ; ng:negated false ;
    ng:claimedBy e:officials ; ng:claimVerb "worry" ;
    prov:wasDerivedFrom <https://w3id.org/newsgraph/id/article/00000000000000a1> ;
    ng:confidence "0.70"^^xsd:decimal ; ng:extractor "patterns" .
  a1:statement\/2 a rdf:Statement , ng:Claim ;
    rdf:subject e:port_cranes ; rdf:predicate rel:contain ; rdf:object e:sensors ;
    ng:lemma "contain" ; ng:modality ng:Asserted ; ng:negated false ;
    ng:claimedBy e:officials ; ng:claimVerb "say" ;
    prov:wasDerivedFrom <https://w3id.org/newsgraph/id/article/00000000000000a1> ;
    ng:confidence "0.70"^^xsd:decimal ; ng:extractor "patterns" .
  rel:contain a rdf:Property , ng:RelationProperty ; rdfs:label "contain" .
}

<https://w3id.org/newsgraph/id/article/00000000000000a2> {
  <https://w3id.org/newsgraph/id/article/00000000000000a2> a schema:NewsArticle ;
    schema:headline "ZPMC cranes in US ports" ;
    schema:mentions e:zpmc , e:port_cranes , e:united_states .
  e:zpmc a ng:Entity , schema:Organization ; rdfs:label "ZPMC" ; skos:prefLabel "ZPMC" .
  e:port_cranes a ng:Entity , ng:Artifact ; rdfs:label "port cranes" ; skos:prefLabel "port cranes" ;
    skos:altLabel "cranes" .
  e:united_states a ng:Entity , schema:Place ; rdfs:label "United States" ;
    skos:prefLabel "United States" ; skos:altLabel "US" , "U.S." .
  e:zpmc ng:manufactures e:port_cranes .
  a2:statement\/0 a rdf:Statement , ng:Fact ;
    rdf:subject e:zpmc ; rdf:predicate ng:manufactures ; rdf:object e:port_cranes ;
    ng:lemma "manufacture" ; ng:modality ng:Asserted ; ng:negated false ;
    prov:wasDerivedFrom <https://w3id.org/newsgraph/id/article/00000000000000a2> .
  a2:statement\/1 a rdf:Statement , ng:Fact ;
    rdf:subject e:port_cranes ; rdf:predicate rel:use_in ; rdf:object e:united_states ;
    ng:lemma "use_in" ; ng:modality ng:Hedged ; ng:negated false ;
    prov:wasDerivedFrom <https://w3id.org/newsgraph/id/article/00000000000000a2> .
  a2:statement\/2 a rdf:Statement , ng:Fact ;
    rdf:subject e:zpmc ; rdf:predicate rel:found_in ; rdf:object "1992" ;
    ng:lemma "found_in" ; ng:modality ng:Asserted ; ng:negated false ;
    prov:wasDerivedFrom <https://w3id.org/newsgraph/id/article/00000000000000a2> .
  e:zpmc rel:found_in "1992" .
  rel:use_in a rdf:Property , ng:RelationProperty ; rdfs:label "use in" .
  rel:found_in a rdf:Property , ng:RelationProperty ; rdfs:label "found in" .
}
"#;

/// The fixture store.
pub fn store() -> GraphStore {
    let store = Store::new().expect("in-memory store");
    store
        .load_from_slice(RdfFormat::TriG, TRIG)
        .expect("fixture TriG parses");
    GraphStore::wrap(store)
}

/// A hand-built graph whose labels need escaping in every format: quotes,
/// backslash, `<>&`, braces, `|`, `#...;`, a line break, a control
/// character, non-ASCII, and Mermaid's keyword `end`.
pub fn nasty_graph() -> super::VizGraph {
    use super::{EdgeKind, NodeKind, VizEdge, VizGraph, VizNode};
    use crate::extraction::EntityType;

    let node = |i: usize, label: &str, iri: Option<&str>, kind| VizNode {
        id: format!("n{i}"),
        iri: iri.map(str::to_string),
        label: label.to_string(),
        kind,
        aliases: Vec::new(),
    };
    let mut g = VizGraph::default();
    let a = g.graph.add_node(node(
        0,
        r#"Acme "Cranes" \ <Co> & {x} | #1;"#,
        Some("https://example.org/e/acme?a=1&b=<2>"),
        NodeKind::Entity(Some(EntityType::Organization)),
    ));
    let b = g.graph.add_node(node(
        1,
        "end",
        Some("https://example.org/e/end"),
        NodeKind::Entity(None),
    ));
    let c = g.graph.add_node(node(
        2,
        "line one\nline two\u{7} --> ]) `x` %% ; Zhōngguó",
        None,
        NodeKind::Literal,
    ));
    let edge = |label: &str, kind, src: Option<&str>, count| VizEdge {
        predicate: "say_\"hi\"".to_string(),
        kind,
        claimed_by: src.map(|_| "https://example.org/e/o'brien".to_string()),
        claimed_by_label: src.map(str::to_string),
        negated: false,
        hedged: false,
        label: label.to_string(),
        count,
    };
    g.graph.add_edge(
        a,
        b,
        edge(
            r#"say "hi" -.-> |x| (claimed by O'Brien & <Co>)"#,
            EdgeKind::Claim,
            Some("O'Brien & <Co>"),
            3,
        ),
    );
    g.graph
        .add_edge(a, c, edge("has]\"\\", EdgeKind::Fact, None, 1));
    g.graph
        .add_edge(b, b, edge("loops", EdgeKind::Fact, None, 1));
    g
}
