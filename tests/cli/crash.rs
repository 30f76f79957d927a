//! Crash safety: `ingest` killed with SIGKILL at random moments, during a
//! first ingest and during a re-ingest of changed articles. After each kill
//! the store opens, every article graph it holds is complete (equal to that
//! article's graph in a clean ingest), the entities graph is the merge of
//! the articles it holds, the calendar files exactly those articles, and
//! finishing the ingest gives the clean store.

use crate::helper::Env;
use oxigraph::io::{RdfFormat, RdfParser};
use oxigraph::model::{GraphName, Quad};
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

const ENTITIES: &str = "https://w3id.org/newsgraph/entities";
const CALENDAR: &str = "https://w3id.org/newsgraph/calendar";

/// Article `i` of version `v` of a small corpus: names recur across
/// articles, and version 2 changes every other article (same URL).
fn article(i: usize, v: usize) -> String {
    let places = ["Baltimore", "Long Beach", "Houston", "Savannah", "Seattle"];
    let place = places[i % places.len()];
    let extra = if v == 2 && i.is_multiple_of(2) {
        format!(" Reuters reported that officials in {place} denied the claims.")
    } else {
        String::new()
    };
    format!(
        "date 2024-03-{:02} https://example.com/crash/{i}\nCranes in {place} ({i})\n\n\
         The port of {place} uses {n} cranes made by ZPMC. Shanghai Zhenhua Heavy Industries \
         (ZPMC) said its cranes pose no risk. US officials said the cranes could be used for \
         espionage, and China denied the claims.{extra}\n",
        1 + i % 28,
        n = 2 + i % 7,
    )
}

fn corpus(env: &Env, v: usize) -> PathBuf {
    let dir = env.path(&format!("v{v}"));
    for i in 0..40 {
        env.write(&format!("v{v}/a{i:02}.txt"), article(i, v));
    }
    dir
}

/// The store's quads by graph (the ontology left out).
fn graphs(env: &Env) -> BTreeMap<String, BTreeSet<String>> {
    let out = env.ok(&["export", "--format", "nquads"]);
    let mut by: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for q in RdfParser::from_format(RdfFormat::NQuads).for_slice(out.as_bytes()) {
        let q: Quad = q.expect("valid N-Quads");
        let g = match &q.graph_name {
            GraphName::NamedNode(n) => n.as_str().to_string(),
            other => other.to_string(),
        };
        by.entry(g).or_default().insert(q.to_string());
    }
    by
}

fn ingest(env: &Env, dir: &Path) -> Command {
    let mut c = Command::new(assert_cmd::cargo::cargo_bin("newsgraph"));
    c.current_dir(env.dir.path())
        .env_remove("NEWSGRAPH_DB")
        .env_remove("NEWSGRAPH_BASE")
        .args(["--db", env.db().to_str().unwrap()])
        .args(["ingest", "--quiet", "--batch", "3"])
        .arg(dir.file_name().unwrap())
        .stdout(Stdio::null())
        .stderr(Stdio::null());
    c
}

/// Runs `ingest` and kills it after `after`; true if it was still running.
fn kill_after(env: &Env, dir: &Path, after: Duration) -> bool {
    let mut child = ingest(env, dir).spawn().expect("spawn ingest");
    std::thread::sleep(after);
    let running = child.try_wait().expect("wait").is_none();
    child.kill().ok(); // SIGKILL
    child.wait().ok();
    running
}

