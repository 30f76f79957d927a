//! Extractions scored against PolNeAR's attribution annotations, as
//! `../shared/tools/score_attribution.py` scores the JSON of `extract`: the
//! attributions an extraction lists (the `attributions:` line) and the
//! claims and facts it states (the `attribution:` line), so that
//! `newsgraph eval attribution SPLIT_DIR` measures a change in one command.

use newsgraph_core::extraction::Extraction;
use newsgraph_nlp::attribution::polnear::{CharSpan, GoldAttribution};
use newsgraph_nlp::attribution::score::{
    attributions_line, f1, gold_head, last_word, matches, ratio, Scored,
};

/// Counts summed over the documents of a split.
#[derive(Debug, Clone, Copy, Default)]
pub struct AttributionScores {
    /// Articles scored.
    pub articles: usize,
    gold: usize,
    /// Gold attributions with a claim inside, and with the right source.
    found: usize,
    found_source: usize,
    claims: usize,
    claims_in: usize,
    facts: usize,
    leaks: usize,
    predicted: usize,
    matched: usize,
    matched_source: usize,
    chars: [usize; 3],
}

fn overlap(a: CharSpan, b: CharSpan) -> usize {
    a.1.min(b.1).saturating_sub(a.0.max(b.0))
}

/// At least half of `span` lies in `ranges`.
fn inside(span: CharSpan, ranges: &[CharSpan]) -> bool {
    let len = span.1.saturating_sub(span.0);
    len > 0 && ranges.iter().map(|&r| overlap(span, r)).sum::<usize>() * 2 >= len
}

/// Whether entity `iri` of `ex` is the gold source: one of its mentions
/// overlaps the source span, or the last word of its label or an alias is
/// the source's.
fn entity_is(ex: &Extraction, iri: &str, chars: &[char], g: &GoldAttribution) -> bool {
    let Some(head) = gold_head(chars, g) else {
        return true;
    };
    let Some(e) = ex.entity(iri) else {
        return false;
    };
    e.mentions
        .iter()
        .any(|m| g.source.iter().any(|&s| overlap((m.start, m.end), s) > 0))
        || std::iter::once(&e.label)
            .chain(&e.aliases)
            .any(|n| last_word(n) == head)
}

impl AttributionScores {
    /// Scores the extraction of one text against its gold attributions.
    pub fn add(&mut self, text: &str, gold: &[GoldAttribution], ex: &Extraction) {
        let chars: Vec<char> = text.chars().collect();
        self.articles += 1;
        self.gold += gold.len();
        let span = |s: usize, e: usize| (s, e);
        for r in &ex.relations {
            let in_gold = gold
                .iter()
                .any(|g| inside(span(r.start, r.end), &g.content));
            if r.is_claim() {
                self.claims += 1;
                self.claims_in += in_gold as usize;
            } else {
                self.facts += 1;
                self.leaks += in_gold as usize;
            }
        }
        for g in gold {
            let hits: Vec<_> = ex
                .claims()
                .filter(|r| inside(span(r.start, r.end), &g.content))
                .collect();
            if !hits.is_empty() {
                self.found += 1;
                let right = hits.iter().any(|r| {
                    r.claimed_by
                        .as_deref()
                        .is_some_and(|c| entity_is(ex, c, &chars, g))
                });
                self.found_source += right as usize;
            }
        }
        self.add_attributions(&chars, gold, ex);
    }

    fn add_attributions(&mut self, chars: &[char], gold: &[GoldAttribution], ex: &Extraction) {
        let preds: Vec<CharSpan> = ex.attributions.iter().map(|a| (a.start, a.end)).collect();
        let mut marks = vec![[false; 2]; chars.len()];
        for &(a, b) in gold.iter().flat_map(|g| &g.content) {
            marks[a.min(chars.len())..b.min(chars.len())]
                .iter_mut()
                .for_each(|m| m[0] = true);
        }
        for &(a, b) in &preds {
            marks[a.min(chars.len())..b.min(chars.len())]
                .iter_mut()
                .for_each(|m| m[1] = true);
        }
        for (c, m) in chars.iter().zip(&marks) {
            if !c.is_whitespace() {
                self.chars[0] += (m[0] && m[1]) as usize;
                self.chars[1] += m[1] as usize;
                self.chars[2] += m[0] as usize;
            }
        }
        self.predicted += preds.len();
        let scored: Vec<Scored> = ex
            .attributions
            .iter()
            .map(|a| Scored {
                content: (a.start, a.end),
                source_text: a.source_text.clone(),
            })
            .collect();
        for (gi, hit) in matches(gold, &scored) {
            let Some(i) = hit else { continue };
            self.matched += 1;
            let a = &ex.attributions[i];
            let right = match &a.source {
                Some(iri) => entity_is(ex, iri, chars, &gold[gi]),
                None => match gold_head(chars, &gold[gi]) {
                    None => true,
                    Some(head) => a
                        .source_text
                        .as_deref()
                        .is_some_and(|s| !s.is_empty() && last_word(s) == head),
                },
            };
            self.matched_source += right as usize;
        }
    }

    /// The scorer's two last lines: `attributions: ...` and `attribution: ...`.
    pub fn lines(&self) -> [String; 2] {
        let (p, r) = (
            ratio(self.claims_in, self.claims),
            ratio(self.found, self.gold),
        );
        [
            attributions_line(
                self.matched,
                self.predicted,
                self.gold,
                self.matched_source,
                self.chars,
            ),
            format!(
                "attribution: claims_precision={p:.3} claims_recall={r:.3} claims_f1={:.3} source_recall={:.3} fact_leak={}/{}",
                f1(p, r),
                ratio(self.found_source, self.gold),
                self.leaks,
                self.facts
            ),
        ]
    }
}
