//! Features of the attribution tagger, computed once per document.
//!
//! Every token gets [`N_STATIC`] hashed features that do not depend on the
//! tags (word, lemma, tags and a window, the head, the nearest cue-like
//! ancestor and the relation through which the token hangs under it, the
//! quotation state, sentence and paragraph position, the entity label, the
//! word clusters of the token, its head and that ancestor), and
//! at decoding time a few more that combine them with the previous tags
//! ([`dynamic`]). The cue lexicon ([`CueLexicon`]) is learnt from the
//! training data: each lemma's rate of being tagged Cue, in buckets.

use super::tags::Role;
use crate::doc::{Doc, Token};
use crate::ner::clusters::{WordClusters, PREFIXES};
use crate::perceptron::{combine, string_id, ModelReader, ModelWriter};
use crate::tags::{DepRel, Upos};
use crate::ModelError;
use rustc_hash::FxHashMap;

/// How often each lemma was a cue in training, in buckets 1 (rarely) to 4
/// (mostly); 0 for lemmas never seen as a cue.
#[derive(Debug, Clone, Default)]
pub struct CueLexicon {
    map: FxHashMap<u64, u8>,
}

/// The bucket of a cue rate.
fn rate_bucket(rate: f64) -> u8 {
    match rate {
        r if r >= 0.6 => 4,
        r if r >= 0.3 => 3,
        r if r >= 0.1 => 2,
        _ => 1,
    }
}

/// Occurrences that count as not cues before any is seen: a lemma's cue
/// rate is `cues / (occurrences + RATE_PRIOR)`, so that a word seen twice,
/// once as a cue ("lengths" of "went to great lengths"), is no strong cue.
/// On PolNeAR dev, priors of 0, 2, 3 and 5 gave attribution f1 0.807,
/// 0.801, 0.799, 0.799 and claims precision 0.848, 0.854, 0.851, 0.865:
/// differences within what retraining alone moves; without one, the
/// example's "went to great lengths" became a cue trusted with a claim.
const RATE_PRIOR: u32 = 2;

impl CueLexicon {
    /// Learns the lexicon from documents and their gold classes: lemmas
    /// seen as a cue at least `min_count` times.
    pub fn learn(docs: &[(&Doc, &[u8])], min_count: u32) -> CueLexicon {
        let mut counts: FxHashMap<u64, (u32, u32)> = FxHashMap::default();
        for (doc, tags) in docs {
            for (t, &c) in doc.tokens.iter().zip(tags.iter()) {
                let e = counts.entry(lemma_id(t)).or_default();
                e.0 += 1;
                e.1 += u32::from(super::tags::role(c) == Some(Role::Cue));
            }
        }
        let map = counts
            .into_iter()
            .filter(|(_, (_, cue))| *cue >= min_count)
            .map(|(k, (n, cue))| (k, rate_bucket(cue as f64 / (n + RATE_PRIOR) as f64)))
            .collect();
        CueLexicon { map }
    }

    /// The bucket of a token's lemma (0: not a cue word).
    pub fn bucket(&self, t: &Token) -> u8 {
        self.map.get(&lemma_id(t)).copied().unwrap_or(0)
    }

    /// Number of lemmas.
    pub fn len(&self) -> usize {
        self.map.len()
    }

    /// True when no lemma is listed.
    pub fn is_empty(&self) -> bool {
        self.map.is_empty()
    }

    /// Writes the entries sorted by key (reproducible bytes).
    pub fn write(&self, w: &mut ModelWriter) {
        let mut es: Vec<(u64, u8)> = self.map.iter().map(|(&k, &v)| (k, v)).collect();
        es.sort_unstable();
        w.u32(es.len() as u32);
        for (k, v) in es {
            w.u64(k);
            w.u16(v as u16);
        }
    }

