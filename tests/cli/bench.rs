//! `bench --growth`: a synthetic feed grows a store step by step, each step
//! timed with the example queries; `--keep` leaves the store to query.

use crate::helper::{parse_csv, root, Env};

#[test]
fn the_growth_bench_grows_a_dated_feed_and_keeps_the_store_when_asked() {
    let env = Env::new();
    for (name, text) in [
        (
            "a.txt",
            "Port news\n\nThe port of Baltimore uses cranes made by ZPMC.\nOfficials said the cranes were safe.\n",
        ),
        (
            "b.txt",
            "Rail news\n\nThe union called a strike on Monday.\nThe company said talks would resume.\n",
        ),
    ] {
        env.write(&format!("corpus/{name}"), text);
    }
    let queries = root().join("examples/queries");
    let out = env.ok(&[
        "bench",
        "--articles",
        env.path("corpus").to_str().unwrap(),
        "--growth",
        "2,5",
        "--queries",
        queries.to_str().unwrap(),
        "--keep",
    ]);
    assert!(out.contains("| 2 |") && out.contains("| 5 |"), "{out}");
    assert!(
        out.contains("articles.rq"),
        "each step times the queries: {out}"
    );
    let kept = out
        .lines()
        .find_map(|l| l.strip_prefix("the grown store is kept in "))
        .expect("the kept store's directory");
    let answer = assert_cmd::Command::cargo_bin("newsgraph")
        .unwrap()
        .env_remove("NEWSGRAPH_DB")
        .args(["--db", kept, "query", "--format", "csv", "--file"])
        .arg(queries.join("articles.rq"))
        .output()
        .unwrap();
    assert!(
        answer.status.success(),
        "{}",
        String::from_utf8_lossy(&answer.stderr)
    );
    let rows = parse_csv(&String::from_utf8(answer.stdout).unwrap());
    assert_eq!(rows.len(), 5, "{rows:?}");
    // 250 articles a day from the first day of the feed
    assert!(
        rows.iter().all(|r| r["published"] == "2023-01-01"),
        "{rows:?}"
    );
}
