//! The token scanner: cuts text (as a slice of chars) into token spans,
//! following UD English EWT conventions.
//!
//! Text is first cut at whitespace into chunks; each chunk is scanned left to
//! right into URLs and e-mail addresses (kept whole), words (letters and
//! digits joined by word-internal `.` `,` `:` `/` `&` `'` `-` where EWT keeps
//! them) and punctuation (runs such as `...`, `!!`, `--` stay one token).
//! Words are then split into syntactic words: clitics (`do` `n't`, `it` `'s`)
//! and units glued to numbers (`2` `bn`).

use super::lexicon;
use super::links::{bare_url_end, email_end, is_host_char, is_local_char, tag_end, url_end};

/// A token span `start..end` in char offsets.
pub type Span = (usize, usize);

/// Whitespace for tokenisation: Unicode whitespace plus zero-width
/// characters that web text scatters around.
#[inline]
pub fn is_space(c: char) -> bool {
    c.is_whitespace() || matches!(c, '\u{200B}' | '\u{200C}' | '\u{2060}' | '\u{FEFF}')
}

/// Letters, digits and combining marks.
#[inline]
pub(super) fn is_word(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphanumeric()
    } else {
        c.is_alphanumeric() || is_mark(c)
    }
}

/// Common combining diacritics (kept inside the word they modify).
#[inline]
fn is_mark(c: char) -> bool {
    matches!(c, '\u{0300}'..='\u{036F}' | '\u{1AB0}'..='\u{1AFF}' | '\u{1DC0}'..='\u{1DFF}' | '\u{20D0}'..='\u{20FF}' | '\u{FE20}'..='\u{FE2F}')
}

#[inline]
fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '’' | '`')
}

/// Appends the token spans of `chars` to `out`.
pub fn scan(chars: &[char], out: &mut Vec<Span>) {
    let n = chars.len();
    let mut i = 0;
    while i < n {
        if is_space(chars[i]) {
            i += 1;
            continue;
        }
        let mut e = i + 1;
        while e < n && !is_space(chars[e]) {
            e += 1;
        }
        scan_chunk(chars, i, e, out);
        i = e;
    }
}

/// Scans one whitespace-free chunk `s..e`.
fn scan_chunk(chars: &[char], s: usize, e: usize, out: &mut Vec<Span>) {
    let has_at = chars[s..e].contains(&'@');
    let has_slash = chars[s..e].contains(&'/');
    let mut i = s;
    while i < e {
        if let Some(j) = url_end(chars, i, e) {
            out.push((i, j));
            i = j;
            continue;
        }
        // (Each check starts only where its pattern can start, so that a long
        // chunk is scanned in linear time.)
        let fresh = |part: fn(char) -> bool| i == s || !part(chars[i - 1]);
        if has_slash && is_word(chars[i]) && fresh(is_host_char) {
            if let Some(j) = bare_url_end(chars, i, e) {
                out.push((i, j));
                i = j;
                continue;
            }
        }
        if has_at && fresh(is_local_char) {
            if let Some(j) = email_end(chars, i, e) {
                out.push((i, j));
                i = j;
                continue;
            }
        }
        if let Some(j) = tag_end(chars, s, i, e) {
            out.push((i, j));
            i = j;
            continue;
        }
        if is_word(chars[i]) {
            let j = word_end(chars, i, e);
            split_word(chars, i, j, out);
            i = j;
        } else {
            let j = punct_end(chars, i, e);
            out.push((i, j));
            i = j;
        }
    }
}

/// Length of the run of letters starting at `i` (stopping at `e`).
fn letters_from(chars: &[char], i: usize, e: usize) -> usize {
    chars[i..e].iter().take_while(|c| c.is_alphabetic()).count()
}

