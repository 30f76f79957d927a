//! Tests of the parser: learning, well-formed output, the model file.

use super::train::{Rng, TrainOptions};
use super::*;
use crate::conllu;
use crate::perceptron::Trainer;
use std::path::Path;

fn data_dir() -> Option<std::path::PathBuf> {
    crate::corpus::shared_data(crate::corpus::EWT_TRAIN)
}

/// Heads in 0..=n, exactly one root labelled `root`, no cycle.
fn assert_tree(parse: &[(usize, String)]) {
    let n = parse.len();
    let roots: Vec<usize> = (0..n).filter(|&i| parse[i].0 == 0).collect();
    assert_eq!(roots.len(), 1, "one root in {parse:?}");
    assert_eq!(parse[roots[0]].1, "root");
    for (i, (h, rel)) in parse.iter().enumerate() {
        assert!(*h <= n && *h != i + 1, "bad head {h} of word {}", i + 1);
        assert!(!rel.is_empty());
        if *h != 0 {
            assert_ne!(rel, "root");
        }
        let mut x = i + 1;
        let mut steps = 0;
        while x != 0 {
            x = parse[x - 1].0;
            steps += 1;
            assert!(steps <= n, "cycle through word {}", i + 1);
        }
    }
}

const TAGS: [(&str, &str); 8] = [
    ("NOUN", "NN"),
    ("VERB", "VBD"),
    ("DET", "DT"),
    ("ADP", "IN"),
    ("PUNCT", "."),
    ("PROPN", "NNP"),
    ("AUX", "VBZ"),
    ("ADJ", "JJ"),
];

fn random_sentences(parser: &Parser, count: usize, seed: u64) {
    let mut rng = Rng::new(seed);
    for _ in 0..count {
        let n = 1 + (rng.next_u64() % 40) as usize;
        let words: Vec<String> = (0..n)
            .map(|i| format!("w{}", rng.next_u64() % 7 + i as u64))
            .collect();
        let tags: Vec<(&str, &str)> = (0..n)
            .map(|_| TAGS[(rng.next_u64() % TAGS.len() as u64) as usize])
            .collect();
        let w: Vec<&str> = words.iter().map(String::as_str).collect();
        let u: Vec<&str> = tags.iter().map(|t| t.0).collect();
        let x: Vec<&str> = tags.iter().map(|t| t.1).collect();
        let parse = parser.parse_words(&w, &u, &x);
        assert_eq!(parse.len(), n);
        assert_tree(&parse);
    }
}

#[test]
fn untrained_parser_yields_trees() {
    let labels: Vec<String> = ["nsubj", "obj", "punct", "root"]
        .iter()
        .map(|s| s.to_string())
        .collect();
    let model = Trainer::new(transition::n_classes(labels.len())).finish(0.0);
    let parser = Parser::new(
        labels,
        crate::table::Table::from_perceptron(&model, 0.0, 10).unwrap(),
    );
    random_sentences(&parser, 200, 7);
    assert!(parser.parse_words(&[], &[], &[]).is_empty());
}

