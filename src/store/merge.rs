//! The entities graph kept equal to the merge of what the article graphs
//! say of each entity (the rules are [`crate::map::entities`]).
//!
//! A batch notes every `ng:articleLabel`, `ng:articleAlias`,
//! `ng:articleType` and `ng:articleSameAs` statement it adds or removes;
//! then each entity so touched gets its description again, as the store
//! will be once the batch is written (a [`View`]), from the values that may
//! now hold: those it has, and those the batch changed. A value holds while some article graph still
//! states it, which one index lookup answers. Every label an entity is given
//! is its label or one of its other names, so no lookup ever reads all the
//! articles that name an entity, except when the type that won loses its
//! last article. The cost of a batch thus depends on the batch, not on the
//! size of the store, and the result on the set of articles, not on their
//! order. The count of articles that name an entity (`ng:articleCount`)
//! moves by the article graphs that gained or lost a label of it in the
//! batch.

use crate::map::entities::{best_label, best_type, Description};
use crate::vocab::{ng, owl, rdf, rdfs, skos, ENTITIES_GRAPH};
use oxigraph::model::{
    GraphName, GraphNameRef, Literal, NamedNode, NamedNodeRef, NamedOrBlankNode,
    NamedOrBlankNodeRef, Quad, Term, TermRef,
};
use oxigraph::store::Store;
use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};

/// What an article graph says of an entity.
const ARTICLE_PREDICATES: [&str; 4] = [
    ng::ARTICLE_LABEL,
    ng::ARTICLE_ALIAS,
    ng::ARTICLE_TYPE,
    ng::ARTICLE_SAME_AS,
];

/// The values one entity's article statements gained or lost in a batch.
#[derive(Debug, Default)]
struct Changed {
    names: BTreeSet<String>,
    types: BTreeSet<String>,
    same_as: BTreeSet<String>,
    /// Some of its article statements went: the values it has may no
    /// longer hold (without, they all still do, and nothing is looked up).
    lost: bool,
    /// The article graphs that gained, and those that lost, a label of it:
    /// the change in how many articles name it (a graph replaced by a new
    /// version of its article is in both).
    gained: BTreeSet<String>,
    dropped: BTreeSet<String>,
}

/// What a batch changed of what the articles say of entities.
#[derive(Debug, Default)]
pub(super) struct Touched {
    by_entity: BTreeMap<String, Changed>,
}

impl Touched {
    /// Notes `q`, added to the store or (`removed`) taken from it, if it is
    /// an article's statement about an entity.
    pub(super) fn note(&mut self, q: &Quad, removed: bool) {
        let NamedOrBlankNodeRef::NamedNode(e) = q.subject.as_ref() else {
            return;
        };
        let p = q.predicate.as_str();
        if !ARTICLE_PREDICATES.contains(&p) {
            return;
        }
        let c = self.by_entity.entry(e.as_str().to_string()).or_default();
        c.lost |= removed;
        if p == ng::ARTICLE_LABEL {
            let graph = q.graph_name.to_string();
            if removed {
                c.dropped.insert(graph);
            } else {
                c.gained.insert(graph);
            }
        }
        match (&q.object, p) {
            (Term::Literal(l), ng::ARTICLE_LABEL | ng::ARTICLE_ALIAS) => {
                c.names.insert(l.value().to_string());
            }
            (Term::NamedNode(n), ng::ARTICLE_TYPE) => {
                c.types.insert(n.as_str().to_string());
            }
            (Term::NamedNode(n), ng::ARTICLE_SAME_AS) => {
                c.same_as.insert(n.as_str().to_string());
            }
            _ => {}
        }
    }

    pub(super) fn is_empty(&self) -> bool {
        self.by_entity.is_empty()
    }
}

/// The store as a batch will leave it: what it holds, less the quads the
/// batch removes, plus those it adds (only the article statements about
/// entities are looked up among those).
pub(super) struct View<'a> {
    store: &'a Store,
    removed: &'a HashSet<Quad>,
    added: HashMap<(String, &'static str), Vec<Term>>,
}

