//! Grouping: from a tag sequence to attributions. Each Content span is
//! joined to the nearest Cue span (in tokens, within the content's sentences
//! or the one before or after), the pieces of a content that share a cue are
//! merged (a quote split by "he said"), and each attribution takes the Source
//! span nearest to its cue (in the cue's sentence, else the content's).

use super::tags::{spans, Role};
use crate::doc::Doc;
use crate::tags::DepRel;
use std::ops::Range;

/// A predicted attribution, as token ranges of the document.
pub type Found = crate::doc::AttributionSpan;

/// Options of the grouping rules.
#[derive(Debug, Clone, Copy)]
pub struct GroupOptions {
    /// Merge content pieces that share a cue into one attribution.
    pub merge: bool,
    /// How many sentences away from the content a cue may be.
    pub cue_window: usize,
    /// Extend a source span to its nominal head ("The Trump" to "The Trump campaign").
    pub complete_source: bool,
    /// Without a source in the cue's sentence, take the nearest one in the
    /// sentence before.
    pub source_before: bool,
    /// The cue's grammatical subject (or passive agent) as the source:
    /// 0 never, 1 when no source span was tagged, 2 before the tagged spans.
    pub parse_source: u8,
}

impl Default for GroupOptions {
    fn default() -> Self {
        GroupOptions {
            merge: true,
            cue_window: 1,
            complete_source: false,
            source_before: false,
            parse_source: 1,
        }
    }
}

/// Tokens between two ranges (0 when they touch or overlap).
pub(crate) fn gap(a: &Range<usize>, b: &Range<usize>) -> usize {
    if a.end <= b.start {
        b.start - a.end
    } else {
        a.start.saturating_sub(b.end)
    }
}

/// The sentence index of every token.
pub(crate) fn sentence_ids(doc: &Doc) -> Vec<usize> {
    let mut out = vec![0; doc.tokens.len()];
    for (i, s) in doc.sentences.iter().enumerate() {
        for t in s.tokens.clone() {
            if t < out.len() {
                out[t] = i;
            }
        }
    }
    out
}

/// The span of `cands` nearest to `to` whose sentence lies in `lo..=hi`
/// (ties go to the earlier span).
fn nearest(
    cands: &[Range<usize>],
    to: &Range<usize>,
    sent: &[usize],
    lo: usize,
    hi: usize,
    ok: impl Fn(&Range<usize>) -> bool,
) -> Option<usize> {
    let mut best: Option<(usize, usize)> = None;
    for (i, c) in cands.iter().enumerate() {
        let s = sent[c.start];
        if s < lo || s > hi || !ok(c) {
            continue;
        }
        let g = gap(c, to);
        if best.is_none_or(|(_, bg)| g < bg) {
            best = Some((i, g));
        }
    }
    best.map(|b| b.0)
}

/// Extends a source span whose root is a modifier (a determiner, an
/// adjective, a compound or possessive) to the noun it modifies, when that
/// noun follows within three tokens of the span.
pub(crate) fn complete(doc: &Doc, r: Range<usize>) -> Range<usize> {
    let inside = |h: usize| h >= r.start && h < r.end;
    let Some(mut root) = r
        .clone()
        .find(|&t| doc.tokens[t].head.is_none_or(|h| !inside(h)))
    else {
        return r;
    };
    let mut end = r.end;
    for _ in 0..3 {
        let t = &doc.tokens[root];
        let modifier = matches!(
            t.deprel,
            DepRel::Det | DepRel::Amod | DepRel::Compound | DepRel::NmodPoss | DepRel::Nummod
        );
        match t.head {
            Some(h) if modifier && h >= end && h < end + 3 => {
                end = h + 1;
                root = h;
            }
            _ => break,
        }
    }
    r.start..end
}

/// The grammatical subject (or passive agent) of a cue, up through `xcomp`
/// and `conj` links: from its leftmost dependent to the subject's head word
/// (the word the scorer compares).
pub(crate) fn subject(doc: &Doc, cue: &Range<usize>) -> Option<Range<usize>> {
    for t in cue.clone() {
        let mut v = t;
        for _ in 0..3 {
            // a passive subject is what was said, not who said it
            let subj = doc
                .children(v)
                .find(|&c| matches!(doc.tokens[c].deprel, DepRel::Nsubj | DepRel::OblAgent));
            if let Some(s) = subj {
                let mut left = s;
                let mut stack = vec![s];
                while let Some(x) = stack.pop() {
                    left = left.min(x);
                    stack.extend(doc.children(x).filter(|&c| c < s));
                }
                return Some(left..s + 1);
            }
            match (doc.tokens[v].deprel, doc.tokens[v].head) {
                (DepRel::Xcomp | DepRel::Conj, Some(h)) => v = h,
                _ => break,
            }
        }
    }
    None
}