/// The end of the word starting at `i` (a word character): letters and
/// digits, with the word-internal connectors EWT keeps, and the period of
/// an abbreviation.
fn word_end(chars: &[char], i: usize, e: usize) -> usize {
    let mut j = i + 1;
    // Start of the current run of word characters (after the last connector).
    let mut run = i;
    let mut dotted = false;
    loop {
        while j < e && is_word(chars[j]) {
            j += 1;
        }
        if j + 1 >= e || !is_word(chars[j + 1]) {
            break;
        }
        let prev = chars[j - 1];
        let next = chars[j + 1];
        let keep = match chars[j] {
            '\'' | '’' | '`' => next.is_alphabetic(),
            '.' => {
                let internal = dot_is_internal(chars, dotted, run, j, e);
                dotted |= internal;
                internal
            }
            ',' => {
                prev.is_ascii_digit()
                    && j + 4 <= e
                    && chars[j + 1..j + 4].iter().all(|c| c.is_ascii_digit())
                    && (j + 4 == e || !chars[j + 4].is_ascii_digit())
            }
            ':' => prev.is_ascii_digit() && next.is_ascii_digit(),
            '/' if prev.is_ascii_digit() && next.is_ascii_digit() => {
                match slash_number_end(chars, run, j, e) {
                    Some(end) => {
                        j = end;
                        run = end;
                        continue;
                    }
                    None => false,
                }
            }
            '/' => {
                j - run == 1
                    && prev.is_alphabetic()
                    && next.is_alphabetic()
                    && (j + 2 >= e || !is_word(chars[j + 2]))
            }
            '&' => prev.is_uppercase() && next.is_uppercase(),
            '_' => true,
            '-' | '‑' => {
                if let Some(end) = numeric_hyphen_end(chars, run, e) {
                    j = end;
                    run = end;
                    continue;
                }
                hyphen_is_internal(chars, run, j)
            }
            _ => false,
        };
        if !keep {
            break;
        }
        j += 1;
        run = j;
    }
    // "Yahoo!" is a name.
    if j < e && chars[j] == '!' && chars[i..j] == ['Y', 'a', 'h', 'o', 'o'] {
        return j + 1;
    }
    // An abbreviation keeps its period ("Co.", "U.S.", "M."), unless the
    // period starts an ellipsis.
    // "D.C.." is "D.C." then ".".
    let ellipsis = |k: usize| k < e && matches!(chars[k], '.' | '…');
    if j < e
        && chars[j] == '.'
        && (!ellipsis(j + 1) || !ellipsis(j + 2))
        && is_abbreviation(chars, i, j)
    {
        j += 1;
    }
    j
}

/// Decides whether the period at `j` inside a word (between word characters)
/// belongs to it ("3.5", "U.S", "sputniknews.com", "Ph.D") or ends a
/// sentence glued to the next ("espionage.According", "ships.ZPMC").
fn dot_is_internal(chars: &[char], dotted: bool, run: usize, j: usize, e: usize) -> bool {
    let prev = chars[j - 1];
    let next = chars[j + 1];
    if next.is_ascii_digit() && !prev.is_ascii_digit() && is_abbreviation(chars, run, j) {
        return false; // "Nov.28"
    }
    if !next.is_uppercase() {
        return true; // digits, lowercase: numbers, domains, file names
    }
    let left = j - run;
    let right = letters_from(chars, j + 1, e);
    let mut buf = [0u8; 4];
    if (j + 1 + right == e || !is_word(chars[j + 1 + right]))
        && lower_ascii(&chars[j + 1..j + 1 + right], &mut buf).is_some_and(lexicon::is_tld)
    {
        return true; // "Newsfeed.Com", "Amazon.COM"
    }
    if left <= 1 || right <= 1 || dotted {
        return true; // U.S, J.R.R, Ph.D
    }
    let right_capitalised = chars[j + 2].is_lowercase();
    let left_has_lower = chars[run..j].iter().any(|c| c.is_lowercase());
    // "espionage.According", "2023.The", "ships.ZPMC"; but "ASP.NET" and
    // "600320.SS" stay whole. (A title glued to a name, "Mr.Smith", is split
    // too: the period then stays with the title.)
    !(right_capitalised || left_has_lower)
}

/// If a run of digit groups joined by hyphens starts at `run` and EWT keeps
/// it whole (dates 2023-03-05, phone numbers 713-853-3989, 345-9945), its end.
fn numeric_hyphen_end(chars: &[char], run: usize, e: usize) -> Option<usize> {
    let mut k = run;
    let mut groups: u32 = 0;
    let mut first = 0;
    let last;
    loop {
        let g = k;
        while k < e && chars[k].is_ascii_digit() {
            k += 1;
        }
        let len = k - g;
        if len == 0 {
            return None;
        }
        if groups == 0 {
            first = len;
        }
        groups += 1;
        if groups > 5 {
            return None; // not a date or a telephone number
        }
        if k + 1 < e && chars[k] == '-' && chars[k + 1].is_ascii_digit() {
            k += 1;
        } else {
            last = len;
            break;
        }
    }
    if k < e && is_word(chars[k]) {
        return None;
    }
    // Year ranges ("2003-2007") and other ranges ("1-4") are split.
    (groups >= 3 || (groups == 2 && first != 4 && last == 4)).then_some(k)
}

