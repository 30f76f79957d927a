//! How a relation is asserted (`rules::relations`): negation, hedges,
//! conditions, intentions and refusals carried onto the relation.

use super::{extract, relation, relations};
use crate::extract::rules::relations::find;
use newsgraph_core::extraction::Modality;
use newsgraph_nlp::builder::DocBuilder;
use newsgraph_nlp::Doc;

#[test]
fn a_negated_verb_is_marked_negated() {
    // "ZPMC did not make the sensors" / "ZPMC makes no sensors"
    let not = DocBuilder::new()
        .sentence(&[
            ("ZPMC", "PROPN", 4, "nsubj"),
            ("did", "AUX", 4, "aux"),
            ("not", "PART", 4, "advmod"),
            ("make", "VERB", 0, "root"),
            ("the", "DET", 6, "det"),
            ("sensors", "NOUN", 4, "obj"),
        ])
        .lemma(1, "do")
        .lemma(5, "sensor")
        .build();
    let r = find(&not);
    assert_eq!(r.len(), 1);
    assert!(r[0].negated && !r[0].hedged);
    let no = DocBuilder::new()
        .sentence(&[
            ("ZPMC", "PROPN", 2, "nsubj"),
            ("makes", "VERB", 0, "root"),
            ("no", "DET", 4, "det"),
            ("sensors", "NOUN", 2, "obj"),
        ])
        .lemma(1, "make")
        .lemma(3, "sensor")
        .build();
    assert!(find(&no)[0].negated);
    // the same sentence without the negation is a plain statement
    let plain = DocBuilder::new()
        .sentence(&[
            ("ZPMC", "PROPN", 2, "nsubj"),
            ("makes", "VERB", 0, "root"),
            ("the", "DET", 4, "det"),
            ("sensors", "NOUN", 2, "obj"),
        ])
        .lemma(1, "make")
        .build();
    assert!(!find(&plain)[0].negated);
    // "no" hyphenated to a word names a kind: "faces a no-confidence vote"
    let mut vote = DocBuilder::new()
        .sentence(&[
            ("Smith", "PROPN", 2, "nsubj"),
            ("faces", "VERB", 0, "root"),
            ("no", "DET", 6, "det"),
            ("-", "PUNCT", 5, "punct"),
            ("confidence", "NOUN", 6, "compound"),
            ("vote", "NOUN", 2, "obj"),
        ])
        .lemma(1, "face")
        .build();
    // no spaces around the hyphen: every token from it on moves back by two
    for k in 3..vote.tokens.len() {
        let shift = if k == 3 { 1 } else { 2 };
        vote.tokens[k].start -= shift;
        vote.tokens[k].end -= shift;
    }
    vote.text = "Smith faces no-confidence vote".into();
    assert!(!find(&vote)[0].negated);
}

#[test]
fn a_hedge_makes_the_relation_hedged() {
    // "The cranes could track ships" / "... apparently track ships" / "...
    // should track ships"
    for (word, upos, rel) in [
        ("could", "AUX", "aux"),
        ("apparently", "ADV", "advmod"),
        ("should", "AUX", "aux"),
    ] {
        let doc = DocBuilder::new()
            .sentence(&[
                ("The", "DET", 2, "det"),
                ("cranes", "NOUN", 4, "nsubj"),
                (word, upos, 4, rel),
                ("track", "VERB", 0, "root"),
                ("ships", "NOUN", 4, "obj"),
            ])
            .lemma(1, "crane")
            .lemma(4, "ship")
            .build();
        let f = extract(&doc, None);
        let r = relation(&f, "cranes -track-> ships");
        assert_eq!(r.modality, Modality::Hedged, "{word}");
    }
}

