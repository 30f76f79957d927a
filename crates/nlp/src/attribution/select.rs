//! A learned source selector: for each attribution (a content and its cue)
//! the candidate sources are the tagged Source spans near it, the cue's
//! grammatical subject, named entities, transcript speaker labels and
//! dash-signed names, each with its boundary variants from the parse (the
//! span as tagged, ending at its nominal head, at the end of the head's
//! subtree, or of the subtree without relative clauses). A linear ranker,
//! trained with the perceptron on PolNeAR train (on jackknifed tags),
//! scores every candidate; the best one is the source.
//!
//! A candidate is right when its last word is the gold source's last word,
//! the measure of the scorer.

use super::features::bucket_dist;
use super::group::{complete, rule_source, subject, GroupOptions};
use crate::doc::Doc;
use crate::perceptron::{combine, string_id, ModelReader, ModelWriter, Perceptron, Trainer};
use crate::tags::{DepRel, Upos};
use crate::ModelError;
use std::ops::Range;

/// Where a candidate came from (bits of its origin mask).
const ASIS: u32 = 1;
const HEAD: u32 = 2;
const SUBTREE: u32 = 4;
const NOREL: u32 = 8;
const TAGGED: u32 = 16;
const SUBJ: u32 = 32;
const ENT: u32 = 64;
const SPEAKER: u32 = 128;
const DASH: u32 = 256;
const RULE: u32 = 512;
const NSUBJ: u32 = 1024;
const N_BITS: u32 = 11;

/// What the candidates of a document's attributions are drawn from.
pub(crate) struct Ctx<'a> {
    pub doc: &'a Doc,
    pub tags: &'a [u8],
    pub sent: &'a [usize],
    pub sources: &'a [Range<usize>],
    pub opts: &'a GroupOptions,
    /// Per token: lower-cased word id, xpos id, entity label id (0: none).
    pub word: Vec<u64>,
    pub xpos: Vec<u64>,
    pub ent: Vec<u64>,
}

impl<'a> Ctx<'a> {
    pub fn new(
        doc: &'a Doc,
        tags: &'a [u8],
        sent: &'a [usize],
        sources: &'a [Range<usize>],
        opts: &'a GroupOptions,
    ) -> Self {
        let word = doc
            .tokens
            .iter()
            .map(|t| string_id(&t.text.to_lowercase()))
            .collect();
        let xpos = doc.tokens.iter().map(|t| string_id(&t.xpos)).collect();
        let mut ent = vec![0; doc.tokens.len()];
        for e in &doc.entities {
            let l = string_id(&e.label);
            for t in e.tokens.clone() {
                if let Some(x) = ent.get_mut(t) {
                    *x = l;
                }
            }
        }
        Ctx {
            doc,
            tags,
            sent,
            sources,
            opts,
            word,
            xpos,
            ent,
        }
    }
}

/// One candidate source: its tokens and its features.
pub(crate) struct Cand {
    pub range: Range<usize>,
    pub feats: Vec<u64>,
}

/// The candidates, deduplicated by range, with the union of their origins.
#[derive(Default)]
struct Pool(Vec<(Range<usize>, u32)>);

impl Pool {
    fn add(&mut self, r: Range<usize>, bits: u32) {
        if r.is_empty() {
            return;
        }
        match self.0.iter_mut().find(|(x, _)| *x == r) {
            Some(e) => e.1 |= bits,
            None => self.0.push((r, bits)),
        }
    }

    /// A span and its variants: ending at the root's nominal head, at the
    /// end of that head's subtree, and of the subtree without clauses.
    fn add_variants(&mut self, doc: &Doc, r: Range<usize>, bits: u32) {
        self.add(r.clone(), bits | ASIS);
        let done = complete(doc, r.clone());
        let inside = |h: usize| h >= done.start && h < done.end;
        let Some(root) = done
            .clone()
            .find(|&t| doc.tokens[t].head.is_none_or(|h| !inside(h)))
        else {
            return;
        };
        let start = r.start.min(root);
        // the head word and the flat/compound words right after it
        let mut end = root + 1;
        while end < doc.tokens.len()
            && doc.tokens[end].head == Some(root)
            && matches!(doc.tokens[end].deprel, DepRel::Flat | DepRel::Compound)
        {
            end += 1;
        }
        self.add(start..end, bits | HEAD);
        let (full, norel) = subtree_ends(doc, root);
        self.add(start..full, bits | SUBTREE);
        self.add(start..norel, bits | NOREL);
    }
}