#[test]
fn learns_its_training_trees_and_round_trips() {
    let Some(dir) = data_dir() else { return };
    let all = conllu::read(&dir.join("ud_en_ewt/en_ewt-ud-train.conllu")).unwrap();
    let train: Vec<&conllu::ConlluSentence> = all.iter().take(200).collect();
    let mut log = |_: &str| {};
    let opts = TrainOptions {
        iterations: 8,
        seed: 3,
        ..TrainOptions::default()
    };
    let parser = train::train(&train, &opts, &mut log);
    let (mut total, mut uas, mut las) = (0, 0, 0);
    for s in &train {
        let w: Vec<&str> = s.words.iter().map(|w| w.form.as_str()).collect();
        let u: Vec<&str> = s.words.iter().map(|w| w.upos.as_str()).collect();
        let x: Vec<&str> = s.words.iter().map(|w| w.xpos.as_str()).collect();
        let parse = parser.parse_words(&w, &u, &x);
        assert_tree(&parse);
        for (p, g) in parse.iter().zip(&s.words) {
            total += 1;
            if p.0 == g.head {
                uas += 1;
                las += (p.1 == g.deprel) as usize;
            }
        }
    }
    let (uas, las) = (uas as f64 / total as f64, las as f64 / total as f64);
    assert!(uas > 0.93, "training UAS {uas}");
    assert!(las > 0.90, "training LAS {las}");
    random_sentences(&parser, 100, 11);

    // The model file reproduces the parses, and training is deterministic.
    let bytes = parser.to_bytes();
    let again = Parser::from_bytes(&bytes).unwrap();
    let parser2 = train::train(&train, &opts, &mut log);
    assert_eq!(parser2.to_bytes(), bytes);
    for s in train.iter().take(50) {
        let w: Vec<&str> = s.words.iter().map(|w| w.form.as_str()).collect();
        let u: Vec<&str> = s.words.iter().map(|w| w.upos.as_str()).collect();
        let x: Vec<&str> = s.words.iter().map(|w| w.xpos.as_str()).collect();
        assert_eq!(
            parser.parse_words(&w, &u, &x),
            again.parse_words(&w, &u, &x)
        );
    }
    // As a pipeline component: document token indices, None for roots.
    let mut doc = crate::doc::Doc::default();
    for s in train.iter().take(2) {
        let start = doc.tokens.len();
        for w in &s.words {
            doc.tokens.push(crate::doc::Token {
                text: w.form.clone(),
                upos: crate::Upos::intern(&w.upos),
                xpos: w.xpos.clone(),
                ..Default::default()
            });
        }
        doc.sentences.push(crate::doc::Sentence {
            tokens: start..doc.tokens.len(),
            start: 0,
            end: 0,
        });
    }
    let untagged = parser.process(&mut doc.clone());
    assert!(
        untagged.is_err(),
        "the parser refuses a doc the tagger has not seen"
    );
    doc.tagged = true;
    parser.process(&mut doc).unwrap();
    for (si, s) in train.iter().take(2).enumerate() {
        let range = doc.sentences[si].tokens.clone();
        let w: Vec<&str> = s.words.iter().map(|w| w.form.as_str()).collect();
        let u: Vec<&str> = s.words.iter().map(|w| w.upos.as_str()).collect();
        let x: Vec<&str> = s.words.iter().map(|w| w.xpos.as_str()).collect();
        for (i, (h, rel)) in parser.parse_words(&w, &u, &x).into_iter().enumerate() {
            let t = &doc.tokens[range.start + i];
            assert_eq!(t.head, (h > 0).then(|| range.start + h - 1));
            assert_eq!(t.deprel.as_str(), rel);
        }
    }
    assert!(Parser::from_bytes(&bytes[..bytes.len() - 3]).is_err());
    assert!(Parser::from_bytes(b"nonsense").is_err());
}

#[test]
fn shipped_models_parse_the_crane_sentence() {
    let dir = Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../../models"));
    let (Ok(pb), Ok(tb)) = (
        std::fs::read(dir.join("parser.bin")),
        std::fs::read(dir.join("tagger.bin")),
    ) else {
        println!("models/parser.bin or models/tagger.bin absent: skipping");
        return;
    };
    let parser = Parser::from_bytes(&pb).unwrap();
    let tagger = crate::tagger::Tagger::from_bytes(&tb).unwrap();
    let words = [
        "The",
        "officials",
        "worry",
        "that",
        "these",
        "cranes",
        "contain",
        "sophisticated",
        "sensors",
        ".",
    ];
    let tags = tagger.tag_words(&words);
    let u: Vec<&str> = tags.iter().map(|t| t.0.as_str()).collect();
    let x: Vec<&str> = tags.iter().map(|t| t.1.as_str()).collect();
    let parse = parser.parse_words(&words, &u, &x);
    assert_tree(&parse);
    assert_eq!(parse[5], (7, "nsubj".to_string()), "{parse:?}");
    assert_eq!(parse[2], (0, "root".to_string()), "{parse:?}");
    assert_eq!(parse[6].0, 3, "contain attaches to worry: {parse:?}");
    assert_eq!(parse[8], (7, "obj".to_string()), "{parse:?}");

    // Subtypes the relation extractor relies on.
    let words = [
        "The", "cranes", "were", "made", "by", "ZPMC", "and", "shipped", "out", ".",
    ];
    let tags = tagger.tag_words(&words);
    let u: Vec<&str> = tags.iter().map(|t| t.0.as_str()).collect();
    let x: Vec<&str> = tags.iter().map(|t| t.1.as_str()).collect();
    let parse = parser.parse_words(&words, &u, &x);
    assert_tree(&parse);
    assert_eq!(parse[1], (4, "nsubj:pass".to_string()), "{parse:?}");
    assert_eq!(parse[2], (4, "aux:pass".to_string()), "{parse:?}");
    assert_eq!(parse[5], (4, "obl:agent".to_string()), "{parse:?}");
    assert_eq!(parse[8], (8, "compound:prt".to_string()), "{parse:?}");
}
