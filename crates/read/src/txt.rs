//! Plain-text articles. The text is the whole file (or stdin); its
//! non-blank lines are read in this order:
//!
//! 1. An optional date line, first: `date YYYY-MM-DD [URL]` (`date` in any
//!    case, an optional colon; also a bare `YYYY-MM-DD [URL]`). A line whose
//!    first word is `date` and whose second starts with a digit (or a bare
//!    `NNNN-NN-NN [URL]` line) but that does not parse (`date 2023-13-45 notaurl`,
//!    `date 2023-03-05 notaurl`) is neither title nor body:
//!    it is skipped with a warning in [`Article::warnings`],
//!    `FILE:LINE: ignoring malformed date line (month 13 out of range)`.
//! 2. The title: the next line, if body text follows it and it is short
//!    (at most 200 chars) and either a blank line follows it (the usual
//!    layout, whatever its last character: "Pence Wins Debate." is a
//!    headline) or it does not end like a line of prose (with `.`, `…`,
//!    `,` or `:`; a headline may end with `?`, `!` or `;`: "Super PAC haul
//!    surges past $1B;" over its second line) and does not run on into the
//!    next line (that line starts in lowercase, or the headline ends with a
//!    word such as "the").
//! 3. The body: the other lines, in paragraphs (see `paragraphs`, `clean`).
//!
//! Otherwise the article is untitled (an empty title) and all its lines are
//! body. A title alone is read as body too: one line given is the text to
//! analyse, whatever it looks like. For example:
//!
//! | input                                                     | title                 | body                              |
//! |-----------------------------------------------------------|-----------------------|-----------------------------------|
//! | `The company said it would sue the regulator.`            | (none)                | that line                         |
//! | `Acme sues regulator`                                     | (none)                | that line                         |
//! | `Acme sues regulator\n\nThe company said it would sue.`   | `Acme sues regulator` | `The company said it would sue.`  |
//! | `Acme sues regulator\nThe company said it would sue.`     | `Acme sues regulator` | `The company said it would sue.`  |
//! | `The company said so.\nIt filed on Monday.`               | (none)                | both lines, two paragraphs        |
//! | `The company said it would sue\nthe regulator on Monday.` | (none)                | both lines, one paragraph         |
//! | `Acme sues regulator\n18:41 GMT 05.03.2023`               | (none)                | `Acme sues regulator` (no stamp)  |
//!
//! An empty or whitespace-only text is an error, and so is a date line with
//! nothing after it or a text with no body at all (only time stamps, links
//! or page furniture); every error names the file.

use super::{clean, date, paragraphs, Article, ReadError};

/// The longest title line, in chars; a longer first line is body.
const TITLE_MAX: usize = 200;

/// Reads a plain-text article; `source` names it.
pub(super) fn parse(text: &str, source: &str) -> Result<Article, ReadError> {
    let chars: Vec<char> = text.chars().collect();
    let lines = paragraphs::lines(&chars);
    if lines.is_empty() {
        return Err(ReadError::new(source, "empty file"));
    }
    let mut article = Article {
        source: source.to_string(),
        text: text.to_string(),
        ..Article::default()
    };
    let first: String = chars[lines[0].range.clone()].iter().collect();
    let rest = match date_line(&first) {
        None => &lines[..],
        Some(Ok((published, url))) => {
            article.published = Some(published);
            article.url = url;
            &lines[1..]
        }
        Some(Err(problem)) => {
            let n = line_number(&chars, lines[0].range.start);
            article.warnings.push(format!(
                "{source}:{n}: ignoring malformed date line ({problem})"
            ));
            &lines[1..]
        }
    };
    if rest.is_empty() {
        return Err(ReadError::new(
            source,
            "no title or body text after the date line",
        ));
    }
    if is_title(&chars, rest) {
        let title: String = chars[rest[0].range.clone()].iter().collect();
        let paras = paragraphs::paragraphs(&chars, &rest[1..]);
        let body = clean::body(&chars, &paras, &title);
        if !body.is_empty() {
            article.title = title;
            article.body = body;
            return Ok(article);
        }
    }
    // untitled: every line is body
    let paras = paragraphs::paragraphs(&chars, rest);
    article.body = clean::body(&chars, &paras, "");
    if article.body.is_empty() {
        return Err(ReadError::new(
            source,
            "no body text (only time stamps, links or page furniture)",
        ));
    }
    Ok(article)
}

