//! The output of `extract`, written article by article as each is done, in
//! constant memory: the JSON extraction format (an array, or one object for
//! one article), JSON Lines, N-Quads or Turtle.
//!
//! Each article's RDF is its graph and the descriptions its entities get
//! from that article alone (see [`crate::map::entities`]); merging the
//! descriptions over articles is the store's job, so articles that name an
//! entity differently each give it their label here.

use super::{sorted_triples, with_prefixes};
use crate::extraction::Extraction;
use crate::map::entities::description_quads;
use crate::store::ArticleGraph;
use oxigraph::io::{RdfFormat, RdfSerializer, WriterQuadSerializer};
use std::io::Write;

/// The formats of `extract`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StreamFormat {
    /// The JSON extraction format: one object for one article, else an array.
    Json,
    /// One JSON extraction per line.
    JsonLines,
    /// N-Quads: each article's graph, and its entities in the entities graph.
    NQuads,
    /// Turtle: the same triples, graphs merged.
    Turtle,
}

enum Sink<W: Write> {
    Json {
        out: W,
        /// The first extraction, held until a second says it is an array.
        first: Option<String>,
        written: usize,
    },
    JsonLines(W),
    Rdf(Box<WriterQuadSerializer<W>>, bool),
}

/// Writes extractions as they come.
pub struct ExtractionWriter<W: Write> {
    sink: Sink<W>,
}

impl<W: Write> ExtractionWriter<W> {
    pub fn new(format: StreamFormat, base: &str, out: W) -> Self {
        let rdf = |f: RdfFormat, out: W| {
            with_prefixes(RdfSerializer::from_format(f), base).for_writer(out)
        };
        let sink = match format {
            StreamFormat::Json => Sink::Json {
                out,
                first: None,
                written: 0,
            },
            StreamFormat::JsonLines => Sink::JsonLines(out),
            StreamFormat::NQuads => Sink::Rdf(Box::new(rdf(RdfFormat::NQuads, out)), true),
            StreamFormat::Turtle => Sink::Rdf(Box::new(rdf(RdfFormat::Turtle, out)), false),
        };
        ExtractionWriter { sink }
    }

    /// Writes one article's extraction (and its graph, for RDF).
    pub fn write(&mut self, ex: &Extraction, graph: &ArticleGraph) -> Result<(), crate::Error> {
        match &mut self.sink {
            Sink::Json {
                out,
                first,
                written,
            } => {
                let json = serde_json::to_string_pretty(ex).map_err(std::io::Error::from)?;
                *written += 1;
                match *written {
                    1 => *first = Some(json),
                    2 => {
                        let held = first.take().unwrap_or_default();
                        write!(out, "[\n{held},\n{json}")?;
                    }
                    _ => write!(out, ",\n{json}")?,
                }
            }
            Sink::JsonLines(out) => {
                serde_json::to_writer(&mut *out, ex).map_err(std::io::Error::from)?;
                writeln!(out)?;
            }
            Sink::Rdf(ser, true) => {
                for q in graph.quads.iter().chain(&description_quads(ex)?) {
                    ser.serialize_quad(q)?;
                }
            }
            Sink::Rdf(ser, false) => {
                let quads = graph
                    .quads
                    .iter()
                    .cloned()
                    .chain(description_quads(ex)?)
                    .map(Ok);
                for t in sorted_triples(quads)? {
                    ser.serialize_triple(&t)?;
                }
            }
        }
        Ok(())
    }

    /// Ends the output (closes the JSON array, flushes).
    pub fn finish(self) -> Result<(), crate::Error> {
        match self.sink {
            Sink::Json {
                mut out,
                first,
                written,
            } => {
                match (written, first) {
                    (0, _) => writeln!(out, "[]")?,
                    (1, Some(one)) => writeln!(out, "{one}")?,
                    _ => writeln!(out, "\n]")?,
                }
                out.flush()?;
            }
            Sink::JsonLines(mut out) => out.flush()?,
            Sink::Rdf(ser, _) => {
                ser.finish()?.flush()?;
            }
        }
        Ok(())
    }
}
