//! Claims, coreference and time on short real texts run through `extract`:
//! what the relation and claim rules make of them with the shipped models.

use crate::helper::Env;
use serde_json::Value;

/// Extracts one article given as JSON (`title`, `text`, `date`), in a temp
/// dir of its own, and returns the extraction with each relation's
/// arguments replaced by their labels.
fn extract(text: &str) -> (Value, Vec<Value>) {
    let env = Env::new();
    let article = serde_json::json!({"title": "Test", "date": "2023-03-05", "text": text});
    let path = env.write("a.json", article.to_string());
    let out = env.ok(&["extract", path.to_str().unwrap(), "--format", "json"]);
    let v: Value = serde_json::from_str(&out).unwrap();
    let label = |iri: &Value| -> Value {
        v["entities"]
            .as_array()
            .unwrap()
            .iter()
            .find(|e| &e["iri"] == iri)
            .map(|e| e["label"].clone())
            .unwrap_or(Value::Null)
    };
    let rels = v["relations"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            let mut r = r.clone();
            for k in ["subject", "object", "claimed_by", "reported_by"] {
                if r.get(k).is_some_and(|x| x.is_string()) {
                    r[k] = label(&r[k]);
                }
            }
            r
        })
        .collect();
    (v, rels)
}

/// The relation `predicate`, checked to be a claim by `by` with `verb`.
fn claim<'a>(rels: &'a [Value], predicate: &str, by: &str, verb: &str) -> &'a Value {
    let r = find(rels, predicate);
    assert_eq!(r["claimed_by"], by, "{r}");
    assert_eq!(r["claim_verb"], verb, "{r}");
    r
}

fn find<'a>(rels: &'a [Value], predicate: &str) -> &'a Value {
    rels.iter()
        .find(|r| r["predicate"] == predicate)
        .unwrap_or_else(|| panic!("no {predicate} relation in {rels:#?}"))
}

#[test]
fn nested_attribution_keeps_the_inner_source_and_records_the_outer() {
    let (_, rels) = extract(
        "According to one US media outlet, officials worry that the cranes contain sensors.",
    );
    let r = claim(&rels, "contain", "officials", "worry");
    assert_eq!(r["reported_by"], "US media outlet", "{r}");
}

#[test]
fn a_parenthetical_source_reports_the_whole_sentence() {
    let (_, rels) =
        extract("Officials now worry that China may spy on shipments, the media outlet noted.");
    let r = find(&rels, "spy_on");
    assert_eq!(r["claimed_by"], "officials", "{r}");
    assert_eq!(r["modality"], "hedged", "{r}");
    assert_eq!(r["reported_by"], "media outlet", "{r}");
}

#[test]
fn denials_and_negations_are_claims_of_their_speaker() {
    let (_, rels) = extract(
        "The ministry denied that the company had sold weapons to Russia. \
         Officials said the company did not pay the fine.",
    );
    claim(&rels, "sell", "ministry", "deny");
    let paid = find(&rels, "pay");
    assert_eq!(paid["claimed_by"], "officials", "{paid}");
    assert_eq!(paid["negated"], true, "{paid}");
}

#[test]
fn definite_descriptions_are_mentions_of_the_entity_not_its_names() {
    let (v, rels) = extract(
        "Shanghai Zhenhua Heavy Industries makes port cranes in China. \
         The company also builds ships in Shanghai.",
    );
    let built = find(&rels, "build");
    assert_eq!(
        built["subject"], "Shanghai Zhenhua Heavy Industries",
        "{built}"
    );
    let zpmc = v["entities"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["label"] == "Shanghai Zhenhua Heavy Industries")
        .unwrap();
    // mentioned twice, but "company" is not one of its names
    assert_eq!(zpmc["mentions"].as_array().unwrap().len(), 2, "{zpmc}");
    assert!(zpmc["aliases"].as_array().unwrap().is_empty(), "{zpmc}");
}

#[test]
fn relative_time_resolves_against_the_publication_date() {
    let (_, rels) = extract(
        "A Chinese balloon strayed into American airspace last month. \
         The company opened a plant in Ohio in December.",
    );
    assert_eq!(find(&rels, "stray_into")["time"], "2023-02");
    assert_eq!(find(&rels, "open")["time"], "2022-12");
}

