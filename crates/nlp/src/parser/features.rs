//! Feature extraction for the parser: the rich non-local feature set of
//! Zhang & Nivre (2011) (words, tags, labels of the stack top S0, the buffer
//! N0..N2, their heads and leftmost/rightmost children, distance, valency,
//! label sets), plus a few S1 and suffix features.
//!
//! Token strings are hashed once per sentence ([`TokenIds`]); extraction
//! fills a fixed-size array with [`combine`]d ids and allocates nothing.

use super::transition::{State, NONE, NO_LABEL};
use crate::perceptron::{combine, string_id};

/// Number of features per configuration.
pub const N_FEATURES: usize = 84;

const W_NONE: u64 = 0x6e6f_6e65_5f77;
const P_NONE: u64 = 0x6e6f_6e65_5f70;
const W_ROOT: u64 = 0x726f_6f74_5f77;
const P_ROOT: u64 = 0x726f_6f74_5f70;

/// Per-token hashed ids of one sentence; index `n` is the root.
#[derive(Default, Clone)]
pub struct TokenIds {
    /// Lower-cased form.
    pub w: Vec<u64>,
    /// UPOS and XPOS together.
    pub p: Vec<u64>,
    /// Last three characters of the lower-cased form.
    pub suf: Vec<u64>,
}

impl TokenIds {
    /// Hashes the words and tags of a sentence (plus the root at the end).
    pub fn fill(&mut self, words: &[&str], upos: &[&str], xpos: &[&str]) {
        self.w.clear();
        self.p.clear();
        self.suf.clear();
        let mut lower = String::new();
        for (i, word) in words.iter().enumerate() {
            let lw: &str = if word.bytes().any(|c| c.is_ascii_uppercase()) || !word.is_ascii() {
                lower.clear();
                lower.extend(word.chars().flat_map(char::to_lowercase));
                &lower
            } else {
                word
            };
            self.w.push(string_id(lw));
            let start = lw.char_indices().rev().nth(2).map(|(i, _)| i).unwrap_or(0);
            self.suf.push(combine(1, &[string_id(&lw[start..])]));
            let u = upos.get(i).copied().unwrap_or("");
            let x = xpos.get(i).copied().unwrap_or("");
            self.p.push(combine(2, &[string_id(u), string_id(x)]));
        }
        self.w.push(W_ROOT);
        self.p.push(P_ROOT);
        self.suf.push(W_ROOT);
    }
}

#[inline]
fn dist_bucket(d: usize) -> u64 {
    match d {
        0..=5 => d as u64,
        6..=7 => 6,
        8..=10 => 7,
        _ => 8,
    }
}

/// What the feature templates read of a configuration: the tokens around
/// the stack top and the buffer front, and their words, tags and counts.
struct Context<'a> {
    st: &'a State,
    ids: &'a TokenIds,
    s0: u32,
    s1: u32,
    s0h: u32,
    s0h2: u32,
    s0l: u32,
    s0l2: u32,
    s0r: u32,
    s0r2: u32,
    n0l: u32,
    n0l2: u32,
    /// Words and tags of the stack top and the next three buffer tokens.
    s0w: u64,
    s0p: u64,
    n0w: u64,
    n0p: u64,
    n1w: u64,
    n1p: u64,
    n2w: u64,
    n2p: u64,
    /// Distance bucket between the stack top and the buffer front.
    d: u64,
    /// Valencies and label sets.
    s0vl: u64,
    s0vr: u64,
    s0sl: u64,
    s0sr: u64,
    n0vl: u64,
    n0sl: u64,
    s0suf: u64,
    n0suf: u64,
}

