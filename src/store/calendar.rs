//! The calendar graph: every stored article filed under the day it was
//! published (`ng:publishedOn`), and a node per day (`ng:PublicationDay`
//! with its `ng:date`, or the one undated day).
//!
//! "The latest articles" is the question of most analyst queries. Asked of
//! the articles themselves, it reads every article's date and sorts them
//! all, a cost that grows with the store; asked of the days, it reads a few
//! hundred day nodes a year, then the articles of the latest of them. A
//! batch files its articles and removes the days it leaves empty, in the
//! same transaction as the article graphs, so the calendar is a function
//! of the set of stored articles, whatever their order.

use crate::vocab::{ng, rdf, schema, xsd, CALENDAR_GRAPH, DAY_PREFIX, UNDATED_DAY};
use oxigraph::model::{
    GraphName, GraphNameRef, Literal, NamedNode, NamedNodeRef, NamedOrBlankNodeRef, Quad, Term,
    TermRef,
};
use oxigraph::store::Store;
use std::collections::{BTreeMap, BTreeSet, HashSet};

fn graph() -> GraphNameRef<'static> {
    GraphNameRef::NamedNode(NamedNodeRef::new_unchecked(CALENDAR_GRAPH))
}

fn quad(s: &NamedNode, p: &str, o: impl Into<Term>) -> Quad {
    Quad::new(
        s.clone(),
        NamedNode::new_unchecked(p),
        o,
        GraphName::NamedNode(NamedNode::new_unchecked(CALENDAR_GRAPH)),
    )
}

/// True for an ISO date, `YYYY-MM-DD` (what the reader makes of every date
/// it finds).
fn is_iso_date(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() == 10
        && b.iter().enumerate().all(|(i, c)| {
            if i == 4 || i == 7 {
                *c == b'-'
            } else {
                c.is_ascii_digit()
            }
        })
}

/// The day of an article graph: that of its `schema:datePublished`, or the
/// undated day.
pub(super) fn day_of(article: &str, quads: &[Quad]) -> String {
    quads
        .iter()
        .find_map(|q| match (q.subject.as_ref(), &q.object) {
            (NamedOrBlankNodeRef::NamedNode(s), Term::Literal(l))
                if s.as_str() == article
                    && q.predicate.as_str() == schema::DATE_PUBLISHED
                    && is_iso_date(l.value()) =>
            {
                Some(format!("{DAY_PREFIX}{}", l.value()))
            }
            _ => None,
        })
        .unwrap_or_else(|| UNDATED_DAY.to_string())
}

/// The quads that bring the calendar in line with a change of articles:
/// `filed` maps each article of the change to its day, or to `None` when
/// the article goes. Returns (quads to add, quads to remove).
pub(super) fn update(
    store: &Store,
    filed: &BTreeMap<String, Option<String>>,
) -> Result<(Vec<Quad>, Vec<Quad>), crate::Error> {
    let published_on = NamedNodeRef::new_unchecked(ng::PUBLISHED_ON);
    let (mut add, mut remove) = (Vec::new(), HashSet::new());
    let mut left: BTreeSet<String> = BTreeSet::new();
    let mut entered: BTreeSet<String> = BTreeSet::new();
    for (article, day) in filed {
        let a =
            NamedNode::new(article).map_err(|e| crate::Error::iri("article IRI", article, e))?;
        let mut already = false;
        for q in store.quads_for_pattern(
            Some(a.as_ref().into()),
            Some(published_on),
            None,
            Some(graph()),
        ) {
            let q = q?;
            match &q.object {
                Term::NamedNode(d) if Some(d.as_str()) == day.as_deref() => already = true,
                Term::NamedNode(d) => {
                    left.insert(d.as_str().to_string());
                    remove.insert(q);
                }
                _ => {
                    remove.insert(q);
                }
            }
        }
        if let (Some(d), false) = (day, already) {
            add.push(quad(&a, ng::PUBLISHED_ON, NamedNode::new_unchecked(d)));
            entered.insert(d.clone());
        }
    }
    // a day that gains an article and has no node yet gets one
    for d in &entered {
        let node = NamedNode::new_unchecked(d);
        let class = NamedNodeRef::new_unchecked(ng::PUBLICATION_DAY);
        let exists = store.contains(&Quad::new(
            node.clone(),
            NamedNode::new_unchecked(rdf::TYPE),
            class,
            GraphName::NamedNode(NamedNode::new_unchecked(CALENDAR_GRAPH)),
        ))?;
        if !exists {
            add.push(quad(&node, rdf::TYPE, class.into_owned()));
            if let Some(date) = d.strip_prefix(DAY_PREFIX).filter(|x| is_iso_date(x)) {
                let date = Literal::new_typed_literal(date, NamedNode::new_unchecked(xsd::DATE));
                add.push(quad(&node, ng::DATE, date));
            }
        }
    }
    // a day that lost an article and gained none goes when no article is
    // filed under it any more
    for d in left.difference(&entered) {
        let node = NamedNodeRef::new_unchecked(d);
        let mut still = false;
        for q in store.quads_for_pattern(
            None,
            Some(published_on),
            Some(TermRef::NamedNode(node)),
            Some(graph()),
        ) {
            if !remove.contains(&q?) {
                still = true;
                break;
            }
        }
        if !still {
            for q in store.quads_for_pattern(Some(node.into()), None, None, Some(graph())) {
                remove.insert(q?);
            }
        }
    }
    Ok((add, remove.into_iter().collect()))
}

