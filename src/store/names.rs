//! The names the store knows for its entities, as plain rows for the
//! cross-article alias index of `resolve` (which knows nothing of RDF).

use crate::extraction::EntityType;
use crate::resolve::aliases::KnownName;
use crate::vocab::{ng, rdfs, skos};
use oxigraph::model::Term;
use oxigraph::sparql::{QueryResults, SparqlEvaluator};
use oxigraph::store::Store;

/// Every label and alias of every typed entity in `store`, over all graphs.
pub fn entity_names(store: &Store) -> Result<Vec<KnownName>, crate::Error> {
    let q = format!(
        "SELECT DISTINCT ?e ?n ?c WHERE {{ ?e a <{}> ; a ?c ; <{}>|<{}> ?n }}",
        ng::ENTITY,
        rdfs::LABEL,
        skos::ALT_LABEL
    );
    let mut p = SparqlEvaluator::new().parse_query(&q)?;
    p.dataset_mut().set_default_graph_as_union();
    let mut names = Vec::new();
    if let QueryResults::Solutions(rows) = p.on_store(store).execute()? {
        for row in rows {
            let row = row?;
            let (Some(Term::NamedNode(e)), Some(Term::Literal(n)), Some(Term::NamedNode(c))) =
                (row.get("e"), row.get("n"), row.get("c"))
            else {
                continue;
            };
            if let Some(kind) = EntityType::from_class_iri(c.as_str()) {
                names.push(KnownName {
                    iri: e.as_str().to_string(),
                    name: n.value().to_string(),
                    kind,
                });
            }
        }
    }
    Ok(names)
}
