//! Ingest, re-ingest, remove, stats and extract on the example article.

use crate::helper::{example, Env};

#[test]
fn ingest_shows_what_it_found_and_stats_count_it() {
    let env = Env::new();
    let out = env.ingest_example();
    assert!(out.contains("ZPMC"), "{out}");
    assert!(out.contains("Organization"), "{out}");
    assert!(env.db().join("CURRENT").exists(), "the store is on disk");
    let s = env.stats();
    assert_eq!(s["articles"], 1);
    assert!(s["entities"].as_u64().unwrap() >= 8, "{s}");
    assert!(
        s["relations"].as_u64().unwrap() + s["claims"].as_u64().unwrap() >= 4,
        "{s}"
    );
    assert!(s["triples"].as_u64().unwrap() > 100, "{s}");
}

#[test]
fn the_summary_line_goes_to_stderr() {
    let env = Env::new();
    let out = env
        .cmd(&["ingest", "--quiet", example().to_str().unwrap()])
        .output()
        .unwrap();
    assert!(out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    for word in [
        "1 article",
        "entities",
        "relations",
        "claims",
        "triples",
        " s",
    ] {
        assert!(err.contains(word), "{word:?} missing from {err}");
    }
    assert!(out.stdout.is_empty(), "--quiet prints nothing on stdout");
}

#[test]
fn ingesting_again_replaces_the_article_graph() {
    let env = Env::new();
    env.ingest_example();
    let first = env.stats();
    // the same article from another path is the same article
    let copy = env.write("copy/zpmc.txt", std::fs::read(example()).unwrap());
    env.ok(&["ingest", copy.to_str().unwrap()]);
    env.ingest_example();
    let again = env.stats();
    assert_eq!(first["articles"], again["articles"]);
    assert_eq!(first["triples"], again["triples"]);
}

#[test]
fn remove_deletes_one_article_and_nothing_else() {
    let env = Env::new();
    env.ingest_example();
    let other = env.write(
        "other.txt",
        "date 2024-01-10 https://example.com/news/ports\nPort authority buys cranes\nThe Port of Long Beach bought three cranes from ZPMC last year.\n",
    );
    env.ok(&["ingest", other.to_str().unwrap()]);
    assert_eq!(env.stats()["articles"], 2);
    let before_ontology = env.stats()["ontology_triples"].clone();
    env.ok(&["remove", "https://example.com/news/ports"]);
    let s = env.stats();
    assert_eq!(s["articles"], 1);
    assert_eq!(s["ontology_triples"], before_ontology);
    let rows = env.select(
        "PREFIX schema: <https://schema.org/> SELECT ?t WHERE { ?a a schema:NewsArticle ; schema:headline ?t }",
    );
    assert_eq!(rows.len(), 1);
    assert!(rows[0]["t"].starts_with("Not by Balloons Alone"));
    // removing what is not there fails clearly
    let out = env
        .cmd(&["remove", "https://example.com/none"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("no stored article"));
}

#[test]
fn countries_link_to_wikidata_and_cities_to_geonames() {
    let env = Env::new();
    let path = env.write(
        "a.txt",
        "Rail strike\n\nDrivers in Birmingham and across the United Kingdom walked out on Friday.\n",
    );
    let out = env.ok(&["extract", path.to_str().unwrap(), "--format", "json"]);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    let same_as = |label: &str| -> Vec<String> {
        let e = v["entities"]
            .as_array()
            .unwrap()
            .iter()
            .find(|e| e["label"] == label)
            .unwrap_or_else(|| panic!("no entity {label}: {v}"));
        e["same_as"]
            .as_array()
            .unwrap()
            .iter()
            .map(|s| s.as_str().unwrap().to_string())
            .collect()
    };
    assert_eq!(same_as("Birmingham"), ["https://sws.geonames.org/2655603/"]);
    assert_eq!(
        same_as("United Kingdom"),
        ["http://www.wikidata.org/entity/Q145"]
    );
}

#[test]
fn min_confidence_leaves_out_the_relations_below_it() {
    let env = Env::new();
    let example = example();
    let relations = |min: &str| -> Vec<f64> {
        let out = env.ok(&[
            "extract",
            example.to_str().unwrap(),
            "--format",
            "json",
            "--min-confidence",
            min,
        ]);
        let v: serde_json::Value = serde_json::from_str(&out).unwrap();
        v["relations"]
            .as_array()
            .unwrap()
            .iter()
            .map(|r| r["confidence"].as_f64().unwrap())
            .collect()
    };
    let all = relations("0");
    assert!(all.iter().all(|c| (0.0..=1.0).contains(c)), "{all:?}");
    let median = {
        let mut c = all.clone();
        c.sort_by(f64::total_cmp);
        c[c.len() / 2]
    };
    let kept = relations(&median.to_string());
    assert!(
        !kept.is_empty() && kept.len() < all.len(),
        "{} of {}",
        kept.len(),
        all.len()
    );
    assert!(kept.iter().all(|&c| c >= median - 1e-6), "{kept:?}");
    // out of range: a usage error that names the value
    let out = env
        .cmd(&[
            "extract",
            example.to_str().unwrap(),
            "--min-confidence",
            "1.5",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("\"1.5\" is not a confidence"));
}

#[test]
fn extract_prints_the_design_json() {
    let env = Env::new();
    let out = env.ok(&["extract", example().to_str().unwrap(), "--format", "json"]);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    let text = std::fs::read_to_string(example()).unwrap();
    let chars: Vec<char> = text.chars().collect();
    assert_eq!(v["article"]["published"], "2023-03-05");
    assert!(v["article"]["url"]
        .as_str()
        .unwrap()
        .starts_with("https://sputniknews.com/"));
    let ents = v["entities"].as_array().unwrap();
    let zpmc = ents
        .iter()
        .find(|e| {
            e["label"] == "ZPMC" || e["aliases"].as_array().unwrap().iter().any(|a| a == "ZPMC")
        })
        .expect("ZPMC is an entity");
    assert_eq!(zpmc["type"], "Organization");
    let names: Vec<String> = std::iter::once(zpmc["label"].as_str().unwrap().to_string())
        .chain(
            zpmc["aliases"]
                .as_array()
                .unwrap()
                .iter()
                .map(|a| a.as_str().unwrap().to_string()),
        )
        .collect();
    assert!(
        names
            .iter()
            .any(|n| n.starts_with("Shanghai Zhenhua Heavy Industries")),
        "{names:?}"
    );
    // every mention's offsets slice the text as read back to a name of the entity
    for e in ents {
        for m in e["mentions"].as_array().unwrap() {
            let (s, t) = (
                m["start"].as_u64().unwrap() as usize,
                m["end"].as_u64().unwrap() as usize,
            );
            assert!(s < t && t <= chars.len());
        }
    }
    let zs: String = {
        let m = &zpmc["mentions"][0];
        chars[m["start"].as_u64().unwrap() as usize..m["end"].as_u64().unwrap() as usize]
            .iter()
            .collect()
    };
    assert!(names.contains(&zs), "{zs} is one of {names:?}");
    for r in v["relations"].as_array().unwrap() {
        for k in [
            "subject",
            "predicate",
            "property",
            "object",
            "claimed_by",
            "claim_verb",
            "modality",
            "negated",
            "sentence",
            "start",
            "end",
            "confidence",
        ] {
            assert!(r.get(k).is_some(), "relation lacks {k}: {r}");
        }
        assert!(ents.iter().any(|e| e["iri"] == r["subject"]));
    }
}

/// Runs the shared scorer on `gold` and an extraction file; returns its
/// `score:` line and each count as `(found, out of)`, or `None` when
/// `../shared` is absent (see [`crate::helper::shared`]).
fn score(
    gold: &std::path::Path,
    extraction: &std::path::Path,
) -> Option<(String, impl Fn(&str) -> (u32, u32))> {
    let scorer = crate::helper::shared("tools/score_extraction.py")?;
    assert!(gold.exists(), "{} is missing", gold.display());
    let res = std::process::Command::new("python3")
        .arg(&scorer)
        .arg(gold)
        .arg(extraction)
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&res.stdout);
    let line = text
        .lines()
        .find(|l| l.starts_with("score:"))
        .expect("a score line")
        .to_string();
    let counts = line.clone();
    let get = move |k: &str| -> (u32, u32) {
        let part = counts
            .split_whitespace()
            .find(|p| p.starts_with(&format!("{k}=")))
            .unwrap();
        let (a, b) = part[k.len() + 1..].split_once('/').unwrap();
        (a.parse().unwrap(), b.parse().unwrap())
    };
    Some((line, get))
}

#[test]
fn the_scorer_sees_the_key_facts() {
    let Some(gold) = crate::helper::shared("gold/zpmc-cranes.json") else {
        return;
    };
    let env = Env::new();
    let out = env.path("out.json");
    env.ok(&[
        "extract",
        example().to_str().unwrap(),
        "-o",
        out.to_str().unwrap(),
    ]);
    let Some((line, get)) = score(&gold, &out) else {
        return;
    };
    // the bars of relation and claim extraction
    assert!(get("entities").0 >= 9, "{line}");
    assert!(get("types").0 >= 8, "{line}");
    assert!(get("merged").0 >= 3, "{line}");
    assert!(get("relations").0 >= 6, "{line}");
    assert!(get("claims").0 >= 4, "{line}");
    assert_eq!(get("junk").0, 0, "{line}");
}

#[test]
fn unseen_gum_news_articles_score_on_their_gold_facts() {
    let root = crate::helper::root();
    let Some(gum) = crate::helper::shared("data/gum/dep") else {
        return;
    };
    let env = Env::new();
    for name in ["homeopathic", "iodine"] {
        let article = std::process::Command::new("python3")
            .arg(root.join("scripts/gum-article"))
            .arg(gum.join(format!("GUM_news_{name}.conllu")))
            .output()
            .unwrap();
        assert!(article.status.success());
        let txt = env.write(&format!("{name}.txt"), &article.stdout);
        let out = env.path(&format!("{name}.json"));
        env.ok(&[
            "extract",
            txt.to_str().unwrap(),
            "-o",
            out.to_str().unwrap(),
        ]);
        let gold = root.join(format!("tests/gold/gum-{name}.json"));
        let Some((line, get)) = score(&gold, &out) else {
            return;
        };
        let (found, all) = get("entities");
        assert!(found * 10 >= all * 9, "{name}: {line}");
        let (rel, all) = get("relations");
        assert!(rel * 2 >= all, "{name}: {line}");
        assert_eq!(get("junk").0, 0, "{name}: {line}");
    }
}
