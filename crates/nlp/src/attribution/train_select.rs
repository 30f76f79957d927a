//! The source selector at work: choosing the sources of a document's
//! attributions, and the training instances of a training text (predicted
//! attributions matched to those of the gold tags, whose grouping finds the
//! gold source nearly always).

use super::group::{group, join, role_spans, sentence_ids, Found, GroupOptions};
use super::score::last_word;
use super::select::{candidates, Cand, Ctx, Selector};
use super::span_text;
use crate::doc::Doc;
use std::ops::Range;

/// The attributions of `tags` without their sources, and the candidates of each.
fn attributions_with_candidates(
    doc: &Doc,
    tags: &[u8],
    opts: &GroupOptions,
) -> Vec<(Found, Vec<Cand>)> {
    if doc.tokens.is_empty() {
        return Vec::new();
    }
    let sent = sentence_ids(doc);
    let para = doc.paragraph_starts();
    let (contents, cues, sources) = role_spans(tags);
    let ctx = Ctx::new(doc, tags, &sent, &sources, opts);
    join(doc, contents, &cues, &sent, opts)
        .into_iter()
        .map(|(cue, content)| {
            let cands = candidates(&ctx, &para, cue.as_ref(), &content);
            let found = Found {
                content,
                cue,
                source: None,
                cue_rate: 0,
            };
            (found, cands)
        })
        .collect()
}

/// Groups `tags` into attributions whose sources the selector chooses.
pub(crate) fn choose(doc: &Doc, tags: &[u8], opts: &GroupOptions, sel: &Selector) -> Vec<Found> {
    attributions_with_candidates(doc, tags, opts)
        .into_iter()
        .map(|(mut f, cands)| {
            f.source = sel.best(&cands).map(|i| cands[i].range.clone());
            f
        })
        .collect()
}

fn overlap(a: &Range<usize>, b: &Range<usize>) -> usize {
    a.end.min(b.end).saturating_sub(a.start.max(b.start))
}

/// Training instances of one text: for each predicted attribution matched
/// (as the scorer matches, on tokens) to a gold one with a source, its
/// candidates and which of them end in the gold source's last word.
pub(crate) fn instances(
    doc: &Doc,
    pred: &[u8],
    gold: &[u8],
    opts: &GroupOptions,
) -> Vec<(Vec<Cand>, Vec<bool>)> {
    let gold_found = group(doc, gold, opts);
    let mut preds = attributions_with_candidates(doc, pred, opts);
    let mut used = vec![false; preds.len()];
    let mut out = Vec::new();
    for g in &gold_found {
        let Some(src) = &g.source else { continue };
        let hit = preds.iter().enumerate().position(|(i, (p, _))| {
            let ov = overlap(&p.content, &g.content);
            !used[i] && ov > 0 && ov * 2 >= p.content.len().min(g.content.len())
        });
        let Some(i) = hit else { continue };
        used[i] = true;
        let head = last_word(&span_text(doc, src));
        let cands = std::mem::take(&mut preds[i].1);
        let right = cands
            .iter()
            .map(|c| last_word(&span_text(doc, &c.range)) == head)
            .collect();
        out.push((cands, right));
    }
    out
}
