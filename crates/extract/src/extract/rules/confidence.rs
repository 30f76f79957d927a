//! How much a relation is to be trusted: the probability that a careful
//! reader, following `JUDGING.md` of the shared tools, judges it a correct
//! and useful reading of its sentence. A logistic model over the
//! [`Evidence`] of the relation (the pattern that found it, what its
//! arguments are, how far apart, how long the sentence, whether it is a
//! claim, hedged or negated), whose weights (`models/confidence.tsv`) were
//! fitted by `scripts/fit-confidence` on relations a reader judged.

use newsgraph_nlp::{DepRel, Doc, Upos};
use std::collections::HashMap;
use std::sync::OnceLock;

/// The weights, one `feature<TAB>weight` a line (`#` comments).
const WEIGHTS: &str = include_str!("../../../../../models/confidence.tsv");

/// The dependency pattern a relation was read from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pattern {
    /// A verb with its subject and object, or a passive with its agent
    /// ("the military destroyed a balloon", "cranes made by ZPMC").
    Direct,
    /// A copula: "the balloon was a weather research craft".
    Copula,
    /// A prepositional attachment, as a `verb_prep` predicate ("used in ports").
    Prepositional,
    /// An apposition: "ZPMC, a state-owned company".
    Apposition,
    /// An adjective as predicate, a literal property: "the decision is
    /// unfair".
    Attribute,
}

/// Verbs that carry little meaning of their own ("have confidence", "take
/// a move", "make a profit"): their relations are often vague or misread.
const LIGHT_VERBS: [&str; 12] = [
    "have", "make", "take", "get", "give", "go", "come", "do", "see", "put", "set", "keep",
];

/// What a relation's confidence rests on.
#[derive(Debug, Clone, PartialEq)]
pub struct Evidence {
    pub pattern: Pattern,
    /// The lemma of the predicate's head ("use" of `use_in`).
    pub verb: String,
    /// The token the relation was read at (the verb, the copular noun).
    pub anchor: usize,
    /// The subject and object tokens, as the relation read them (before a
    /// pronoun or relative pronoun is resolved).
    pub subject: usize,
    pub object: usize,
    /// The object is a literal (a count, an amount).
    pub literal: bool,
    /// Characters of the statement's span, from its first argument to its
    /// last.
    pub chars: usize,
    pub claim: bool,
    pub hedged: bool,
    pub negated: bool,
}

/// How an argument token names what it stands for.
fn kind(doc: &Doc, t: usize) -> &'static str {
    let tok = &doc.tokens[t];
    let in_entity = doc.entity_at(t).is_some();
    let relative = matches!(
        tok.lemma.to_lowercase().as_str(),
        "which" | "that" | "who" | "whom"
    );
    if relative && matches!(tok.upos, Upos::Pron | Upos::Det) {
        "relative"
    } else if tok.upos == Upos::Pron || (tok.upos == Upos::Det && tok.deprel != DepRel::Det) {
        "pronoun"
    } else if in_entity || tok.upos == Upos::Propn {
        "named"
    } else if tok.upos == Upos::Noun {
        "common"
    } else {
        "other"
    }
}

impl Evidence {
    /// The features of the logistic model, named as `models/confidence.tsv`
    /// names them.
    pub fn features(&self, doc: &Doc) -> Vec<String> {
        let mut f = vec![format!("pattern={:?}", self.pattern).to_lowercase()];
        f.push(format!("subject={}", kind(doc, self.subject)));
        let object = if self.literal {
            "literal"
        } else {
            kind(doc, self.object)
        };
        f.push(format!("object={object}"));
        if LIGHT_VERBS.contains(&self.verb.as_str()) {
            f.push("light_verb".into());
        }
        // a subject the verb does not govern itself: found through
        // coordination, control or an infinitive on a noun, where readings
        // go wrong most ("strikes mean less money to fund a pay rise")
        let governed = doc.tokens[self.subject].head == Some(self.anchor)
            || self.pattern == Pattern::Apposition;
        if !governed {
            f.push("subject_inherited".into());
        }
        // an object whose own complement says what it is ("respect for
        // him", "the collapse of 12,000 homes"), left out of the relation
        let complement = !self.literal
            && doc.children(self.object).any(|c| {
                doc.tokens[c].deprel == DepRel::Nmod
                    && doc.children(c).any(|k| {
                        doc.tokens[k].deprel == DepRel::Case
                            && matches!(
                                doc.tokens[k].lemma.to_lowercase().as_str(),
                                "of" | "for" | "with" | "in" | "on" | "about" | "to"
                            )
                    })
            });
        if complement {
            f.push("object_complement".into());
        }
        let distance = self.subject.abs_diff(self.object);
        f.push(
            match distance {
                0..=4 => "distance=near",
                5..=12 => "distance=mid",
                _ => "distance=far",
            }
            .into(),
        );
        f.push(
            match self.chars {
                0..=59 => "span=short",
                60..=119 => "span=mid",
                _ => "span=long",
            }
            .into(),
        );
        let words = doc
            .sentence_of(self.object)
            .map_or(0, |s| doc.sentences[s].tokens.len());
        f.push(
            match words {
                0..=19 => "sentence=short",
                20..=34 => "sentence=mid",
                _ => "sentence=long",
            }
            .into(),
        );
        for (on, name) in [
            (self.claim, "claim"),
            (self.hedged, "hedged"),
            (self.negated, "negated"),
        ] {
            if on {
                f.push(name.into());
            }
        }
        f
    }

    /// The probability that the relation is right, by the model.
    pub fn confidence(&self, doc: &Doc) -> f32 {
        score(&self.features(doc))
    }
}