    /// Reads what [`CueLexicon::write`] wrote.
    pub fn read(r: &mut ModelReader) -> Result<CueLexicon, ModelError> {
        let n = r.u32()? as usize;
        let mut map = FxHashMap::with_capacity_and_hasher(n, Default::default());
        for _ in 0..n {
            let k = r.u64()?;
            let v = r.u16()?;
            if v > 4 {
                return Err(ModelError::Corrupt(format!("cue bucket {v}")));
            }
            map.insert(k, v as u8);
        }
        Ok(CueLexicon { map })
    }
}

fn lemma_id(t: &Token) -> u64 {
    if t.lemma.is_empty() {
        string_id(&t.text.to_lowercase())
    } else {
        string_id(&t.lemma.to_lowercase())
    }
}

/// Number of static features per token.
pub const N_STATIC: usize = 32;

/// What decoding needs of each token besides its static features.
#[derive(Debug, Clone, Copy, Default)]
pub struct TokAux {
    pub lemma: u64,
    pub xpos: u64,
    /// Inside quotation marks (1) or not (0); 2 for a quotation mark itself.
    pub quote: u64,
    /// The hash of the ancestor-cue relation feature.
    pub anc: u64,
    /// First token of a sentence (1), of a paragraph (2), other (0).
    pub start: u64,
}

/// The static features of a document (`N_STATIC` per token) and the
/// per-token values the dynamic features read.
pub struct DocFeats {
    pub feats: Vec<u64>,
    pub aux: Vec<TokAux>,
}

/// Quote kinds: 0 none, 1 opening, 2 closing.
fn quote_kind(toks: &[Token], i: usize) -> u8 {
    match toks[i].text.as_str() {
        "“" | "``" | "‘‘" => 1,
        "”" | "''" | "’’" => 2,
        "\"" => {
            let after_space = i == 0 || toks[i - 1].space_after;
            let before_space = toks[i].space_after || i + 1 == toks.len();
            if after_space && !before_space {
                1
            } else {
                2
            }
        }
        _ => 0,
    }
}

/// Quote state per token (0 outside, 1 inside, 2 the mark itself); a
/// paragraph closes any open quotation (a quote running on opens again).
fn quote_states(doc: &Doc, para: &[bool]) -> Vec<u8> {
    let mut open = false;
    let mut out = vec![0; doc.tokens.len()];
    for i in 0..doc.tokens.len() {
        if para[i] {
            open = false;
        }
        match quote_kind(&doc.tokens, i) {
            1 => {
                open = true;
                out[i] = 2;
            }
            2 => {
                open = false;
                out[i] = 2;
            }
            _ => out[i] = u8::from(open),
        }
    }
    out
}

/// The nearest ancestor of `t` (not `t` itself) whose bucket is at least 2,
/// with the token just under it on the path and the depth.
fn cue_ancestor(doc: &Doc, buckets: &[u8], t: usize) -> Option<(usize, usize, usize)> {
    let mut child = t;
    for depth in 1..=10 {
        let h = doc.tokens[child].head?;
        if buckets[h] >= 2 {
            return Some((h, child, depth));
        }
        child = h;
    }
    None
}

pub(crate) fn bucket_dist(d: usize) -> u64 {
    match d {
        0..=2 => d as u64,
        3..=5 => 3,
        6..=10 => 4,
        _ => 5,
    }
}

/// Signed distance bucket to the nearest strong cue (bucket >= 3) in the
/// same sentence, per token (0: none).
fn cue_distances(doc: &Doc, buckets: &[u8]) -> Vec<u64> {
    let mut out = vec![0u64; doc.tokens.len()];
    for s in &doc.sentences {
        let r = s.tokens.clone();
        let mut last: Option<usize> = None;
        let mut left = vec![None; r.len()];
        for i in r.clone() {
            left[i - r.start] = last.map(|l| i - l);
            if buckets[i] >= 3 {
                last = Some(i);
            }
        }
        last = None;
        for i in r.clone().rev() {
            let right = last.map(|l| l - i);
            out[i] = match (left[i - r.start], right) {
                (Some(a), Some(b)) if a <= b => 10 + bucket_dist(a),
                (_, Some(b)) => 20 + bucket_dist(b),
                (Some(a), None) => 10 + bucket_dist(a),
                (None, None) => 0,
            };
            if buckets[i] >= 3 {
                last = Some(i);
            }
        }
    }
    out
}

