//! The analyst queries of `examples/queries/` give the answers the README shows.

use crate::helper::{parse_csv, root, Env};

fn run(env: &Env, name: &str) -> Vec<std::collections::HashMap<String, String>> {
    let file = root().join("examples/queries").join(name);
    parse_csv(&env.ok(&["query", "--file", file.to_str().unwrap(), "--format", "csv"]))
}

#[test]
fn the_article_has_its_title_date_and_url() {
    let env = Env::new();
    env.ingest_example();
    let rows = run(&env, "articles.rq");
    assert_eq!(rows.len(), 1);
    assert_eq!(
        rows[0]["title"],
        "Not by Balloons Alone: US Officials Worry 'Chinese Port Cranes' Could Spy on American Cargo"
    );
    assert_eq!(rows[0]["published"], "2023-03-05");
    assert!(rows[0]["url"].starts_with("https://sputniknews.com/20230305/not-by-balloons-alone"));
}

#[test]
fn the_article_questions_read_the_latest_twenty_articles_newest_first() {
    let env = Env::new();
    // 22 dated articles, one a day in January 2023, and one without a date
    let mut paths = Vec::new();
    for day in 1..=22 {
        paths.push(env.write(
            &format!("day{day}.txt"),
            format!(
                "date 2023-01-{day:02} https://example.com/day/{day}\nDay {day}\nThe council approved budget number {day}, its mayor said.\n"
            ),
        ));
    }
    paths.push(env.write(
        "undated.txt",
        "Undated\nThe council rejected the plan, its mayor said.\n",
    ));
    let mut args = vec!["ingest"];
    args.extend(paths.iter().map(|p| p.to_str().unwrap()));
    env.ok(&args);
    let rows = run(&env, "articles.rq");
    let dates: Vec<&str> = rows.iter().map(|r| r["published"].as_str()).collect();
    let expected: Vec<String> = (3..=22).rev().map(|d| format!("2023-01-{d:02}")).collect();
    assert_eq!(dates, expected, "the 20 latest, newest first");
    // the other questions read the same articles: nothing of January 1st,
    // nor of the article without a date
    let said = run(&env, "who-said-what.rq");
    let numbers: Vec<&str> = said
        .iter()
        .map(|r| r["content"].rsplit(' ').next().unwrap_or_default())
        .collect();
    let expected: Vec<String> = (3..=22).rev().map(|d| d.to_string()).collect();
    assert_eq!(numbers, expected, "{said:?}");
}

#[test]
fn the_latest_twenty_span_days_newest_first_and_undated_articles_come_last() {
    // three days of eight articles: the twenty latest are the sixteen of the
    // last two days and four of the first
    let env = Env::new();
    let mut paths = Vec::new();
    for day in 1..=3 {
        for n in 0..8 {
            paths.push(env.write(
                &format!("d{day}-{n}.txt"),
                format!(
                    "date 2023-05-0{day} https://example.com/{day}/{n}\nDay {day} number {n}\nThe council approved budget {n}.\n"
                ),
            ));
        }
    }
    let mut args = vec!["ingest"];
    args.extend(paths.iter().map(|p| p.to_str().unwrap()));
    env.ok(&args);
    let rows = run(&env, "articles.rq");
    let dates: Vec<&str> = rows.iter().map(|r| r["published"].as_str()).collect();
    let mut expected = vec!["2023-05-03"; 8];
    expected.extend(["2023-05-02"; 8]);
    expected.extend(["2023-05-01"; 4]);
    assert_eq!(dates, expected);
    // with fewer than twenty dated articles, the undated ones follow them
    let env = Env::new();
    let dated = env.write(
        "dated.txt",
        "date 2023-05-01 https://example.com/dated\nDated\nThe council approved the budget.\n",
    );
    let undated = env.write("undated.txt", "Undated\nThe council rejected the plan.\n");
    env.ok(&["ingest", dated.to_str().unwrap(), undated.to_str().unwrap()]);
    let rows = run(&env, "articles.rq");
    let titles: Vec<&str> = rows.iter().map(|r| r["title"].as_str()).collect();
    assert_eq!(titles, ["Dated", "Undated"]);
    assert_eq!(rows[1]["published"], "");
    // removing the dated article leaves its day empty, and the day goes
    env.ok(&["remove", "https://example.com/dated"]);
    let days =
        env.select("SELECT ?d WHERE { ?d a <https://w3id.org/newsgraph/ns#PublicationDay> }");
    assert_eq!(days.len(), 1, "only the undated day is left: {days:?}");
}

