//! The store is a function of the set of articles it holds: the same quads
//! whatever the order, batching or repetition of ingests, removal undoes an
//! article exactly, and the example queries return each row once.

use crate::helper::{example, parse_csv, root, Env};
use std::path::PathBuf;

/// Articles on the example's story that name its entities in other words:
/// "ZPMC" alone, the full name with its acronym, "U.S.", "Chinese".
const STORY: [(&str, &str); 4] = [
    (
        "a2.txt",
        "date 2024-03-02 https://example.com/a2\nZPMC cranes under scrutiny\n\nZPMC makes most of the port cranes used in the United States. Officials in Washington said the cranes could be used for espionage. China denied the claims.\n",
    ),
    (
        "a3.txt",
        "date 2024-03-04 https://example.com/a3\nShanghai Zhenhua Heavy Industries answers critics\n\nShanghai Zhenhua Heavy Industries Company Limited (ZPMC) said its cranes pose no risk. The company makes port cranes in Shanghai, China. US officials insist the sensors were installed in China.\n",
    ),
    (
        "a4.txt",
        "date 2024-03-05 https://example.com/a4\nPorts buy cranes\n\nThe Port of Baltimore uses cranes made by ZPMC. Chinese officials denied that the cranes contain sensors. ZPMC makes port cranes.\n",
    ),
    (
        "a5.txt",
        "date 2024-03-06 https://example.com/a5\nCranes and balloons\n\nChina makes shipping containers and port cranes. Officials said the Chinese balloon entered American airspace. China insisted the balloon was a weather research craft.\n",
    ),
];

/// The example and the other articles of its story, as files of `env`.
fn story(env: &Env) -> Vec<PathBuf> {
    let mut all = vec![example()];
    for (name, text) in STORY {
        env.write(name, text);
        // relative to the test's directory, so that every store reads
        // the articles from the same paths
        all.push(PathBuf::from(name));
    }
    all
}

/// Every quad of the store but the ontology's, sorted.
fn dump(env: &Env) -> Vec<String> {
    let out = env.ok(&["export", "--format", "nquads"]);
    let mut lines: Vec<String> = out.lines().map(str::to_string).collect();
    lines.sort();
    lines
}

/// Asserts two dumps are equal, showing what differs.
fn same(got: &[String], want: &[String], what: &str) {
    if got == want {
        return;
    }
    let only = |a: &[String], b: &[String]| -> Vec<String> {
        let b: std::collections::HashSet<&String> = b.iter().collect();
        a.iter()
            .filter(|x| !b.contains(x))
            .take(12)
            .cloned()
            .collect()
    };
    panic!(
        "{what}: {} quads against {}\nonly in the store:\n{}\nmissing:\n{}",
        got.len(),
        want.len(),
        only(got, want).join("\n"),
        only(want, got).join("\n")
    );
}

fn ingest(env: &Env, paths: &[PathBuf], batch: &str) {
    let mut args = vec!["ingest", "--quiet", "--batch", batch];
    args.extend(paths.iter().map(|p| p.to_str().unwrap()));
    env.ok(&args);
}

#[test]
fn the_store_is_the_same_whatever_the_order_batching_or_repetition() {
    let reference = Env::new();
    let all = story(&reference);
    ingest(&reference, &all, "64");
    let expected = dump(&reference);
    assert!(expected.len() > 1000, "{} quads", expected.len());

    // twice over
    ingest(&reference, &all, "64");
    same(
        &dump(&reference),
        &expected,
        "ingesting again changes nothing",
    );

    // in two halves, the second first, one article per batch
    let halves = Env::new();
    let all = story(&halves);
    ingest(&halves, &all[2..], "1");
    ingest(&halves, &all[..2], "1");
    same(&dump(&halves), &expected, "two halves in reverse order");

    // reversed, in batches of two, overlapping
    let reversed = Env::new();
    let mut all = story(&reversed);
    all.reverse();
    ingest(&reversed, &all[..3], "2");
    ingest(&reversed, &all[1..], "2");
    same(&dump(&reversed), &expected, "reversed, overlapping batches");
}

