//! RDF export: the whole store or one article, as Turtle (with prefixes),
//! N-Triples, N-Quads, TriG, RDF/XML or JSON-LD.
//!
//! Quad formats (N-Quads, TriG, JSON-LD) keep each article's named graph;
//! triple formats (Turtle, N-Triples, RDF/XML) merge the graphs, each triple
//! once. The ontology graph is left out unless asked for.

use crate::store::GraphStore;
use crate::vocab::{rdf, rdfs, schema, ENTITIES_GRAPH, ONTOLOGY_GRAPH, PREFIXES};
use oxigraph::io::{JsonLdProfileSet, RdfFormat, RdfSerializer};
use oxigraph::model::{GraphNameRef, NamedNodeRef, Quad, Term, Triple};
use std::collections::HashSet;
use std::io::Write;

mod stream;
pub use stream::{ExtractionWriter, StreamFormat};

/// The RDF serialisations newsgraph writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RdfOutput {
    Turtle,
    NTriples,
    NQuads,
    TriG,
    RdfXml,
    JsonLd,
}

impl RdfOutput {
    pub const NAMES: &'static [&'static str] =
        &["turtle", "ntriples", "nquads", "trig", "rdfxml", "jsonld"];

    /// The Oxigraph format.
    pub fn format(self) -> RdfFormat {
        match self {
            RdfOutput::Turtle => RdfFormat::Turtle,
            RdfOutput::NTriples => RdfFormat::NTriples,
            RdfOutput::NQuads => RdfFormat::NQuads,
            RdfOutput::TriG => RdfFormat::TriG,
            RdfOutput::RdfXml => RdfFormat::RdfXml,
            RdfOutput::JsonLd => RdfFormat::JsonLd {
                profile: JsonLdProfileSet::empty(),
            },
        }
    }

    /// True for formats that keep named graphs.
    pub fn keeps_graphs(self) -> bool {
        self.format().supports_datasets()
    }
}

impl std::str::FromStr for RdfOutput {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        Ok(match s.to_ascii_lowercase().as_str() {
            "turtle" | "ttl" => RdfOutput::Turtle,
            "ntriples" | "nt" | "n-triples" => RdfOutput::NTriples,
            "nquads" | "nq" | "n-quads" => RdfOutput::NQuads,
            "trig" => RdfOutput::TriG,
            "rdfxml" | "rdf" | "xml" | "rdf/xml" => RdfOutput::RdfXml,
            "jsonld" | "json-ld" => RdfOutput::JsonLd,
            _ => {
                return Err(format!(
                    "unknown RDF format {s:?} (one of {})",
                    Self::NAMES.join(", ")
                ))
            }
        })
    }
}

/// Adds newsgraph's prefixes, and `entity:` and `article:` for the IRIs it
/// mints under `base`.
pub fn with_prefixes(mut ser: RdfSerializer, base: &str) -> RdfSerializer {
    for (p, ns) in PREFIXES {
        ser = ser.with_prefix(*p, *ns).expect("prefix IRIs are valid");
    }
    for (p, ns) in data_prefixes(base) {
        if let Ok(s) = ser.clone().with_prefix(p, ns) {
            ser = s;
        }
    }
    ser
}

/// The prefixes of the IRIs newsgraph mints under `base`.
pub fn data_prefixes(base: &str) -> [(&'static str, String); 2] {
    [
        ("entity", format!("{base}entity/")),
        ("article", format!("{base}article/")),
    ]
}

/// What to export.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ExportScope {
    /// Every article graph (and the ontology when `with_ontology`).
    All { with_ontology: bool },
    /// One article's graph, and the entities graph's descriptions of the
    /// entities it mentions.
    Article(String),
}

/// Writes the scope's quads to `out`; returns the number of triples or quads written.
pub fn export(
    store: &GraphStore,
    scope: &ExportScope,
    format: RdfOutput,
    base: &str,
    out: &mut dyn Write,
) -> Result<usize, crate::Error> {
    let store = store.inner();
    let ontology = NamedNodeRef::new_unchecked(ONTOLOGY_GRAPH);
    let article;
    let quads: Box<dyn Iterator<Item = Result<Quad, oxigraph::store::StorageError>>> = match scope {
        ExportScope::Article(iri) => {
            article = oxigraph::model::NamedNode::new(iri)
                .map_err(|e| crate::Error::iri("article IRI", iri, e))?;
            let graph = GraphNameRef::NamedNode(article.as_ref());
            // the article's graph, then the descriptions of its entities
            let mentioned: Vec<_> = store
                .quads_for_pattern(
                    Some(article.as_ref().into()),
                    Some(NamedNodeRef::new_unchecked(schema::MENTIONS)),
                    None,
                    Some(graph),
                )
                .collect::<Result<_, _>>()?;
            let entities = GraphNameRef::NamedNode(NamedNodeRef::new_unchecked(ENTITIES_GRAPH));
            let descriptions = mentioned.into_iter().flat_map(move |m| match m.object {
                Term::NamedNode(e) => store
                    .quads_for_pattern(Some(e.as_ref().into()), None, None, Some(entities))
                    .collect::<Vec<_>>(),
                _ => Vec::new(),
            });
            Box::new(
                store
                    .quads_for_pattern(None, None, None, Some(graph))
                    .chain(descriptions),
            )
        }
        ExportScope::All { with_ontology } => {
            let with_ontology = *with_ontology;
            Box::new(store.iter().filter(move |q| match q {
                Ok(q) => {
                    with_ontology || q.graph_name.as_ref() != GraphNameRef::NamedNode(ontology)
                }
                Err(_) => true,
            }))
        }
    };
    write_quads(
        quads.map(|q| q.map_err(crate::Error::from)),
        format,
        base,
        out,
    )
}

/// Writes `quads` in `format`: as they come for a format that keeps named
/// graphs, else as triples, each once (the same triple in several article
/// graphs is written once), sorted by subject with types and labels first
/// so that Turtle groups them into readable blocks. Returns the number of
/// quads or triples written.
pub fn write_quads(
    quads: impl Iterator<Item = Result<Quad, crate::Error>>,
    format: RdfOutput,
    base: &str,
    out: &mut dyn Write,
) -> Result<usize, crate::Error> {
    let mut ser = with_prefixes(RdfSerializer::from_format(format.format()), base).for_writer(out);
    let mut n = 0;
    if format.keeps_graphs() {
        for q in quads {
            ser.serialize_quad(&q?)?;
            n += 1;
        }
    } else {
        let triples = sorted_triples(quads)?;
        for t in &triples {
            ser.serialize_triple(t)?;
        }
        n = triples.len();
    }
    ser.finish()?;
    Ok(n)
}

/// The distinct triples of `quads`, sorted by subject with types and labels
/// first, so that Turtle groups them into readable blocks.
pub fn sorted_triples(
    quads: impl Iterator<Item = Result<Quad, crate::Error>>,
) -> Result<Vec<Triple>, crate::Error> {
    let mut seen: HashSet<Triple> = HashSet::new();
    for q in quads {
        let q = q?;
        seen.insert(Triple::new(q.subject, q.predicate, q.object));
    }
    let rank = |p: &str| match p {
        rdf::TYPE => 0,
        rdfs::LABEL => 1,
        _ => 2,
    };
    let mut triples: Vec<Triple> = seen.into_iter().collect();
    triples.sort_by_cached_key(|t| {
        (
            t.subject.to_string(),
            rank(t.predicate.as_str()),
            t.predicate.as_str().to_string(),
            t.object.to_string(),
        )
    });
    Ok(triples)
}