/// The calendar of a store whose calendar graph is empty although it holds
/// articles: a store written before the calendar was kept gets it the
/// first time it is opened (a read of every article's date, once). Empty
/// when there is nothing to file.
pub(super) fn missing(store: &Store) -> Result<Vec<Quad>, crate::Error> {
    if store
        .quads_for_pattern(None, None, None, Some(graph()))
        .next()
        .transpose()?
        .is_some()
    {
        return Ok(Vec::new());
    }
    let mut filed = BTreeMap::new();
    for q in store.quads_for_pattern(
        None,
        Some(NamedNodeRef::new_unchecked(rdf::TYPE)),
        Some(NamedNodeRef::new_unchecked(schema::NEWS_ARTICLE).into()),
        None,
    ) {
        let q = q?;
        let (NamedOrBlankNodeRef::NamedNode(a), GraphNameRef::NamedNode(g)) =
            (q.subject.as_ref(), q.graph_name.as_ref())
        else {
            continue;
        };
        let dates: Vec<Quad> = store
            .quads_for_pattern(
                Some(a.into()),
                Some(NamedNodeRef::new_unchecked(schema::DATE_PUBLISHED)),
                None,
                Some(g.into()),
            )
            .collect::<Result<_, _>>()?;
        filed.insert(a.as_str().to_string(), Some(day_of(a.as_str(), &dates)));
    }
    if filed.is_empty() {
        return Ok(Vec::new());
    }
    Ok(update(store, &filed)?.0)
}

#[cfg(test)]
mod tests {
    use crate::store::{ArticleGraph, GraphStore};
    use crate::vocab::{ng, rdf, schema, xsd, CALENDAR_GRAPH};
    use oxigraph::model::{GraphName, Literal, NamedNode, NamedNodeRef, Quad};
    use std::collections::BTreeSet;

    /// Article `n`, published on `date` if given.
    fn article(n: u8, date: Option<&str>) -> ArticleGraph {
        let iri = format!("http://x/article/{n}");
        let a = NamedNode::new_unchecked(&iri);
        let g = GraphName::NamedNode(a.clone());
        let mut quads = vec![Quad::new(
            a.clone(),
            NamedNode::new_unchecked(rdf::TYPE),
            NamedNode::new_unchecked(schema::NEWS_ARTICLE),
            g.clone(),
        )];
        if let Some(d) = date {
            quads.push(Quad::new(
                a,
                NamedNode::new_unchecked(schema::DATE_PUBLISHED),
                Literal::new_typed_literal(d, NamedNode::new_unchecked(xsd::DATE)),
                g,
            ));
        }
        ArticleGraph { iri, quads }
    }

    /// The calendar graph as N-Triples lines, sorted.
    fn calendar(store: &GraphStore) -> BTreeSet<String> {
        store
            .graph_quads(CALENDAR_GRAPH)
            .into_iter()
            .map(|q| format!("{} {} {}", q.subject, q.predicate, q.object))
            .collect()
    }

    fn filed(cal: &BTreeSet<String>, n: u8, day: &str) -> bool {
        cal.contains(&format!(
            "<http://x/article/{n}> <{}> <https://w3id.org/newsgraph/calendar/{day}>",
            ng::PUBLISHED_ON
        ))
    }

    fn day(cal: &BTreeSet<String>, day: &str) -> bool {
        cal.iter().any(|l| {
            l.starts_with(&format!(
                "<https://w3id.org/newsgraph/calendar/{day}> <{}>",
                rdf::TYPE
            ))
        })
    }