/// The end of the subtree of `root` (trailing punctuation aside), and the
/// end without its clausal dependents (relative clauses, `acl`).
fn subtree_ends(doc: &Doc, root: usize) -> (usize, usize) {
    let (mut full, mut norel) = (root + 1, root + 1);
    let mut stack = vec![(root, true)];
    let mut steps = 0;
    while let Some((x, keep)) = stack.pop() {
        steps += 1;
        if steps > 200 {
            break;
        }
        if doc.tokens[x].upos != Upos::Punct {
            full = full.max(x + 1);
            if keep {
                norel = norel.max(x + 1);
            }
        }
        for c in doc.children(x) {
            if c > root {
                let clause = x == root && doc.tokens[c].deprel.base() == DepRel::Acl;
                stack.push((c, keep && !clause));
            }
        }
    }
    (full, norel)
}

/// A speaker label starting the paragraph of `t` (`PENCE: ...`): the words
/// before a colon in the first four tokens.
fn speaker(doc: &Doc, para: &[bool], t: usize) -> Option<Range<usize>> {
    let mut p = t.min(doc.tokens.len() - 1);
    while p > 0 && !para[p] {
        p -= 1;
    }
    let colon = (p + 1..(p + 5).min(doc.tokens.len())).find(|&i| doc.tokens[i].text == ":")?;
    Some(p..colon)
}

/// Names after a dash just past the content (`“...” ― Jane Doe`).
fn dash_name(doc: &Doc, content: &Range<usize>) -> Option<Range<usize>> {
    let n = doc.tokens.len();
    let d = (content.end..(content.end + 3).min(n))
        .find(|&i| matches!(doc.tokens[i].text.as_str(), "―" | "—" | "–" | "--"))?;
    let mut e = d + 1;
    while e < n && e < d + 6 && doc.tokens[e].upos == Upos::Propn {
        e += 1;
    }
    (e > d + 1).then_some(d + 1..e)
}

/// The candidate sources of the attribution (`cue`, `content`).
pub(crate) fn candidates(
    ctx: &Ctx,
    para: &[bool],
    cue: Option<&Range<usize>>,
    content: &Range<usize>,
) -> Vec<Cand> {
    let doc = ctx.doc;
    let sent = ctx.sent;
    let anchor = cue.map_or(content.start, |k| k.start);
    let lo = sent[anchor].min(sent[content.start]).saturating_sub(1);
    let hi = sent[anchor].max(sent[content.end - 1]);
    let mut pool = Pool::default();
    if let Some(r) = rule_source(doc, sent, ctx.sources, cue, content, ctx.opts) {
        pool.add_variants(doc, r, RULE);
    }
    for s in ctx.sources {
        if (lo..=hi).contains(&sent[s.start]) {
            pool.add_variants(doc, s.clone(), TAGGED);
        }
    }
    if let Some(s) = cue.and_then(|k| subject(doc, k)) {
        pool.add_variants(doc, s, SUBJ);
    }
    let first = doc.sentences.get(lo).map_or(0, |s| s.tokens.start);
    let end = doc
        .sentences
        .get(hi)
        .map_or(doc.tokens.len(), |s| s.tokens.end);
    let from = doc.entities.partition_point(|e| e.tokens.start < first);
    for e in doc.entities[from..]
        .iter()
        .take_while(|e| e.tokens.start < end)
    {
        if !(e.tokens.start >= content.start && e.tokens.end <= content.end) {
            pool.add_variants(doc, e.tokens.clone(), ENT);
        }
    }
    for t in first..end {
        if doc.tokens[t].deprel.is_nsubj() && !content.contains(&t) {
            pool.add_variants(doc, t..t + 1, NSUBJ);
        }
    }
    if let Some(r) = speaker(doc, para, content.start) {
        pool.add(r, SPEAKER);
    }
    if let Some(r) = dash_name(doc, content) {
        pool.add(r, DASH);
    }
    pool.0
        .into_iter()
        .map(|(range, bits)| {
            let feats = features(ctx, cue, content, &range, bits);
            Cand { range, feats }
        })
        .collect()
}