/// Whether the first of `lines` (more than one) is a title, see the module
/// documentation.
fn is_title(chars: &[char], lines: &[paragraphs::Line]) -> bool {
    let [head, next, ..] = lines else {
        return false;
    };
    let line = &chars[head.range.clone()];
    let closing = |c: &&char| matches!(c, '"' | '\'' | '”' | '’' | '»' | ')' | ']' | '*');
    let ends_prose = line
        .iter()
        .rev()
        .find(|c| !closing(c))
        .is_some_and(|c| matches!(c, '.' | '…' | ',' | ':'));
    let runs_on = paragraphs::runs_on(chars, head, next);
    line.len() <= TITLE_MAX && (next.after_blank || (!ends_prose && !runs_on))
}

/// The 1-based number of the line holding char `at`.
fn line_number(chars: &[char], at: usize) -> usize {
    1 + chars[..at]
        .iter()
        .filter(|&&c| c == '\n' || c == '\u{2029}')
        .count()
}

/// A date line's date and URL; `None` if `line` is no date line (a title
/// such as "Dates of the war" or "2023-03-05 was a Sunday"), an error if it
/// is one that does not parse: what is wrong with it.
fn date_line(line: &str) -> Option<Result<(String, Option<String>), String>> {
    let mut words = line.split_whitespace();
    let first = words.next()?;
    let is_url = |u: &str| u.contains("://") || u.starts_with("www.");
    let labelled = first.trim_end_matches(':').eq_ignore_ascii_case("date");
    let d = if labelled { words.next()? } else { first };
    let url = words.next();
    let date_like = if labelled {
        d.starts_with(|c: char| c.is_ascii_digit())
    } else {
        // unlabelled, only `NNNN-NN-NN [URL]` is a date line
        let b = d.as_bytes();
        b.len() == 10
            && (b[4], b[7]) == (b'-', b'-')
            && url.is_none_or(is_url)
            && line.split_whitespace().count() <= 2
    };
    if !date_like {
        return None;
    }
    let problem = if let Some(p) = date::iso_problem(d) {
        p
    } else if let Some(u) = url.filter(|u| !is_url(u)) {
        format!("`{u}` is not a URL")
    } else if let Some(w) = words.next() {
        format!("unexpected `{w}` after the URL")
    } else {
        return Some(Ok((d.to_string(), url.map(str::to_string))));
    };
    Some(Err(problem))
}

#[cfg(test)]
mod tests {
    use super::date_line;

    #[test]
    fn date_lines() {
        let ok = |d: &str, u: Option<&str>| Some(Ok((d.into(), u.map(String::from))));
        let bad = |p: &str| Some(Err(p.to_string()));
        assert_eq!(
            date_line("date 2023-03-05 https://example.com/a"),
            ok("2023-03-05", Some("https://example.com/a"))
        );
        assert_eq!(date_line("Date: 2023-03-05"), ok("2023-03-05", None));
        assert_eq!(
            date_line("2023-03-05 https://example.com/a"),
            ok("2023-03-05", Some("https://example.com/a"))
        );
        assert_eq!(
            date_line("date 2023-13-05 https://example.com/a"),
            bad("month 13 out of range")
        );
        assert_eq!(
            date_line("date 2023-13-45 notaurl"),
            bad("month 13 out of range")
        );
        assert_eq!(
            date_line("DATE: 2023-03-05 notaurl"),
            bad("`notaurl` is not a URL")
        );
        assert_eq!(
            date_line("date 2023-03-05 https://example.com/a more"),
            bad("unexpected `more` after the URL")
        );
        assert_eq!(
            date_line("date 5 March 2023"),
            bad("`5` is not a YYYY-MM-DD date")
        );
        assert_eq!(date_line("Dates of the war"), None);
        assert_eq!(date_line("Date night in Paris"), None);
        assert_eq!(date_line("date"), None);
        assert_eq!(date_line("2023-03-05 was a Sunday"), None);
        assert_eq!(
            date_line("2023-13-05 https://example.com/a"),
            bad("month 13 out of range")
        );
        assert_eq!(date_line("2023-03-05 https://example.com/a more"), None);
        assert_eq!(date_line("2023-03-05"), ok("2023-03-05", None));
        assert_eq!(date_line("1984"), None);
    }
}
