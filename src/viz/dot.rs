//! The Graphviz DOT writer: nodes labelled, shaped and filled by type, edges
//! labelled by predicate, claims dashed with their source in the label.

use std::io::{self, Write};

use super::{style, EdgeKind, VizGraph};

/// Writes `g` as a Graphviz `digraph` (`dot -Tsvg` renders it).
pub fn write_dot(g: &VizGraph, out: &mut impl Write) -> io::Result<()> {
    writeln!(out, "digraph newsgraph {{")?;
    writeln!(
        out,
        "  graph [rankdir=LR, fontname=\"Helvetica\", overlap=false];"
    )?;
    writeln!(
        out,
        "  node [style=filled, fontname=\"Helvetica\", fontsize=11, color=\"#555555\"];"
    )?;
    writeln!(out, "  edge [fontname=\"Helvetica\", fontsize=9];")?;
    for n in g.nodes() {
        write!(
            out,
            "  {} [label={}, shape={}, fillcolor=\"{}\"",
            n.id,
            quote(&n.label),
            style::dot_shape(n.kind),
            style::fill(n.kind),
        )?;
        let tooltip = match &n.iri {
            Some(iri) => format!("{} ({})\n{iri}", n.label, n.kind),
            None => format!("{} ({})", n.label, n.kind),
        };
        writeln!(out, ", tooltip={}];", quote(&tooltip))?;
    }
    for (s, t, e) in g.edges() {
        let colour = style::edge_colour(e.kind);
        write!(
            out,
            "  {} -> {} [label={}, color=\"{colour}\", fontcolor=\"{colour}\"",
            s.id,
            t.id,
            quote(&e.display_label()),
        )?;
        if e.kind == EdgeKind::Claim {
            write!(out, ", style=dashed")?;
        }
        if e.negated {
            write!(out, ", arrowhead=tee")?;
        }
        if e.count > 1 {
            let width = (1.0 + 0.5 * (e.count - 1) as f64).min(4.0);
            write!(out, ", penwidth={width:.1}")?;
        }
        writeln!(out, "];")?;
    }
    writeln!(out, "}}")
}

/// A DOT double-quoted string. Backslashes are doubled (a lone one would
/// start an escape such as `\N`), quotes escaped, line breaks become `\n`,
/// other control characters spaces.
fn quote(s: &str) -> String {
    let mut q = String::with_capacity(s.len() + 2);
    q.push('"');
    for c in s.chars() {
        match c {
            '\\' => q.push_str("\\\\"),
            '"' => q.push_str("\\\""),
            '\n' => q.push_str("\\n"),
            '\r' => {}
            c if c.is_control() => q.push(' '),
            c => q.push(c),
        }
    }
    q.push('"');
    q
}

#[cfg(test)]
mod tests {
    use super::super::{build, testdata, Scope};
    use super::*;
    use std::collections::BTreeSet;

    fn dot(g: &VizGraph) -> String {
        let mut out = Vec::new();
        write_dot(g, &mut out).unwrap();
        String::from_utf8(out).unwrap()
    }

    /// Braces outside quoted strings balance, and every edge's endpoints
    /// are declared nodes.
    fn check_well_formed(text: &str) {
        let mut depth = 0i32;
        let (mut in_str, mut escaped) = (false, false);
        for c in text.chars() {
            if in_str {
                match (escaped, c) {
                    (true, _) => escaped = false,
                    (false, '\\') => escaped = true,
                    (false, '"') => in_str = false,
                    _ => {}
                }
                continue;
            }
            match c {
                '"' => in_str = true,
                '{' => depth += 1,
                '}' => {
                    depth -= 1;
                    assert!(depth >= 0, "unbalanced braces");
                }
                _ => {}
            }
        }
        assert_eq!(depth, 0, "unbalanced braces");
        assert!(!in_str, "unterminated string");
        let mut declared = BTreeSet::new();
        let mut edges = Vec::new();
        for line in text.lines().map(str::trim) {
            let head = line.split(" [").next().unwrap();
            if let Some((a, b)) = head.split_once(" -> ") {
                edges.push((a.to_string(), b.to_string()));
            } else if head.starts_with('n') && head[1..].chars().all(|c| c.is_ascii_digit()) {
                declared.insert(head.to_string());
            }
        }
        for (a, b) in edges {
            assert!(declared.contains(&a) && declared.contains(&b), "{a} -> {b}");
        }
    }

    #[test]
    fn fixture_is_well_formed() {
        let g = build(&testdata::store(), &Scope::All).unwrap();
        let text = dot(&g);
        assert!(text.starts_with("digraph newsgraph {"));
        check_well_formed(&text);
        assert_eq!(text.matches(" -> ").count(), 4);
        let claim = text
            .lines()
            .find(|l| l.contains("contain"))
            .expect("the claim edge");
        assert!(claim.contains("style=dashed"), "{claim}");
        assert!(claim.contains("claimed by officials"), "{claim}");
        let fact = text.lines().find(|l| l.contains("manufacture")).unwrap();
        assert!(
            !fact.contains("dashed") && fact.contains("\u{d7}2"),
            "{fact}"
        );
        assert!(text.contains("label=\"ZPMC\", shape=box, fillcolor=\"#b3cde3\""));
        assert!(text.contains("label=\"1992\", shape=note"));
    }

    #[test]
    fn escaping() {
        assert_eq!(quote(r#"a "b" \N"#), r#""a \"b\" \\N""#);
        assert_eq!(quote("x\ny\r\t{}"), "\"x\\ny {}\"");
        let g = testdata::nasty_graph();
        let text = dot(&g);
        check_well_formed(&text);
        assert!(
            text.contains(r#"label="Acme \"Cranes\" \\ <Co> & {x} | #1;""#),
            "{text}"
        );
    }
}
