//! HTML pages: the metadata (title, publication date, canonical URL,
//! publisher) from the usual meta tags, JSON-LD and `<time>`, and the main
//! text's `<p>` paragraphs (inside the article body, `<article>` or
//! `<main>` if there is one, else the page's), never those of navigation,
//! header, footer, aside, figure captions, forms, scripts or styles.
//!
//! The article text is built: the title line, then the paragraphs, each
//! with its whitespace collapsed, separated by blank lines.

use std::collections::HashMap;

use scraper::{ElementRef, Html, Node};
use serde_json::Value;

use super::{clean, date, Article, ReadError};

/// Reads an HTML page; `source` names it.
pub(super) fn parse(html: &str, source: &str) -> Result<Article, ReadError> {
    let doc = Html::parse_document(html);
    let root = doc.root_element();
    let elements: Vec<ElementRef> = root.descendent_elements().collect();
    let named = |name: &'static str| {
        elements
            .iter()
            .copied()
            .filter(move |e| e.value().name() == name)
    };

    // <meta property|name|itemprop=K content=V>, first one of each key
    let mut meta: HashMap<String, String> = HashMap::new();
    for m in named("meta") {
        let Some(content) = m.attr("content").map(collapse).filter(|c| !c.is_empty()) else {
            continue;
        };
        for k in ["property", "name", "itemprop"] {
            if let Some(key) = m.attr(k) {
                meta.entry(key.trim().to_ascii_lowercase())
                    .or_insert_with(|| content.clone());
            }
        }
    }
    let meta_of = |keys: &[&str]| keys.iter().find_map(|k| meta.get(*k).cloned());
    let json_ld: Vec<Value> = named("script")
        .filter(|s| {
            s.attr("type")
                .is_some_and(|t| t.trim().eq_ignore_ascii_case("application/ld+json"))
        })
        .filter_map(|s| serde_json::from_str(&s.text().collect::<String>()).ok())
        .collect();
    let ld = |key: &str| {
        json_ld
            .iter()
            .find_map(|v| ld_find(v, key))
            .and_then(ld_string)
    };

    let publisher = meta_of(&["og:site_name", "application-name"]).or_else(|| ld("publisher"));
    let title = meta_of(&["og:title", "twitter:title"])
        .or_else(|| {
            let t = collapse(&named("title").next()?.text().collect::<String>());
            Some(strip_site(&t, publisher.as_deref())).filter(|t| !t.is_empty())
        })
        .or_else(|| Some(element_text(named("h1").next()?)).filter(|t| !t.is_empty()))
        .or_else(|| ld("headline"))
        .unwrap_or_default();
    let url = named("link")
        .find(|l| {
            l.attr("rel").is_some_and(|r| {
                r.split_whitespace()
                    .any(|r| r.eq_ignore_ascii_case("canonical"))
            })
        })
        .and_then(|l| l.attr("href"))
        .map(str::trim)
        .filter(|h| !h.is_empty())
        .map(str::to_string)
        .or_else(|| meta_of(&["og:url"]));

    let paras = main_paragraphs(&elements);
    if paras.is_empty() {
        return Err(ReadError::new(
            source,
            "no text paragraphs found in the HTML page (no <p> with text outside navigation, header, footer and aside)",
        ));
    }

    let published = published_date(&elements, &meta, &json_ld);
    let (text, ranges) = article_text(&title, &paras);
    let chars: Vec<char> = text.chars().collect();
    let body = clean::body(&chars, &ranges, &title);
    if body.is_empty() {
        return Err(ReadError::new(source, "no body text in the HTML page"));
    }
    Ok(Article {
        source: source.to_string(),
        url,
        title,
        published,
        publisher,
        text,
        body,
        warnings: Vec::new(),
    })
}

/// The publication date: meta tags, then JSON-LD, then a `<time>` marked
/// as the publication's, then other date meta tags, then any `<time>`.
fn published_date(
    elements: &[ElementRef],
    meta: &HashMap<String, String>,
    json_ld: &[Value],
) -> Option<String> {
    let named = |name: &'static str| {
        elements
            .iter()
            .copied()
            .filter(move |e| e.value().name() == name)
    };
    let meta_of = |keys: &[&str]| keys.iter().find_map(|k| meta.get(*k).cloned());
    let time_attr = |e: &ElementRef| e.attr("datetime").and_then(date::normalise);
    meta_of(&[
        "article:published_time",
        "og:published_time",
        "article:published",
        "datepublished",
    ])
    .and_then(|d| date::normalise(&d))
    .or_else(|| {
        json_ld
            .iter()
            .filter_map(|v| ld_string(ld_find(v, "datePublished")?))
            .find_map(|d| date::normalise(&d))
    })
    .or_else(|| {
        named("time")
            .filter(|t| {
                t.attr("pubdate").is_some()
                    || t.attr("itemprop")
                        .is_some_and(|p| p.eq_ignore_ascii_case("datePublished"))
            })
            .find_map(|t| time_attr(&t))
    })
    .or_else(|| {
        [
            "date",
            "pubdate",
            "publishdate",
            "publish-date",
            "publish_date",
            "dc.date",
            "dc.date.issued",
            "dc.date.created",
            "dcterms.date",
            "dcterms.issued",
            "dcterms.created",
            "sailthru.date",
            "parsely-pub-date",
        ]
        .iter()
        .find_map(|k| meta.get(*k).and_then(|d| date::normalise(d)))
    })
    .or_else(|| named("time").find_map(|t| time_attr(&t)))
}

