//! The store: Oxigraph on disk, one named graph per article, the entities
//! graph (each entity described once, merged over the articles), the
//! calendar graph (each article filed under its publication day), and the
//! ontology in its own graph.
//!
//! Writes come in batches: one transaction holds many articles (each article
//! replaces its graph) and the entities graph's update, so a batch, and
//! therefore every article in it, is all or nothing, and the store pays one
//! commit per batch instead of one per article.

mod calendar;
pub mod journal;
mod merge;
pub mod stats;

pub use stats::Stats;

use crate::vocab::{self, CALENDAR_GRAPH, ENTITIES_GRAPH, JOURNAL_GRAPH, ONTOLOGY_GRAPH};
use oxigraph::io::RdfFormat;
use oxigraph::model::{
    dataset::CanonicalizationAlgorithm, Graph, GraphNameRef, NamedNode, NamedNodeRef, Quad, Triple,
};
use oxigraph::sparql::{QueryResults, SparqlEvaluator};
use oxigraph::store::Store;
use std::collections::{BTreeMap, HashSet};
use std::path::{Path, PathBuf};

/// The ontology shipped with newsgraph.
pub const ONTOLOGY_TTL: &str = include_str!("../../ontologies/newsgraph.ttl");

/// One article's graph, ready to write.
#[derive(Debug, Clone)]
pub struct ArticleGraph {
    pub iri: String,
    pub quads: Vec<Quad>,
}

/// The file in a store's directory that newsgraph locks while it has the
/// store open.
const LOCK_FILE: &str = "newsgraph.lock";

/// An open newsgraph store.
pub struct GraphStore {
    store: Store,
    path: Option<PathBuf>,
    /// The lock on the store's directory, held while it is open.
    _lock: Option<std::fs::File>,
}

impl GraphStore {
    /// Opens (or creates) the store in directory `path`. One process at a
    /// time: newsgraph holds an exclusive lock on `path/newsgraph.lock` while
    /// the store is open, and another process gets [`crate::Error::StoreLocked`].
    pub fn open(path: &Path) -> Result<Self, crate::Error> {
        std::fs::create_dir_all(path)?;
        let lock = std::fs::File::create(path.join(LOCK_FILE))?;
        match lock.try_lock() {
            Ok(()) => {}
            Err(std::fs::TryLockError::WouldBlock) => {
                return Err(crate::Error::StoreLocked(path.to_path_buf()))
            }
            Err(std::fs::TryLockError::Error(e)) => return Err(e.into()),
        }
        let store = Store::open(path).map_err(|source| crate::Error::StoreOpen {
            path: path.to_path_buf(),
            source,
        })?;
        prune_info_logs(path, KEPT_INFO_LOGS);
        let s = GraphStore {
            store,
            path: Some(path.to_path_buf()),
            _lock: Some(lock),
        };
        journal::recover(&s.store)?;
        s.ensure_ontology()?;
        s.upgrade()?;
        Ok(s)
    }

    /// Opens the store in `path` read-only; it must exist.
    pub fn open_existing(path: &Path) -> Result<Self, crate::Error> {
        if !path.join("CURRENT").exists() {
            return Err(crate::Error::NoStore(path.to_path_buf()));
        }
        Self::open(path)
    }

    /// A store in memory (tests, `extract`).
    pub fn in_memory() -> Result<Self, crate::Error> {
        let s = GraphStore {
            store: Store::new()?,
            path: None,
            _lock: None,
        };
        s.ensure_ontology()?;
        Ok(s)
    }

    /// An existing Oxigraph store, as it is (test fixtures).
    #[cfg(test)]
    pub(crate) fn wrap(store: Store) -> Self {
        GraphStore {
            store,
            path: None,
            _lock: None,
        }
    }

    /// The quads of one named graph (unit tests of the store's graphs).
    #[cfg(test)]
    pub(crate) fn graph_quads(&self, graph: &str) -> Vec<Quad> {
        self.store
            .quads_for_pattern(
                None,
                None,
                None,
                Some(GraphNameRef::NamedNode(NamedNodeRef::new_unchecked(graph))),
            )
            .map(|q| q.expect("a stored quad"))
            .collect()
    }

