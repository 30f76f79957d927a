//! Scoring of tagged, lemmatised and parsed sentences against gold ones, as
//! the CoNLL 2018 shared task does with gold tokenisation: every word counts
//! (punctuation included) and relations are compared without subtypes
//! (`nsubj:pass` = `nsubj`).

use crate::conllu::ConlluSentence;
use std::fmt;

/// Accuracies over all words.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct ParseScores {
    pub upos: f64,
    pub lemma: f64,
    /// Unlabelled attachment score: right head.
    pub uas: f64,
    /// Labelled attachment score: right head and coarse relation.
    pub las: f64,
    pub words: usize,
}

impl ParseScores {
    /// `parse upos=0.xxxx lemma=0.xxxx uas=0.xxxx las=0.xxxx`
    pub fn line(&self) -> String {
        format!(
            "parse upos={:.4} lemma={:.4} uas={:.4} las={:.4}",
            self.upos, self.lemma, self.uas, self.las
        )
    }
}

impl fmt::Display for ParseScores {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.line())
    }
}

/// The relation without its subtype.
pub fn coarse(rel: &str) -> &str {
    rel.split(':').next().unwrap_or(rel)
}

/// Scores `pred` against `gold`, sentence by sentence and word by word.
/// Both must have the same sentences with the same words.
pub fn score(pred: &[ConlluSentence], gold: &[ConlluSentence]) -> Result<ParseScores, String> {
    if pred.len() != gold.len() {
        return Err(format!(
            "{} predicted sentences for {} gold ones",
            pred.len(),
            gold.len()
        ));
    }
    let (mut words, mut upos, mut lemma, mut uas, mut las) =
        (0usize, 0usize, 0usize, 0usize, 0usize);
    for (i, (p, g)) in pred.iter().zip(gold).enumerate() {
        if p.words.len() != g.words.len() {
            return Err(format!(
                "sentence {}: {} predicted words for {} gold ones",
                i + 1,
                p.words.len(),
                g.words.len()
            ));
        }
        for (pw, gw) in p.words.iter().zip(&g.words) {
            words += 1;
            upos += (pw.upos == gw.upos) as usize;
            lemma += (pw.lemma == gw.lemma) as usize;
            if pw.head == gw.head {
                uas += 1;
                las += (coarse(&pw.deprel) == coarse(&gw.deprel)) as usize;
            }
        }
    }
    let r = |x: usize| {
        if words == 0 {
            0.0
        } else {
            x as f64 / words as f64
        }
    };
    Ok(ParseScores {
        upos: r(upos),
        lemma: r(lemma),
        uas: r(uas),
        las: r(las),
        words,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::conllu::Word;

    fn sent(rows: &[(&str, &str, &str, usize, &str)]) -> ConlluSentence {
        ConlluSentence {
            comments: vec![],
            words: rows
                .iter()
                .map(|&(form, lemma, upos, head, deprel)| Word {
                    form: form.into(),
                    lemma: lemma.into(),
                    upos: upos.into(),
                    xpos: "_".into(),
                    head,
                    deprel: deprel.into(),
                    misc: "_".into(),
                })
                .collect(),
        }
    }

    #[test]
    fn scores_a_hand_made_example() {
        let gold = sent(&[
            ("Cranes", "crane", "NOUN", 3, "nsubj:pass"),
            ("were", "be", "AUX", 3, "aux:pass"),
            ("made", "make", "VERB", 0, "root"),
            ("in", "in", "ADP", 5, "case"),
            ("China", "China", "PROPN", 3, "obl"),
        ]);
        let pred = sent(&[
            ("Cranes", "crane", "NOUN", 3, "nsubj"), // subtype ignored: right
            ("were", "were", "AUX", 3, "aux:pass"),  // lemma wrong
            ("made", "make", "VERB", 0, "root"),
            ("in", "in", "ADP", 3, "case"),       // head wrong
            ("China", "China", "NOUN", 3, "obj"), // tag and relation wrong
        ]);
        let s = score(&[pred], &[gold]).unwrap();
        assert_eq!(s.words, 5);
        assert!((s.upos - 0.8).abs() < 1e-9);
        assert!((s.lemma - 0.8).abs() < 1e-9);
        assert!((s.uas - 0.8).abs() < 1e-9);
        assert!((s.las - 0.6).abs() < 1e-9);
        assert_eq!(
            s.line(),
            "parse upos=0.8000 lemma=0.8000 uas=0.8000 las=0.6000"
        );
        assert_eq!(s.to_string(), s.line());
        assert!(score(&[], &[sent(&[])]).is_err());
    }
}
