//! The NLP commands: `analyse` prints CoNLL-U, `eval` prints the scores'
//! last lines in their fixed format, on the shipped models.

use crate::helper::{example, shared, Env};

#[test]
fn analyse_prints_conllu_with_offsets_and_entities() {
    let env = Env::new();
    let out = env.ok(&["analyse", example().to_str().unwrap()]);
    let text = std::fs::read_to_string(example()).unwrap();
    let chars: Vec<char> = text.chars().collect();
    let mut words = 0;
    for line in out.lines().filter(|l| !l.is_empty() && !l.starts_with('#')) {
        let cols: Vec<&str> = line.split('\t').collect();
        assert_eq!(cols.len(), 10, "{line}");
        let range = cols[9]
            .split('|')
            .find_map(|m| m.strip_prefix("TokenRange="))
            .expect("offsets in MISC");
        let (s, e) = range.split_once(':').unwrap();
        let (s, e): (usize, usize) = (s.parse().unwrap(), e.parse().unwrap());
        let slice: String = chars[s..e].iter().collect();
        assert_eq!(slice, cols[1], "offsets slice the text back to the token");
        words += 1;
    }
    assert!(words > 200);
    assert!(
        out.lines()
            .any(|l| l.contains("\tZPMC\t") && l.contains("Entity=B-ORG")),
        "ZPMC is an organisation"
    );
    let contain = out
        .lines()
        .find(|l| l.contains("\tcontain\t"))
        .expect("the verb contain");
    assert!(contain.contains("VERB"), "{contain}");
}

#[test]
fn eval_parse_and_ner_print_their_score_lines() {
    let (Some(ewt), Some(conll)) = (
        shared("data/ud_en_ewt/en_ewt-ud-dev.conllu"),
        shared("data/conll2003/eng.testa"),
    ) else {
        return;
    };
    let env = Env::new();
    let out = env.ok(&["eval", "parse", ewt.to_str().unwrap()]);
    let last = out.lines().last().unwrap();
    let re = ["parse upos=", " lemma=", " uas=", " las="];
    for k in re {
        assert!(last.contains(k), "{last}");
    }
    let score = |line: &str, key: &str| -> f64 {
        line.split_whitespace()
            .find_map(|p| p.strip_prefix(&format!("{key}=")))
            .unwrap()
            .parse()
            .unwrap()
    };
    for k in ["upos", "lemma", "uas", "las"] {
        let v = score(last, k);
        assert!(v > 0.5 && v <= 1.0, "{k}={v}");
    }
    assert!(score(last, "las") <= score(last, "uas"));
    let out = env.ok(&["eval", "ner", conll.to_str().unwrap()]);
    let last = out.lines().last().unwrap();
    assert!(last.starts_with("ner precision="), "{last}");
    for k in ["PER", "ORG", "LOC", "MISC"] {
        assert!(out.contains(k), "per-type line for {k}");
    }
    let f1 = score(last, "f1");
    assert!(f1 > 0.5 && f1 <= 1.0);
}

#[test]
fn eval_types_scores_the_learnt_noun_types_on_gum_dev() {
    let Some(data) = shared("data") else {
        return;
    };
    let env = Env::new();
    let out = env.ok(&["eval", "types", data.to_str().unwrap()]);
    let line = |start: &str| {
        out.lines()
            .find(|l| l.starts_with(start))
            .unwrap_or_else(|| panic!("no line {start:?} in {out}"))
    };
    let acc = |line: &str, key: &str| -> f64 {
        line.split(key)
            .nth(1)
            .and_then(|r| r.split_whitespace().next())
            .and_then(|x| x.parse().ok())
            .unwrap_or_else(|| panic!("no {key} in {line}"))
    };
    // the table learnt from GUM train types more dev mentions right than
    // the word lists alone
    let table = line("types accuracy=");
    assert!(
        acc(table, "types accuracy=") > acc(table, "word lists alone "),
        "{table}"
    );
    // and the mention typer, on the pipeline's analyses, more than the
    // word lists and the table
    let model = line("mention types accuracy=");
    assert!(
        acc(model, "mention types accuracy=") > acc(model, "word lists then table "),
        "{model}"
    );
}

#[test]
fn eval_relations_scores_the_classifier_on_conll04_dev() {
    let Some(data) = shared("data") else {
        return;
    };
    let env = Env::new();
    let dev = data.join("conll04/conll04_dev.json");
    let out = env.ok(&["eval", "relations", dev.to_str().unwrap()]);
    let f1 = |line: &str| -> f64 {
        line.split("f1=")
            .nth(1)
            .and_then(|r| r.split_whitespace().next())
            .and_then(|x| x.parse().ok())
            .unwrap_or_else(|| panic!("no f1 in {line}"))
    };
    let given = out
        .lines()
        .find(|l| l.starts_with("relations ") && l.ends_with("(gold entities)"))
        .expect("a line with the gold entities given");
    let last = out.lines().last().unwrap();
    assert!(last.starts_with("relations precision="), "{last}");
    for k in ["Work_For", "Kill", "OrgBased_In", "Live_In", "Located_In"] {
        assert!(out.contains(k), "per-type line for {k}");
    }
    // the classifier alone is far better than chance (five types, two
    // directions); end to end, the NER's spans must also be CoNLL04's
    assert!(f1(given) > 0.6, "{given}");
    assert!(f1(last) > 0.1 && f1(last) < f1(given), "{last}");
}

#[test]
fn eval_relations_names_the_file_and_line_of_bad_json() {
    let env = Env::new();
    let bad = env.write("bad.json", "[{\"tokens\": [\"a\"],\n \"entities\": 3}]");
    let out = env
        .cmd(&["eval", "relations", bad.to_str().unwrap()])
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(err.contains("bad.json:2:"), "{err}");
}
