//! Feature extraction of the part-of-speech tagger: per-word string ids
//! computed once per token ([`WordInfo`]), then hashed context features
//! built from them with [`combine`] (no allocation per token).

use crate::perceptron::{combine, string_id};
use rustc_hash::FxHashMap;

/// Precomputed ids of one word (see [`WordInfo::new`]).
#[derive(Clone, Copy, Default)]
pub(crate) struct WordInfo {
    /// The exact form.
    pub form: u64,
    /// Lowercased, digits folded to `0`.
    pub norm: u64,
    /// Word shape (`Xxxx`, `dd.dd`, ...).
    pub shape: u64,
    pub pre1: u64,
    pub pre2: u64,
    pub pre3: u64,
    pub suf1: u64,
    pub suf2: u64,
    pub suf3: u64,
    pub suf4: u64,
    pub suf5: u64,
    /// The word's ambiguity class (tags seen with it in training), or a
    /// constant for rare and unseen words.
    pub amb: u64,
    /// Bit 0: has an upper-case letter; 1: has a digit; 2: has a hyphen;
    /// 3: all upper case; 4: rare or unseen in training.
    pub flags: u64,
}

/// The ambiguity id of rare and unseen words.
pub(crate) const AMB_UNKNOWN: u64 = 0x5eed_0000_0000_0001;

/// Reusable buffers for [`WordInfo::new`].
#[derive(Default)]
pub(crate) struct Scratch {
    norm: String,
    shape: String,
}

impl WordInfo {
    /// The padding word before the sentence start (`which` 1 or 2) or after its end (3, 4).
    pub fn pad(which: u64) -> WordInfo {
        let id = 0xbad0_0000_0000_0000 | which;
        WordInfo {
            form: id,
            norm: id,
            shape: id,
            pre1: id,
            pre2: id,
            pre3: id,
            suf1: id,
            suf2: id,
            suf3: id,
            suf4: id,
            suf5: id,
            amb: id,
            flags: id,
        }
    }

    /// Computes the ids of `word`; `amb` maps normalised-word ids to ambiguity ids.
    pub fn new(word: &str, amb: &FxHashMap<u64, u64>, s: &mut Scratch) -> WordInfo {
        s.norm.clear();
        s.shape.clear();
        let (mut upper, mut lower_seen, mut digit, mut hyphen) = (false, false, false, false);
        let mut last = '\0';
        let mut run = 0;
        for c in word.chars() {
            if c.is_uppercase() {
                upper = true;
            } else if c.is_lowercase() {
                lower_seen = true;
            }
            if c.is_ascii_digit() {
                digit = true;
                s.norm.push('0');
            } else {
                if c == '-' {
                    hyphen = true;
                }
                for l in c.to_lowercase() {
                    s.norm.push(l);
                }
            }
            let sc = if c.is_uppercase() {
                'X'
            } else if c.is_alphabetic() {
                'x'
            } else if c.is_numeric() {
                'd'
            } else {
                c
            };
            if sc == last {
                run += 1;
            } else {
                run = 0;
                last = sc;
            }
            if run < 3 {
                s.shape.push(sc);
            }
        }
        let norm_id = string_id(&s.norm);
        let n = s.norm.as_str();
        let suffix = |k: usize| -> u64 {
            match n.char_indices().rev().nth(k - 1) {
                Some((i, _)) => combine(100 + k as u32, &[string_id(&n[i..])]),
                None => combine(100 + k as u32, &[norm_id]),
            }
        };
        let prefix = |k: usize| -> u64 {
            match word.char_indices().nth(k) {
                Some((i, _)) => combine(110 + k as u32, &[string_id(&word[..i])]),
                None => combine(110 + k as u32, &[string_id(word)]),
            }
        };
        let amb_id = amb.get(&norm_id).copied().unwrap_or(AMB_UNKNOWN);
        let form_id = string_id(word);
        let flags = upper as u64
            | (digit as u64) << 1
            | (hyphen as u64) << 2
            | ((upper && !lower_seen) as u64) << 3
            | ((amb_id == AMB_UNKNOWN) as u64) << 4;
        WordInfo {
            form: form_id,
            norm: norm_id,
            shape: string_id(&s.shape),
            pre1: prefix(1),
            pre2: prefix(2),
            pre3: prefix(3),
            suf1: suffix(1),
            suf2: suffix(2),
            suf3: suffix(3),
            suf4: suffix(4),
            suf5: suffix(5),
            amb: amb_id,
            flags,
        }
    }
}