/// The article text, the title line, then the paragraphs, separated by
/// blank lines, and the character range of each paragraph.
fn article_text(title: &str, paras: &[String]) -> (String, Vec<std::ops::Range<usize>>) {
    let mut text = String::new();
    let mut at = 0;
    if !title.is_empty() {
        text.push_str(title);
        at = title.chars().count();
    }
    let mut ranges = Vec::new();
    for p in paras {
        if !text.is_empty() {
            text.push_str("\n\n");
            at += 2;
        }
        let n = p.chars().count();
        text.push_str(p);
        ranges.push(at..at + n);
        at += n;
    }
    text.push('\n');
    (text, ranges)
}

/// Elements whose paragraphs are never body text.
const EXCLUDED: &[&str] = &[
    "nav",
    "header",
    "footer",
    "aside",
    "form",
    "script",
    "style",
    "noscript",
    "template",
    "figure",
    "figcaption",
    "menu",
    "dialog",
    "button",
    "select",
    "textarea",
    "svg",
];

/// ARIA roles of page furniture.
const EXCLUDED_ROLES: &[&str] = &[
    "navigation",
    "banner",
    "contentinfo",
    "complementary",
    "search",
    "dialog",
];

/// Whether paragraphs inside `e` are never body text (`forms`: whether a
/// `<form>` counts: some sites wrap their whole page in one).
fn excluded(e: &ElementRef, forms: bool) -> bool {
    let v = e.value();
    let name = v.name();
    (EXCLUDED.contains(&name) && (forms || name != "form"))
        || v.attr("role")
            .is_some_and(|r| EXCLUDED_ROLES.contains(&r.trim().to_ascii_lowercase().as_str()))
        || v.attr("aria-hidden").is_some_and(|h| h.trim() == "true")
        || v.attr("hidden").is_some()
}

/// The text of the page's main paragraphs, in document order.
fn main_paragraphs(elements: &[ElementRef]) -> Vec<String> {
    let is = |e: &ElementRef, name: &str| e.value().name() == name;
    let attr_is = |e: &ElementRef, a: &str, v: &str| {
        e.attr(a).is_some_and(|x| x.trim().eq_ignore_ascii_case(v))
    };
    let kinds: [&dyn Fn(&ElementRef) -> bool; 4] = [
        &|e| attr_is(e, "itemprop", "articleBody"),
        &|e| is(e, "article"),
        &|e| is(e, "main") || attr_is(e, "role", "main"),
        &|e| is(e, "body"),
    ];
    for forms in [true, false] {
        for kind in kinds {
            let best = elements
                .iter()
                .filter(|e| {
                    kind(e)
                        && !e
                            .ancestors()
                            .filter_map(ElementRef::wrap)
                            .any(|a| excluded(&a, forms))
                })
                .map(|c| paragraphs_in(c, forms))
                .max_by_key(|ps| ps.iter().map(String::len).sum::<usize>());
            if let Some(ps) = best.filter(|ps| !ps.is_empty()) {
                return ps;
            }
        }
    }
    Vec::new()
}

/// The non-empty `<p>`s inside `container` that are not inside excluded
/// elements (nor, for an `<article>`, inside a nested `<article>`).
fn paragraphs_in(container: &ElementRef, forms: bool) -> Vec<String> {
    let nested_article = container.value().name() == "article";
    container
        .descendent_elements()
        .filter(|e| e.value().name() == "p")
        .filter(|p| {
            !p.ancestors()
                .filter_map(ElementRef::wrap)
                .take_while(|a| a.id() != container.id())
                .any(|a| excluded(&a, forms) || (nested_article && a.value().name() == "article"))
        })
        .map(element_text)
        .filter(|t| !t.is_empty())
        .collect()
}

/// Elements whose text is not a paragraph's text.
const NO_TEXT: &[&str] = &["script", "style", "noscript", "template", "button", "svg"];

/// An element's text, without scripts, styles and the like, whitespace
/// collapsed. (No recursion: a page may nest elements very deeply.)
fn element_text(e: ElementRef) -> String {
    let mut s = String::new();
    for n in e.descendants() {
        let shown = || {
            !n.ancestors()
                .take_while(|a| a.id() != e.id())
                .any(|a| matches!(a.value(), Node::Element(el) if NO_TEXT.contains(&el.name())))
        };
        match n.value() {
            Node::Text(t) if shown() => s.push_str(t),
            Node::Element(el) if el.name() == "br" && shown() => s.push(' '),
            _ => {}
        }
    }
    collapse(&s)
}

/// Whitespace runs to one space, trimmed.
fn collapse(s: &str) -> String {
    s.split(|c: char| c.is_whitespace() || c == '\u{200b}' || c == '\u{feff}')
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// `<title>` without a trailing ` | Site`, ` - Site` or ` — Site`.
fn strip_site(title: &str, site: Option<&str>) -> String {
    if let Some(site) = site {
        for sep in [" | ", " - ", " – ", " — ", " :: "] {
            if let Some(t) = title.strip_suffix(site).and_then(|t| t.strip_suffix(sep)) {
                return t.trim().to_string();
            }
        }
    }
    title.to_string()
}

/// The first value of `key` in a JSON-LD document (depth first).
fn ld_find<'a>(v: &'a Value, key: &str) -> Option<&'a Value> {
    match v {
        Value::Object(o) => o
            .get(key)
            .or_else(|| o.values().find_map(|x| ld_find(x, key))),
        Value::Array(items) => items.iter().find_map(|x| ld_find(x, key)),
        _ => None,
    }
}

/// A JSON-LD value as a string: a string, an object's `name`, or the first
/// of an array.
fn ld_string(v: &Value) -> Option<String> {
    match v {
        Value::String(s) => Some(collapse(s)).filter(|s| !s.is_empty()),
        Value::Object(o) => o.get("name").and_then(ld_string),
        Value::Array(items) => items.iter().find_map(ld_string),
        _ => None,
    }
}