/// How the tokens of `r` were tagged: 2 all Source, 1 some, 0 none; plus
/// whether the Source tags run on past its end.
fn tag_cover(tags: &[u8], r: &Range<usize>) -> u64 {
    let is_src = |t: usize| matches!(tags.get(t), Some(1 | 2));
    let n = r.clone().filter(|&t| is_src(t)).count();
    let cover = if n == r.len() { 2 } else { u64::from(n > 0) };
    cover * 4 + u64::from(is_src(r.end)) * 2 + u64::from(r.start > 0 && is_src(r.start - 1))
}

/// The features of candidate `r` with origins `bits`.
fn features(
    ctx: &Ctx,
    cue: Option<&Range<usize>>,
    content: &Range<usize>,
    r: &Range<usize>,
    bits: u32,
) -> Vec<u64> {
    let doc = ctx.doc;
    let tok = |i: usize| &doc.tokens[i];
    let last = r.end - 1;
    let inside = |h: usize| r.contains(&h);
    let root = r
        .clone()
        .find(|&t| tok(t).head.is_none_or(|h| !inside(h)))
        .unwrap_or(last);
    let word = |i: Option<usize>| i.map_or(1, |i| ctx.word[i]);
    let xpos = |i: Option<usize>| i.map_or(1, |i| ctx.xpos[i]);
    let next = (r.end < doc.tokens.len()).then_some(r.end);
    let prev = r.start.checked_sub(1);
    let rel = tok(root).deprel as u64 + 100;
    let (side, dist, head_cue, cue_lemma, dsent) = match cue {
        Some(k) => (
            u64::from(r.start >= k.end) + 1,
            bucket_dist(super::group::gap(r, k)),
            u64::from(tok(root).head.is_some_and(|h| k.contains(&h))),
            ctx.word[k.end - 1],
            (ctx.sent[r.start] as i64 - ctx.sent[k.start] as i64 + 3) as u64,
        ),
        None => (0, 9, 0, 0, 0),
    };
    let csent = (ctx.sent[r.start] as i64 - ctx.sent[content.start] as i64 + 3) as u64;
    let in_content = u64::from(r.start < content.end && content.start < r.end);
    let ent = ctx.ent[last];
    let len = bucket_dist(r.len());
    let cover = tag_cover(ctx.tags, r);
    let b = bits as u64;
    let mut f = vec![
        combine(1, &[b]),
        combine(3, &[tok(last).upos as u64, xpos(Some(last))]),
        combine(4, &[word(Some(last))]),
        combine(5, &[rel, head_cue]),
        combine(6, &[word(next)]),
        combine(7, &[xpos(prev)]),
        combine(8, &[side, dist]),
        combine(9, &[dsent, csent]),
        combine(10, &[in_content, side]),
        combine(11, &[ent]),
        combine(12, &[len, b & 15]),
        combine(13, &[b, side, dist]),
        combine(14, &[cue_lemma, rel]),
        combine(16, &[b, rel]),
        combine(17, &[xpos(Some(last)), xpos(next)]),
        combine(18, &[cover]),
        combine(19, &[b, cover]),
        combine(20, &[b & !15, cover, b & 15]),
        combine(21, &[head_cue, b & !15]),
        combine(22, &[ent, b & 15]),
    ];
    for i in 0..N_BITS {
        if bits & (1 << i) != 0 {
            f.push(combine(2, &[i as u64]));
        }
    }
    f
}

/// The trained ranker.
#[derive(Debug, Clone)]
pub struct Selector {
    p: Perceptron,
}

fn score(p: &Perceptron, feats: &[u64]) -> f32 {
    let mut out = [0.0f32];
    p.scores(feats, &mut out);
    out[0]
}

impl Selector {
    /// The index of the best candidate (ties go to the first).
    pub(crate) fn best(&self, cands: &[Cand]) -> Option<usize> {
        best_by(cands, |f| score(&self.p, f))
    }

    /// Number of weighted features.
    pub fn n_features(&self) -> usize {
        self.p.n_features()
    }

    pub fn write(&self, w: &mut ModelWriter) {
        self.p.write(w);
    }

    pub fn read(r: &mut ModelReader) -> Result<Selector, ModelError> {
        let p = Perceptron::read(r)?;
        if p.n_classes() != 1 {
            return Err(ModelError::Corrupt("selector classes".into()));
        }
        Ok(Selector { p })
    }

