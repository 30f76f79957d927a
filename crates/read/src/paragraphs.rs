//! Lines and paragraphs of a text, as char ranges: each non-blank line is a
//! paragraph, except in hard-wrapped blocks (lines broken mid-sentence at a
//! fixed width), whose wrapped lines are joined into one paragraph, and a
//! line that runs on into the next (see [`runs_on`]), joined to it.
//!
//! Paragraphs are what the analysis keeps apart: no sentence crosses the
//! boundary between two body paragraphs (see `Article::analysis_text`), so
//! a line is joined to the next whenever a sentence may go on across them.

use std::ops::Range;

/// A non-blank line: its char range without surrounding whitespace, and
/// whether a blank line (or the start of the text) comes before it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Line {
    pub range: Range<usize>,
    pub after_blank: bool,
}

/// Whitespace as far as lines are concerned (a byte-order mark too).
pub(super) fn is_space(c: char) -> bool {
    c.is_whitespace() || c == '\u{feff}' || c == '\u{200b}'
}

/// The non-blank lines of `chars`.
pub(super) fn lines(chars: &[char]) -> Vec<Line> {
    let mut out = Vec::new();
    let mut after_blank = true;
    let mut start = 0;
    while start <= chars.len() {
        let end = chars[start..]
            .iter()
            .position(|&c| c == '\n' || c == '\u{2029}')
            .map_or(chars.len(), |i| start + i);
        let mut a = start;
        let mut b = end;
        while a < b && is_space(chars[a]) {
            a += 1;
        }
        while b > a && is_space(chars[b - 1]) {
            b -= 1;
        }
        if a < b {
            out.push(Line {
                range: a..b,
                after_blank,
            });
            after_blank = false;
        } else {
            after_blank = true;
        }
        start = end + 1;
    }
    out
}

/// Groups `lines` into paragraphs. Lines of a block (lines between blank
/// lines) stay separate paragraphs, unless the block is hard-wrapped: then
/// a line that is long and does not end a sentence is joined to the next.
pub(super) fn paragraphs(chars: &[char], lines: &[Line]) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        let mut j = i + 1;
        while j < lines.len() && !lines[j].after_blank {
            j += 1;
        }
        paragraphs_of_block(chars, &lines[i..j], &mut out);
        i = j;
    }
    out
}

/// A line this long (chars) that does not end a sentence was wrapped.
const WRAPPED: usize = 30;

fn paragraphs_of_block(chars: &[char], block: &[Line], out: &mut Vec<Range<usize>>) {
    let wrapped = |l: &Line| l.range.len() >= WRAPPED && !ends_sentence(&chars[l.range.clone()]);
    let inner = &block[..block.len().saturating_sub(1)];
    let n_wrapped = inner.iter().filter(|l| wrapped(l)).count();
    let hard_wrapped = n_wrapped > 0 && n_wrapped * 2 >= inner.len();
    let mut k = 0;
    while k < block.len() {
        let start = block[k].range.start;
        while k + 1 < block.len()
            && ((hard_wrapped && wrapped(&block[k])) || runs_on(chars, &block[k], &block[k + 1]))
        {
            k += 1;
        }
        out.push(start..block[k].range.end);
        k += 1;
    }
}

/// Whether `line` runs on into `next`, the line after it: no blank line
/// between, `line` is no stray line (a time stamp, see `clean`) and does
/// not end a sentence, and either `next` starts in
/// lowercase ("would sue\nthe regulator") or `line` ends with a word that
/// cannot end a sentence ("produced by\nZPMC").
pub(super) fn runs_on(chars: &[char], line: &Line, next: &Line) -> bool {
    let text = &chars[line.range.clone()];
    if next.after_blank || ends_sentence(text) || super::clean::is_stray(text) {
        return false;
    }
    chars[next.range.start].is_lowercase() || ends_with_run_on_word(text)
}

/// Whether a line ends with a word that does not end a line of prose.
pub(super) fn ends_with_run_on_word(line: &[char]) -> bool {
    let last: String = line
        .iter()
        .rev()
        .take_while(|c| c.is_alphabetic())
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect();
    RUN_ON.contains(&last.as_str())
}

/// Lowercase words that do not end a line of prose: a line ending with one
/// goes on at the next line (the sentence splitter's list, `newsgraph-nlp`'s
/// `lexicon::is_run_on_word`).
const RUN_ON: &[&str] = &[
    "the", "a", "an", "of", "to", "in", "on", "at", "by", "for", "with", "from", "and", "or",
    "but", "that", "as", "into", "than", "its", "their", "his", "her", "our", "is", "are", "was",
    "were", "be", "been", "has", "have", "had", "will", "would", "could", "may", "might", "can",
    "should", "said",
];

/// Whether a line ends with sentence-final punctuation (possibly followed
/// by closing quotes or brackets), or a colon.
fn ends_sentence(line: &[char]) -> bool {
    let closing = |c: &char| matches!(c, '"' | '\'' | '”' | '’' | '»' | ')' | ']' | '*');
    line.iter()
        .rev()
        .find(|c| !closing(c))
        .is_some_and(|c| matches!(c, '.' | '!' | '?' | '…' | ':' | ';'))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn paras(text: &str) -> Vec<String> {
        let chars: Vec<char> = text.chars().collect();
        paragraphs(&chars, &lines(&chars))
            .into_iter()
            .map(|r| chars[r].iter().collect())
            .collect()
    }

    #[test]
    fn one_line_one_paragraph() {
        assert_eq!(
            paras("  First line.\r\nSecond line\n\n\nThird.\n"),
            ["First line.", "Second line", "Third."]
        );
    }

    #[test]
    fn lines_that_run_on_are_joined() {
        assert_eq!(
            paras("The company said it would sue\nthe regulator on Monday.\nIt did."),
            [
                "The company said it would sue\nthe regulator on Monday.",
                "It did."
            ]
        );
        assert_eq!(
            paras("Cranes made by\nZPMC worry the US.\nRegards,\nJane\nA line\n\nthe end"),
            [
                "Cranes made by\nZPMC worry the US.",
                "Regards,",
                "Jane",
                "A line",
                "the end"
            ]
        );
    }

    #[test]
    fn hard_wrapped_blocks_are_joined() {
        let text = "The cranes, produced in China and used in US ports, apparently\n\
                    have sensors that allow them to track cargo moved via this\n\
                    machinery.\n\n\
                    18:41 GMT 05.03.2023\n\
                    Officials worry. They say so.\n";
        assert_eq!(
            paras(text),
            [
                "The cranes, produced in China and used in US ports, apparently\nhave sensors that allow them to track cargo moved via this\nmachinery.",
                "18:41 GMT 05.03.2023",
                "Officials worry. They say so."
            ]
        );
    }
}
