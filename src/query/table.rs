//! SELECT results as aligned text columns, with IRIs shortened by the
//! usual prefixes and literals shown as their plain value.

use crate::vocab::PREFIXES;
use oxigraph::model::Term;
use oxigraph::sparql::{QuerySolution, Variable};
use std::io::Write;

/// A term as a person wants to read it in a table.
pub fn show(term: &Term, base: &str) -> String {
    match term {
        Term::NamedNode(n) => {
            let s = n.as_str();
            for (p, ns) in crate::export::data_prefixes(base) {
                if let Some(local) = s.strip_prefix(ns.as_str()) {
                    if !local.contains('/') {
                        return format!("{p}:{local}");
                    }
                }
            }
            for (p, ns) in PREFIXES {
                if let Some(local) = s.strip_prefix(ns) {
                    if !local.is_empty() && !local.contains(['/', '#']) {
                        return format!("{p}:{local}");
                    }
                }
            }
            format!("<{s}>")
        }
        Term::BlankNode(b) => format!("_:{}", b.as_str()),
        Term::Literal(l) => l.value().replace(['\n', '\r', '\t'], " "),
        #[allow(unreachable_patterns)]
        other => other.to_string(),
    }
}

/// Writes `rows` under a header of `vars`; long cells are cut at 80 characters.
pub fn write(
    vars: &[Variable],
    rows: &[QuerySolution],
    base: &str,
    out: &mut dyn Write,
) -> std::io::Result<()> {
    const MAX: usize = 80;
    let cells: Vec<Vec<String>> = rows
        .iter()
        .map(|r| {
            vars.iter()
                .map(|v| {
                    let s = r.get(v).map(|t| show(t, base)).unwrap_or_default();
                    if s.chars().count() > MAX {
                        let mut c: String = s.chars().take(MAX - 1).collect();
                        c.push('…');
                        c
                    } else {
                        s
                    }
                })
                .collect()
        })
        .collect();
    let mut widths: Vec<usize> = vars.iter().map(|v| v.as_str().chars().count()).collect();
    for r in &cells {
        for (w, c) in widths.iter_mut().zip(r) {
            *w = (*w).max(c.chars().count());
        }
    }
    let line =
        |out: &mut dyn Write, cols: &mut dyn Iterator<Item = String>| -> std::io::Result<()> {
            let parts: Vec<String> = cols
                .zip(&widths)
                .map(|(c, w)| format!("{c}{}", " ".repeat(w - c.chars().count())))
                .collect();
            writeln!(out, "{}", parts.join("  ").trim_end())
        };
    line(out, &mut vars.iter().map(|v| v.as_str().to_string()))?;
    line(out, &mut widths.iter().map(|w| "-".repeat(*w)))?;
    for r in cells {
        line(out, &mut r.into_iter())?;
    }
    writeln!(
        out,
        "({} row{})",
        rows.len(),
        if rows.len() == 1 { "" } else { "s" }
    )
}