impl<'a> View<'a> {
    pub(super) fn new(
        store: &'a Store,
        removed: &'a HashSet<Quad>,
        added: impl Iterator<Item = &'a Quad>,
    ) -> Self {
        let mut by_key: HashMap<(String, &'static str), Vec<Term>> = HashMap::new();
        for q in added {
            let NamedOrBlankNode::NamedNode(s) = &q.subject else {
                continue;
            };
            if let Some(p) = ARTICLE_PREDICATES
                .iter()
                .find(|p| **p == q.predicate.as_str())
            {
                by_key
                    .entry((s.as_str().to_string(), *p))
                    .or_default()
                    .push(q.object.clone());
            }
        }
        View {
            store,
            removed,
            added: by_key,
        }
    }

    /// The entities graph's description of `e` as it stands.
    fn current(&self, e: NamedNodeRef<'_>) -> Result<Current, crate::Error> {
        let graph = GraphNameRef::NamedNode(NamedNodeRef::new_unchecked(ENTITIES_GRAPH));
        let quads = self
            .store
            .quads_for_pattern(Some(e.into()), None, None, Some(graph))
            .collect::<Result<Vec<_>, _>>()?;
        let mut c = Current {
            quads: Vec::new(),
            label: None,
            alt_labels: Vec::new(),
            class: None,
            same_as: Vec::new(),
            articles: None,
        };
        for q in &quads {
            match (q.predicate.as_str(), &q.object) {
                (rdfs::LABEL, Term::Literal(l)) => c.label = Some(l.value().to_string()),
                (skos::ALT_LABEL, Term::Literal(l)) => c.alt_labels.push(l.value().to_string()),
                (rdf::TYPE, Term::NamedNode(n)) if n.as_str() != ng::ENTITY => {
                    c.class = Some(n.as_str().to_string())
                }
                (owl::SAME_AS, Term::NamedNode(n)) => c.same_as.push(n.as_str().to_string()),
                (ng::ARTICLE_COUNT, Term::Literal(l)) => c.articles = l.value().parse().ok(),
                _ => {}
            }
        }
        c.quads = quads;
        Ok(c)
    }

    /// True if some article graph states `e p o`.
    fn stated(
        &self,
        e: NamedNodeRef<'_>,
        p: &'static str,
        o: TermRef<'_>,
    ) -> Result<bool, crate::Error> {
        if self
            .added
            .get(&(e.as_str().to_string(), p))
            .is_some_and(|v| v.iter().any(|x| x.as_ref() == o))
        {
            return Ok(true);
        }
        for q in self.store.quads_for_pattern(
            Some(e.into()),
            Some(NamedNodeRef::new_unchecked(p)),
            Some(o),
            None,
        ) {
            if !self.removed.contains(&q?) {
                return Ok(true);
            }
        }
        Ok(false)
    }

    /// Every value of `e p ?o` in any article graph (a full read, for the
    /// rare case where the type that won lost its last article).
    fn all_iris(&self, e: NamedNodeRef<'_>, p: &'static str) -> Result<Vec<String>, crate::Error> {
        let mut out = Vec::new();
        for q in self.store.quads_for_pattern(
            Some(e.into()),
            Some(NamedNodeRef::new_unchecked(p)),
            None,
            None,
        ) {
            let q = q?;
            if self.removed.contains(&q) {
                continue;
            }
            if let Term::NamedNode(n) = q.object {
                out.push(n.into_string());
            }
        }
        for o in self
            .added
            .get(&(e.as_str().to_string(), p))
            .into_iter()
            .flatten()
        {
            if let Term::NamedNode(n) = o {
                out.push(n.as_str().to_string());
            }
        }
        Ok(out)
    }

    /// How many article graphs state a label of `e`, read in full: for an
    /// entity of a store written before `ng:articleCount` was kept.
    fn count_articles(
        &self,
        e: NamedNodeRef<'_>,
        gained: &BTreeSet<String>,
    ) -> Result<u64, crate::Error> {
        let mut graphs: BTreeSet<String> = gained.clone();
        for q in self.store.quads_for_pattern(
            Some(e.into()),
            Some(NamedNodeRef::new_unchecked(ng::ARTICLE_LABEL)),
            None,
            None,
        ) {
            let q = q?;
            if !self.removed.contains(&q) {
                graphs.insert(q.graph_name.to_string());
            }
        }
        Ok(graphs.len() as u64)
    }
}

/// `ng:articleCount` for every entity of the entities graph that has none:
/// a store written before the count was kept gets it, by a full read of
/// the article graphs that name each such entity, when it is upgraded.
pub(super) fn missing_counts(store: &Store) -> Result<Vec<Quad>, crate::Error> {
    let graph = GraphNameRef::NamedNode(NamedNodeRef::new_unchecked(ENTITIES_GRAPH));
    let removed = HashSet::new();
    let view = View::new(store, &removed, std::iter::empty());
    let mut add = Vec::new();
    for q in store.quads_for_pattern(
        None,
        Some(NamedNodeRef::new_unchecked(rdf::TYPE)),
        Some(NamedNodeRef::new_unchecked(ng::ENTITY).into()),
        Some(graph),
    ) {
        let q = q?;
        let NamedOrBlankNode::NamedNode(e) = q.subject else {
            continue;
        };
        let counted = store
            .quads_for_pattern(
                Some(e.as_ref().into()),
                Some(NamedNodeRef::new_unchecked(ng::ARTICLE_COUNT)),
                None,
                Some(graph),
            )
            .next()
            .transpose()?
            .is_some();
        if counted {
            continue;
        }
        let n = view.count_articles(e.as_ref(), &BTreeSet::new())?;
        if n > 0 {
            add.push(Quad::new(
                e,
                NamedNode::new_unchecked(ng::ARTICLE_COUNT),
                Literal::from(n as i64),
                GraphName::NamedNode(NamedNode::new_unchecked(ENTITIES_GRAPH)),
            ));
        }
    }
    Ok(add)
}

/// The entities graph's description of an entity as it stands.
struct Current {
    quads: Vec<Quad>,
    label: Option<String>,
    alt_labels: Vec<String>,
    class: Option<String>,
    same_as: Vec<String>,
    /// `ng:articleCount`, if stated (a store written before it was kept
    /// has none).
    articles: Option<u64>,
}

/// The changes that bring the description of every touched entity in line
/// with the article graphs as `view` sees them: (quads to add, quads to
/// remove), all in the entities graph.
pub(super) fn update(
    view: &View<'_>,
    touched: Touched,
) -> Result<(Vec<Quad>, Vec<Quad>), crate::Error> {
    let (mut add, mut remove) = (Vec::new(), Vec::new());
    for (iri, changed) in touched.by_entity {
        let node = NamedNode::new(&iri).map_err(|e| crate::Error::iri("entity IRI", &iri, e))?;
        let e = node.as_ref();
        let now = view.current(e)?;
        // names: those it has and those the batch changed, if still stated
        let candidates: BTreeSet<String> = now
            .label
            .iter()
            .chain(&now.alt_labels)
            .chain(&changed.names)
            .cloned()
            .collect();
        let mut labels = Vec::new();
        let mut names = BTreeSet::new();
        for v in candidates {
            let lit = Literal::new_simple_literal(&v);
            // with nothing taken back, what it has still holds, and another
            // name it has cannot beat its label
            let kept = !changed.lost;
            if kept && !changed.names.contains(&v) && now.alt_labels.contains(&v) {
                names.insert(v);
            } else if (kept && now.label.as_ref() == Some(&v))
                || view.stated(e, ng::ARTICLE_LABEL, lit.as_ref().into())?
            {
                labels.push(v.clone());
                names.insert(v);
            } else if (kept && now.alt_labels.contains(&v))
                || view.stated(e, ng::ARTICLE_ALIAS, lit.as_ref().into())?
            {
                names.insert(v);
            }
        }
        let wanted: Vec<Quad> = match best_label(labels.iter().map(String::as_str)) {
            None => Vec::new(), // no article names it any more
            Some(label) => {
                let label = label.to_string();
                let class = best_class(view, e, &now, &changed)?;
                let mut same_as = BTreeSet::new();
                for s in now.same_as.iter().chain(&changed.same_as) {
                    if (!changed.lost && now.same_as.contains(s))
                        || view.stated(
                            e,
                            ng::ARTICLE_SAME_AS,
                            NamedNodeRef::new_unchecked(s).into(),
                        )?
                    {
                        same_as.insert(s.clone());
                    }
                }
                names.remove(&label);
                let articles = match now.articles {
                    Some(n) => {
                        let gained = changed.gained.difference(&changed.dropped).count() as u64;
                        let dropped = changed.dropped.difference(&changed.gained).count() as u64;
                        (n + gained).saturating_sub(dropped)
                    }
                    // a new entity: the graphs that name it are in the batch
                    None if now.label.is_none() => changed.gained.len() as u64,
                    None => view.count_articles(e, &changed.gained)?,
                };
                Description {
                    iri: iri.clone(),
                    class: class.unwrap_or_else(|| ng::CONCEPT.to_string()),
                    label,
                    alt_labels: names,
                    same_as,
                    articles,
                }
                .quads()?
            }
        };
        let old: HashSet<&Quad> = now.quads.iter().collect();
        let new: HashSet<&Quad> = wanted.iter().collect();
        remove.extend(now.quads.iter().filter(|q| !new.contains(q)).cloned());
        add.extend(wanted.iter().filter(|q| !old.contains(q)).cloned());
    }
    Ok((add, remove))
}

/// The type class of `e`: the best of those still stated.
fn best_class(
    view: &View<'_>,
    e: NamedNodeRef<'_>,
    now: &Current,
    changed: &Changed,
) -> Result<Option<String>, crate::Error> {
    let holds = |c: &str| view.stated(e, ng::ARTICLE_TYPE, NamedNodeRef::new_unchecked(c).into());
    let kept = match &now.class {
        Some(c) if changed.lost && !holds(c)? => {
            // the winner lost its last article: read them all
            return Ok(best_type(
                view.all_iris(e, ng::ARTICLE_TYPE)?
                    .iter()
                    .map(String::as_str),
            )
            .map(str::to_string));
        }
        other => other.clone(),
    };
    let mut classes: Vec<String> = kept.into_iter().collect();
    for c in &changed.types {
        if holds(c)? {
            classes.push(c.clone());
        }
    }
    Ok(best_type(classes.iter().map(String::as_str)).map(str::to_string))
}

#[cfg(test)]
mod tests {
    use crate::store::{ArticleGraph, GraphStore};
    use crate::vocab::{ng, schema, ENTITIES_GRAPH};
    use oxigraph::model::{GraphName, Literal, NamedNode, Quad, Term};
    use std::collections::BTreeSet;