/// Per token: the entity label with its position (`B-PER`, `I-ORG`) as an id.
fn entity_ids(doc: &Doc) -> Vec<u64> {
    let mut out = vec![0u64; doc.tokens.len()];
    for e in &doc.entities {
        let l = string_id(&e.label);
        for i in e.tokens.clone() {
            if i < out.len() {
                out[i] = l ^ u64::from(i == e.tokens.start);
            }
        }
    }
    out
}

/// Per token: its word cluster's prefixes (`Doc::clusters`, which the NER
/// fills; zeros for a word without a cluster), so that a cue or a word of a
/// content unseen in PolNeAR train shares the weights of its neighbours in
/// the word vectors ("contends" beside "argues").
fn cluster_ids(doc: &Doc) -> Vec<[u64; PREFIXES.len()]> {
    (0..doc.tokens.len())
        .map(|i| match doc.clusters.get(i) {
            Some(&p) if p != 0 => WordClusters::prefixes(p),
            _ => [0; PREFIXES.len()],
        })
        .collect()
}

fn upos_id(u: Upos) -> u64 {
    u as u64 + 1
}
fn rel_id(r: DepRel) -> u64 {
    r as u64 + 100
}

/// Word, lemma and xpos ids of every token, and `pad` ids beyond both ends.
struct Ids {
    word: Vec<u64>,
    lemma: Vec<u64>,
    xpos: Vec<u64>,
}

impl Ids {
    fn new(doc: &Doc) -> Ids {
        let word = doc.tokens.iter().map(|t| string_id(&t.text)).collect();
        let lemma = doc.tokens.iter().map(lemma_id).collect();
        let xpos = doc.tokens.iter().map(|t| string_id(&t.xpos)).collect();
        Ids { word, lemma, xpos }
    }
    fn at(v: &[u64], i: isize) -> u64 {
        if i < 0 || i as usize >= v.len() {
            7 + (i < 0) as u64
        } else {
            v[i as usize]
        }
    }
}

