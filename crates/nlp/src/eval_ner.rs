//! Entity-level exact-match NER scoring, as CoNLL's `conlleval`: an entity
//! counts as correct only when its first token, last token and type all match
//! the gold one. Labels are read as IOB (IOB1 or IOB2: `B-X` or an `I-X` that
//! does not continue an `X` starts an entity), per sentence.

use std::collections::BTreeMap;

/// Entity spans `(start, end, type)` (end exclusive) of one sentence's IOB labels.
pub fn spans<S: AsRef<str>>(labels: &[S]) -> Vec<(usize, usize, String)> {
    let mut out = Vec::new();
    let mut cur: Option<(usize, &str)> = None;
    for (i, l) in labels.iter().enumerate() {
        let l = l.as_ref();
        let (tag, ty) = match l.split_once('-') {
            Some((t, ty)) if (t == "B" || t == "I") && !ty.is_empty() => (t, ty),
            _ => ("O", ""),
        };
        let continues = tag == "I" && matches!(cur, Some((_, c)) if c == ty);
        if continues {
            continue;
        }
        if let Some((s, c)) = cur.take() {
            out.push((s, i, c.to_string()));
        }
        if tag != "O" {
            cur = Some((i, ty));
        }
    }
    if let Some((s, c)) = cur {
        out.push((s, labels.len(), c.to_string()));
    }
    out
}

/// Counts for one entity type (or for all).
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Counts {
    /// Entities predicted exactly as in the gold data.
    pub correct: usize,
    /// Entities predicted.
    pub predicted: usize,
    /// Entities in the gold data.
    pub gold: usize,
}

impl Counts {
    pub fn precision(&self) -> f64 {
        if self.predicted == 0 {
            0.0
        } else {
            self.correct as f64 / self.predicted as f64
        }
    }
    pub fn recall(&self) -> f64 {
        if self.gold == 0 {
            0.0
        } else {
            self.correct as f64 / self.gold as f64
        }
    }
    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
}

/// Scores accumulated over sentences.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct NerScores {
    /// Per entity type, sorted by type name.
    pub per_type: BTreeMap<String, Counts>,
    pub overall: Counts,
}

impl NerScores {
    pub fn new() -> Self {
        Self::default()
    }

    /// Scores whole sentence lists (gold and predicted labels, aligned).
    pub fn score<S: AsRef<str>, T: AsRef<str>>(gold: &[Vec<S>], pred: &[Vec<T>]) -> Self {
        let mut s = Self::new();
        for (g, p) in gold.iter().zip(pred) {
            s.add_sentence(g, p);
        }
        s
    }

    /// Adds one sentence. Both label lists must have the sentence's length.
    pub fn add_sentence<S: AsRef<str>, T: AsRef<str>>(&mut self, gold: &[S], pred: &[T]) {
        assert_eq!(gold.len(), pred.len(), "gold and predicted lengths differ");
        let g = spans(gold);
        let p = spans(pred);
        for (_, _, ty) in &g {
            self.per_type.entry(ty.clone()).or_default().gold += 1;
            self.overall.gold += 1;
        }
        for span in &p {
            let c = self.per_type.entry(span.2.clone()).or_default();
            c.predicted += 1;
            self.overall.predicted += 1;
            if g.contains(span) {
                c.correct += 1;
                self.overall.correct += 1;
            }
        }
    }

    pub fn precision(&self) -> f64 {
        self.overall.precision()
    }
    pub fn recall(&self) -> f64 {
        self.overall.recall()
    }
    pub fn f1(&self) -> f64 {
        self.overall.f1()
    }

    /// `ner precision=0.xxxx recall=0.xxxx f1=0.xxxx`
    pub fn line(&self) -> String {
        format!(
            "ner precision={:.4} recall={:.4} f1={:.4}",
            self.precision(),
            self.recall(),
            self.f1()
        )
    }

    /// One line per type: `TYPE precision=.. recall=.. f1=.. (gold N, predicted N)`.
    pub fn report(&self) -> String {
        let mut out = String::new();
        for (ty, c) in &self.per_type {
            out.push_str(&format!(
                "{ty:<5} precision={:.4} recall={:.4} f1={:.4} (gold {}, predicted {})\n",
                c.precision(),
                c.recall(),
                c.f1(),
                c.gold,
                c.predicted
            ));
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spans_read_iob1_and_iob2() {
        assert_eq!(
            spans(&["B-PER", "I-PER", "O", "I-LOC", "I-ORG", "B-ORG", "I-ORG"]),
            vec![
                (0, 2, "PER".to_string()),
                (3, 4, "LOC".to_string()),
                (4, 5, "ORG".to_string()),
                (5, 7, "ORG".to_string()),
            ]
        );
        assert!(spans(&["O", "O"]).is_empty());
    }

    #[test]
    fn scores_a_hand_made_example() {
        // gold: [John Smith]PER ... [Paris]LOC ; [Acme]ORG [Corp]?? no: [Acme Corp]ORG
        let gold = vec![
            vec!["B-PER", "I-PER", "O", "B-LOC"],
            vec!["B-ORG", "I-ORG", "O", "B-MISC"],
        ];
        // predicted: PER right, LOC right, ORG cut short (wrong), MISC missed,
        // one spurious PER.
        let pred = vec![
            vec!["B-PER", "I-PER", "O", "B-LOC"],
            vec!["B-ORG", "O", "B-PER", "O"],
        ];
        let s = NerScores::score(&gold, &pred);
        // correct 2, predicted 4, gold 4
        assert_eq!(
            s.overall,
            Counts {
                correct: 2,
                predicted: 4,
                gold: 4
            }
        );
        assert!((s.precision() - 0.5).abs() < 1e-12);
        assert!((s.recall() - 0.5).abs() < 1e-12);
        assert!((s.f1() - 0.5).abs() < 1e-12);
        assert_eq!(s.line(), "ner precision=0.5000 recall=0.5000 f1=0.5000");
        let per = &s.per_type["PER"];
        assert_eq!((per.correct, per.predicted, per.gold), (1, 2, 1));
        assert!((per.f1() - 2.0 / 3.0).abs() < 1e-12);
        assert_eq!(s.per_type["ORG"].f1(), 0.0);
        assert_eq!(s.per_type["MISC"].recall(), 0.0);
        assert_eq!(s.per_type["LOC"].f1(), 1.0);

        // unequal precision and recall: one correct of 1 predicted, 3 gold
        let s = NerScores::score(
            &[vec!["B-PER", "O", "B-LOC", "B-ORG"]],
            &[vec!["B-PER", "O", "O", "O"]],
        );
        assert_eq!(s.line(), "ner precision=1.0000 recall=0.3333 f1=0.5000");
        assert!(s.report().contains("PER   precision=1.0000"));
    }
}
