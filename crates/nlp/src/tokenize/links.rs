//! Links and markup inside a chunk of text: URLs (with a scheme or bare
//! `www.` hosts), e-mail addresses and tags, each kept as one token.

use super::lexicon;
use super::scanner::{is_word, lower_ascii};

/// `chars[i..]` starts with the ASCII string `p`, ignoring case.
fn starts_with_ci(chars: &[char], i: usize, e: usize, p: &str) -> bool {
    let p = p.as_bytes();
    i + p.len() <= e
        && chars[i..i + p.len()]
            .iter()
            .zip(p)
            .all(|(&c, &b)| c.is_ascii() && (c as u8).eq_ignore_ascii_case(&b))
}

/// A URL starting at `i`: `http://`, `https://`, `ftp://`, `www.` or
/// `mailto:`, up to the end of the chunk less trailing punctuation.
pub(super) fn url_end(chars: &[char], i: usize, e: usize) -> Option<usize> {
    let c = chars[i];
    if !matches!(c, 'h' | 'H' | 'f' | 'F' | 'w' | 'W' | 'm' | 'M') {
        return None;
    }
    let scheme = ["http://", "https://", "ftp://", "www.", "mailto:"]
        .iter()
        .find(|p| starts_with_ci(chars, i, e, p))?;
    trim_url(chars, i, i + scheme.len() + 1, e)
}

pub(super) fn is_host_char(c: char) -> bool {
    is_word(c) || matches!(c, '.' | '-' | '_')
}

pub(super) fn is_local_char(c: char) -> bool {
    is_word(c) || matches!(c, '.' | '_' | '%' | '+' | '-')
}

/// A URL without a scheme starting at `i`: a domain name with a known
/// top-level domain followed by a path ("sputniknews.com/20230305/...").
pub(super) fn bare_url_end(chars: &[char], i: usize, e: usize) -> Option<usize> {
    let mut j = i;
    let mut last_dot = None;
    while j < e && is_host_char(chars[j]) {
        if chars[j] == '.' {
            last_dot = Some(j);
        }
        j += 1;
    }
    let dot = last_dot?;
    let mut buf = [0u8; 4];
    let tld = lower_ascii(&chars[dot + 1..j], &mut buf).is_some_and(lexicon::is_tld);
    if !tld || j + 1 >= e || chars[j] != '/' {
        return None;
    }
    trim_url(chars, i, j + 1, e)
}

/// The end of a URL `i..e` less trailing punctuation (and closing brackets
/// that it does not open), if at least `min` remains.
fn trim_url(chars: &[char], i: usize, min: usize, e: usize) -> Option<usize> {
    let mut j = e;
    let opens = chars[i..e].iter().filter(|&&c| c == '(').count();
    let mut closes = chars[i..e].iter().filter(|&&c| c == ')').count();
    while j > min {
        let c = chars[j - 1];
        let strip = match c {
            '.' | ',' | ';' | ':' | '!' | '?' | '"' | '\'' | '”' | '’' | '“' | ']' | '>' | '}' => {
                true
            }
            ')' if closes > opens => {
                closes -= 1;
                true
            }
            _ => false,
        };
        if !strip {
            break;
        }
        j -= 1;
    }
    (j >= min).then_some(j)
}

/// An e-mail address starting at `i` (`name@host.tld`, or `name@HOST`).
pub(super) fn email_end(chars: &[char], i: usize, e: usize) -> Option<usize> {
    let mut j = i;
    while j < e && is_local_char(chars[j]) {
        j += 1;
    }
    if j == i || j >= e || chars[j] != '@' || !is_word(chars[i]) {
        return None;
    }
    let host_start = j + 1;
    let mut k = host_start;
    while k < e && (is_word(chars[k]) || matches!(chars[k], '.' | '-' | '_')) {
        k += 1;
    }
    while k > host_start && !is_word(chars[k - 1]) {
        k -= 1;
    }
    (k > host_start).then_some(k)
}

/// A hashtag or handle starting at `i` ("#IStandWithAhmed", "@POTUS"), not
/// inside a word.
pub(super) fn tag_end(chars: &[char], s: usize, i: usize, e: usize) -> Option<usize> {
    if !matches!(chars[i], '#' | '@')
        || (i > s && is_word(chars[i - 1]))
        || i + 1 >= e
        || !chars[i + 1].is_alphabetic()
    {
        return None;
    }
    let mut j = i + 1;
    loop {
        while j < e && (is_word(chars[j]) || chars[j] == '_') {
            j += 1;
        }
        // A handle may be a domain ("@paulhastings.com").
        if chars[i] == '@' && j + 1 < e && chars[j] == '.' && chars[j + 1].is_alphanumeric() {
            j += 1;
        } else {
            return Some(j);
        }
    }
}