#[test]
fn removing_and_changing_an_article_leaves_the_store_of_the_rest() {
    let env = Env::new();
    let all = story(&env);
    ingest(&env, &all, "64");
    env.ok(&["remove", "https://example.com/a3"]);
    env.ok(&["remove", "https://example.com/a4"]);
    let without = Env::new();
    let rest: Vec<PathBuf> = story(&without)
        .into_iter()
        .filter(|p| !p.ends_with("a3.txt") && !p.ends_with("a4.txt"))
        .collect();
    ingest(&without, &rest, "64");
    same(
        &dump(&env),
        &dump(&without),
        "removal undoes an article exactly",
    );

    // a new version of an article (same URL, other text) replaces it, its
    // names and types included, in one batch with the others
    let changed = env.write(
        "a2.txt",
        "date 2024-03-02 https://example.com/a2\nZPMC cranes under scrutiny\n\nOfficials in Washington said nothing about Reuters.\n",
    );
    let mut again = story(&env);
    again.retain(|p| !p.ends_with("a2.txt"));
    again.push(PathBuf::from("a2.txt"));
    ingest(&env, &again, "64");
    let fresh = Env::new();
    let mut expected: Vec<PathBuf> = story(&fresh);
    expected.retain(|p| !p.ends_with("a2.txt"));
    fresh.write("a2.txt", std::fs::read(&changed).unwrap());
    expected.push(PathBuf::from("a2.txt"));
    ingest(&fresh, &expected, "64");
    same(
        &dump(&env),
        &dump(&fresh),
        "a changed article is replaced exactly",
    );
}

#[test]
fn each_entity_has_one_label_and_one_type_in_a_store_of_many_articles() {
    let env = Env::new();
    ingest(&env, &story(&env), "64");
    let rows = env.select(
        "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
         PREFIX ng: <https://w3id.org/newsgraph/ns#>
         SELECT ?e (COUNT(DISTINCT ?l) AS ?labels) (COUNT(DISTINCT ?t) AS ?types) WHERE {
           ?e a ng:Entity ; rdfs:label ?l ; a ?t . FILTER(?t != ng:Entity) } GROUP BY ?e",
    );
    assert!(rows.len() > 45, "{} entities", rows.len());
    for r in &rows {
        assert_eq!(
            (r["labels"].as_str(), r["types"].as_str()),
            ("1", "1"),
            "{r:?}"
        );
    }
    // ZPMC, named differently by the articles, is one node with its names
    let zpmc = env.select(
        "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
         PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
         SELECT DISTINCT ?e ?l WHERE { ?e rdfs:label|skos:altLabel \"ZPMC\" ; rdfs:label ?l }",
    );
    assert_eq!(zpmc.len(), 1, "{zpmc:?}");
    assert_eq!(
        zpmc[0]["l"],
        "Shanghai Zhenhua Heavy Industries Company Limited"
    );
}

#[test]
fn no_example_query_returns_a_row_twice_on_a_store_of_the_story() {
    let env = Env::new();
    ingest(&env, &story(&env), "64");
    let dir = root().join("examples/queries");
    let mut queries: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "rq"))
        .collect();
    queries.sort();
    assert!(queries.len() >= 10);
    let mut nonempty = 0;
    for q in &queries {
        let csv = env.ok(&["query", "--file", q.to_str().unwrap(), "--format", "csv"]);
        let rows = parse_csv(&csv);
        let mut seen = std::collections::HashSet::new();
        for r in &rows {
            let mut key: Vec<_> = r.iter().collect();
            key.sort();
            assert!(
                seen.insert(format!("{key:?}")),
                "{} returns a row twice: {r:?}",
                q.display()
            );
        }
        nonempty += usize::from(!rows.is_empty());
    }
    assert!(nonempty >= 8, "only {nonempty} queries found anything");
}

#[test]
fn extract_streams_in_input_order_and_the_same_for_any_number_of_threads() {
    let env = Env::new();
    let mut args = vec!["extract".to_string(), "--format".into(), "jsonl".into()];
    args.extend(story(&env).iter().map(|p| p.to_str().unwrap().to_string()));
    let run = |threads: &str| {
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let out = env
            .cmd(&args)
            .env("RAYON_NUM_THREADS", threads)
            .output()
            .unwrap();
        assert!(out.status.success());
        String::from_utf8(out.stdout).unwrap()
    };
    let one = run("1");
    assert_eq!(one, run("2"), "the output does not depend on the threads");
    let titles: Vec<String> = one
        .lines()
        .map(|l| {
            let v: serde_json::Value = serde_json::from_str(l).expect("one JSON object a line");
            v["article"]["title"].as_str().unwrap().to_string()
        })
        .collect();
    assert_eq!(titles.len(), 5);
    assert!(titles[0].starts_with("Not by Balloons Alone"), "{titles:?}");
    assert_eq!(titles[1], "ZPMC cranes under scrutiny", "input order");
    // the same article alone gives the same extraction: no article depends
    // on the others
    let alone = env.ok(&["extract", "--format", "jsonl", "a3.txt"]);
    assert_eq!(alone.trim(), one.lines().nth(2).unwrap());
}
