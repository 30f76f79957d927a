//! Counts of what a store holds: articles, entities by type, relations,
//! claims, quads.

use crate::extraction::EntityType;
use crate::vocab::{ng, schema, ONTOLOGY_GRAPH};
use oxigraph::model::Term;
use oxigraph::sparql::{QueryResults, SparqlEvaluator};
use oxigraph::store::Store;
use serde::Serialize;

/// What a store holds.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Stats {
    pub articles: usize,
    pub entities: usize,
    pub entities_by_type: Vec<(String, usize)>,
    /// Fact statements (the articles' own voice).
    pub relations: usize,
    /// Claim statements (attributed to a source).
    pub claims: usize,
    /// Quads of the article graphs and the entities graph.
    pub triples: usize,
    /// Quads of the ontology graph.
    pub ontology_triples: usize,
}

fn count(store: &Store, query: &str) -> Result<Vec<(Option<String>, usize)>, crate::Error> {
    let mut p = SparqlEvaluator::new().parse_query(query)?;
    p.dataset_mut().set_default_graph_as_union();
    let mut out = Vec::new();
    if let QueryResults::Solutions(sol) = p.on_store(store).execute()? {
        for s in sol {
            let s = s?;
            let key = match s.get("k") {
                Some(Term::NamedNode(n)) => Some(n.as_str().to_string()),
                _ => None,
            };
            let n = match s.get("n") {
                Some(Term::Literal(l)) => l.value().parse().unwrap_or(0),
                _ => 0,
            };
            out.push((key, n));
        }
    }
    Ok(out)
}

/// Computes the counts with SPARQL over the union of the article graphs.
pub fn compute(store: &Store) -> Result<Stats, crate::Error> {
    let one = |q: &str| -> Result<usize, crate::Error> {
        Ok(count(store, q)?.first().map(|x| x.1).unwrap_or(0))
    };
    let articles = one(&format!(
        "SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE {{ ?a a <{}> }}",
        schema::NEWS_ARTICLE
    ))?;
    let entities = one(&format!(
        "SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE {{ ?e a <{}> }}",
        ng::ENTITY
    ))?;
    let mut entities_by_type: Vec<(String, usize)> = count(
        store,
        &format!(
            "SELECT ?k (COUNT(DISTINCT ?e) AS ?n) WHERE {{ ?e a <{}> ; a ?k }} GROUP BY ?k",
            ng::ENTITY
        ),
    )?
    .into_iter()
    .filter_map(|(k, n)| Some((EntityType::from_class_iri(&k?)?.to_string(), n)))
    .collect();
    entities_by_type.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    let relations = one(&format!(
        "SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE {{ ?s a <{}> }}",
        ng::FACT
    ))?;
    let claims = one(&format!(
        "SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE {{ ?s a <{}> }}",
        ng::CLAIM
    ))?;
    let ontology_triples = store
        .quads_for_pattern(
            None,
            None,
            None,
            Some(oxigraph::model::NamedNodeRef::new_unchecked(ONTOLOGY_GRAPH).into()),
        )
        .count();
    let triples = store.len()?.saturating_sub(ontology_triples);
    Ok(Stats {
        articles,
        entities,
        entities_by_type,
        relations,
        claims,
        triples,
        ontology_triples,
    })
}

impl std::fmt::Display for Stats {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        writeln!(f, "articles   {}", self.articles)?;
        writeln!(f, "entities   {}", self.entities)?;
        for (t, n) in &self.entities_by_type {
            writeln!(f, "  {t:<13}{n}")?;
        }
        writeln!(f, "relations  {}", self.relations)?;
        writeln!(f, "claims     {}", self.claims)?;
        writeln!(
            f,
            "triples    {} (+{} ontology)",
            self.triples, self.ontology_triples
        )
    }
}