    const E: &str = "http://x/entity/zpmc";

    /// An article graph saying `label`, `aliases` and `class` of E.
    fn article(n: u8, label: &str, aliases: &[&str], class: &str) -> ArticleGraph {
        let g = format!("http://x/article/{n}");
        let q = |p: &str, o: Term| {
            Quad::new(
                NamedNode::new_unchecked(E),
                NamedNode::new_unchecked(p),
                o,
                GraphName::NamedNode(NamedNode::new_unchecked(&g)),
            )
        };
        let mut quads = vec![
            q(ng::ARTICLE_LABEL, Literal::new_simple_literal(label).into()),
            q(ng::ARTICLE_TYPE, NamedNode::new_unchecked(class).into()),
        ];
        for a in aliases {
            quads.push(q(ng::ARTICLE_ALIAS, Literal::new_simple_literal(*a).into()));
        }
        ArticleGraph { iri: g, quads }
    }

    /// The entities graph as (predicate, object) pairs of E.
    fn description(store: &GraphStore) -> BTreeSet<(String, String)> {
        store
            .graph_quads(ENTITIES_GRAPH)
            .into_iter()
            .map(|q| (q.predicate.as_str().to_string(), q.object.to_string()))
            .collect()
    }

    fn has(d: &BTreeSet<(String, String)>, p: &str, o: &str) -> bool {
        d.iter().any(|(x, y)| x.ends_with(p) && y == o)
    }