    pub fn path(&self) -> Option<&Path> {
        self.path.as_deref()
    }

    /// The Oxigraph store itself, for the modules of this crate that read it
    /// (queries, exports and dumps).
    pub(crate) fn inner(&self) -> &Store {
        &self.store
    }

    /// Loads the shipped ontology into its graph, replacing an older copy.
    /// The ontology has blank nodes (class unions), which get new names at
    /// each parse, so the copies are compared as canonical graphs: the
    /// ontology is written when it changed, not at every opening.
    /// Returns whether it wrote.
    fn ensure_ontology(&self) -> Result<bool, crate::Error> {
        let g = NamedNodeRef::new_unchecked(ONTOLOGY_GRAPH);
        let mut quads: Vec<Quad> = Vec::new();
        let parser = oxigraph::io::RdfParser::from_format(RdfFormat::Turtle)
            .with_default_graph(g)
            .for_slice(ONTOLOGY_TTL.as_bytes());
        for q in parser {
            quads.push(q.map_err(|e| crate::Error::Ontology(e.to_string()))?);
        }
        let mut stored = Graph::new();
        for q in self
            .store
            .quads_for_pattern(None, None, None, Some(g.into()))
        {
            stored.insert(&Triple::from(q?));
        }
        if stored.len() == quads.len() {
            let mut shipped: Graph = quads.iter().map(|q| Triple::from(q.clone())).collect();
            shipped.canonicalize(CanonicalizationAlgorithm::Unstable);
            stored.canonicalize(CanonicalizationAlgorithm::Unstable);
            if shipped == stored {
                return Ok(false);
            }
        }
        let mut t = self.store.start_transaction()?;
        t.clear_graph(g)?;
        t.extend(quads.iter());
        t.commit()?;
        Ok(true)
    }

    /// Brings a store written by an earlier version up to date, in one
    /// transaction: the calendar graph, and `ng:articleCount` where an
    /// entity has none. A store without a calendar but with articles is
    /// such a store; any other costs one index lookup. Returns whether it
    /// wrote.
    fn upgrade(&self) -> Result<bool, crate::Error> {
        let mut add = calendar::missing(&self.store)?;
        if add.is_empty() {
            return Ok(false);
        }
        add.extend(merge::missing_counts(&self.store)?);
        let mut t = self.store.start_transaction()?;
        t.extend(add.iter());
        t.commit()?;
        Ok(true)
    }

    /// Writes a batch of articles: each replaces its own graph, so
    /// ingesting an article again does not grow the store, and the entities
    /// graph is brought in line with the new article graphs.
    ///
    /// The batch, the removal of the earlier versions of its articles
    /// included, lands whole or not at all (see [`journal`]). An article
    /// already stored is written as the difference between its stored graph
    /// and the new one, so ingesting it again unchanged writes nothing.
    pub fn write_batch(&self, batch: &[ArticleGraph]) -> Result<(), crate::Error> {
        // the same article twice in one batch: the last version wins
        let all = batch;
        let batch: Vec<&ArticleGraph> = all
            .iter()
            .enumerate()
            .filter(|(i, a)| !all[i + 1..].iter().any(|b| b.iri == a.iri))
            .map(|(_, a)| a)
            .collect();
        let mut touched = merge::Touched::default();
        let mut removed: HashSet<Quad> = HashSet::new();
        let mut added: Vec<Quad> = Vec::new();
        let mut filed = BTreeMap::new();
        for a in batch {
            let day = (!a.quads.is_empty()).then(|| calendar::day_of(&a.iri, &a.quads));
            filed.insert(a.iri.clone(), day);
            let g = article_graph(&a.iri)?;
            let name = GraphNameRef::NamedNode(g.as_ref());
            if let Some(q) = a.quads.iter().find(|q| q.graph_name.as_ref() != name) {
                return Err(crate::Error::iri(
                    "article IRI",
                    &a.iri,
                    format!("a quad of its graph is in another graph: {q}"),
                ));
            }
            let old: HashSet<Quad> = self
                .store
                .quads_for_pattern(None, None, None, Some(name))
                .collect::<Result<_, _>>()?;
            let new: HashSet<&Quad> = a.quads.iter().collect();
            for q in old.iter().filter(|q| !new.contains(q)) {
                touched.note(q, true);
                removed.insert(q.clone());
            }
            for q in a.quads.iter().filter(|q| !old.contains(*q)) {
                touched.note(q, false);
                added.push(q.clone());
            }
        }
        let (entities_add, entities_remove) = if touched.is_empty() {
            (Vec::new(), Vec::new())
        } else {
            let view = merge::View::new(&self.store, &removed, added.iter());
            merge::update(&view, touched)?
        };
        let (calendar_add, calendar_remove) = calendar::update(&self.store, &filed)?;
        added.extend(entities_add);
        added.extend(calendar_add);
        let mut remove: Vec<Quad> = removed.into_iter().collect();
        remove.extend(entities_remove);
        remove.extend(calendar_remove);
        journal::write(&self.store, &added, &remove)
    }

