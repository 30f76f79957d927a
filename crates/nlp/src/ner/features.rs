//! Feature extraction for the NER. Everything that does not depend on the
//! labels being decoded (word, lower case, shapes, affixes, a ±2 window, line
//! case style, casing lexicon, in-document casing, gazetteer matches, word
//! clusters) is computed once per document as hashed feature ids; the
//! label-dependent features are added by the decoder.

use super::casing::Casing;
use super::clusters::WordClusters;
use super::gazetteer::Gazetteer;
use super::labels::{B, I, L, U};
use super::text::{has_upper, init_cap, line_case, lower_word, norm_word, shape, PROSE, TITLE};
use crate::perceptron::{combine, string_id};
use rustc_hash::FxHashMap;

/// Feature templates.
mod t {
    pub const BIAS: u32 = 1;
    pub const W: u32 = 2;
    pub const L: u32 = 3;
    pub const SHAPE: u32 = 4;
    pub const SS: u32 = 5;
    pub const PRE: u32 = 6;
    pub const SUF: u32 = 7;
    pub const L_OFF: u32 = 8;
    pub const SS_OFF: u32 = 9;
    pub const LL_PREV: u32 = 10;
    pub const LL_NEXT: u32 = 11;
    pub const SS3: u32 = 12;
    pub const LPREV_SS: u32 = 13;
    pub const SS_LNEXT: u32 = 14;
    pub const POS_SS: u32 = 15;
    pub const LINE_SS: u32 = 16;
    pub const LINE_L: u32 = 17;
    pub const CASE: u32 = 18;
    pub const CASE_POS: u32 = 19;
    pub const CASE_OFF: u32 = 20;
    pub const DOCCASE: u32 = 21;
    pub const GAZ: u32 = 22;
    pub const GAZ_SS: u32 = 23;
    pub const GAZ_CTX: u32 = 24;
    pub const CL: u32 = 25;
    pub const CL_OFF: u32 = 26;
    pub const SENT_LEN: u32 = 27;
    pub const W_OFF: u32 = 28;
    pub const GAZ_LEN: u32 = 29;
}

/// What the decoder needs of a token besides its static features.
#[derive(Debug, Clone)]
pub(crate) struct TokInfo {
    /// Lower-cased word id (the key of the document history).
    pub lower: u64,
    /// Short shape id.
    pub sshape: u64,
    /// The word has an upper-case letter.
    pub upper: bool,
    /// The line's case style.
    pub line: u64,
    /// Static features: `DocFeats::feats[start..end]`, the core ones (used by
    /// the second stage) in `start..mid`.
    pub start: u32,
    pub mid: u32,
    pub end: u32,
}

/// The static features of a document.
#[derive(Debug, Default)]
pub(crate) struct DocFeats {
    pub sents: Vec<Vec<TokInfo>>,
    pub feats: Vec<u64>,
}

impl DocFeats {
    pub fn of(&self, t: &TokInfo) -> &[u64] {
        &self.feats[t.start as usize..t.end as usize]
    }

    /// The core static features of a token.
    pub fn core(&self, t: &TokInfo) -> &[u64] {
        &self.feats[t.start as usize..t.mid as usize]
    }
}

/// The resources that features look up.
pub(crate) struct Resources<'a> {
    pub gaz: &'a Gazetteer,
    pub casing: &'a Casing,
    pub clusters: &'a WordClusters,
    pub n_types: usize,
}

/// Per-word values used by the window features.
#[derive(Clone, Copy, Default)]
struct Word {
    w: u64,
    l: u64,
    ss: u64,
    case: u64,
}

/// Gazetteer match of a token: (length, position code) per type, 0 = none.
type GazCell = [(u8, u8); 8];