#[test]
fn a_condition_or_an_open_question_is_not_asserted() {
    // "If the cranes track ships, ports close" / "whether ...", "that ...":
    // a condition is hedged, an open question is no relation at all
    for (mark, hedged) in [("If", true), ("Whether", true), ("That", false)] {
        let doc = DocBuilder::new()
            .sentence(&[
                (mark, "SCONJ", 4, "mark"),
                ("the", "DET", 3, "det"),
                ("cranes", "NOUN", 4, "nsubj"),
                ("track", "VERB", 8, "advcl"),
                ("ships", "NOUN", 4, "obj"),
                (",", "PUNCT", 8, "punct"),
                ("ports", "NOUN", 8, "nsubj"),
                ("close", "VERB", 0, "root"),
            ])
            .lemma(0, &mark.to_lowercase())
            .lemma(2, "crane")
            .lemma(4, "ship")
            .build();
        let f = extract(&doc, None);
        if mark == "Whether" {
            assert!(
                !relations(&f).contains(&"cranes -track-> ships".to_string()),
                "{:?}",
                relations(&f)
            );
            continue;
        }
        let r = relation(&f, "cranes -track-> ships");
        let expected = if hedged {
            Modality::Hedged
        } else {
            Modality::Asserted
        };
        assert_eq!(r.modality, expected, "{mark}");
    }
}

/// "Rebels VERB to win back MPs who left the camp" (`VERB` "tried" with
/// "win" its xcomp, or "met" with "win" a purpose clause).
fn to_win_back(verb: &str, lemma: &str, rel: &str) -> newsgraph_nlp::Doc {
    DocBuilder::new()
        .sentence(&[
            ("Rebels", "NOUN", 2, "nsubj"),
            (verb, "VERB", 0, "root"),
            ("to", "PART", 4, "mark"),
            ("win", "VERB", 2, rel),
            ("back", "ADP", 4, "compound:prt"),
            ("MPs", "PROPN", 4, "obj"),
            ("who", "PRON", 8, "nsubj"),
            ("left", "VERB", 6, "acl:relcl"),
            ("the", "DET", 10, "det"),
            ("camp", "NOUN", 8, "obj"),
        ])
        .lemma(0, "rebel")
        .lemma(1, lemma)
        .lemma(7, "leave")
        .build()
}

#[test]
fn what_is_intended_is_hedged_but_not_what_describes_its_nouns() {
    for (verb, lemma, rel, intended) in [
        ("tried", "try", "xcomp", true),
        ("met", "meet", "advcl", true),
        ("began", "begin", "xcomp", false),
    ] {
        let f = extract(&to_win_back(verb, lemma, rel), None);
        let win = relation(&f, "rebels -win_back-> MPs");
        assert_eq!(win.modality == Modality::Hedged, intended, "{verb}");
        let left = relation(&f, "MPs -leave-> camp");
        assert_eq!(left.modality, Modality::Asserted, "{verb}");
    }
}

/// Whether "panel -name-> winner" is negated in "The panel refused to name
/// a winner", or with `double` in "The panel did not refuse to name a
/// winner".
fn refused_to_name(double: bool) -> bool {
    let mut words = vec![("The", "DET", 2, "det"), ("panel", "NOUN", 3, "nsubj")];
    let shift = usize::from(double) * 2;
    if double {
        words.push(("did", "AUX", 5, "aux"));
        words.push(("not", "PART", 5, "advmod"));
    }
    let refuse = 3 + shift;
    words[1].2 = refuse;
    words.extend([
        ("refused", "VERB", 0, "root"),
        ("to", "PART", refuse + 2, "mark"),
        ("name", "VERB", refuse, "xcomp"),
        ("a", "DET", refuse + 4, "det"),
        ("winner", "NOUN", refuse + 2, "obj"),
    ]);
    let doc = DocBuilder::new()
        .sentence(&words)
        .lemma(refuse - 1, "refuse")
        .build();
    let f = extract(&doc, None);
    relation(&f, "panel -name-> winner").negated
}

#[test]
fn what_a_verb_of_refusal_governs_does_not_happen() {
    assert!(refused_to_name(false));
    assert!(!refused_to_name(true));
}