/// Checks the store after a crash: each article graph equals one of the
/// clean versions, and the entities graph is what a clean ingest of just
/// those articles writes.
fn check_consistent(env: &Env, clean: &[&BTreeMap<String, BTreeSet<String>>], round: usize) {
    let now = graphs(env);
    for (g, quads) in &now {
        if g == ENTITIES || g == CALENDAR {
            continue;
        }
        assert!(
            clean.iter().any(|c| c.get(g) == Some(quads)),
            "round {round}: article graph {g} is incomplete or mixed after the crash ({} quads)",
            quads.len()
        );
    }
    // the entities graph describes exactly the entities the held articles name
    let count = |q: &str| -> String {
        let rows = env.select(&format!(
            "PREFIX ng: <https://w3id.org/newsgraph/ns#>
             PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
             PREFIX schema: <https://schema.org/>
             SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE {{ {q} }}"
        ));
        rows[0]["n"].clone()
    };
    let undescribed = count(&format!(
        "GRAPH ?g {{ ?m ng:refersTo ?e }} FILTER NOT EXISTS {{ GRAPH <{ENTITIES}> {{ ?e rdfs:label ?l }} }}"
    ));
    let unnamed = count(&format!(
        "GRAPH <{ENTITIES}> {{ ?e a ng:Entity }} FILTER NOT EXISTS {{ GRAPH ?g {{ ?m ng:refersTo ?e }} }}"
    ));
    assert_eq!(
        (undescribed.as_str(), unnamed.as_str()),
        ("0", "0"),
        "round {round}: the entities graph is out of step with the articles"
    );
    // the calendar files exactly the held articles, each under its day, and
    // holds no day without an article
    let unfiled = count(
        &format!("GRAPH ?g {{ ?e a schema:NewsArticle }} FILTER NOT EXISTS {{ GRAPH <{CALENDAR}> {{ ?e ng:publishedOn ?d }} }}"),
    );
    let gone = count(
        &format!("GRAPH <{CALENDAR}> {{ ?e ng:publishedOn ?d }} FILTER NOT EXISTS {{ GRAPH ?g {{ ?e a schema:NewsArticle }} }}"),
    );
    let misfiled = count(
        &format!("GRAPH <{CALENDAR}> {{ ?e ng:publishedOn ?d . ?d ng:date ?x }} GRAPH ?g {{ ?e schema:datePublished ?y }} FILTER(?x != ?y)"),
    );
    let empty = count(
        &format!("GRAPH <{CALENDAR}> {{ ?e a ng:PublicationDay }} FILTER NOT EXISTS {{ GRAPH <{CALENDAR}> {{ ?a ng:publishedOn ?e }} }}"),
    );
    assert_eq!(
        [unfiled, gone, misfiled, empty].map(|n| n == "0"),
        [true; 4],
        "round {round}: the calendar is out of step with the articles"
    );
}

#[test]
fn a_killed_ingest_leaves_whole_articles_and_finishing_gives_the_clean_store() {
    let reference = Env::new();
    let (v1, v2) = (corpus(&reference, 1), corpus(&reference, 2));
    let t = Instant::now();
    assert!(ingest(&reference, &v1).status().unwrap().success());
    let first = t.elapsed();
    let clean1 = graphs(&reference);
    let t = Instant::now();
    assert!(ingest(&reference, &v2).status().unwrap().success());
    let second = t.elapsed();
    let clean2 = graphs(&reference);
    assert!(clean1.len() > 40 && clean2.len() == clean1.len());
    assert_ne!(clean1, clean2, "version 2 changes articles");

    // pseudo-random moments within each run, from a fixed seed
    let mut seed: u64 = 0x2545_f491_4f6c_dd1d;
    let mut moment = |of: Duration| {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        of.mul_f64((seed % 1000) as f64 / 1000.0)
    };
    let mut interrupted = 0;
    for round in 0..6 {
        let env = Env::new();
        let (v1, v2) = (corpus(&env, 1), corpus(&env, 2));
        // killed during the first ingest
        interrupted += usize::from(kill_after(&env, &v1, moment(first)));
        check_consistent(&env, &[&clean1], round);
        assert!(ingest(&env, &v1).status().unwrap().success());
        assert!(
            graphs(&env) == clean1,
            "round {round}: finishing the first ingest"
        );
        // killed while the changed articles replace theirs
        interrupted += usize::from(kill_after(&env, &v2, moment(second)));
        check_consistent(&env, &[&clean1, &clean2], round);
        assert!(ingest(&env, &v2).status().unwrap().success());
        assert!(
            graphs(&env) == clean2,
            "round {round}: finishing the re-ingest"
        );
    }
    assert!(
        interrupted >= 6,
        "only {interrupted} of 12 kills came mid-run"
    );
}