#[test]
fn zpmc_makes_cranes() {
    let env = Env::new();
    env.ingest_example();
    let rows = run(&env, "who-makes-what.rq");
    assert!(
        rows.iter()
            .any(|r| r["maker"].contains("Shanghai Zhenhua") && r["product"].contains("cranes")),
        "{rows:?}"
    );
}

#[test]
fn zpmc_has_its_alias_and_its_sentences() {
    let env = Env::new();
    env.ingest_example();
    let rows = env.select(
        "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
         PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
         PREFIX schema: <https://schema.org/>
         SELECT ?label ?alias WHERE { ?e a schema:Organization ; rdfs:label ?label ; skos:altLabel ?alias . FILTER(?alias = \"ZPMC\") }",
    );
    assert_eq!(rows.len(), 1, "{rows:?}");
    assert_eq!(
        rows[0]["label"],
        "Shanghai Zhenhua Heavy Industries Company Limited"
    );
    let facts = run(&env, "facts-about-zpmc.rq");
    assert!(!facts.is_empty());
    assert!(
        facts.iter().all(|r| r["sentence"].contains("ZPMC")),
        "{facts:?}"
    );
}

#[test]
fn claims_carry_their_source_verb_and_hedging() {
    let env = Env::new();
    env.ingest_example();
    let rows = run(&env, "claims-by-source.rq");
    let has = |source: &str, verb: &str, subject: &str, predicate: &str, object: &str| {
        rows.iter().any(|r| {
            r["source"].contains(source)
                && r["verb"] == verb
                && r["subject"].contains(subject)
                && r["predicate"] == predicate
                && r["object"].contains(object)
        })
    };
    assert!(
        has("officials", "worry", "cranes", "contain", "sensors"),
        "{rows:?}"
    );
    assert!(has("China", "insist", "balloon", "be", "craft"), "{rows:?}");
    let spy = rows
        .iter()
        .find(|r| r["subject"].contains("balloon") && r["object"] == "spy balloon")
        .expect("US officials' claim about the spy balloon");
    assert_eq!(spy["hedged"], "true", "'could have been' is hedged");
    assert!(spy["source"].contains("officials"));
}

#[test]
fn where_the_cranes_are_used() {
    let env = Env::new();
    env.ingest_example();
    let rows = run(&env, "where-used.rq");
    assert!(
        rows.iter()
            .any(|r| r["thing"].contains("cranes") && r["where"].contains("ports")),
        "{rows:?}"
    );
}

#[test]
fn entities_shared_by_two_articles() {
    let env = Env::new();
    env.ingest_example();
    assert!(run(&env, "entities-in-several-articles.rq").is_empty());
    let second = env.write(
        "second.txt",
        "date 2023-03-08 https://example.com/zpmc-response\nZPMC responds\nZPMC said its cranes pose no risk to the United States. Chinese officials rejected the claims.\n",
    );
    env.ok(&["ingest", second.to_str().unwrap()]);
    let rows = run(&env, "entities-in-several-articles.rq");
    let labels: Vec<&str> = rows.iter().map(|r| r["label"].as_str()).collect();
    for name in ["United States", "China"] {
        assert!(labels.contains(&name), "{name} in {labels:?}");
    }
    assert!(
        rows.iter()
            .any(|r| r["label"].contains("ZPMC") || r["label"].contains("Shanghai Zhenhua")),
        "ZPMC of the second article is the ZPMC of the first: {labels:?}"
    );
    assert!(rows.iter().all(|r| r["articles"] == "2"));
}

#[test]
fn select_ask_and_construct_in_every_results_format() {
    let env = Env::new();
    env.ingest_example();
    let q = "PREFIX schema: <https://schema.org/> SELECT ?t WHERE { ?a schema:headline ?t }";
    let json: serde_json::Value =
        serde_json::from_str(&env.ok(&["query", q, "-f", "json"])).unwrap();
    assert_eq!(json["results"]["bindings"].as_array().unwrap().len(), 1);
    assert!(env.ok(&["query", q, "-f", "tsv"]).starts_with("?t\n"));
    assert!(env.ok(&["query", q, "-f", "xml"]).contains("<sparql"));
    let table = env.ok(&["query", q]);
    assert!(table.contains("Not by Balloons Alone") && table.contains("(1 row)"));
    assert_eq!(env.ok(&["query", "ASK { ?s ?p ?o }"]).trim(), "true");
    let ttl = env.ok(&[
        "query",
        "PREFIX schema: <https://schema.org/> CONSTRUCT { ?a schema:headline ?t } WHERE { ?a schema:headline ?t }",
    ]);
    assert!(ttl.contains("schema:headline"));
}

#[test]
fn the_claim_questions_answer_as_the_readme_says() {
    let env = Env::new();
    env.ingest_example();
    // what do officials allege?
    let rows = run(&env, "what-officials-claim.rq");
    assert!(
        rows.iter().any(|r| r["source"].contains("officials")
            && r["verb"] == "worry"
            && r["predicate"] == "contain"
            && r["object"].contains("sensors")),
        "{rows:?}"
    );
    assert!(
        rows.iter().any(|r| r["predicate"] == "spy_on"
            && r["subject"] == "China"
            && r["reported_by"].contains("media outlet")),
        "{rows:?}"
    );
    // which claims are hedged?
    let rows = run(&env, "hedged-claims.rq");
    assert!(
        rows.iter().any(|r| r["kind"] == "claim"
            && r["source"] == "US defense officials"
            && r["object"] == "spy balloon"),
        "{rows:?}"
    );
    assert!(rows
        .iter()
        .all(|r| r["kind"] != "claim" || r["source"] != "(the article)"));
    // who denies what?
    let rows = run(&env, "who-denies-what.rq");
    assert!(
        rows.iter().any(|r| r["source"] == "China"
            && r["verb"] == "insist"
            && r["object"].contains("weather research craft")),
        "{rows:?}"
    );
    // who said what, whether or not a relation was read inside it?
    let rows = run(&env, "who-said-what.rq");
    assert!(
        rows.iter().any(|r| r["source"] == "US media outlet"
            && r["cue"] == "accord"
            && r["content"].contains("target of the officials")),
        "{rows:?}"
    );
    assert!(
        rows.iter()
            .any(|r| r["source"] == "China" && r["content"].contains("wayward weather")),
        "{rows:?}"
    );
}

#[test]
fn a_query_files_path_in_place_of_the_query_is_read() {
    let env = Env::new();
    env.ingest_example();
    let file = root().join("examples/queries/articles.rq");
    let by_path = env.ok(&["query", file.to_str().unwrap(), "--format", "csv"]);
    let by_flag = env.ok(&["query", "--file", file.to_str().unwrap(), "--format", "csv"]);
    assert_eq!(by_path, by_flag);
    assert_eq!(parse_csv(&by_path).len(), 1);
    // a path that names no file is taken as a query, and its error says so
    let out = env
        .cmd(&["query", "examples/queries/no-such.rq"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("SPARQL"));
}

#[test]
fn an_entity_is_found_by_any_of_its_names_in_lower_case_and_the_plan_can_be_shown() {
    let env = Env::new();
    env.ingest_example();
    let rows = env.select(
        "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
         PREFIX ng: <https://w3id.org/newsgraph/ns#>
         SELECT ?label WHERE { ?e ng:nameKey \"zpmc\" ; rdfs:label ?label }",
    );
    assert_eq!(rows.len(), 1, "{rows:?}");
    assert_eq!(
        rows[0]["label"],
        "Shanghai Zhenhua Heavy Industries Company Limited"
    );
    let out = env
        .cmd(&["query", "--explain", "ASK { ?s ?p ?o }"])
        .output()
        .unwrap();
    assert!(out.status.success());
    assert_eq!(String::from_utf8_lossy(&out.stdout).trim(), "true");
    let plan: serde_json::Value = serde_json::from_slice(&out.stderr).expect("a JSON plan");
    assert!(plan["plan"]["name"].is_string(), "{plan}");
}