    #[test]
    fn the_merge_follows_the_articles_as_they_come_and_go() {
        let long = article(
            1,
            "Shanghai Zhenhua Heavy Industries",
            &["ZPMC"],
            schema::ORGANIZATION,
        );
        let short = article(2, "ZPMC", &["Zhenhua"], schema::PLACE);
        let store = GraphStore::in_memory().unwrap();
        store.write_batch(std::slice::from_ref(&short)).unwrap();
        store.write_batch(std::slice::from_ref(&long)).unwrap();
        let both = description(&store);
        assert!(
            has(&both, "#label", "\"Shanghai Zhenhua Heavy Industries\""),
            "{both:?}"
        );
        assert!(has(&both, "#altLabel", "\"ZPMC\"") && has(&both, "#altLabel", "\"Zhenhua\""));
        assert!(has(&both, "#type", &format!("<{}>", schema::ORGANIZATION)));
        assert!(
            !has(&both, "#type", &format!("<{}>", schema::PLACE)),
            "one type"
        );
        // the other order, in one batch, gives the same
        let other = GraphStore::in_memory().unwrap();
        other.write_batch(&[long.clone(), short.clone()]).unwrap();
        assert_eq!(description(&other), both);
        // the article with the winning label and type goes: the other's come back
        assert!(store.remove_article("http://x/article/1").unwrap());
        let left = description(&store);
        assert!(has(&left, "#label", "\"ZPMC\""), "{left:?}");
        assert!(
            has(&left, "#type", &format!("<{}>", schema::PLACE)),
            "{left:?}"
        );
        assert!(has(&left, "#altLabel", "\"Zhenhua\""));
        assert!(
            !has(&left, "#altLabel", "\"ZPMC\""),
            "the label is no other name"
        );
        let alone = GraphStore::in_memory().unwrap();
        alone.write_batch(std::slice::from_ref(&short)).unwrap();
        assert_eq!(left, description(&alone));
        // a new version of the article that no longer names it
        let mut gone = short.clone();
        gone.quads.clear();
        gone.quads.push(Quad::new(
            NamedNode::new_unchecked("http://x/other"),
            NamedNode::new_unchecked(ng::TEXT),
            Literal::new_simple_literal("nothing"),
            GraphName::NamedNode(NamedNode::new_unchecked(&short.iri)),
        ));
        store.write_batch(&[gone]).unwrap();
        assert!(description(&store).is_empty(), "no article names it");
    }

