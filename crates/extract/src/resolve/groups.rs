//! Which mentions name the same thing: a key per mention, then one group
//! per set of mentions with equal keys or linked by an extractor.

use crate::extract::Findings;
use newsgraph_core::gazetteer::Gazetteer;
use std::collections::BTreeMap;

/// A mention's resolution key, and the gazetteer's name for it when it is
/// a country (`country/us`, `United States`).
pub(super) type Key = (String, Option<&'static str>);

/// The key of every mention: the country code for a gazetteer name, else
/// the extractor's key, else the normalised name.
pub(super) fn keys(gazetteer: &Gazetteer, findings: &Findings) -> Vec<Key> {
    findings
        .mentions
        .iter()
        .map(|m| match gazetteer.lookup(&m.text) {
            Some(c) => (format!("country/{}", c.code.to_lowercase()), Some(c.name)),
            None => (
                m.key
                    .clone()
                    .unwrap_or_else(|| super::names::key(&m.text, m.kind)),
                None,
            ),
        })
        .collect()
}

/// Whether each mention is a definite description ("the company"): a
/// mention of its entity, but not one of its names.
pub(super) fn descriptions(findings: &Findings) -> Vec<bool> {
    let mut description = vec![false; findings.mentions.len()];
    for &(d, _) in &findings.refers_to {
        description[d] = true;
    }
    description
}

/// Groups of mentions (each sorted, groups ordered by their first member's
/// root): equal keys (descriptions aside), extractor links, and a given
/// name joined to the one full name that starts with it.
pub(super) fn group(
    findings: &Findings,
    keys: &[Key],
    description: &[bool],
) -> BTreeMap<usize, Vec<usize>> {
    let n = findings.mentions.len();
    let mut uf = UnionFind::new(n);
    let mut first: BTreeMap<&str, usize> = BTreeMap::new();
    for (i, (k, _)) in keys.iter().enumerate() {
        if k.is_empty() || description[i] {
            continue;
        }
        match first.get(k.as_str()) {
            Some(&j) => uf.union(i, j),
            None => {
                first.insert(k, i);
            }
        }
    }
    for &(a, b) in findings.same_as.iter().chain(&findings.refers_to) {
        uf.union(a, b);
    }
    super::names::link_short_person_names(&findings.mentions, &mut |a, b| uf.union(a, b));
    let mut groups: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    for i in 0..n {
        groups.entry(uf.find(i)).or_default().push(i);
    }
    groups
}

struct UnionFind(Vec<usize>);

impl UnionFind {
    fn new(n: usize) -> Self {
        UnionFind((0..n).collect())
    }
    fn find(&mut self, mut i: usize) -> usize {
        while self.0[i] != i {
            self.0[i] = self.0[self.0[i]];
            i = self.0[i];
        }
        i
    }
    fn union(&mut self, a: usize, b: usize) {
        let (a, b) = (self.find(a), self.find(b));
        if a != b {
            // the earlier mention's root wins, for stable groups
            let (lo, hi) = if a < b { (a, b) } else { (b, a) };
            self.0[hi] = lo;
        }
    }
}