/// A slash between digits (at `j`) stays inside dates ("11/28/2000",
/// "9/11") but not in fractions and ranges ("3/4", "20/20"), as in EWT:
/// the end of the date if it is one.
fn slash_number_end(chars: &[char], run: usize, j: usize, e: usize) -> Option<usize> {
    let digits = |from: usize| {
        chars[from..e]
            .iter()
            .take_while(|c| c.is_ascii_digit())
            .count()
    };
    let left = j - run;
    let right = digits(j + 1);
    let after = j + 1 + right;
    if after + 1 < e && chars[after] == '/' && chars[after + 1].is_ascii_digit() {
        return Some(after + 1 + digits(after + 1)); // three groups: a date
    }
    if left > 2 || right > 2 || !chars[run..j].iter().all(|c| c.is_ascii_digit()) {
        return None;
    }
    let value = |from: usize, len: usize| {
        chars[from..from + len]
            .iter()
            .fold(0u32, |v, c| v * 10 + c.to_digit(10).unwrap_or(0))
    };
    let (a, b) = (value(run, left), value(j + 1, right));
    ((1..=12).contains(&a) && (1..=31).contains(&b) && !(b <= 8 && a < b)).then_some(after)
}

/// A hyphen after the run `run..j` stays inside the word when the run is a
/// prefix EWT keeps attached ("e-mail", "non-profit").
fn hyphen_is_internal(chars: &[char], run: usize, j: usize) -> bool {
    let mut buf = [0u8; 8];
    lower_ascii(&chars[run..j], &mut buf).is_some_and(lexicon::is_hyphen_prefix)
}

/// `w` lowercased into `buf` if it is ASCII letters and fits.
pub(super) fn lower_ascii<'a>(w: &[char], buf: &'a mut [u8]) -> Option<&'a str> {
    if w.len() > buf.len() {
        return None;
    }
    for (b, &c) in buf.iter_mut().zip(w) {
        if !c.is_ascii_alphabetic() {
            return None;
        }
        *b = c.to_ascii_lowercase() as u8;
    }
    std::str::from_utf8(&buf[..w.len()]).ok()
}

/// `w` as ASCII text in `buf`, case kept.
fn ascii<'a>(w: &[char], buf: &'a mut [u8]) -> Option<&'a str> {
    if w.len() > buf.len() {
        return None;
    }
    for (b, &c) in buf.iter_mut().zip(w) {
        if !c.is_ascii() {
            return None;
        }
        *b = c as u8;
    }
    std::str::from_utf8(&buf[..w.len()]).ok()
}

/// The word `i..j` followed by a period is an abbreviation: an initial
/// ("M."), a dotted form of one- or two-letter parts ("U.S.", "a.m.",
/// "Ph.D."), or a listed abbreviation ("Co.", "Jan.").
pub fn is_abbreviation(chars: &[char], i: usize, j: usize) -> bool {
    let w = &chars[i..j];
    if w.len() == 1 && w[0].is_uppercase() {
        return true;
    }
    // Born, died, married in biographies: "(b. 1950)".
    if w.len() == 1 && matches!(w[0], 'b' | 'd' | 'm') && i > 0 && chars[i - 1] == '(' {
        return true;
    }
    if w.contains(&'.') {
        return w
            .split(|&c| c == '.')
            .all(|p| (1..=2).contains(&p.len()) && p.iter().all(|c| c.is_alphabetic()));
    }
    let mut buf = [0u8; 8];
    ascii(w, &mut buf).is_some_and(lexicon::is_abbreviation)
}

/// Splits the word `i..j` into syntactic words: clitics and units.
fn split_word(chars: &[char], i: usize, j: usize, out: &mut Vec<Span>) {
    let w = &chars[i..j];
    // Contractions with an apostrophe: split before the last apostrophe
    // ("it" "'s") or before "n't" ("ca" "n't").
    if let Some(a) = w.iter().rposition(|&c| is_apostrophe(c)) {
        if a > 0 {
            let mut buf = [0u8; 2];
            let suffix = lower_ascii(&w[a + 1..], &mut buf);
            match suffix {
                Some("t") if a > 1 && matches!(w[a - 1], 'n' | 'N') => {
                    out.push((i, i + a - 1));
                    out.push((i + a - 1, j));
                    return;
                }
                // Decades and plurals of numbers stay whole ("60's", "AK47's").
                Some("s") if w[a - 1].is_ascii_digit() => {}
                Some("s" | "m" | "d" | "ll" | "re" | "ve") => {
                    out.push((i, i + a));
                    out.push((i + a, j));
                    return;
                }
                _ => {}
            }
        }
    }
    // Contractions without one ("dont", "cannot", "gonna").
    if (4..=8).contains(&w.len()) {
        let mut buf = [0u8; 8];
        if let Some(k) = lower_ascii(w, &mut buf).and_then(lexicon::apostropheless_split) {
            out.push((i, i + k));
            out.push((i + k, j));
            return;
        }
    }
    // A unit glued to a number ("2bn", "5pm", "3M").
    if w[0].is_ascii_digit() {
        if let Some(p) = w.iter().position(|c| c.is_alphabetic()) {
            let numeric = w[..p]
                .iter()
                .all(|&c| c.is_ascii_digit() || matches!(c, '.' | ',' | ':'));
            let mut buf = [0u8; 4];
            if numeric
                && w[p - 1].is_ascii_digit()
                && lower_ascii(&w[p..], &mut buf).is_some_and(lexicon::is_unit)
            {
                out.push((i, i + p));
                out.push((i + p, j));
                return;
            }
        }
    }
    out.push((i, j));
}