/// Computes the static features of a document (a list of tokenised sentences).
pub(crate) fn extract<S: AsRef<str>>(res: &Resources, sentences: &[Vec<S>]) -> DocFeats {
    assert!(res.n_types <= 8, "at most 8 entity types");
    let mut buf = String::new();
    let mut buf2 = String::new();
    // line styles and lower ids first: the in-document casing needs them all
    let lines: Vec<u64> = sentences.iter().map(|s| line_case(s)).collect();
    let lowers: Vec<Vec<u64>> = sentences
        .iter()
        .map(|s| {
            s.iter()
                .map(|w| {
                    lower_word(w.as_ref(), &mut buf);
                    string_id(&buf)
                })
                .collect()
        })
        .collect();
    let doc_case = document_casing(sentences, &lines, &lowers);

    let bos = Word {
        w: string_id("<s>"),
        l: string_id("<s>"),
        ss: string_id("<s>"),
        case: 254,
    };
    let eos = Word {
        w: string_id("</s>"),
        l: string_id("</s>"),
        ss: string_id("</s>"),
        case: 254,
    };
    let mut out = DocFeats::default();
    let mut words: Vec<Word> = Vec::new();
    let mut gaz: Vec<GazCell> = Vec::new();
    for (si, s) in sentences.iter().enumerate() {
        let n = s.len();
        let line = lines[si];
        words.clear();
        let forms = sentence_forms(res, s, line, &lowers[si]);
        for (i, w) in forms.iter().enumerate() {
            let w = w.as_ref();
            norm_word(w, &mut buf);
            shape(w, 1, &mut buf2);
            let l = lowers[si][i];
            words.push(Word {
                w: string_id(&buf),
                l,
                ss: string_id(&buf2),
                case: res.casing.get(l) as u64,
            });
        }
        gazetteer_cells(res, &lowers[si], &mut gaz);
        let at = |j: isize| -> Word {
            if j < 0 {
                bos
            } else if j as usize >= n {
                eos
            } else {
                words[j as usize]
            }
        };
        let mut sent = Vec::with_capacity(n);
        for (i, w) in forms.iter().enumerate() {
            let w = w.as_ref();
            let start = out.feats.len() as u32;
            let f = &mut out.feats;
            let cur = words[i];
            let ii = i as isize;
            let posb = i.min(2) as u64;
            lower_word(w, &mut buf);
            shape(w, 2, &mut buf2);
            let (p, nx) = (at(ii - 1), at(ii + 1));
            // core features, the ones the second stage uses too
            f.push(combine(t::BIAS, &[]));
            f.push(combine(t::W, &[cur.w]));
            f.push(combine(t::L, &[cur.l]));
            f.push(combine(t::SS, &[cur.ss]));
            f.push(combine(t::L_OFF, &[-1isize as u64, p.l]));
            f.push(combine(t::L_OFF, &[1, nx.l]));
            f.push(combine(t::SS3, &[p.ss, cur.ss, nx.ss]));
            f.push(combine(t::LINE_SS, &[line, posb, cur.ss]));
            f.push(combine(t::CASE_POS, &[cur.case, posb, line, cur.ss]));
            for (ty, &(_, code)) in gaz[i].iter().enumerate().take(res.n_types) {
                if code != 0 {
                    f.push(combine(t::GAZ, &[ty as u64, code as u64]));
                }
            }
            let mid = f.len() as u32;
            let dc = doc_case.get(&cur.l).copied().unwrap_or(0) as u64;
            let here = Here {
                cur,
                ii,
                n,
                posb,
                line,
                dc,
            };
            extended_features(f, res, &here, &at, &gaz, &buf, &buf2);
            sent.push(TokInfo {
                lower: cur.l,
                sshape: cur.ss,
                upper: has_upper(w),
                line,
                start,
                mid,
                end: out.feats.len() as u32,
            });
        }
        out.sents.push(sent);
    }
    out
}

/// In-document casing of each lower-cased word: bit 1 when seen in lower
/// case, bit 2 when seen capitalised, inside prose (not at a sentence start).
fn document_casing<S: AsRef<str>>(
    sentences: &[Vec<S>],
    lines: &[u64],
    lowers: &[Vec<u64>],
) -> FxHashMap<u64, u8> {
    let mut doc_case: FxHashMap<u64, u8> = FxHashMap::default();
    for (si, s) in sentences.iter().enumerate() {
        if lines[si] != PROSE {
            continue;
        }
        for (i, w) in s.iter().enumerate().skip(1) {
            let w = w.as_ref();
            let bit = if init_cap(w) {
                2
            } else if w.chars().any(|c| c.is_lowercase()) && !has_upper(w) {
                1
            } else {
                continue;
            };
            *doc_case.entry(lowers[si][i]).or_default() |= bit;
        }
    }
    doc_case
}

/// The words of a sentence as the model reads them: in title-case lines,
/// words that are nearly always written in lower case in prose
/// ("Officials", "Worry") are read in lower case.
fn sentence_forms<'a, S: AsRef<str>>(
    res: &Resources,
    s: &'a [S],
    line: u64,
    lowers: &[u64],
) -> Vec<std::borrow::Cow<'a, str>> {
    s.iter()
        .enumerate()
        .map(|(i, w)| {
            let w = w.as_ref();
            let code = res.casing.get(lowers[i]);
            if line == TITLE && code != 255 && code % 8 <= 1 && code / 8 >= 1 {
                std::borrow::Cow::Owned(w.to_lowercase())
            } else {
                std::borrow::Cow::Borrowed(w)
            }
        })
        .collect()
}

