//! The Mermaid writer: a `flowchart LR` with one line per node (shape and
//! class by type), one line per link (facts `-->`, claims dashed `-.->`),
//! then the class and link styles.

use std::io::{self, Write};

use super::{style, EdgeKind, NodeKind, VizGraph};

/// Writes `g` as a Mermaid flowchart (paste it into a ```mermaid block).
pub fn write_mermaid(g: &VizGraph, out: &mut impl Write) -> io::Result<()> {
    writeln!(out, "flowchart LR")?;
    let mut used = Vec::new();
    for n in g.nodes() {
        let (open, close) = style::mermaid_shape(n.kind);
        writeln!(
            out,
            "  {}{open}{}{close}:::{}",
            safe_id(&n.id),
            quote(&n.label),
            class(n.kind)
        )?;
        if !used.contains(&n.kind) {
            used.push(n.kind);
        }
    }
    let mut claims = Vec::new();
    for (i, (s, t, e)) in g.edges().enumerate() {
        let arrow = match e.kind {
            EdgeKind::Fact => "-->",
            EdgeKind::Claim => {
                claims.push(i.to_string());
                "-.->"
            }
        };
        writeln!(
            out,
            "  {} {arrow}|{}| {}",
            safe_id(&s.id),
            quote(&e.display_label()),
            safe_id(&t.id)
        )?;
    }
    for kind in style::all_kinds().filter(|k| used.contains(k)) {
        writeln!(
            out,
            "  classDef {} fill:{},stroke:#555555,color:#000000",
            class(kind),
            style::fill(kind)
        )?;
    }
    if !claims.is_empty() {
        let c = style::edge_colour(EdgeKind::Claim);
        writeln!(out, "  linkStyle {} stroke:{c},color:{c}", claims.join(","))?;
    }
    Ok(())
}

/// The class name of a node kind: its type name in lower case.
fn class(kind: NodeKind) -> String {
    kind.as_str().to_ascii_lowercase()
}

/// A node id Mermaid accepts: ASCII letters, digits and `_`, starting with
/// a letter, never a keyword (`end`, `graph`, ... are avoided by the prefix
/// `n` that ids already carry, re-added if missing).
fn safe_id(id: &str) -> String {
    let cleaned: String = id
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '_' })
        .collect();
    if cleaned.starts_with('n') && cleaned[1..].chars().all(|c| c.is_ascii_digit()) {
        cleaned
    } else {
        format!("n_{cleaned}")
    }
}

/// A double-quoted Mermaid label. Characters Mermaid would read as syntax
/// are written as its entity codes (`#34;` for `"`, `#35;` for `#`, ...),
/// line breaks and control characters as spaces.
fn quote(s: &str) -> String {
    let mut q = String::with_capacity(s.len() + 2);
    q.push('"');
    for c in s.chars() {
        match c {
            '"' => q.push_str("#34;"),
            '#' => q.push_str("#35;"),
            '&' => q.push_str("#38;"),
            '<' => q.push_str("#60;"),
            '>' => q.push_str("#62;"),
            '`' => q.push_str("#96;"),
            '|' => q.push_str("#124;"),
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

    fn mermaid(g: &VizGraph) -> String {
        let mut out = Vec::new();
        write_mermaid(g, &mut out).unwrap();
        String::from_utf8(out).unwrap()
    }

    /// The first line is `flowchart LR`; every other line is a node, a link
    /// between declared nodes, a `classDef` or a `linkStyle`; quotes are
    /// balanced (labels hold none of their own). Returns (nodes, links).
    fn check_well_formed(text: &str) -> (usize, Vec<String>) {
        let mut lines = text.lines();
        assert_eq!(lines.next(), Some("flowchart LR"));
        let mut nodes = BTreeSet::new();
        let mut links = Vec::new();
        for line in lines {
            let line = line.trim();
            assert_eq!(line.matches('"').count() % 2, 0, "{line}");
            if line.starts_with("classDef ") || line.starts_with("linkStyle ") {
                continue;
            }
            let id: String = line
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                .collect();
            assert!(id.starts_with('n'), "{line}");
            let rest = &line[id.len()..];
            if let Some(rest) = rest.strip_prefix(' ') {
                // a link: `a -->|"label"| b`
                let (arrow, rest) = rest.split_once('|').expect(line);
                assert!(matches!(arrow, "-->" | "-.->"), "{line}");
                let (label, target) = rest.rsplit_once("| ").expect(line);
                assert!(label.starts_with('"') && label.ends_with('"'), "{line}");
                assert!(!label[1..label.len() - 1].contains(['"', '|']), "{line}");
                assert!(nodes.contains(&id) && nodes.contains(target), "{line}");
                links.push(arrow.trim().to_string());
            } else {
                // a node: `id<open>"label"<close>:::class`
                let (shape, class) = rest.rsplit_once(":::").expect(line);
                assert!(class.chars().all(|c| c.is_ascii_lowercase()), "{line}");
                let first = shape.find('"').expect(line);
                let last = shape.rfind('"').unwrap();
                assert!(first < last, "{line}");
                assert!(!shape[first + 1..last].contains('"'), "{line}");
                assert!(nodes.insert(id), "{line}");
            }
        }
        (nodes.len(), links)
    }

    #[test]
    fn fixture_is_well_formed() {
        let g = build(&testdata::store(), &Scope::All).unwrap();
        let text = mermaid(&g);
        let (nodes, links) = check_well_formed(&text);
        assert_eq!(nodes, 6);
        assert_eq!(links, ["-.->", "-->", "-->", "-->"]);
        assert!(text.contains(r#"n4["ZPMC"]:::organization"#), "{text}");
        assert!(
            text.contains(r#"-.->|"contain (claimed by officials) ×2"|"#),
            "{text}"
        );
        assert!(text.contains("classDef organization fill:#b3cde3"));
        assert!(text.contains("linkStyle 0 stroke:#b2182b"));
    }

    #[test]
    fn escaping() {
        assert_eq!(
            quote("a \"b\" #1; <c> | `d`\n"),
            "\"a #34;b#34; #35;1; #60;c#62; #124; #96;d#96; \""
        );
        assert_eq!(safe_id("n12"), "n12");
        assert_eq!(safe_id("end"), "n_end");
        let text = mermaid(&testdata::nasty_graph());
        let (nodes, links) = check_well_formed(&text);
        assert_eq!((nodes, links.len()), (3, 3));
        assert!(text.contains("n1[\"end\"]:::entity"));
    }
}