#[test]
fn a_denied_count_is_the_object_not_the_counted_things() {
    // "The panel refused to name one winner ." (they named two)
    let doc = DocBuilder::new()
        .sentence(&[
            ("The", "DET", 2, "det"),
            ("panel", "NOUN", 3, "nsubj"),
            ("refused", "VERB", 0, "root"),
            ("to", "PART", 5, "mark"),
            ("name", "VERB", 3, "xcomp"),
            ("one", "NUM", 7, "nummod"),
            ("winner", "NOUN", 5, "obj"),
        ])
        .lemma(2, "refuse")
        .build();
    let f = extract(&doc, None);
    assert_eq!(relations(&f), ["panel -name-> \"one winner\""]);
    assert!(f.relations[0].negated);
}

#[test]
fn what_someone_is_urged_to_do_has_not_happened() {
    // "We urge the union to resume talks", the infinitive hung on the verb
    // or on its object
    for (head, rel) in [(2, "xcomp"), (4, "acl")] {
        let doc = DocBuilder::new()
            .sentence(&[
                ("Officials", "NOUN", 2, "nsubj"),
                ("urge", "VERB", 0, "root"),
                ("the", "DET", 4, "det"),
                ("union", "NOUN", 2, "obj"),
                ("to", "PART", 6, "mark"),
                ("resume", "VERB", head, rel),
                ("talks", "NOUN", 6, "obj"),
            ])
            .lemma(0, "official")
            .lemma(6, "talk")
            .build();
        let f = extract(&doc, None);
        let r = relation(&f, "union -resume-> talks");
        assert_eq!(r.modality, Modality::Hedged, "{rel}");
    }
}

/// "Officials `main` talks `mark` the union `aux` reach a deal", the second
/// clause an adverbial one of the first.
fn two_clauses(
    main: &[(&'static str, &'static str)],
    mark: &'static str,
    aux: &'static str,
) -> Doc {
    let mut words: Vec<(&str, &str, usize, &str)> = vec![("Officials", "NOUN", 0, "nsubj")];
    let verb = main.len() + 2;
    words[0].2 = verb;
    for &(w, rel) in main {
        words.push((w, "AUX", verb, rel));
    }
    words.push(("resume", "VERB", 0, "root"));
    words.push(("talks", "NOUN", verb, "obj"));
    let reach = verb + 6;
    words.push((mark, "SCONJ", reach, "mark"));
    words.push(("the", "DET", verb + 4, "det"));
    words.push(("union", "NOUN", reach, "nsubj"));
    words.push((aux, "AUX", reach, "aux"));
    words.push(("reach", "VERB", verb, "advcl"));
    words.push(("deals", "NOUN", reach, "obj"));
    DocBuilder::new()
        .sentence(&words)
        .lemma(0, "official")
        .lemma(verb, "talk")
        .lemma(verb + 6, "deal")
        .build()
}

#[test]
fn a_purpose_or_an_awaited_event_has_not_happened() {
    let reach = |doc: &Doc| relation(&extract(doc, None), "union -reach-> deals").modality;
    // "Officials resume talks so the union can reach deals": a purpose
    assert_eq!(reach(&two_clauses(&[], "so", "can")), Modality::Hedged);
    // "Officials will resume talks once the union has reached deals"
    let awaited = two_clauses(&[("will", "aux")], "once", "has");
    assert_eq!(reach(&awaited), Modality::Hedged);
    // "Officials resumed talks after the union had reached deals": it did
    let done = two_clauses(&[], "after", "had");
    assert_eq!(reach(&done), Modality::Asserted);
}

/// "The ban will take effect once the king signs the law" (`mark` "once")
/// or "The ban will hit exports when the ... ." with another mark.
fn ban_will(mark: &str) -> Doc {
    DocBuilder::new()
        .sentence(&[
            ("The", "DET", 2, "det"),
            ("ban", "NOUN", 4, "nsubj"),
            ("will", "AUX", 4, "aux"),
            ("hit", "VERB", 0, "root"),
            ("exports", "NOUN", 4, "obj"),
            (mark, "SCONJ", 9, "mark"),
            ("the", "DET", 8, "det"),
            ("king", "NOUN", 9, "nsubj"),
            ("signs", "VERB", 4, "advcl"),
            ("the", "DET", 11, "det"),
            ("law", "NOUN", 9, "obj"),
            (".", "PUNCT", 4, "punct"),
        ])
        .lemma(4, "export")
        .lemma(8, "sign")
        .build()
}