    /// Trains on instances (the candidates and which of them are right;
    /// instances without a right candidate are skipped), in a fixed order.
    pub(crate) fn train(data: &[(Vec<Cand>, Vec<bool>)], iterations: usize) -> Selector {
        let mut t = Trainer::new(1);
        let sc = |t: &Trainer, f: &[u64]| {
            let mut out = [0.0f32];
            t.scores(f, &mut out);
            out[0]
        };
        for _ in 0..iterations {
            for (cands, right) in data {
                if !right.iter().any(|&r| r) {
                    continue;
                }
                t.tick();
                let guess = best_by(cands, |f| sc(&t, f)).unwrap_or(0);
                if right[guess] {
                    continue;
                }
                let truth = (0..cands.len())
                    .filter(|&i| right[i])
                    .max_by(|&a, &b| {
                        sc(&t, &cands[a].feats)
                            .total_cmp(&sc(&t, &cands[b].feats))
                            .then(b.cmp(&a))
                    })
                    .unwrap_or(0);
                t.update_one(0, 1.0, &cands[truth].feats);
                t.update_one(0, -1.0, &cands[guess].feats);
            }
        }
        Selector { p: t.finish(0.0) }
    }
}

/// The index of the highest-scoring candidate (the first on ties).
fn best_by(cands: &[Cand], mut f: impl FnMut(&[u64]) -> f32) -> Option<usize> {
    let mut best: Option<(usize, f32)> = None;
    for (i, c) in cands.iter().enumerate() {
        let s = f(&c.feats);
        if best.is_none_or(|(_, b)| s > b) {
            best = Some((i, s));
        }
    }
    best.map(|b| b.0)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::attribution::tags::{begin, inside, Role, O};
    use crate::builder::DocBuilder;

    fn doc() -> Doc {
        DocBuilder::new()
            .sentence(&[
                ("The", "DET", 3, "det"),
                ("Trump", "PROPN", 3, "compound"),
                ("campaign", "NOUN", 4, "nsubj"),
                ("said", "VERB", 0, "root"),
                ("taxes", "NOUN", 6, "nsubj"),
                ("rise", "VERB", 4, "ccomp"),
                (".", "PUNCT", 4, "punct"),
            ])
            .build()
    }

    #[test]
    fn candidates_include_the_full_noun_phrase_and_the_ranker_learns_it() {
        let d = doc();
        let (s, si, k, c, ci) = (
            begin(Role::Source),
            inside(Role::Source),
            begin(Role::Cue),
            begin(Role::Content),
            inside(Role::Content),
        );
        // the tagger stopped one word short: "The Trump"
        let tags = [s, si, O, k, c, ci, O];
        let sent = vec![0; 7];
        let sources: Vec<Range<usize>> = std::iter::once(0..2).collect();
        let opts = GroupOptions::default();
        let ctx = Ctx::new(&d, &tags, &sent, &sources, &opts);
        let para = d.paragraph_starts();
        let cands = candidates(&ctx, &para, Some(&(3..4)), &(4..6));
        assert!(cands.iter().any(|c| c.range == (0..2)));
        let full = cands.iter().position(|c| c.range == (0..3)).unwrap();
        let right: Vec<bool> = (0..cands.len()).map(|i| i == full).collect();
        let sel = Selector::train(&[(cands, right)], 3);
        let cands = candidates(&ctx, &para, Some(&(3..4)), &(4..6));
        assert_eq!(cands[sel.best(&cands).unwrap()].range, 0..3);
        let mut w = ModelWriter::new("t", 1);
        sel.write(&mut w);
        let mut r = ModelReader::new(&w.buf, "t", 1).unwrap();
        assert_eq!(
            Selector::read(&mut r).unwrap().n_features(),
            sel.n_features()
        );
    }

    #[test]
    fn finds_speaker_labels_and_dash_names() {
        let d = DocBuilder::new()
            .sentence(&[
                ("PENCE", "PROPN", 3, "dep"),
                (":", "PUNCT", 1, "punct"),
                ("Well", "INTJ", 0, "root"),
                ("―", "PUNCT", 3, "punct"),
                ("Ann", "PROPN", 3, "dep"),
                ("Lee", "PROPN", 5, "flat"),
            ])
            .build();
        let para = d.paragraph_starts();
        assert_eq!(speaker(&d, &para, 2), Some(0..1));
        assert_eq!(dash_name(&d, &(2..3)), Some(4..6));
    }
}
