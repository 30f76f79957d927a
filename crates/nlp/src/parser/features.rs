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

/// Fills `out` with the features of configuration `st`.
#[inline]
pub fn extract(st: &State, ids: &TokenIds, out: &mut [u64; N_FEATURES]) {
    let n = st.n;
    let w = |t: u32| if t == NONE { W_NONE } else { ids.w[t as usize] };
    let p = |t: u32| if t == NONE { P_NONE } else { ids.p[t as usize] };
    let l = |t: u32| {
        if t == NONE {
            0x1_0000
        } else {
            let x = st.label[t as usize];
            if x == NO_LABEL {
                0x2_0000
            } else {
                x as u64
            }
        }
    };
    let get = |v: &Vec<u32>, t: u32| if t == NONE { NONE } else { v[t as usize] };

    let s0 = st.s0();
    let s1 = st.s1();
    let n0 = st.b as u32;
    let n1 = if st.b < n { n0 + 1 } else { NONE };
    let n2 = if st.b + 1 < n { n0 + 2 } else { NONE };
    let s0h = get(&st.head, s0);
    let s0h2 = get(&st.head, s0h);
    let s0l = get(&st.lc1, s0);
    let s0l2 = get(&st.lc2, s0);
    let s0r = get(&st.rc1, s0);
    let s0r2 = get(&st.rc2, s0);
    let n0l = get(&st.lc1, n0);
    let n0l2 = get(&st.lc2, n0);

    let (s0w, s0p, n0w, n0p) = (w(s0), p(s0), w(n0), p(n0));
    let (n1w, n1p, n2w, n2p) = (w(n1), p(n1), w(n2), p(n2));
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
    let (n0vl, n0sl) = (st.nl[nb] as u64, st.lset[nb]);
    let s0suf = if s0 == NONE {
        W_NONE
    } else {
        ids.suf[s0 as usize]
    };
    let n0suf = ids.suf[nb];

    let mut i = 0;
    let mut f = |t: u32, parts: &[u64]| {
        out[i] = combine(t, parts);
        i += 1;
    };
    // Bias.
    f(100, &[]);
    // Single words.
    f(101, &[s0w, s0p]);
    f(102, &[s0w]);
    f(103, &[s0p]);
    f(104, &[n0w, n0p]);
    f(105, &[n0w]);
    f(106, &[n0p]);
    f(107, &[n1w, n1p]);
    f(108, &[n1w]);
    f(109, &[n1p]);
    f(110, &[n2w, n2p]);
    f(111, &[n2w]);
    f(112, &[n2p]);
    // Word pairs.
    f(120, &[s0w, s0p, n0w, n0p]);
    f(121, &[s0w, s0p, n0w]);
    f(122, &[s0w, n0w, n0p]);
    f(123, &[s0w, s0p, n0p]);
    f(124, &[s0p, n0w, n0p]);
    f(125, &[s0w, n0w]);
    f(126, &[s0p, n0p]);
    f(127, &[n0p, n1p]);
    // Three words.
    f(130, &[n0p, n1p, n2p]);
    f(131, &[s0p, n0p, n1p]);
    f(132, &[p(s0h), s0p, n0p]);
    f(133, &[s0p, p(s0l), n0p]);
    f(134, &[s0p, p(s0r), n0p]);
    f(135, &[s0p, n0p, p(n0l)]);
    // Distance.
    f(140, &[s0w, d]);
    f(141, &[s0p, d]);
    f(142, &[n0w, d]);
    f(143, &[n0p, d]);
    f(144, &[s0w, n0w, d]);
    f(145, &[s0p, n0p, d]);
    // Valency.
    f(150, &[s0w, s0vr]);
    f(151, &[s0p, s0vr]);
    f(152, &[s0w, s0vl]);
    f(153, &[s0p, s0vl]);
    f(154, &[n0w, n0vl]);
    f(155, &[n0p, n0vl]);
    // Unigrams of heads and children.
    f(160, &[w(s0h)]);
    f(161, &[p(s0h)]);
    f(162, &[l(s0)]);
    f(163, &[w(s0l)]);
    f(164, &[p(s0l)]);
    f(165, &[l(s0l)]);
    f(166, &[w(s0r)]);
    f(167, &[p(s0r)]);
    f(168, &[l(s0r)]);
    f(169, &[w(n0l)]);
    f(170, &[p(n0l)]);
    f(171, &[l(n0l)]);
    // Third order.
    f(180, &[w(s0h2)]);
    f(181, &[p(s0h2)]);
    f(182, &[l(s0h)]);
    f(183, &[w(s0l2)]);
    f(184, &[p(s0l2)]);
    f(185, &[l(s0l2)]);
    f(186, &[w(s0r2)]);
    f(187, &[p(s0r2)]);
    f(188, &[l(s0r2)]);
    f(189, &[w(n0l2)]);
    f(190, &[p(n0l2)]);
    f(191, &[l(n0l2)]);
    f(192, &[s0p, p(s0l), p(s0l2)]);
    f(193, &[s0p, p(s0r), p(s0r2)]);
    f(194, &[s0p, p(s0h), p(s0h2)]);
    f(195, &[n0p, p(n0l), p(n0l2)]);
    // Label sets.
    f(200, &[s0w, s0sr]);
    f(201, &[s0p, s0sr]);
    f(202, &[s0w, s0sl]);
    f(203, &[s0p, s0sl]);
    f(204, &[n0w, n0sl]);
    f(205, &[n0p, n0sl]);
    // Extras: S1, suffixes, labels with tags.
    f(210, &[w(s1), p(s1)]);
    f(211, &[p(s1), s0p, n0p]);
    f(212, &[p(s1), s0p]);
    f(213, &[s0suf, n0p]);
    f(214, &[n0suf, s0p]);
    f(215, &[n0suf]);
    f(216, &[s0suf]);
    f(217, &[s0p, l(s0), n0p]);
    f(218, &[n0p, l(n0l), p(n0l)]);
    f(219, &[s0p, l(s0r), p(s0r)]);
    f(220, &[n0w, n0p, n1p]);
    assert_eq!(i, N_FEATURES);
}