/// The spans of `tags` by role: (contents, cues, sources).
pub(crate) type RoleSpans = (Vec<Range<usize>>, Vec<Range<usize>>, Vec<Range<usize>>);

/// Splits `tags` into its spans by role.
pub(crate) fn role_spans(tags: &[u8]) -> RoleSpans {
    let (mut contents, mut cues, mut sources) = (Vec::new(), Vec::new(), Vec::new());
    for (r, a, b) in spans(tags) {
        match r {
            Role::Content => contents.push(a..b),
            Role::Cue => cues.push(a..b),
            Role::Source => sources.push(a..b),
        }
    }
    (contents, cues, sources)
}

/// Joins each content to its nearest cue (merging pieces that share one):
/// the attributions without their sources. A cue in another paragraph
/// than the content is the content's only when the content is a quotation
/// (a quote that runs on into the next paragraph, a speech tag on a
/// paragraph of its own): the model otherwise runs "... next year, the
/// minister said." on into the next paragraph's "Police arrested two men".
pub(crate) fn join(
    doc: &Doc,
    contents: Vec<Range<usize>>,
    cues: &[Range<usize>],
    sent: &[usize],
    opts: &GroupOptions,
) -> Vec<(Option<Range<usize>>, Range<usize>)> {
    let para = paragraph_ids(doc);
    let quote = |t: usize| {
        doc.tokens
            .get(t)
            .is_some_and(|x| matches!(x.text.as_str(), "\"" | "“" | "”" | "''" | "``" | "‘" | "’"))
    };
    // (cue index or none, content)
    let mut joined: Vec<(Option<usize>, Range<usize>)> = Vec::new();
    for c in contents {
        let lo = sent[c.start].saturating_sub(opts.cue_window);
        let hi = sent[c.end - 1] + opts.cue_window;
        let quoted = quote(c.start) || c.start.checked_sub(1).is_some_and(quote);
        let reach = |k: &Range<usize>| {
            quoted || para[k.start] == para[c.start] || para[k.start] == para[c.end - 1]
        };
        let cue = nearest(cues, &c, sent, lo, hi, reach);
        if opts.merge {
            if let Some(prev) = joined
                .iter_mut()
                .rev()
                .find(|(k, _)| k.is_some() && *k == cue)
            {
                prev.1 = prev.1.start.min(c.start)..prev.1.end.max(c.end);
                continue;
            }
        }
        joined.push((cue, c));
    }
    joined
        .into_iter()
        .map(|(k, c)| (k.map(|i| cues[i].clone()), c))
        .collect()
}

/// The paragraph index of every token.
fn paragraph_ids(doc: &Doc) -> Vec<usize> {
    let mut id = 0;
    doc.paragraph_starts()
        .iter()
        .enumerate()
        .map(|(i, &start)| {
            if start && i > 0 {
                id += 1;
            }
            id
        })
        .collect()
}

/// The source the rules give an attribution: the tagged source nearest to
/// its cue (in the cue's sentence), else nearest to the content (in its
/// sentences), else the cue's subject.
pub(crate) fn rule_source(
    doc: &Doc,
    sent: &[usize],
    sources: &[Range<usize>],
    cue: Option<&Range<usize>>,
    content: &Range<usize>,
    opts: &GroupOptions,
) -> Option<Range<usize>> {
    let parsed = cue.and_then(|k| subject(doc, k));
    if opts.parse_source == 2 && parsed.is_some() {
        return parsed;
    }
    match cue {
        Some(k) => {
            nearest(sources, k, sent, sent[k.start], sent[k.start], |_| true).or_else(|| {
                let s = sent[k.start];
                (opts.source_before && s > 0)
                    .then(|| nearest(sources, k, sent, s - 1, s - 1, |_| true))
                    .flatten()
            })
        }
        None => None,
    }
    .or_else(|| {
        nearest(
            sources,
            content,
            sent,
            sent[content.start],
            sent[content.end - 1],
            |_| true,
        )
    })
    .map(|i| {
        if opts.complete_source {
            complete(doc, sources[i].clone())
        } else {
            sources[i].clone()
        }
    })
    .or(if opts.parse_source == 1 { parsed } else { None })
}