/// Whether the evidence of every relation is to be written to standard
/// error (`NEWSGRAPH_EXPLAIN_CONFIDENCE` set), for `scripts/fit-confidence`.
pub fn explaining() -> bool {
    std::env::var_os("NEWSGRAPH_EXPLAIN_CONFIDENCE").is_some()
}

/// Writes one JSON line to standard error: the relation's character span
/// and predicate (as the extraction states them), its features and its
/// confidence.
pub fn explain(doc: &Doc, e: &Evidence, predicate: &str, span: std::ops::Range<usize>) {
    let features = e.features(doc);
    let line = serde_json::json!({
        "start": span.start,
        "end": span.end,
        "predicate": predicate,
        "features": features,
        "confidence": score(&features),
    });
    eprintln!("{line}");
}

/// The logistic model's probability for `features`.
pub fn score(features: &[String]) -> f32 {
    score_with(weights(), features)
}

fn score_with(w: &HashMap<&str, f32>, features: &[String]) -> f32 {
    let z: f32 = w.get("bias").copied().unwrap_or(0.0)
        + features
            .iter()
            .filter_map(|f| w.get(f.as_str()))
            .sum::<f32>();
    1.0 / (1.0 + (-z).exp())
}

fn weights() -> &'static HashMap<&'static str, f32> {
    static W: OnceLock<HashMap<&'static str, f32>> = OnceLock::new();
    W.get_or_init(|| parse(WEIGHTS).expect("models/confidence.tsv is well formed"))
}

/// Reads `feature<TAB>weight` lines; `#` starts a comment line.
fn parse(text: &str) -> Result<HashMap<&str, f32>, String> {
    let mut out = HashMap::new();
    for (i, line) in text.lines().enumerate() {
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let (name, w) = line
            .split_once('\t')
            .ok_or_else(|| format!("line {}: no tab", i + 1))?;
        let w: f32 = w
            .trim()
            .parse()
            .map_err(|_| format!("line {}: {w:?} is not a number", i + 1))?;
        out.insert(name, w);
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use newsgraph_nlp::builder::DocBuilder;

    #[test]
    fn the_shipped_weights_parse_and_a_bad_line_is_named() {
        assert!(weights().contains_key("bias"));
        assert!(parse("bias\t0.5\n# note\nclaim\t-0.1\n").is_ok());
        let e = parse("bias 0.5\n").unwrap_err();
        assert!(e.contains("line 1"), "{e}");
    }

    #[test]
    fn a_named_object_near_its_subject_is_trusted_more_than_a_pronoun_far_away() {
        // "ZPMC makes cranes for ports that it sells to the US army in Asia"
        let doc = DocBuilder::new()
            .sentence(&[
                ("ZPMC", "PROPN", 2, "nsubj"),
                ("makes", "VERB", 0, "root"),
                ("cranes", "NOUN", 2, "obj"),
                ("for", "ADP", 5, "case"),
                ("ports", "NOUN", 3, "nmod"),
                ("that", "PRON", 8, "obj"),
                ("it", "PRON", 8, "nsubj"),
                ("sells", "VERB", 5, "acl:relcl"),
                ("to", "ADP", 12, "case"),
                ("the", "DET", 12, "det"),
                ("US", "PROPN", 12, "compound"),
                ("army", "NOUN", 8, "obl"),
                ("in", "ADP", 14, "case"),
                ("Asia", "PROPN", 8, "obl"),
            ])
            .entity(0..1, "ORG")
            .entity(10..11, "LOC")
            .entity(13..14, "LOC")
            .build();
        let direct = |subject, object, verb: &str| Evidence {
            pattern: Pattern::Direct,
            verb: verb.into(),
            anchor: 1,
            subject,
            object,
            literal: false,
            chars: 20,
            claim: false,
            hedged: false,
            negated: false,
        };
        let makes = direct(0, 2, "make");
        assert_eq!(
            makes.features(&doc),
            [
                "pattern=direct",
                "subject=named",
                "object=common",
                "light_verb",
                // "cranes for ports"
                "object_complement",
                "distance=near",
                "span=short",
                "sentence=short"
            ]
        );
        let sells_in = Evidence {
            pattern: Pattern::Prepositional,
            anchor: 7,
            ..direct(6, 13, "sell")
        };
        assert!(sells_in
            .features(&doc)
            .contains(&"subject=pronoun".to_string()));
        // "that" (the ports) is the object of "sells" through its relative
        // clause, and "it" its own subject
        let sells = direct(6, 5, "sell");
        let sells = Evidence { anchor: 7, ..sells };
        let features = sells.features(&doc);
        assert!(features.contains(&"object=relative".to_string()));
        assert!(!features.contains(&"subject_inherited".to_string()));
        // a subject governed by another verb than the relation's is inherited
        let inherited = Evidence {
            anchor: 7,
            ..direct(0, 11, "sell")
        };
        assert!(inherited
            .features(&doc)
            .contains(&"subject_inherited".to_string()));
        for e in [&makes, &sells_in] {
            let c = e.confidence(&doc);
            assert!((0.0..=1.0).contains(&c), "{c}");
        }
    }

    #[test]
    fn the_score_is_the_logistic_of_the_weights_of_the_features_present() {
        let w = parse("bias\t0.5\nhedged\t-1.5\nclaim\t0.25\n").unwrap();
        let p = |fs: &[&str]| {
            let fs: Vec<String> = fs.iter().map(|f| f.to_string()).collect();
            score_with(&w, &fs)
        };
        assert!((p(&[]) - 1.0 / (1.0 + (-0.5f32).exp())).abs() < 1e-6);
        assert!((p(&["hedged", "unknown"]) - 0.2689).abs() < 1e-3);
        assert!(p(&["claim"]) > p(&[]));
    }
}
