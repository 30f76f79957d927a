//! The GraphML writer: plain GraphML 1.0 with declared keys (node: label,
//! type, iri; edge: label, predicate, kind, claimed_by, claimed_by_label,
//! negated, hedged, count), as networkx, yEd and Gephi read it.

use std::io::{self, Write};

use super::VizGraph;

/// `(id, for, attr.name, attr.type)` of every key, in output order.
const KEYS: &[(&str, &str, &str, &str)] = &[
    ("label", "node", "label", "string"),
    ("type", "node", "type", "string"),
    ("iri", "node", "iri", "string"),
    ("e_label", "edge", "label", "string"),
    ("predicate", "edge", "predicate", "string"),
    ("kind", "edge", "kind", "string"),
    ("claimed_by", "edge", "claimed_by", "string"),
    ("claimed_by_label", "edge", "claimed_by_label", "string"),
    ("negated", "edge", "negated", "boolean"),
    ("hedged", "edge", "hedged", "boolean"),
    ("count", "edge", "count", "int"),
];

/// Writes `g` as a directed GraphML graph. Edges have ids `e0`, `e1`, ...;
/// absent values (a literal's IRI, a fact's source) are left out.
pub fn write_graphml(g: &VizGraph, out: &mut impl Write) -> io::Result<()> {
    writeln!(out, r#"<?xml version="1.0" encoding="UTF-8"?>"#)?;
    writeln!(
        out,
        r#"<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">"#
    )?;
    for (id, domain, name, ty) in KEYS {
        writeln!(
            out,
            r#"  <key id="{id}" for="{domain}" attr.name="{name}" attr.type="{ty}"/>"#
        )?;
    }
    writeln!(out, r#"  <graph id="newsgraph" edgedefault="directed">"#)?;
    for n in g.nodes() {
        writeln!(out, r#"    <node id="{}">"#, escape(&n.id))?;
        data(out, "label", &n.label)?;
        data(out, "type", n.kind.as_str())?;
        if let Some(iri) = &n.iri {
            data(out, "iri", iri)?;
        }
        writeln!(out, "    </node>")?;
    }
    for (i, (s, t, e)) in g.edges().enumerate() {
        writeln!(
            out,
            r#"    <edge id="e{i}" source="{}" target="{}">"#,
            escape(&s.id),
            escape(&t.id)
        )?;
        data(out, "e_label", &e.label)?;
        data(out, "predicate", &e.predicate)?;
        data(out, "kind", e.kind.as_str())?;
        if let Some(src) = &e.claimed_by {
            data(out, "claimed_by", src)?;
        }
        if let Some(src) = &e.claimed_by_label {
            data(out, "claimed_by_label", src)?;
        }
        data(out, "negated", if e.negated { "true" } else { "false" })?;
        data(out, "hedged", if e.hedged { "true" } else { "false" })?;
        data(out, "count", &e.count.to_string())?;
        writeln!(out, "    </edge>")?;
    }
    writeln!(out, "  </graph>")?;
    writeln!(out, "</graphml>")
}

fn data(out: &mut impl Write, key: &str, value: &str) -> io::Result<()> {
    writeln!(out, r#"      <data key="{key}">{}</data>"#, escape(value))
}

/// Text or attribute value escaped for XML 1.0: the five special characters
/// as entities, tabs and line breaks as character references (so that they
/// survive attribute normalisation), and the characters XML 1.0 forbids
/// (other C0 controls, U+FFFE, U+FFFF) replaced by U+FFFD.
fn escape(s: &str) -> String {
    let mut e = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => e.push_str("&amp;"),
            '<' => e.push_str("&lt;"),
            '>' => e.push_str("&gt;"),
            '"' => e.push_str("&quot;"),
            '\'' => e.push_str("&apos;"),
            '\t' => e.push_str("&#9;"),
            '\n' => e.push_str("&#10;"),
            '\r' => e.push_str("&#13;"),
            '\u{0}'..='\u{1f}' | '\u{fffe}' | '\u{ffff}' => e.push('\u{fffd}'),
            c => e.push(c),
        }
    }
    e
}

#[cfg(test)]
mod tests {
    use super::super::{build, testdata, Scope};
    use super::*;
    use std::collections::BTreeSet;

    fn graphml(g: &VizGraph) -> String {
        let mut out = Vec::new();
        write_graphml(g, &mut out).unwrap();
        String::from_utf8(out).unwrap()
    }

    /// A small well-formedness check: tags balance, attribute values are
    /// quoted, `&` only starts a known entity or character reference, no
    /// raw `<` or `>` in text, no forbidden control character. Returns the
    /// tags met, as `(name, attributes)`.
    fn check_xml(text: &str) -> Vec<(String, Vec<(String, String)>)> {
        let body = text
            .strip_prefix(r#"<?xml version="1.0" encoding="UTF-8"?>"#)
            .expect("XML declaration");
        for c in body.chars() {
            assert!(
                !c.is_control() || matches!(c, '\n' | '\t' | '\r'),
                "control character {c:?}"
            );
        }
        let mut stack: Vec<String> = Vec::new();
        let mut tags = Vec::new();
        let mut rest = body;
        while let Some(lt) = rest.find('<') {
            check_text(&rest[..lt]);
            let gt = rest[lt..].find('>').expect("unterminated tag") + lt;
            let tag = &rest[lt + 1..gt];
            rest = &rest[gt + 1..];
            if let Some(name) = tag.strip_prefix('/') {
                assert_eq!(
                    stack.pop().as_deref(),
                    Some(name.trim()),
                    "mismatched </{name}>"
                );
                continue;
            }
            let (tag, empty) = match tag.strip_suffix('/') {
                Some(t) => (t, true),
                None => (tag, false),
            };
            let (name, attrs) = parse_tag(tag);
            if !empty {
                stack.push(name.clone());
            }
            tags.push((name, attrs));
        }
        check_text(rest);
        assert!(stack.is_empty(), "unclosed {stack:?}");
        tags
    }

    fn check_text(t: &str) {
        assert!(!t.contains('>'), "raw > in {t:?}");
        let mut rest = t;
        while let Some(amp) = rest.find('&') {
            let semi = rest[amp..].find(';').expect("unterminated reference") + amp;
            let name = &rest[amp + 1..semi];
            let ok = matches!(name, "amp" | "lt" | "gt" | "quot" | "apos")
                || name
                    .strip_prefix('#')
                    .is_some_and(|n| !n.is_empty() && n.chars().all(|c| c.is_ascii_digit()));
            assert!(ok, "bad reference &{name};");
            rest = &rest[semi + 1..];
        }
    }

    fn parse_tag(tag: &str) -> (String, Vec<(String, String)>) {
        let tag = tag.trim();
        let (name, mut rest) = tag.split_once(char::is_whitespace).unwrap_or((tag, ""));
        let mut attrs = Vec::new();
        loop {
            rest = rest.trim_start();
            if rest.is_empty() {
                break;
            }
            let eq = rest.find('=').expect("attribute without value");
            let key = rest[..eq].trim().to_string();
            let after = &rest[eq + 1..];
            assert!(after.starts_with('"'), "unquoted attribute {key}");
            let close = after[1..].find('"').expect("unterminated attribute") + 1;
            let value = &after[1..close];
            assert!(!value.contains('<'), "raw < in attribute");
            check_text(value);
            attrs.push((key, value.to_string()));
            rest = &after[close + 1..];
        }
        (name.to_string(), attrs)
    }

    fn attr<'a>(attrs: &'a [(String, String)], key: &str) -> &'a str {
        attrs
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.as_str())
            .unwrap()
    }

    #[test]
    fn fixture_is_well_formed() {
        let g = build(&testdata::store(), &Scope::All).unwrap();
        let text = graphml(&g);
        let tags = check_xml(&text);
        let keys: BTreeSet<&str> = tags
            .iter()
            .filter(|(n, _)| n == "key")
            .map(|(_, a)| attr(a, "id"))
            .collect();
        for k in [
            "label",
            "type",
            "iri",
            "predicate",
            "kind",
            "claimed_by",
            "count",
        ] {
            assert!(keys.contains(k), "key {k}");
        }
        let used: BTreeSet<&str> = tags
            .iter()
            .filter(|(n, _)| n == "data")
            .map(|(_, a)| attr(a, "key"))
            .collect();
        assert!(used.is_subset(&keys));
        let nodes: BTreeSet<&str> = tags
            .iter()
            .filter(|(n, _)| n == "node")
            .map(|(_, a)| attr(a, "id"))
            .collect();
        assert_eq!(nodes.len(), 6);
        let edges: Vec<_> = tags.iter().filter(|(n, _)| n == "edge").collect();
        assert_eq!(edges.len(), 4);
        for (_, a) in edges {
            assert!(nodes.contains(attr(a, "source")) && nodes.contains(attr(a, "target")));
        }
        assert!(text.contains(r#"<data key="claimed_by_label">officials</data>"#));
        assert!(text.contains(r#"<data key="kind">claim</data>"#));
    }

    #[test]
    fn escaping() {
        assert_eq!(
            escape("a<b>&\"c\"'\n\u{1}"),
            "a&lt;b&gt;&amp;&quot;c&quot;&apos;&#10;\u{fffd}"
        );
        let text = graphml(&testdata::nasty_graph());
        check_xml(&text);
        assert!(text.contains("Acme &quot;Cranes&quot; \\ &lt;Co&gt; &amp; {x} | #1;"));
        assert!(text.contains("https://example.org/e/acme?a=1&amp;b=&lt;2&gt;"));
    }
}