/// Groups the spans of `tags` (one class per token of `doc`) into attributions.
pub fn group(doc: &Doc, tags: &[u8], opts: &GroupOptions) -> Vec<Found> {
    let sent = sentence_ids(doc);
    let (contents, cues, sources) = role_spans(tags);
    join(doc, contents, &cues, &sent, opts)
        .into_iter()
        .map(|(cue, content)| {
            let source = rule_source(doc, &sent, &sources, cue.as_ref(), &content, opts);
            Found {
                content,
                cue,
                source,
                cue_rate: 0,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::attribution::tags::{begin, inside, O};
    use crate::builder::DocBuilder;

    #[test]
    fn joins_split_quote_to_its_cue_and_source() {
        // “ A B , ” Tom said , “ C . ”
        let doc = DocBuilder::new()
            .sentence(&[
                ("“", "PUNCT", 7, "punct"),
                ("A", "NOUN", 7, "ccomp"),
                ("B", "NOUN", 2, "compound"),
                (",", "PUNCT", 7, "punct"),
                ("”", "PUNCT", 7, "punct"),
                ("Tom", "PROPN", 7, "nsubj"),
                ("said", "VERB", 0, "root"),
                (",", "PUNCT", 7, "punct"),
                ("“", "PUNCT", 7, "punct"),
                ("C", "NOUN", 7, "parataxis"),
                (".", "PUNCT", 7, "punct"),
                ("”", "PUNCT", 7, "punct"),
            ])
            .build();
        let (s, k, c, ci) = (
            begin(Role::Source),
            begin(Role::Cue),
            begin(Role::Content),
            inside(Role::Content),
        );
        let tags = [c, ci, ci, ci, ci, s, k, O, c, ci, ci, ci];
        let found = group(&doc, &tags, &GroupOptions::default());
        assert_eq!(
            found,
            vec![Found {
                content: 0..12,
                cue: Some(6..7),
                source: Some(5..6),
                cue_rate: 0,
            }]
        );
        let apart = GroupOptions {
            merge: false,
            ..Default::default()
        };
        assert_eq!(group(&doc, &tags, &apart).len(), 2);
    }

    #[test]
    fn a_cue_reaches_into_the_next_paragraph_only_for_a_quotation() {
        // "A B , Tom said ." then a paragraph "C D ." or "“ C D . ”"
        let build = |quoted: bool| {
            let second: Vec<(&str, &str, usize, &str)> = if quoted {
                vec![
                    ("“", "PUNCT", 2, "punct"),
                    ("C", "NOUN", 0, "root"),
                    ("D", "NOUN", 2, "dep"),
                    (".", "PUNCT", 2, "punct"),
                    ("”", "PUNCT", 2, "punct"),
                ]
            } else {
                vec![
                    ("C", "NOUN", 0, "root"),
                    ("D", "NOUN", 1, "dep"),
                    (".", "PUNCT", 1, "punct"),
                ]
            };
            DocBuilder::new()
                .sentence(&[
                    ("A", "NOUN", 5, "ccomp"),
                    ("B", "NOUN", 1, "dep"),
                    (",", "PUNCT", 5, "punct"),
                    ("Tom", "PROPN", 5, "nsubj"),
                    ("said", "VERB", 0, "root"),
                    (".", "PUNCT", 5, "punct"),
                ])
                .sentence(&second)
                .build()
        };
        let (s, k, c, ci) = (
            begin(Role::Source),
            begin(Role::Cue),
            begin(Role::Content),
            inside(Role::Content),
        );
        let plain = [c, ci, O, s, k, O, c, ci, O];
        let found = group(&build(false), &plain, &GroupOptions::default());
        let cues: Vec<_> = found
            .iter()
            .map(|f| (f.content.clone(), f.cue.clone()))
            .collect();
        assert_eq!(cues, [(0..2, Some(4..5)), (6..8, None)]);
        let quoted = [c, ci, O, s, k, O, c, ci, ci, ci, ci];
        let found = group(&build(true), &quoted, &GroupOptions::default());
        let cues: Vec<_> = found
            .iter()
            .map(|f| (f.content.clone(), f.cue.clone()))
            .collect();
        assert_eq!(cues, [(0..11, Some(4..5))]);
    }
}