/// Extracts the static features of every token of `doc`.
pub fn extract(doc: &Doc, lex: &CueLexicon) -> DocFeats {
    let n = doc.tokens.len();
    let ids = Ids::new(doc);
    let buckets: Vec<u8> = doc.tokens.iter().map(|t| lex.bucket(t)).collect();
    let para = doc.paragraph_starts();
    let quotes = quote_states(doc, &para);
    let dists = cue_distances(doc, &buckets);
    let ents = entity_ids(doc);
    let clusters = cluster_ids(doc);
    let mut sent_info = vec![(0u64, 0u64); n]; // (position, sentence summary)
    for s in &doc.sentences {
        let r = s.tokens.clone();
        let has_quote = r.clone().any(|i| quotes[i] == 2) as u64;
        let max_cue = r.clone().map(|i| buckets[i]).max().unwrap_or(0) as u64;
        for i in r.clone() {
            let pos = if i == r.start {
                1 + para[i] as u64
            } else if i + 1 == r.end {
                3
            } else {
                0
            };
            sent_info[i] = (pos, has_quote * 8 + max_cue);
        }
    }
    let mut feats = Vec::with_capacity(n * N_STATIC);
    let mut aux = Vec::with_capacity(n);
    for (i, t) in doc.tokens.iter().enumerate() {
        let at = |v: &[u64], d: isize| Ids::at(v, i as isize + d);
        let (w, l, x) = (ids.word[i], ids.lemma[i], ids.xpos[i]);
        let (u, rel) = (upos_id(t.upos), rel_id(t.deprel));
        let (hl, hu, hdir) = match t.head {
            Some(h) => (ids.lemma[h], upos_id(doc.tokens[h].upos), (h < i) as u64),
            None => (1, 1, 2),
        };
        let b = buckets[i] as u64;
        let (ab, arel, alemma, adepth, aside, acl) = match cue_ancestor(doc, &buckets, i) {
            Some((a, c, d)) => (
                buckets[a] as u64,
                rel_id(doc.tokens[c].deprel),
                ids.lemma[a],
                bucket_dist(d),
                (i < a) as u64,
                clusters[a][1],
            ),
            None => (0, 0, 0, 0, 2, 0),
        };
        let q = quotes[i] as u64;
        let (pos, summary) = sent_info[i];
        let mut child_rels = 0u64;
        for c in doc.children(i) {
            child_rels |= match doc.tokens[c].deprel.base() {
                DepRel::Nsubj | DepRel::NsubjPass => 1,
                DepRel::Ccomp => 2,
                DepRel::Obj => 4,
                DepRel::Parataxis => 8,
                _ => 0,
            };
        }
        let anc = combine(15, &[ab, arel, aside]);
        let f = [
            combine(1, &[]),
            combine(2, &[w]),
            combine(3, &[l]),
            combine(4, &[x]),
            combine(5, &[u, rel]),
            combine(6, &[at(&ids.lemma, -1)]),
            combine(7, &[at(&ids.lemma, 1)]),
            combine(8, &[at(&ids.xpos, -1), x]),
            combine(9, &[x, at(&ids.xpos, 1)]),
            combine(10, &[at(&ids.word, -2)]),
            combine(11, &[at(&ids.word, 2)]),
            combine(12, &[hl, rel]),
            combine(13, &[hu, rel, hdir]),
            combine(14, &[b, x]),
            anc,
            combine(16, &[alemma, arel]),
            combine(17, &[adepth, ab, q]),
            combine(18, &[q, u]),
            combine(19, &[q, ab, arel]),
            combine(20, &[summary, q]),
            combine(21, &[pos, u]),
            combine(22, &[dists[i], b]),
            combine(23, &[ents[i]]),
            combine(24, &[ents[i], rel]),
            combine(25, &[b, child_rels]),
            combine(26, &[l, child_rels]),
            combine(27, &[at(&ids.xpos, -1), at(&ids.xpos, -2), q]),
            combine(28, &[pos, q, summary]),
            combine(29, &[clusters[i][1]]),
            combine(30, &[clusters[i][2], q]),
            combine(31, &[t.head.map_or(1, |h| clusters[h][1]), rel]),
            combine(32, &[acl, arel]),
        ];
        feats.extend_from_slice(&f);
        aux.push(TokAux {
            lemma: l,
            xpos: x,
            quote: q,
            anc,
            start: pos,
        });
    }
    DocFeats { feats, aux }
}

/// Number of dynamic features.
pub const N_DYNAMIC: usize = 7;

/// The features of token `a` given the two previous classes: those of
/// the classes alone ([`tag_features`]), then those of the token and the
/// previous class ([`token_features`]).
pub fn dynamic(a: &TokAux, p1: u8, p2: u8) -> [u64; N_DYNAMIC] {
    let [t0, t1] = tag_features(p1, p2);
    let [f0, f1, f2, f3, f4] = token_features(a, p1);
    [t0, t1, f0, f1, f2, f3, f4]
}

/// The dynamic features of the two previous classes alone (the same at
/// every token).
pub fn tag_features(p1: u8, p2: u8) -> [u64; 2] {
    let (p1, p2) = (p1 as u64 + 1, p2 as u64 + 1);
    [combine(101, &[p1]), combine(102, &[p1, p2])]
}

/// The dynamic features of token `a` and the previous class.
pub fn token_features(a: &TokAux, p1: u8) -> [u64; 5] {
    let p1 = p1 as u64 + 1;
    [
        combine(103, &[p1, a.lemma]),
        combine(104, &[p1, a.xpos]),
        combine(105, &[p1, a.quote]),
        combine(106, &[p1, a.anc]),
        combine(107, &[p1, a.start, a.quote]),
    ]
}
