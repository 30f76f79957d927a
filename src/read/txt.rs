//! Plain-text articles: an optional first line `date YYYY-MM-DD [URL]`,
//! then the title line, then the body. The text is the whole file.

use super::{clean, date, paragraphs, Article, ReadError};

/// Reads a plain-text article; `source` names it.
pub(super) fn parse(text: &str, source: &str) -> Result<Article, ReadError> {
    let chars: Vec<char> = text.chars().collect();
    let lines = paragraphs::lines(&chars);
    if lines.is_empty() {
        return Err(ReadError::new(source, "empty file"));
    }
    let line = |i: usize| chars[lines[i].range.clone()].iter().collect::<String>();
    let mut article = Article {
        source: source.to_string(),
        text: text.to_string(),
        ..Article::default()
    };
    let mut next = 0;
    if let Some((published, url)) = date_line(&line(0)) {
        article.published = Some(published);
        article.url = url;
        next = 1;
    }
    let Some(title_line) = lines.get(next) else {
        return Err(ReadError::new(
            source,
            "no title or body text after the date line",
        ));
    };
    article.title = chars[title_line.range.clone()].iter().collect();
    let paras = paragraphs::paragraphs(&chars, &lines[next + 1..]);
    article.body = clean::body(&chars, &paras, &article.title);
    if article.body.is_empty() {
        return Err(ReadError::new(
            source,
            "no body text (expected a title line, then the body)",
        ));
    }
    Ok(article)
}

/// `date YYYY-MM-DD [URL]` (`date` in any case, an optional colon; also a
/// bare `YYYY-MM-DD URL`): the date and the URL.
fn date_line(line: &str) -> Option<(String, Option<String>)> {
    let mut words = line.split_whitespace().peekable();
    let first = words.peek()?.trim_end_matches(':');
    if first.eq_ignore_ascii_case("date") {
        words.next();
    }
    let d = words.next()?;
    if !date::is_iso_date(d) {
        return None;
    }
    let url = match words.next() {
        None => None,
        Some(u) if u.contains("://") || u.starts_with("www.") => Some(u.to_string()),
        Some(_) => return None,
    };
    if words.next().is_some() {
        return None;
    }
    Some((d.to_string(), url))
}

#[cfg(test)]
mod tests {
    use super::date_line;

    #[test]
    fn date_lines() {
        assert_eq!(
            date_line("date 2023-03-05 https://example.com/a"),
            Some(("2023-03-05".into(), Some("https://example.com/a".into())))
        );
        assert_eq!(
            date_line("Date: 2023-03-05"),
            Some(("2023-03-05".into(), None))
        );
        assert_eq!(
            date_line("2023-03-05 https://example.com/a"),
            Some(("2023-03-05".into(), Some("https://example.com/a".into())))
        );
        assert_eq!(date_line("date 2023-13-05 https://example.com/a"), None);
        assert_eq!(date_line("Dates of the war"), None);
        assert_eq!(date_line("2023-03-05 was a Sunday"), None);
    }
}
