//! The journal that makes a batch atomic while its additions go through
//! Oxigraph's bulk loader.
//!
//! A batch is a set of quads to add and a set to remove. The bulk loader
//! adds quads fast and atomically, but cannot remove; a transaction can,
//! but adds quads many times slower. So a batch is written in three steps,
//! each atomic:
//!
//! 1. a transaction notes the quads to remove in the journal graph
//!    ([`JOURNAL_GRAPH`]), one N-Quads line each (`ng:journalRemoves`);
//! 2. the bulk loader adds the new quads, with a marker in the journal
//!    (`ng:journalLoaded`);
//! 3. a transaction removes the noted quads and empties the journal.
//!
//! When the store is opened after a crash, [`recover`] finishes the batch
//! if its additions landed (the marker is there) and forgets it if they did
//! not: either way the store holds the whole batch or none of it. A batch
//! that removes nothing is one bulk load.

use crate::vocab::{ng, JOURNAL_GRAPH};
use oxigraph::io::{RdfFormat, RdfParser};
use oxigraph::model::{GraphName, GraphNameRef, Literal, NamedNode, NamedNodeRef, Quad, Term};
use oxigraph::store::Store;

fn journal() -> NamedNodeRef<'static> {
    NamedNodeRef::new_unchecked(JOURNAL_GRAPH)
}

fn quad(p: &str, o: impl Into<Term>) -> Quad {
    Quad::new(
        NamedNode::new_unchecked(JOURNAL_GRAPH),
        NamedNode::new_unchecked(p),
        o,
        GraphName::NamedNode(NamedNode::new_unchecked(JOURNAL_GRAPH)),
    )
}

/// Writes a batch: `add` through the bulk loader, `remove` by the journal's
/// three steps.
pub(super) fn write(store: &Store, add: &[Quad], remove: &[Quad]) -> Result<(), crate::Error> {
    if remove.is_empty() {
        if !add.is_empty() {
            let mut loader = loader(store, add.len());
            loader.load_quads(add.iter().cloned())?;
            loader.commit()?;
        }
        return Ok(());
    }
    // 1. note what goes
    let mut t = store.start_transaction()?;
    for q in remove {
        t.insert(&quad(
            ng::JOURNAL_REMOVES,
            Literal::new_simple_literal(format!("{q} .")),
        ));
    }
    t.commit()?;
    // 2. what comes, with the marker
    let mut loader = loader(store, add.len() + 1);
    loader.load_quads(add.iter().cloned().chain(std::iter::once(quad(
        ng::JOURNAL_LOADED,
        Literal::from(true),
    ))))?;
    loader.commit()?;
    // 3. remove, and empty the journal
    finish(store, remove)
}

/// A bulk loader sized for `n` quads: by default it reserves room for a
/// million, hundreds of megabytes for each batch.
fn loader(store: &Store, n: usize) -> oxigraph::store::BulkLoader<'_> {
    store
        .bulk_loader()
        .with_num_threads(1)
        .with_max_memory_size_in_megabytes(n / 1000 + 2)
}

fn finish(store: &Store, remove: &[Quad]) -> Result<(), crate::Error> {
    let mut t = store.start_transaction()?;
    for q in remove {
        t.remove(q);
    }
    t.remove_named_graph(journal())?;
    t.commit()?;
    Ok(())
}

/// Finishes or forgets a batch a crash interrupted; returns whether there
/// was one.
pub(super) fn recover(store: &Store) -> Result<bool, crate::Error> {
    let graph = GraphNameRef::NamedNode(journal());
    let noted: Vec<Quad> = store
        .quads_for_pattern(None, None, None, Some(graph))
        .collect::<Result<_, _>>()?;
    if noted.is_empty() {
        return Ok(false);
    }
    let loaded = noted
        .iter()
        .any(|q| q.predicate.as_str() == ng::JOURNAL_LOADED);
    let mut remove = Vec::new();
    if loaded {
        for q in &noted {
            if let (ng::JOURNAL_REMOVES, Term::Literal(l)) = (q.predicate.as_str(), &q.object) {
                for parsed in
                    RdfParser::from_format(RdfFormat::NQuads).for_slice(l.value().as_bytes())
                {
                    remove.push(parsed.map_err(|e| crate::Error::Journal(e.to_string()))?);
                }
            }
        }
    }
    finish(store, &remove)?;
    Ok(true)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn q(s: &str, o: &str, g: &str) -> Quad {
        Quad::new(
            NamedNode::new_unchecked(format!("http://x/{s}")),
            NamedNode::new_unchecked("http://x/p"),
            Literal::new_simple_literal(o),
            GraphName::NamedNode(NamedNode::new_unchecked(format!("http://x/{g}"))),
        )
    }

    #[test]
    fn a_batch_adds_and_removes_and_leaves_no_journal() {
        let store = Store::new().unwrap();
        store.insert(&q("a", "old", "g")).unwrap();
        write(
            &store,
            &[q("a", "new \"quoted\"\n", "g")],
            &[q("a", "old", "g")],
        )
        .unwrap();
        let all: Vec<Quad> = store.iter().collect::<Result<_, _>>().unwrap();
        assert_eq!(all, vec![q("a", "new \"quoted\"\n", "g")]);
        assert!(!recover(&store).unwrap());
    }

    #[test]
    fn recovery_finishes_a_loaded_batch_and_forgets_one_that_was_not() {
        // the crash came after step 2: the removal is carried out
        let store = Store::new().unwrap();
        let old = q("a", "old \\ \"x\"", "g");
        store.insert(&old).unwrap();
        store.insert(&q("a", "new", "g")).unwrap();
        store
            .insert(&quad(
                ng::JOURNAL_REMOVES,
                Literal::new_simple_literal(format!("{old} .")),
            ))
            .unwrap();
        store
            .insert(&quad(ng::JOURNAL_LOADED, Literal::from(true)))
            .unwrap();
        assert!(recover(&store).unwrap());
        let all: Vec<Quad> = store.iter().collect::<Result<_, _>>().unwrap();
        assert_eq!(all, vec![q("a", "new", "g")]);
        // the crash came after step 1: nothing changes but the journal goes
        let store = Store::new().unwrap();
        store.insert(&old).unwrap();
        store
            .insert(&quad(
                ng::JOURNAL_REMOVES,
                Literal::new_simple_literal(format!("{old} .")),
            ))
            .unwrap();
        assert!(recover(&store).unwrap());
        let all: Vec<Quad> = store.iter().collect::<Result<_, _>>().unwrap();
        assert_eq!(all, vec![old]);
    }
}