/// The gazetteer cell of each token of a sentence: per entity type, the
/// longest match covering it and its position (B, I, L, U) and majority.
fn gazetteer_cells(res: &Resources, lowers: &[u64], gaz: &mut Vec<GazCell>) {
    gaz.clear();
    gaz.resize(lowers.len(), [(0, 0); 8]);
    res.gaz.matches(lowers, |start, len, counts| {
        let total: u32 = counts.iter().map(|&c| c as u32).sum();
        for (ty, &c) in counts.iter().enumerate() {
            let c = c as u32;
            if c == 0 || c * 4 < total {
                continue;
            }
            let major = (c * 2 > total) as u8;
            for (j, cell) in gaz.iter_mut().enumerate().skip(start).take(len) {
                let pos = if len == 1 {
                    U
                } else if j == start {
                    B
                } else if j + 1 == start + len {
                    L
                } else {
                    I
                };
                let cell = &mut cell[ty];
                if len as u8 > cell.0 {
                    *cell = (len as u8, 1 + pos as u8 + 4 * major);
                }
            }
        }
    });
}

/// Where a token stands: its word, its index and its sentence's length,
/// position bucket, line style and in-document casing.
struct Here {
    cur: Word,
    ii: isize,
    n: usize,
    posb: u64,
    line: u64,
    dc: u64,
}

/// The features beyond the core ones: shape, affixes, a wider window,
/// word pairs, casing, gazetteer context and word clusters. `buf` is the
/// lower-cased word, `buf2` its short shape.
fn extended_features(
    f: &mut Vec<u64>,
    res: &Resources,
    here: &Here,
    at: &impl Fn(isize) -> Word,
    gaz: &[GazCell],
    buf: &str,
    buf2: &str,
) {
    let Here {
        cur,
        ii,
        n,
        posb,
        line,
        dc,
    } = *here;
    let (p, nx) = (at(ii - 1), at(ii + 1));
    let i = ii as usize;
    f.push(combine(t::SHAPE, &[string_id(buf2)]));
    let nc = buf.chars().count();
    for (k, (b, c)) in buf.char_indices().take(4).enumerate() {
        let pre = &buf[..b + c.len_utf8()];
        f.push(combine(t::PRE, &[k as u64 + 1, string_id(pre)]));
    }
    for (k, (b, _)) in buf.char_indices().rev().take(4.min(nc)).enumerate() {
        f.push(combine(t::SUF, &[k as u64 + 1, string_id(&buf[b..])]));
    }
    for off in [-2isize, 2] {
        f.push(combine(t::L_OFF, &[off as u64, at(ii + off).l]));
    }
    for off in [-2isize, -1, 1, 2] {
        f.push(combine(t::SS_OFF, &[off as u64, at(ii + off).ss]));
    }
    for off in [-1isize, 1] {
        f.push(combine(t::W_OFF, &[off as u64, at(ii + off).w]));
    }
    f.push(combine(t::LL_PREV, &[p.l, cur.l]));
    f.push(combine(t::LL_NEXT, &[cur.l, nx.l]));
    f.push(combine(t::LPREV_SS, &[p.l, cur.ss]));
    f.push(combine(t::SS_LNEXT, &[cur.ss, nx.l]));
    f.push(combine(t::POS_SS, &[posb, cur.ss]));
    f.push(combine(t::LINE_L, &[line, cur.l]));
    f.push(combine(t::SENT_LEN, &[n.min(4) as u64, cur.ss]));
    f.push(combine(t::CASE, &[cur.case]));
    f.push(combine(t::CASE_OFF, &[1, p.case, cur.ss]));
    f.push(combine(t::CASE_OFF, &[2, nx.case, cur.ss]));
    f.push(combine(t::DOCCASE, &[dc, posb.min(1), line, cur.ss]));
    for (ty, &(len, code)) in gaz[i].iter().enumerate().take(res.n_types) {
        if code != 0 {
            let (ty, code) = (ty as u64, code as u64);
            f.push(combine(t::GAZ_SS, &[ty, code, cur.ss]));
            f.push(combine(t::GAZ_LEN, &[ty, code, len.min(4) as u64]));
        }
        for off in [-1isize, 1] {
            let j = ii + off;
            if j >= 0 && (j as usize) < n {
                let code = gaz[j as usize][ty].1;
                if code != 0 {
                    f.push(combine(t::GAZ_CTX, &[off as u64, ty as u64, code as u64]));
                }
            }
        }
    }
    if let Some(p) = res.clusters.path(cur.l) {
        for c in WordClusters::prefixes(p) {
            f.push(combine(t::CL, &[c]));
        }
    }
    for off in [-1isize, 1] {
        let o = at(ii + off);
        if let Some(p) = res.clusters.path(o.l) {
            let c = WordClusters::prefixes(p);
            f.push(combine(t::CL_OFF, &[off as u64, c[1]]));
            f.push(combine(t::CL_OFF, &[off as u64, c[3]]));
        }
    }
    for off in [-2isize, 2] {
        if let Some(p) = res.clusters.path(at(ii + off).l) {
            f.push(combine(
                t::CL_OFF,
                &[off as u64, WordClusters::prefixes(p)[1]],
            ));
        }
    }
}