impl<'a> Context<'a> {
    #[inline(always)]
    fn new(st: &'a State, ids: &'a TokenIds) -> Self {
        let n = st.n;
        let get = |v: &Vec<u32>, t: u32| if t == NONE { NONE } else { v[t as usize] };
        let s0 = st.s0();
        let n0 = st.b as u32;
        let n1 = if st.b < n { n0 + 1 } else { NONE };
        let n2 = if st.b + 1 < n { n0 + 2 } else { NONE };
        let s0h = get(&st.head, s0);
        let d = if s0 == NONE {
            20
        } else if st.b >= n {
            30
        } else {
            dist_bucket(st.b - s0 as usize)
        };
        let (s0vl, s0vr, s0sl, s0sr) = if s0 == NONE {
            (99, 99, 1 << 63, 1 << 63)
        } else {
            let i = s0 as usize;
            (st.nl[i] as u64, st.nr[i] as u64, st.lset[i], st.rset[i])
        };
        let nb = n0 as usize;
        let mut c = Context {
            st,
            ids,
            s0,
            s1: st.s1(),
            s0h,
            s0h2: get(&st.head, s0h),
            s0l: get(&st.lc1, s0),
            s0l2: get(&st.lc2, s0),
            s0r: get(&st.rc1, s0),
            s0r2: get(&st.rc2, s0),
            n0l: get(&st.lc1, n0),
            n0l2: get(&st.lc2, n0),
            s0w: 0,
            s0p: 0,
            n0w: 0,
            n0p: 0,
            n1w: 0,
            n1p: 0,
            n2w: 0,
            n2p: 0,
            d,
            s0vl,
            s0vr,
            s0sl,
            s0sr,
            n0vl: st.nl[nb] as u64,
            n0sl: st.lset[nb],
            s0suf: if s0 == NONE {
                W_NONE
            } else {
                ids.suf[s0 as usize]
            },
            n0suf: ids.suf[nb],
        };
        (c.s0w, c.s0p, c.n0w, c.n0p) = (c.w(s0), c.p(s0), c.w(n0), c.p(n0));
        (c.n1w, c.n1p, c.n2w, c.n2p) = (c.w(n1), c.p(n1), c.w(n2), c.p(n2));
        c
    }

    /// The word id of token `t`.
    #[inline(always)]
    fn w(&self, t: u32) -> u64 {
        if t == NONE {
            W_NONE
        } else {
            self.ids.w[t as usize]
        }
    }

    /// The tag id of token `t`.
    #[inline(always)]
    fn p(&self, t: u32) -> u64 {
        if t == NONE {
            P_NONE
        } else {
            self.ids.p[t as usize]
        }
    }

    /// The label of token `t` (distinct values for no token and no label yet).
    #[inline(always)]
    fn l(&self, t: u32) -> u64 {
        if t == NONE {
            0x1_0000
        } else {
            let x = self.st.label[t as usize];
            if x == NO_LABEL {
                0x2_0000
            } else {
                x as u64
            }
        }
    }
}

/// Fills `out` with the features of configuration `st`.
#[inline]
pub fn extract(st: &State, ids: &TokenIds, out: &mut [u64; N_FEATURES]) {
    let c = Context::new(st, ids);
    let mut i = 0;
    let mut f = |t: u32, parts: &[u64]| {
        out[i] = combine(t, parts);
        i += 1;
    };
    local_templates(&c, &mut f);
    structural_templates(&c, &mut f);
    assert_eq!(i, N_FEATURES);
}

/// Templates over the stack top and the buffer front: words, pairs,
/// triples, distance and valency.
#[inline(always)]
fn local_templates(c: &Context, f: &mut impl FnMut(u32, &[u64])) {
    // Bias.
    f(100, &[]);
    // Single words.
    f(101, &[c.s0w, c.s0p]);
    f(102, &[c.s0w]);
    f(103, &[c.s0p]);
    f(104, &[c.n0w, c.n0p]);
    f(105, &[c.n0w]);
    f(106, &[c.n0p]);
    f(107, &[c.n1w, c.n1p]);
    f(108, &[c.n1w]);
    f(109, &[c.n1p]);
    f(110, &[c.n2w, c.n2p]);
    f(111, &[c.n2w]);
    f(112, &[c.n2p]);
    // Word pairs.
    f(120, &[c.s0w, c.s0p, c.n0w, c.n0p]);
    f(121, &[c.s0w, c.s0p, c.n0w]);
    f(122, &[c.s0w, c.n0w, c.n0p]);
    f(123, &[c.s0w, c.s0p, c.n0p]);
    f(124, &[c.s0p, c.n0w, c.n0p]);
    f(125, &[c.s0w, c.n0w]);
    f(126, &[c.s0p, c.n0p]);
    f(127, &[c.n0p, c.n1p]);
    // Three words.
    f(130, &[c.n0p, c.n1p, c.n2p]);
    f(131, &[c.s0p, c.n0p, c.n1p]);
    f(132, &[c.p(c.s0h), c.s0p, c.n0p]);
    f(133, &[c.s0p, c.p(c.s0l), c.n0p]);
    f(134, &[c.s0p, c.p(c.s0r), c.n0p]);
    f(135, &[c.s0p, c.n0p, c.p(c.n0l)]);
    // Distance.
    f(140, &[c.s0w, c.d]);
    f(141, &[c.s0p, c.d]);
    f(142, &[c.n0w, c.d]);
    f(143, &[c.n0p, c.d]);
    f(144, &[c.s0w, c.n0w, c.d]);
    f(145, &[c.s0p, c.n0p, c.d]);
    // Valency.
    f(150, &[c.s0w, c.s0vr]);
    f(151, &[c.s0p, c.s0vr]);
    f(152, &[c.s0w, c.s0vl]);
    f(153, &[c.s0p, c.s0vl]);
    f(154, &[c.n0w, c.n0vl]);
    f(155, &[c.n0p, c.n0vl]);
}

