//! The measures of `../shared/tools/score_attribution.py` (its
//! `attributions:` line), computed in process so that training can report
//! dev figures without writing JSON files: matching (content spans overlap by
//! at least half of the shorter, each gold matched at most once, in file
//! order, to the first free prediction), source accuracy (the last word of
//! the predicted source text equals that of the gold source) and the
//! character F1 of the content spans (whitespace aside).

use super::polnear::{CharSpan, GoldAttribution};

/// A prediction as the scorer sees it: a content span and the source text.
#[derive(Debug, Clone)]
pub struct Scored {
    pub content: CharSpan,
    pub source_text: Option<String>,
}

/// Counts summed over documents.
#[derive(Debug, Clone, Copy, Default)]
pub struct Counts {
    pub gold: usize,
    pub predicted: usize,
    pub matched: usize,
    pub source_right: usize,
    pub chars_both: usize,
    pub chars_predicted: usize,
    pub chars_gold: usize,
}

fn overlap(a: CharSpan, b: CharSpan) -> usize {
    a.1.min(b.1).saturating_sub(a.0.max(b.0))
}

/// The last `[a-z0-9]+` word of the lower-cased text.
pub fn last_word(text: &str) -> String {
    let lower = text.to_lowercase();
    lower
        .split(|c: char| !(c.is_ascii_lowercase() || c.is_ascii_digit()))
        .rfind(|w| !w.is_empty())
        .unwrap_or("")
        .to_string()
}

fn cut(chars: &[char], (a, b): CharSpan) -> String {
    chars[a.min(chars.len())..b.min(chars.len())]
        .iter()
        .collect()
}

/// The prediction matched to each gold attribution (in file order, the
/// first free prediction whose content overlaps by at least half of the
/// shorter).
pub fn matches(gold: &[GoldAttribution], preds: &[Scored]) -> Vec<(usize, Option<usize>)> {
    let mut used = vec![false; preds.len()];
    let mut out = Vec::with_capacity(gold.len());
    for (gi, g) in gold.iter().enumerate() {
        let glen: usize = g.content.iter().map(|r| r.1 - r.0).sum();
        let hit = preds.iter().enumerate().position(|(i, p)| {
            let ov: usize = g.content.iter().map(|&r| overlap(p.content, r)).sum();
            let plen = p.content.1.saturating_sub(p.content.0);
            !used[i] && ov > 0 && ov * 2 >= glen.min(plen)
        });
        if let Some(i) = hit {
            used[i] = true;
        }
        out.push((gi, hit));
    }
    out
}

/// The last word of a gold source (`None` without a source).
pub fn gold_head(chars: &[char], g: &GoldAttribution) -> Option<String> {
    if g.source.is_empty() {
        return None;
    }
    let parts: Vec<String> = g.source.iter().map(|&r| cut(chars, r)).collect();
    Some(last_word(&parts.join(" ")))
}

impl Counts {
    /// Scores one document.
    pub fn add(&mut self, text: &str, gold: &[GoldAttribution], preds: &[Scored]) {
        let chars: Vec<char> = text.chars().collect();
        let mut g_mark = vec![false; chars.len()];
        let mut p_mark = vec![false; chars.len()];
        for g in gold {
            for &(a, b) in &g.content {
                g_mark[a.min(chars.len())..b.min(chars.len())].fill(true);
            }
        }
        for p in preds {
            let (a, b) = p.content;
            p_mark[a.min(chars.len())..b.min(chars.len())].fill(true);
        }
        for (i, c) in chars.iter().enumerate() {
            if c.is_whitespace() {
                continue;
            }
            self.chars_gold += g_mark[i] as usize;
            self.chars_predicted += p_mark[i] as usize;
            self.chars_both += (g_mark[i] && p_mark[i]) as usize;
        }
        self.gold += gold.len();
        self.predicted += preds.len();
        for (g, i) in matches(gold, preds) {
            let Some(i) = i else { continue };
            self.matched += 1;
            let right = match gold_head(&chars, &gold[g]) {
                None => true,
                Some(head) => preds[i]
                    .source_text
                    .as_ref()
                    .is_some_and(|s| !s.is_empty() && last_word(s) == head),
            };
            self.source_right += right as usize;
        }
    }

    /// The `attributions:` line of the Python scorer.
    pub fn line(&self) -> String {
        attributions_line(
            self.matched,
            self.predicted,
            self.gold,
            self.source_right,
            [self.chars_both, self.chars_predicted, self.chars_gold],
        )
    }
}

/// `a / b`, 0 when `b` is 0.
pub fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        0.0
    } else {
        a as f64 / b as f64
    }
}

/// The harmonic mean of `p` and `r`, 0 when both are.
pub fn f1(p: f64, r: f64) -> f64 {
    if p + r == 0.0 {
        0.0
    } else {
        2.0 * p * r / (p + r)
    }
}

/// The scorer's `attributions:` line from its counts: attributions matched,
/// predicted and gold, matched with the right source, and content
/// characters `[in both, predicted, gold]`.
pub fn attributions_line(
    matched: usize,
    predicted: usize,
    gold: usize,
    source_right: usize,
    chars: [usize; 3],
) -> String {
    let (p, r) = (ratio(matched, predicted), ratio(matched, gold));
    let (cp, cr) = (ratio(chars[0], chars[1]), ratio(chars[0], chars[2]));
    format!(
        "attributions: precision={p:.3} recall={r:.3} f1={:.3} source_accuracy={:.3} content_char_f1={:.3}",
        f1(p, r),
        ratio(source_right, matched),
        f1(cp, cr)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scores_a_match_and_a_miss() {
        let text = "Tom said it rains. Ann thinks so.";
        let gold = vec![
            GoldAttribution {
                source: vec![(0, 3)],
                cue: vec![(4, 8)],
                content: vec![(9, 17)],
            },
            GoldAttribution {
                source: vec![(19, 22)],
                cue: vec![(23, 29)],
                content: vec![(30, 32)],
            },
        ];
        let preds = vec![Scored {
            content: (9, 18),
            source_text: Some("Tom".into()),
        }];
        let mut c = Counts::default();
        c.add(text, &gold, &preds);
        assert_eq!(
            (c.matched, c.source_right, c.gold, c.predicted),
            (1, 1, 2, 1)
        );
        assert!(c.line().contains("precision=1.000 recall=0.500"));
        assert_eq!(last_word("the U.S. Army's"), "s");
    }
}