/// The end of the punctuation token starting at `i`: an emoticon, a run of
/// sentence-final marks (`...`, `?!`), or a run of one repeated symbol
/// (`--`, `**`); otherwise the single character.
fn punct_end(chars: &[char], i: usize, e: usize) -> usize {
    let c = chars[i];
    if let Some(n) = emoticon_len(chars, i, e) {
        return i + n;
    }
    if let Some(n) = apostrophe_token_len(chars, i, e) {
        return i + n;
    }
    let mut j = i + 1;
    if !c.is_ascii() {
        // An emoji with its modifiers and joined parts ("👍🏽", "☺️", "👨‍👩‍👧").
        while j < e {
            match chars[j] {
                '\u{FE0E}' | '\u{FE0F}' | '\u{1F3FB}'..='\u{1F3FF}' | '\u{20E3}' => j += 1,
                '\u{200D}' if j + 1 < e => j += 2,
                _ => break,
            }
        }
        if j > i + 1 {
            return j;
        }
    }
    match c {
        '\'' | '’' | '‘' | '`' => {
            // Doubled quotes ('' ‘’ ``) are one token.
            while j < e && matches!(chars[j], '\'' | '’' | '‘' | '`') {
                j += 1;
            }
        }
        '.' if j < e && chars[j].is_ascii_digit() && (i == 0 || !is_word(chars[i - 1])) => {
            // A number without its leading zero (".203", "$.04").
            while j < e && chars[j].is_ascii_digit() {
                j += 1;
            }
        }
        '+' if j < e && chars[j].is_ascii_digit() && (i == 0 || is_space(chars[i - 1])) => {
            // A telephone prefix ("+44").
            while j < e && chars[j].is_ascii_digit() {
                j += 1;
            }
        }
        '.' | '!' | '?' | '…' => {
            while j < e && matches!(chars[j], '.' | '!' | '?' | '…') {
                j += 1;
            }
        }
        '(' | ')' | '[' | ']' | '{' | '}' | '"' | '“' | '”' | '«' | '»' | ',' => {}
        _ => {
            while j < e && chars[j] == c {
                j += 1;
            }
        }
    }
    j
}

/// A token starting with an apostrophe: a year ("'72", "’90s") or a clitic
/// standing after a space or an abbreviation ("FERC 's", "U.S.'s").
fn apostrophe_token_len(chars: &[char], i: usize, e: usize) -> Option<usize> {
    if !is_apostrophe(chars[i]) {
        return None;
    }
    let digits = chars[i + 1..e]
        .iter()
        .take_while(|c| c.is_ascii_digit())
        .count();
    let mut k = i + 1 + digits;
    if digits == 2 && k < e && chars[k] == 's' {
        k += 1;
    }
    if digits == 0 && (i == 0 || is_space(chars[i - 1]) || chars[i - 1] == '.') {
        let letters = letters_from(chars, i + 1, e);
        let mut buf = [0u8; 2];
        if lower_ascii(&chars[i + 1..i + 1 + letters], &mut buf)
            .is_some_and(|w| matches!(w, "s" | "m" | "d" | "ll" | "re" | "ve"))
        {
            k = i + 1 + letters;
        } else {
            return None;
        }
    } else if digits != 2 {
        return None;
    }
    (k == e || !is_word(chars[k])).then_some(k - i)
}

/// Emoticons EWT keeps as one token: `:)`, `:-(`, `;)`, `:D`, `:P`.
fn emoticon_len(chars: &[char], i: usize, e: usize) -> Option<usize> {
    if !matches!(chars[i], ':' | ';') || i + 1 >= e {
        return None;
    }
    let mut k = i + 1;
    if chars[k] == '-' && k + 1 < e {
        k += 1;
    }
    let end_ok = |m: usize| m + 1 >= e || !is_word(chars[m + 1]);
    match chars[k] {
        ')' | '(' | ']' | '[' => Some(k + 1 - i),
        'D' | 'P' | 'p' if end_ok(k) => Some(k + 1 - i),
        _ => None,
    }
}
