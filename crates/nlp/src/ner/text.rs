//! Word normalisation for the NER: quote and dash folding, the lower-cased
//! key with digits folded to `0`, word shapes, and the case style of a line
//! (all caps, title case or ordinary prose).

use crate::perceptron::string_id;

/// Folds typographic quotes and dashes to their ASCII forms.
pub(crate) fn fold_char(c: char) -> char {
    match c {
        '\u{201c}' | '\u{201d}' | '\u{201e}' | '\u{00ab}' | '\u{00bb}' => '"',
        '\u{2018}' | '\u{2019}' | '\u{201a}' | '`' | '\u{00b4}' => '\'',
        '\u{2013}' | '\u{2014}' | '\u{2212}' => '-',
        _ => c,
    }
}

/// The word with quotes and dashes folded, written into `out`.
pub(crate) fn norm_word(w: &str, out: &mut String) {
    out.clear();
    out.extend(w.chars().map(fold_char));
    // PTB-style quotes
    if out == "``" || out == "''" {
        out.clear();
        out.push('"');
    }
}

/// The lower-cased key of a word: folded, lower case, digits as `0`.
pub(crate) fn lower_word(w: &str, out: &mut String) {
    out.clear();
    for c in w.chars().map(fold_char) {
        if c.is_ascii_digit() {
            out.push('0');
        } else if c.is_uppercase() {
            out.extend(c.to_lowercase());
        } else {
            out.push(c);
        }
    }
    if out == "``" || out == "''" {
        out.clear();
        out.push('"');
    }
}

/// The id of a word's lower-cased key.
pub(crate) fn lower_id(w: &str, buf: &mut String) -> u64 {
    lower_word(w, buf);
    string_id(buf)
}

/// Word shape: `X` upper, `x` lower, `d` digit, other characters folded and
/// kept; runs longer than `max_run` are cut (1 gives the short shape `Xx`).
pub(crate) fn shape(w: &str, max_run: usize, out: &mut String) {
    out.clear();
    let mut last = '\0';
    let mut run = 0;
    for c in w.chars().map(fold_char) {
        let s = if c.is_uppercase() {
            'X'
        } else if c.is_lowercase() {
            'x'
        } else if c.is_numeric() {
            'd'
        } else if c.is_alphabetic() {
            'a'
        } else {
            c
        };
        if s == last {
            run += 1;
        } else {
            run = 1;
            last = s;
        }
        if run <= max_run {
            out.push(s);
        }
    }
}

/// True when the word has an upper-case letter.
pub(crate) fn has_upper(w: &str) -> bool {
    w.chars().any(|c| c.is_uppercase())
}

/// True when the word starts with an upper-case letter.
pub(crate) fn init_cap(w: &str) -> bool {
    w.chars().next().is_some_and(|c| c.is_uppercase())
}

/// Case style of a line.
pub(crate) const PROSE: u64 = 0;
pub(crate) const ALL_CAPS: u64 = 1;
pub(crate) const TITLE: u64 = 2;

/// Small words that title case leaves in lower case.
fn minor(w: &str) -> bool {
    matches!(
        w,
        "a" | "an"
            | "the"
            | "and"
            | "or"
            | "but"
            | "of"
            | "in"
            | "on"
            | "at"
            | "to"
            | "for"
            | "by"
            | "with"
            | "from"
            | "as"
            | "vs"
            | "v"
            | "'s"
    )
}

/// Case style of a sentence: all caps (every word with letters is upper
/// case, at least two of them), title case (at least three words, and all but
/// small words capitalised) or prose.
pub(crate) fn line_case<S: AsRef<str>>(words: &[S]) -> u64 {
    let mut alpha = 0;
    let mut caps = 0;
    let mut init = 0;
    let mut minors = 0;
    for w in words {
        let w = w.as_ref();
        if !w.chars().any(|c| c.is_alphabetic()) {
            continue;
        }
        alpha += 1;
        if !w.chars().any(|c| c.is_lowercase()) {
            caps += 1;
        }
        if init_cap(w) {
            init += 1;
        } else if minor(w) {
            minors += 1;
        }
    }
    if alpha >= 2 && caps == alpha {
        ALL_CAPS
    } else if alpha >= 3 && init + minors == alpha && init * 2 > alpha {
        TITLE
    } else {
        PROSE
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalises_words() {
        let mut b = String::new();
        lower_word("\u{201c}Hello", &mut b);
        assert_eq!(b, "\"hello");
        lower_word("1996-08-22", &mut b);
        assert_eq!(b, "0000-00-00");
        shape("McDonald's", 2, &mut b);
        assert_eq!(b, "XxXxx'x");
        shape("U.S.", 1, &mut b);
        assert_eq!(b, "X.X.");
        shape("ZPMC", 1, &mut b);
        assert_eq!(b, "X");
        assert_eq!(
            line_case(&["EU", "REJECTS", "GERMAN", "CALL", "."]),
            ALL_CAPS
        );
        assert_eq!(
            line_case(&[
                "US",
                "Officials",
                "Worry",
                "Cranes",
                "Could",
                "Spy",
                "on",
                "Cargo"
            ]),
            TITLE
        );
        assert_eq!(
            line_case(&["The", "cranes", "are", "in", "China", "."]),
            PROSE
        );
    }
}