    #[test]
    fn the_calendar_files_each_article_under_its_day_as_articles_come_go_and_change() {
        let store = GraphStore::in_memory().unwrap();
        store
            .write_batch(&[
                article(1, Some("2024-05-01")),
                article(2, Some("2024-05-01")),
                article(3, None),
            ])
            .unwrap();
        let cal = calendar(&store);
        assert!(filed(&cal, 1, "2024-05-01") && filed(&cal, 2, "2024-05-01"));
        assert!(filed(&cal, 3, "undated"), "{cal:?}");
        assert!(cal.contains(&format!(
            "<https://w3id.org/newsgraph/calendar/2024-05-01> <{}> \"2024-05-01\"^^<{}>",
            ng::DATE,
            xsd::DATE
        )));
        assert!(day(&cal, "undated"));
        assert_eq!(
            cal.len(),
            3 + 2 + 1,
            "three filings, two quads for the dated day, one for the undated"
        );
        // one article of the day goes: the day stays
        assert!(store.remove_article("http://x/article/1").unwrap());
        let cal = calendar(&store);
        assert!(!filed(&cal, 1, "2024-05-01") && day(&cal, "2024-05-01"));
        // the other moves to another day: the day it left goes
        store
            .write_batch(&[article(2, Some("2024-05-02"))])
            .unwrap();
        let cal = calendar(&store);
        assert!(filed(&cal, 2, "2024-05-02") && day(&cal, "2024-05-02"));
        assert!(!day(&cal, "2024-05-01"), "{cal:?}");
        // the undated article gets a date: the undated day goes
        store
            .write_batch(&[article(3, Some("2024-05-02"))])
            .unwrap();
        let cal = calendar(&store);
        assert!(!day(&cal, "undated") && filed(&cal, 3, "2024-05-02"));
        // the same articles in another order and batching give the same calendar
        let other = GraphStore::in_memory().unwrap();
        other
            .write_batch(&[article(3, Some("2024-05-02"))])
            .unwrap();
        other
            .write_batch(&[article(2, Some("2024-05-02"))])
            .unwrap();
        assert_eq!(calendar(&other), cal);
        // the last article goes: nothing is left
        assert!(store.remove_article("http://x/article/2").unwrap());
        assert!(store.remove_article("http://x/article/3").unwrap());
        assert!(calendar(&store).is_empty());
    }

    #[test]
    fn a_store_of_an_earlier_version_gets_its_calendar_and_counts_when_opened() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("db");
        let mut named = article(1, Some("2024-05-01"));
        named.quads.push(Quad::new(
            NamedNode::new_unchecked("http://x/entity/zpmc"),
            NamedNode::new_unchecked(ng::ARTICLE_LABEL),
            Literal::new_simple_literal("ZPMC"),
            GraphName::NamedNode(NamedNode::new_unchecked(&named.iri)),
        ));
        let whole = |store: &GraphStore| -> BTreeSet<String> {
            store
                .inner()
                .iter()
                .map(|q| q.unwrap().to_string())
                .collect()
        };
        let counts = |store: &GraphStore| {
            store
                .inner()
                .quads_for_pattern(
                    None,
                    Some(NamedNodeRef::new_unchecked(ng::ARTICLE_COUNT)),
                    None,
                    None,
                )
                .count()
        };
        {
            let store = GraphStore::open(&path).unwrap();
            store.write_batch(&[named, article(2, None)]).unwrap();
        }
        let expected = {
            let store = GraphStore::open(&path).unwrap();
            let all = whole(&store);
            // as a store written before the calendar and the counts were kept
            let mut t = store.inner().start_transaction().unwrap();
            t.clear_graph(NamedNodeRef::new_unchecked(CALENDAR_GRAPH))
                .unwrap();
            for q in store.inner().quads_for_pattern(
                None,
                Some(NamedNodeRef::new_unchecked(ng::ARTICLE_COUNT)),
                None,
                None,
            ) {
                t.remove(&q.unwrap());
            }
            t.commit().unwrap();
            assert!(calendar(&store).is_empty());
            assert_eq!(counts(&store), 0);
            all
        };
        let store = GraphStore::open(&path).unwrap();
        assert_eq!(whole(&store), expected);
        let cal = calendar(&store);
        assert!(filed(&cal, 1, "2024-05-01") && filed(&cal, 2, "undated"));
        assert_eq!(counts(&store), 1);
    }
}