#[test]
fn a_future_on_a_condition_is_hedged() {
    for (mark, conditional) in [("once", true), ("if", true), ("as", false)] {
        let f = extract(&ban_will(mark), None);
        let hit = relation(&f, "ban -hit-> exports");
        assert_eq!(hit.modality == Modality::Hedged, conditional, "{mark}");
    }
}

#[test]
fn what_one_must_be_certain_of_to_act_is_hedged() {
    // "To be certain that fossils belong to a species, scientists study
    // skulls"
    let doc = DocBuilder::new()
        .sentence(&[
            ("To", "PART", 3, "mark"),
            ("be", "AUX", 3, "cop"),
            ("certain", "ADJ", 11, "advcl"),
            ("that", "SCONJ", 6, "mark"),
            ("fossils", "NOUN", 6, "nsubj"),
            ("belong", "VERB", 3, "ccomp"),
            ("to", "ADP", 9, "case"),
            ("a", "DET", 9, "det"),
            ("species", "NOUN", 6, "obl"),
            (",", "PUNCT", 11, "punct"),
            ("scientists", "NOUN", 11, "nsubj"),
            ("study", "VERB", 0, "root"),
            ("skulls", "NOUN", 12, "obj"),
            (".", "PUNCT", 12, "punct"),
        ])
        .lemma(4, "fossil")
        .lemma(10, "scientist")
        .lemma(12, "skull")
        .build();
    let f = extract(&doc, None);
    let belong = relation(&f, "fossils -belong_to-> species");
    assert_eq!(belong.modality, Modality::Hedged);
}

#[test]
fn a_negated_adverb_leaves_its_verb_asserted() {
    // "The club did not only take the move" against "The club did not
    // take the move"
    let took = |lightly: bool| {
        let mut words = vec![
            ("The", "DET", 2, "det"),
            ("club", "NOUN", 5, "nsubj"),
            ("did", "AUX", 5, "aux"),
            ("not", "PART", 5, "advmod"),
        ];
        if lightly {
            words.push(("only", "ADV", 6, "advmod"));
            for w in words.iter_mut() {
                if w.2 >= 5 {
                    w.2 += 1;
                }
            }
            words[4].2 = 6;
        }
        let v = words.len() + 1;
        words.extend([
            ("take", "VERB", 0, "root"),
            ("the", "DET", v + 2, "det"),
            ("move", "NOUN", v, "obj"),
        ]);
        let doc = DocBuilder::new().sentence(&words).build();
        let f = extract(&doc, None);
        relation(&f, "club -take-> move").negated
    };
    assert!(took(false), "did not take");
    assert!(!took(true), "did not only take");
}

#[test]
fn what_is_yet_to_be_done_and_the_alternative_turned_down_are_not_done() {
    // "Acme had yet to sign the deal ."
    let doc = DocBuilder::new()
        .sentence(&[
            ("Acme", "PROPN", 2, "nsubj"),
            ("had", "VERB", 0, "root"),
            ("yet", "ADV", 2, "advmod"),
            ("to", "PART", 5, "mark"),
            ("sign", "VERB", 2, "xcomp"),
            ("the", "DET", 7, "det"),
            ("deal", "NOUN", 5, "obj"),
            (".", "PUNCT", 2, "punct"),
        ])
        .lemma(1, "have")
        .build();
    let f = extract(&doc, None);
    assert!(relation(&f, "Acme -sign-> deal").negated);
    // "Acme sold the plant rather than closed it ."
    let doc = DocBuilder::new()
        .sentence(&[
            ("Acme", "PROPN", 2, "nsubj"),
            ("sold", "VERB", 0, "root"),
            ("the", "DET", 4, "det"),
            ("plant", "NOUN", 2, "obj"),
            ("rather", "ADV", 7, "cc"),
            ("than", "ADP", 5, "fixed"),
            ("closed", "VERB", 2, "conj"),
            ("it", "PRON", 7, "obj"),
            (".", "PUNCT", 2, "punct"),
        ])
        .lemma(1, "sell")
        .lemma(6, "close")
        .build();
    let f = extract(&doc, None);
    assert!(!relation(&f, "Acme -sell-> plant").negated);
    assert!(relation(&f, "Acme -close-> plant").negated);
}

