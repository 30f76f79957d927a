//! Scoring typed relations as the CoNLL04 literature does (strict): a
//! predicted relation is right when its type and the character spans of
//! both its head and its tail are the gold ones.

use super::conll04::Sentence;
use super::{RelationClassifier, RelationType};
use crate::doc::Doc;
use std::collections::BTreeMap;

/// A relation as scored: type name, head span, tail span (characters).
pub type Scored = (String, (usize, usize), (usize, usize));

/// Counts of predicted, gold and right relations, overall and per type.
#[derive(Debug, Clone, Default)]
pub struct Scores {
    pub predicted: usize,
    pub gold: usize,
    pub right: usize,
    pub by_type: BTreeMap<String, [usize; 3]>,
    /// Entity spans of the relation types' arguments (persons,
    /// organisations, places): predicted, gold, right.
    pub entities: [usize; 3],
    /// Each prediction's type, confidence and whether it was right.
    pub confidences: Vec<(String, f32, bool)>,
}

fn prf(p: usize, g: usize, r: usize) -> (f64, f64, f64) {
    let precision = if p > 0 { r as f64 / p as f64 } else { 0.0 };
    let recall = if g > 0 { r as f64 / g as f64 } else { 0.0 };
    let f1 = if precision + recall > 0.0 {
        2.0 * precision * recall / (precision + recall)
    } else {
        0.0
    };
    (precision, recall, f1)
}

impl Scores {
    /// Adds one sentence's predicted relations (with their confidence)
    /// and its gold ones.
    pub fn add(&mut self, predicted: &[(Scored, f32)], gold: &[Scored]) {
        self.predicted += predicted.len();
        self.gold += gold.len();
        for (p, c) in predicted {
            self.confidences.push((p.0.clone(), *c, gold.contains(p)));
            self.by_type.entry(p.0.clone()).or_default()[0] += 1;
            if gold.contains(p) {
                self.right += 1;
                self.by_type.entry(p.0.clone()).or_default()[2] += 1;
            }
        }
        for g in gold {
            self.by_type.entry(g.0.clone()).or_default()[1] += 1;
        }
    }

    /// `relations precision=P recall=R f1=F`.
    pub fn line(&self) -> String {
        let (p, r, f) = prf(self.predicted, self.gold, self.right);
        format!("relations precision={p:.3} recall={r:.3} f1={f:.3}")
    }

    /// `entities precision=P recall=R f1=F`: spans of persons,
    /// organisations and places, whatever their type.
    pub fn entity_line(&self) -> String {
        let [p, g, r] = self.entities;
        let (p, r, f) = prf(p, g, r);
        format!("entities precision={p:.3} recall={r:.3} f1={f:.3}")
    }

    /// Precision and recall of the predictions at or above each confidence.
    pub fn curve(&self) -> String {
        let mut out = String::new();
        for min in [0.5f32, 0.6, 0.7, 0.8, 0.9, 0.95] {
            let kept: Vec<bool> = self
                .confidences
                .iter()
                .filter(|c| c.1 >= min)
                .map(|c| c.2)
                .collect();
            let right = kept.iter().filter(|&&r| r).count();
            let (p, r, f) = prf(kept.len(), self.gold, right);
            out.push_str(&format!(
                "  confidence >= {min:.2}: precision={p:.3} recall={r:.3} f1={f:.3} ({} kept)\n",
                kept.len()
            ));
        }
        out
    }

    /// One line per relation type, with its precision at or above
    /// confidence `min`.
    pub fn report(&self, min: f32) -> String {
        let mut out = String::new();
        for (name, &[p, g, r]) in &self.by_type {
            let (pr, re, f) = prf(p, g, r);
            let kept: Vec<bool> = self
                .confidences
                .iter()
                .filter(|c| &c.0 == name && c.1 >= min)
                .map(|c| c.2)
                .collect();
            let right = kept.iter().filter(|&&x| x).count();
            let (kp, _, _) = prf(kept.len(), g, right);
            out.push_str(&format!(
                "  {name:<12} precision={pr:.3} recall={re:.3} f1={f:.3} (predicted {p}, gold {g}, right {r}; at confidence >= {min:.2}: precision={kp:.3} of {})\n",
                kept.len()
            ));
        }
        out
    }
}

/// The relations of `doc.typed_relations` as scored tuples, their spans
/// widened by `snap`.
pub fn predicted(doc: &Doc, snap: &dyn Fn((usize, usize)) -> (usize, usize)) -> Vec<(Scored, f32)> {
    doc.typed_relations
        .iter()
        .map(|r| {
            let (h, t) = (&doc.entities[r.head], &doc.entities[r.tail]);
            let scored = (
                r.kind.name().to_string(),
                snap((h.start, h.end)),
                snap((t.start, t.end)),
            );
            (scored, r.confidence())
        })
        .collect()
}

/// Scores `classifier` on `sentences`, each analysed by `analyse` (the
/// pipeline up to the NER): end to end (the NER's entities), and with the
/// gold entities given (the classifier alone). A predicted span is widened
/// to the edges of the CoNLL04 tokens it touches ([`Sentence::snap`]): the
/// data's tokens keep some periods ("Ethiopia.") that the tokeniser splits
/// off, and spans are compared over the data's tokens.
pub fn evaluate(
    sentences: &[Sentence],
    classifier: &RelationClassifier,
    mut analyse: impl FnMut(&str) -> Result<Doc, String>,
) -> Result<(Scores, Scores), String> {
    let (mut end_to_end, mut given) = (Scores::default(), Scores::default());
    for s in sentences {
        let gold: Vec<Scored> = s
            .gold()
            .into_iter()
            .filter(|g| RelationType::from_name(&g.0).is_some())
            .collect();
        let mut doc = analyse(&s.text())?;
        doc.typed_relations = classifier.find(&doc);
        let spans = |es: &mut dyn Iterator<Item = (usize, usize)>| es.collect::<Vec<_>>();
        let found = spans(
            &mut doc
                .entities
                .iter()
                .filter(|e| super::is_candidate(e))
                .map(|e| s.snap((e.start, e.end))),
        );
        let gold_spans = spans(
            &mut (0..s.entities.len())
                .filter(|&i| super::conll04::ner_label(&s.entities[i].kind) != "MISC")
                .map(|i| s.char_span(i)),
        );
        end_to_end.entities[0] += found.len();
        end_to_end.entities[1] += gold_spans.len();
        end_to_end.entities[2] += found.iter().filter(|f| gold_spans.contains(f)).count();
        let snap = |x| s.snap(x);
        end_to_end.add(&predicted(&doc, &snap), &gold);
        let mut ex = super::train::Example::new(s, doc);
        ex.doc.typed_relations = classifier.find(&ex.doc);
        given.add(&predicted(&ex.doc, &snap), &gold);
    }
    Ok((end_to_end, given))
}