    /// The `ng:articleCount` of E, if stated.
    fn count(store: &GraphStore) -> Option<String> {
        description(store)
            .into_iter()
            .find(|(p, _)| p == ng::ARTICLE_COUNT)
            .map(|(_, o)| o)
    }

    #[test]
    fn the_count_of_articles_follows_them_as_they_come_go_and_change() {
        let integer = |n: u32| format!("\"{n}\"^^<http://www.w3.org/2001/XMLSchema#integer>");
        let a = article(1, "ZPMC", &[], schema::ORGANIZATION);
        let b = article(2, "ZPMC", &["Zhenhua"], schema::ORGANIZATION);
        let c = article(3, "Zhenhua", &[], schema::ORGANIZATION);
        let store = GraphStore::in_memory().unwrap();
        store.write_batch(std::slice::from_ref(&a)).unwrap();
        assert_eq!(count(&store), Some(integer(1)));
        store.write_batch(&[b.clone(), c.clone()]).unwrap();
        assert_eq!(count(&store), Some(integer(3)));
        // a new version of an article that still names it counts once
        let mut b2 = b.clone();
        b2.quads.truncate(1);
        store.write_batch(&[b2]).unwrap();
        assert_eq!(count(&store), Some(integer(3)));
        // the same article again writes nothing and counts once
        store.write_batch(std::slice::from_ref(&c)).unwrap();
        assert_eq!(count(&store), Some(integer(3)));
        assert!(store.remove_article("http://x/article/1").unwrap());
        assert_eq!(count(&store), Some(integer(2)));
        // any order gives the same
        let other = GraphStore::in_memory().unwrap();
        other.write_batch(&[c.clone(), b.clone()]).unwrap();
        assert_eq!(count(&other), Some(integer(2)));
    }

    #[test]
    fn a_store_without_counts_gets_them_from_its_articles() {
        // a store written before ng:articleCount was kept: its description
        // of E has none until an article touches E
        let store = GraphStore::in_memory().unwrap();
        let articles: Vec<_> = (1..=3)
            .map(|n| article(n, "ZPMC", &[], schema::ORGANIZATION))
            .collect();
        store.write_batch(&articles[..2]).unwrap();
        let stated = store
            .inner()
            .quads_for_pattern(
                None,
                Some(oxigraph::model::NamedNodeRef::new_unchecked(
                    ng::ARTICLE_COUNT,
                )),
                None,
                None,
            )
            .collect::<Result<Vec<_>, _>>()
            .unwrap();
        for q in &stated {
            store.inner().remove(q).unwrap();
        }
        assert_eq!(count(&store), None);
        store.write_batch(&articles[2..]).unwrap();
        assert_eq!(
            count(&store).as_deref(),
            Some("\"3\"^^<http://www.w3.org/2001/XMLSchema#integer>")
        );
    }
}