    /// The IRIs of stored articles that `reference` names: an article IRI, a
    /// URL, or a source path as it was ingested.
    pub fn find_articles(&self, reference: &str) -> Result<Vec<String>, crate::Error> {
        let lit = |s: &str| s.replace('\\', "\\\\").replace('"', "\\\"");
        let q = format!(
            "PREFIX schema: <{s}> PREFIX ng: <{n}>
             SELECT DISTINCT ?a WHERE {{ GRAPH ?a {{ ?a a schema:NewsArticle .
               OPTIONAL {{ ?a schema:url ?u }} OPTIONAL {{ ?a ng:source ?src }} }}
               FILTER(STR(?a) = \"{r}\" || STR(?u) = \"{r}\" || STR(?src) = \"{r}\") }}",
            s = vocab::schema::NS,
            n = vocab::ng::NS,
            r = lit(reference)
        );
        let mut out = Vec::new();
        if let QueryResults::Solutions(sol) = SparqlEvaluator::new()
            .parse_query(&q)?
            .on_store(&self.store)
            .execute()?
        {
            for s in sol {
                if let Some(oxigraph::model::Term::NamedNode(n)) = s?.get("a") {
                    out.push(n.as_str().to_string());
                }
            }
        }
        Ok(out)
    }

    /// Deletes an article's graph, and from the entities graph what only
    /// that article said; false if it is not stored. One transaction.
    pub fn remove_article(&self, iri: &str) -> Result<bool, crate::Error> {
        let g = article_graph(iri)?;
        let name = GraphNameRef::NamedNode(g.as_ref());
        let old: HashSet<Quad> = self
            .store
            .quads_for_pattern(None, None, None, Some(name))
            .collect::<Result<_, _>>()?;
        if old.is_empty() {
            return Ok(false);
        }
        let mut touched = merge::Touched::default();
        for q in &old {
            touched.note(q, true);
        }
        let view = merge::View::new(&self.store, &old, std::iter::empty());
        let (mut add, mut remove) = merge::update(&view, touched)?;
        let (calendar_add, calendar_remove) =
            calendar::update(&self.store, &BTreeMap::from([(iri.to_string(), None)]))?;
        add.extend(calendar_add);
        remove.extend(calendar_remove);
        let mut t = self.store.start_transaction()?;
        t.remove_named_graph(g.as_ref())?;
        for q in &remove {
            t.remove(q);
        }
        for q in &add {
            t.insert(q);
        }
        t.commit()?;
        Ok(true)
    }

    /// Counts of what the store holds.
    pub fn stats(&self) -> Result<Stats, crate::Error> {
        stats::compute(&self.store)
    }

    /// Every quad of the store, ontology included (benchmarks compare
    /// writing them again through Oxigraph's bulk loader).
    pub fn quads(&self) -> Result<Vec<Quad>, crate::Error> {
        Ok(self.store.iter().collect::<Result<_, _>>()?)
    }

    /// Number of quads in the store (ontology included).
    pub fn len(&self) -> Result<usize, crate::Error> {
        Ok(self.store.len()?)
    }

    pub fn is_empty(&self) -> Result<bool, crate::Error> {
        Ok(self.store.is_empty()?)
    }

    /// Flushes and compacts the on-disk files.
    pub fn flush(&self) -> Result<(), crate::Error> {
        self.store.flush()?;
        Ok(())
    }
}

/// How many of RocksDB's earlier info logs (`LOG.old.*`) a store keeps.
const KEPT_INFO_LOGS: usize = 4;

/// Removes all but the newest `keep` of RocksDB's earlier info logs in
/// the store's directory. RocksDB renames its info log at every opening
/// and keeps up to a thousand of them (Oxigraph's options do not reach
/// that setting), so a store that answers many queries filled its
/// directory with files nobody reads. They hold no data; a file that
/// cannot be removed is left.
fn prune_info_logs(path: &Path, keep: usize) {
    let Ok(entries) = std::fs::read_dir(path) else {
        return;
    };
    // the suffix is the time of the renaming, in microseconds
    let mut old: Vec<(u64, PathBuf)> = entries
        .flatten()
        .filter_map(|e| {
            let name = e.file_name().into_string().ok()?;
            let when = name.strip_prefix("LOG.old.")?.parse().ok()?;
            Some((when, e.path()))
        })
        .collect();
    old.sort_unstable();
    let excess = old.len().saturating_sub(keep);
    for (_, file) in old.into_iter().take(excess) {
        let _ = std::fs::remove_file(file);
    }
}

/// The named node of an article's graph; the store's own graphs are no
/// article's.
fn article_graph(iri: &str) -> Result<NamedNode, crate::Error> {
    if [
        ENTITIES_GRAPH,
        ONTOLOGY_GRAPH,
        JOURNAL_GRAPH,
        CALENDAR_GRAPH,
    ]
    .contains(&iri)
    {
        return Err(crate::Error::iri(
            "article IRI",
            iri,
            "it names one of the store's own graphs",
        ));
    }
    NamedNode::new(iri).map_err(|e| crate::Error::iri("article IRI", iri, e))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_store_keeps_few_of_rocksdbs_old_info_logs() {
        let dir = tempfile::tempdir().unwrap();
        for i in 0..10u64 {
            std::fs::write(dir.path().join(format!("LOG.old.{}", 1_000_000 + i)), "").unwrap();
        }
        std::fs::write(dir.path().join("LOG.old.notes"), "").unwrap();
        drop(GraphStore::open(dir.path()).unwrap());
        let mut left: Vec<String> = std::fs::read_dir(dir.path())
            .unwrap()
            .flatten()
            .filter_map(|e| e.file_name().into_string().ok())
            .filter(|n| n.starts_with("LOG.old."))
            .collect();
        left.sort();
        // the newest four, whatever RocksDB renamed at this opening among
        // them, and the file that is no log of RocksDB's
        assert_eq!(left.len(), KEPT_INFO_LOGS + 1, "{left:?}");
        assert!(left.contains(&"LOG.old.notes".to_string()));
        assert!(!left.contains(&"LOG.old.1000005".to_string()));
    }

    #[test]
    fn the_ontology_is_written_when_it_changed_not_at_each_opening() {
        // the ontology's class unions are blank nodes, renamed at each parse
        let s = GraphStore::in_memory().unwrap();
        assert!(!s.ensure_ontology().unwrap());
        let g = NamedNodeRef::new_unchecked(ONTOLOGY_GRAPH);
        let blank = s
            .store
            .quads_for_pattern(None, None, None, Some(g.into()))
            .map(Result::unwrap)
            .find(|q| q.subject.is_blank_node())
            .expect("the ontology has blank nodes");
        s.store.remove(&blank).unwrap();
        assert!(s.ensure_ontology().unwrap());
        assert!(!s.ensure_ontology().unwrap());
    }
}