/// The casing of a whole sentence: 0 ordinary, 1 no capital letter at
/// all, 2 title case (most words capitalised), 3 mostly upper case.
pub(crate) fn sentence_case(words: &[&str]) -> u64 {
    let (mut alpha, mut cap, mut caps) = (0, 0, 0);
    for w in words {
        let mut chars = w.chars();
        let Some(c0) = chars.next() else { continue };
        if !w.chars().any(char::is_alphabetic) {
            continue;
        }
        alpha += 1;
        if c0.is_uppercase() {
            cap += 1;
            if w.chars()
                .filter(|c| c.is_alphabetic())
                .all(char::is_uppercase)
                && w.chars().count() > 1
            {
                caps += 1;
            }
        }
    }
    let id = if alpha == 0 {
        0
    } else if cap == 0 {
        1
    } else if alpha >= 3 && caps * 10 >= alpha * 7 {
        3
    } else if alpha >= 4 && cap * 10 >= alpha * 6 {
        2
    } else {
        0
    };
    0x5e47_0000_0000_0000 | id
}

/// A sentence's words with two padding words on each side, so that the
/// context window needs no bounds checks: word `i` is at `padded[i + 2]`.
pub(crate) fn pad_sentence(words: &[WordInfo], out: &mut Vec<WordInfo>) {
    out.clear();
    out.push(WordInfo::pad(1));
    out.push(WordInfo::pad(2));
    out.extend_from_slice(words);
    out.push(WordInfo::pad(3));
    out.push(WordInfo::pad(4));
}

/// Ids of the two previous tags (`p1` the nearest); pads use their own ids.
pub(crate) fn tag_id(class: Option<u16>, pad: u64) -> u64 {
    match class {
        Some(c) => 0x7a90_0000_0000_0000 | c as u64,
        None => 0xbad1_0000_0000_0000 | pad,
    }
}

/// Appends the features of word `i` (index into the unpadded sentence) to
/// `out`, given the padded sentence and the ids of the two previous tags.
pub(crate) fn features(
    padded: &[WordInfo],
    i: usize,
    p1: u64,
    p2: u64,
    case: u64,
    out: &mut Vec<u64>,
) {
    out.clear();
    let w = &padded[i + 2];
    let (m1, m2) = (&padded[i + 1], &padded[i]);
    let (n1, n2) = (&padded[i + 3], &padded[i + 4]);
    let first = (i == 0) as u64;
    out.extend_from_slice(&[
        combine(1, &[]),
        combine(2, &[w.norm]),
        combine(3, &[w.form]),
        w.suf1,
        w.suf2,
        w.suf3,
        w.suf4,
        w.suf5,
        w.pre1,
        w.pre2,
        w.pre3,
        combine(4, &[w.shape]),
        combine(5, &[w.flags, first]),
        combine(6, &[w.amb]),
        combine(7, &[p1]),
        combine(8, &[p2]),
        combine(9, &[p1, p2]),
        combine(10, &[p1, w.norm]),
        combine(11, &[m1.norm]),
        combine(12, &[m1.suf3]),
        combine(13, &[m2.norm]),
        combine(14, &[n1.norm]),
        combine(15, &[n1.suf3]),
        combine(16, &[n2.norm]),
        combine(17, &[m1.shape]),
        combine(18, &[n1.shape]),
        combine(19, &[n1.amb]),
        combine(20, &[n2.amb]),
        combine(21, &[m1.norm, w.norm]),
        combine(22, &[w.norm, n1.norm]),
        combine(23, &[p1, n1.amb]),
        combine(24, &[w.amb, n1.amb]),
        combine(25, &[p1, w.amb]),
        combine(26, &[p1, w.suf3]),
        combine(27, &[n1.suf2]),
        combine(31, &[m1.form]),
        combine(32, &[n1.form]),
        combine(33, &[case, w.shape]),
        combine(34, &[case, w.flags, first]),
        combine(35, &[p1, n1.norm]),
        combine(36, &[w.norm, n1.amb]),
        combine(37, &[case, w.amb]),
    ]);
}
