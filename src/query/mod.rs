//! SPARQL over the store: the default graph is the union of all graphs
//! (unless the query names its own dataset with FROM); SELECT and ASK
//! results as a readable table or a SPARQL results format, CONSTRUCT and
//! DESCRIBE as RDF.

pub mod table;

use crate::export::RdfOutput;
use crate::store::GraphStore;
use oxigraph::io::RdfSerializer;
use oxigraph::sparql::results::{QueryResultsFormat, QueryResultsSerializer};
use oxigraph::sparql::{QueryResults, SparqlEvaluator};
use std::io::Write;

/// How to print results.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ResultsFormat {
    /// Aligned columns for people (SELECT/ASK); Turtle for graphs.
    Table,
    /// A SPARQL results format (SELECT/ASK).
    Sparql(QueryResultsFormat),
    /// An RDF format (CONSTRUCT/DESCRIBE).
    Rdf(RdfOutput),
}

impl std::str::FromStr for ResultsFormat {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        Ok(match s.to_ascii_lowercase().as_str() {
            "table" => ResultsFormat::Table,
            "json" => ResultsFormat::Sparql(QueryResultsFormat::Json),
            "csv" => ResultsFormat::Sparql(QueryResultsFormat::Csv),
            "tsv" => ResultsFormat::Sparql(QueryResultsFormat::Tsv),
            "xml" => ResultsFormat::Sparql(QueryResultsFormat::Xml),
            other => match other.parse::<RdfOutput>() {
                Ok(f) => ResultsFormat::Rdf(f),
                Err(_) => {
                    return Err(format!(
                        "unknown results format {s:?} (table, json, csv, tsv, xml for SELECT/ASK; {} for CONSTRUCT/DESCRIBE)",
                        RdfOutput::NAMES.join(", ")
                    ))
                }
            },
        })
    }
}

/// What a query printed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Printed {
    Rows(usize),
    Boolean(bool),
    Triples(usize),
}

/// Runs `query` on `store` and writes the results to `out`. `base` is the
/// data base IRI, shown as the `id:` prefix in tables.
pub fn run(
    store: &GraphStore,
    query: &str,
    format: ResultsFormat,
    base: &str,
    out: &mut dyn Write,
) -> Result<Printed, crate::Error> {
    run_explained(store, query, format, base, out, None)
}

/// [`run`], and when `explain` is given, writes to it the plan Oxigraph
/// evaluated, as JSON, with the rows and time of each step (for finding
/// the pattern that makes a query slow).
pub fn run_explained(
    store: &GraphStore,
    query: &str,
    format: ResultsFormat,
    base: &str,
    out: &mut dyn Write,
    explain: Option<&mut dyn Write>,
) -> Result<Printed, crate::Error> {
    let mut prepared = SparqlEvaluator::new().parse_query(query)?;
    if prepared.dataset().is_default_dataset() {
        prepared.dataset_mut().set_default_graph_as_union();
    }
    let prepared = prepared.on_store(store.inner());
    let Some(explain) = explain else {
        return print(prepared.execute()?, format, base, out);
    };
    let (results, explanation) = prepared.compute_statistics().explain();
    let printed = print(results?, format, base, out);
    explanation.write_in_json(&mut *explain)?;
    writeln!(explain)?;
    printed
}

/// Writes `results` to `out` in `format`.
fn print(
    results: QueryResults<'_>,
    format: ResultsFormat,
    base: &str,
    out: &mut dyn Write,
) -> Result<Printed, crate::Error> {
    match results {
        QueryResults::Solutions(solutions) => {
            let vars = solutions.variables().to_vec();
            match format {
                ResultsFormat::Table => {
                    let rows: Vec<_> = solutions.collect::<Result<_, _>>()?;
                    table::write(&vars, &rows, base, out)?;
                    Ok(Printed::Rows(rows.len()))
                }
                ResultsFormat::Sparql(f) => {
                    let mut ser = QueryResultsSerializer::from_format(f)
                        .serialize_solutions_to_writer(out, vars)?;
                    let mut n = 0;
                    for s in solutions {
                        ser.serialize(&s?)?;
                        n += 1;
                    }
                    ser.finish()?;
                    Ok(Printed::Rows(n))
                }
                ResultsFormat::Rdf(_) => Err(crate::Error::ResultsFormat {
                    query: "a SELECT",
                    gives: "a table",
                    formats: "table, json, csv, tsv or xml",
                }),
            }
        }
        QueryResults::Boolean(b) => {
            match format {
                ResultsFormat::Table => writeln!(out, "{b}")?,
                ResultsFormat::Sparql(f) => {
                    QueryResultsSerializer::from_format(f).serialize_boolean_to_writer(out, b)?;
                }
                ResultsFormat::Rdf(_) => {
                    return Err(crate::Error::ResultsFormat {
                        query: "an ASK",
                        gives: "a boolean",
                        formats: "table, json, csv, tsv or xml",
                    })
                }
            }
            Ok(Printed::Boolean(b))
        }
        QueryResults::Graph(triples) => {
            let f = match format {
                ResultsFormat::Table => RdfOutput::Turtle,
                ResultsFormat::Rdf(f) => f,
                ResultsFormat::Sparql(_) => {
                    return Err(crate::Error::ResultsFormat {
                        query: "a CONSTRUCT or DESCRIBE",
                        gives: "RDF",
                        formats: "turtle, ntriples, rdfxml, jsonld, nquads or trig",
                    })
                }
            };
            let mut ser =
                crate::export::with_prefixes(RdfSerializer::from_format(f.format()), base)
                    .for_writer(out);
            let mut n = 0;
            for t in triples {
                ser.serialize_triple(&t?)?;
                n += 1;
            }
            ser.finish()?;
            Ok(Printed::Triples(n))
        }
    }
}