#[test]
fn a_pronoun_source_is_the_nearest_speaker_and_quantities_and_idioms_are_no_relations() {
    let (_, rels) = extract(
        "The Korean Central News Agency reported heavy fighting near the border. \
         The enemy must stop its propaganda broadcasts, it added. \
         The team travelled 4,000 miles to Washington. The contest took place in July.",
    );
    claim(&rels, "stop", "Korean Central News Agency", "add");
    assert!(
        rels.iter()
            .all(|r| r["predicate"] != "take" && r["predicate"] != "travel"),
        "{rels:#?}"
    );
    assert_eq!(find(&rels, "travel_to")["object"], "Washington");
}

#[test]
fn a_role_given_to_a_name_points_back_to_it() {
    let (_, rels) = extract(
        "Claudio De Vincenti is the undersecretary to the prime minister. \
         The undersecretary said that many schools will raise their fees.",
    );
    let r = find(&rels, "raise");
    assert_eq!(r["claimed_by"], "Claudio De Vincenti", "{r}");
    // a role with the name in apposition is that person, there and later
    let (_, rels) = extract(
        "The Crown prosecutor, Mark Tedeschi, addressed the jury. \
         The prosecutor said that the parents had ignored the doctors.",
    );
    assert_eq!(find(&rels, "address")["subject"], "Mark Tedeschi");
    claim(&rels, "ignore", "Mark Tedeschi", "say");
}

#[test]
fn claims_without_a_named_source_and_rejected_claims_are_never_facts() {
    let (_, rels) = extract(
        "Beijing rejected claims that its balloon was used for spying. \
         It was reported that the army shelled the village.",
    );
    claim(&rels, "use_for", "Beijing", "reject");
    // reported by nobody the text names: not a fact, and no claim either
    assert!(rels.iter().all(|r| r["predicate"] != "shell"), "{rels:#?}");
}

#[test]
fn a_quantifier_with_of_stands_for_its_noun() {
    let (_, rels) = extract(
        "Some of the officials criticised the government. \
         A particular type of heavy machinery was made in China.",
    );
    assert_eq!(find(&rels, "criticise")["subject"], "officials");
    assert_eq!(find(&rels, "make_in")["subject"], "heavy machinery");
}

#[test]
fn what_the_accused_did_is_the_accusers_claim() {
    let (_, rels) = extract("The police charged the man with stealing a car.");
    let stole = claim(&rels, "steal", "police", "charge");
    assert_eq!(stole["subject"], "man", "{stole}");
}

#[test]
fn known_as_gives_an_alias_not_a_relation() {
    let (v, rels) =
        extract("Shanghai Zhenhua Heavy Industries, known as Zhenhua, builds cranes and ships.");
    assert!(
        rels.iter().all(|r| r["predicate"] != "know_as"),
        "{rels:#?}"
    );
    let zpmc = v["entities"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["label"] == "Shanghai Zhenhua Heavy Industries")
        .unwrap();
    assert_eq!(zpmc["aliases"], serde_json::json!(["Zhenhua"]), "{zpmc}");
    // coordination: both objects
    assert!(rels
        .iter()
        .any(|r| r["predicate"] == "build" && r["object"] == "cranes"));
    assert!(rels
        .iter()
        .any(|r| r["predicate"] == "build" && r["object"] == "ships"));
}

#[test]
fn verbs_of_saying_relate_nothing_and_an_apposition_describes_one_noun() {
    let (_, rels) = extract(
        "The minister said in a statement that the army had left the city. \
         Those rescued include Bangladeshis and Rohingya, a stateless minority in Myanmar.",
    );
    assert!(
        rels.iter()
            .all(|r| !r["predicate"].as_str().unwrap().starts_with("say")),
        "{rels:#?}"
    );
    claim(&rels, "leave", "minister", "say");
    let be: Vec<&Value> = rels.iter().filter(|r| r["predicate"] == "be").collect();
    assert_eq!(be.len(), 1, "{be:#?}");
    assert_eq!(be[0]["subject"], "Rohingya", "{be:#?}");
}