#[test]
fn what_someone_has_the_right_to_do_may_not_be_done() {
    // "Workers have the right to strike at Acme ." / "... the plan to ..."
    let doc = |noun: &str| {
        DocBuilder::new()
            .sentence(&[
                ("Workers", "NOUN", 2, "nsubj"),
                ("have", "VERB", 0, "root"),
                ("the", "DET", 4, "det"),
                (noun, "NOUN", 2, "obj"),
                ("to", "PART", 6, "mark"),
                ("strike", "VERB", 4, "acl"),
                ("at", "ADP", 8, "case"),
                ("Acme", "PROPN", 6, "obl"),
                (".", "PUNCT", 2, "punct"),
            ])
            .lemma(0, "worker")
            .build()
    };
    let f = extract(&doc("right"), None);
    assert_eq!(
        relation(&f, "workers -strike_at-> Acme").modality,
        Modality::Hedged
    );
}

#[test]
fn neither_subject_does_the_deed() {
    // "Neither Acme nor its chairman answered questions ."
    let doc = DocBuilder::new()
        .sentence(&[
            ("Neither", "CCONJ", 2, "cc:preconj"),
            ("Acme", "PROPN", 6, "nsubj"),
            ("nor", "CCONJ", 5, "cc"),
            ("its", "PRON", 5, "nmod:poss"),
            ("chairman", "NOUN", 2, "conj"),
            ("answered", "VERB", 0, "root"),
            ("questions", "NOUN", 6, "obj"),
            (".", "PUNCT", 6, "punct"),
        ])
        .lemma(5, "answer")
        .lemma(6, "question")
        .build();
    let f = extract(&doc, None);
    assert!(relation(&f, "Acme -answer-> questions").negated);
    assert!(relation(&f, "chairman -answer-> questions").negated);
}

#[test]
fn a_nouns_infinitive_is_a_purpose_unless_the_noun_is_singled_out() {
    // "The council has funds to repair the bridge": the repair is intended
    let funds = DocBuilder::new()
        .sentence(&[
            ("The", "DET", 2, "det"),
            ("council", "NOUN", 3, "nsubj"),
            ("has", "VERB", 0, "root"),
            ("funds", "NOUN", 3, "obj"),
            ("to", "PART", 6, "mark"),
            ("repair", "VERB", 4, "acl"),
            ("the", "DET", 8, "det"),
            ("bridge", "NOUN", 6, "obj"),
        ])
        .lemma(2, "have")
        .lemma(3, "fund")
        .build();
    let repair = find(&funds)
        .into_iter()
        .find(|r| r.anchor == 5)
        .expect("council repair bridge");
    assert!(repair.hedged, "the repair has not happened");
    // "Smith became the first woman to win the prize": she won it
    let first = DocBuilder::new()
        .sentence(&[
            ("Smith", "PROPN", 2, "nsubj"),
            ("became", "VERB", 0, "root"),
            ("the", "DET", 5, "det"),
            ("first", "ADJ", 5, "amod"),
            ("woman", "NOUN", 2, "xcomp"),
            ("to", "PART", 7, "mark"),
            ("win", "VERB", 5, "acl"),
            ("the", "DET", 9, "det"),
            ("prize", "NOUN", 7, "obj"),
        ])
        .lemma(1, "become")
        .build();
    let won: Vec<_> = find(&first).into_iter().filter(|r| r.anchor == 6).collect();
    assert!(!won.is_empty(), "woman win prize");
    assert!(won.iter().all(|r| !r.hedged), "{won:?}");
}