/// Templates over heads, children and grandchildren, label sets and the
/// extras (second stack item, suffixes).
#[inline(always)]
fn structural_templates(c: &Context, f: &mut impl FnMut(u32, &[u64])) {
    // Unigrams of heads and children.
    f(160, &[c.w(c.s0h)]);
    f(161, &[c.p(c.s0h)]);
    f(162, &[c.l(c.s0)]);
    f(163, &[c.w(c.s0l)]);
    f(164, &[c.p(c.s0l)]);
    f(165, &[c.l(c.s0l)]);
    f(166, &[c.w(c.s0r)]);
    f(167, &[c.p(c.s0r)]);
    f(168, &[c.l(c.s0r)]);
    f(169, &[c.w(c.n0l)]);
    f(170, &[c.p(c.n0l)]);
    f(171, &[c.l(c.n0l)]);
    // Third order.
    f(180, &[c.w(c.s0h2)]);
    f(181, &[c.p(c.s0h2)]);
    f(182, &[c.l(c.s0h)]);
    f(183, &[c.w(c.s0l2)]);
    f(184, &[c.p(c.s0l2)]);
    f(185, &[c.l(c.s0l2)]);
    f(186, &[c.w(c.s0r2)]);
    f(187, &[c.p(c.s0r2)]);
    f(188, &[c.l(c.s0r2)]);
    f(189, &[c.w(c.n0l2)]);
    f(190, &[c.p(c.n0l2)]);
    f(191, &[c.l(c.n0l2)]);
    f(192, &[c.s0p, c.p(c.s0l), c.p(c.s0l2)]);
    f(193, &[c.s0p, c.p(c.s0r), c.p(c.s0r2)]);
    f(194, &[c.s0p, c.p(c.s0h), c.p(c.s0h2)]);
    f(195, &[c.n0p, c.p(c.n0l), c.p(c.n0l2)]);
    // Label sets.
    f(200, &[c.s0w, c.s0sr]);
    f(201, &[c.s0p, c.s0sr]);
    f(202, &[c.s0w, c.s0sl]);
    f(203, &[c.s0p, c.s0sl]);
    f(204, &[c.n0w, c.n0sl]);
    f(205, &[c.n0p, c.n0sl]);
    // Extras: S1, suffixes, labels with tags.
    f(210, &[c.w(c.s1), c.p(c.s1)]);
    f(211, &[c.p(c.s1), c.s0p, c.n0p]);
    f(212, &[c.p(c.s1), c.s0p]);
    f(213, &[c.s0suf, c.n0p]);
    f(214, &[c.n0suf, c.s0p]);
    f(215, &[c.n0suf]);
    f(216, &[c.s0suf]);
    f(217, &[c.s0p, c.l(c.s0), c.n0p]);
    f(218, &[c.n0p, c.l(c.n0l), c.p(c.n0l)]);
    f(219, &[c.s0p, c.l(c.s0r), c.p(c.s0r)]);
    f(220, &[c.n0w, c.n0p, c.n1p]);
}
