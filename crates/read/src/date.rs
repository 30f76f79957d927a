//! Publication dates: the date strings found in articles (ISO dates and
//! datetimes, `20230305`, `5 March 2023`, `March 5, 2023`, RFC 2822,
//! `05.03.2023`) normalised to `YYYY-MM-DD`.

use newsgraph_core::calendar::month;

/// `s` as a `YYYY-MM-DD` date, if it holds a valid calendar date. The date
/// of an ISO datetime is taken as written (the publisher's local date).
pub(super) fn normalise(s: &str) -> Option<String> {
    let s = s.trim();
    let b = s.as_bytes();
    // YYYY-MM-DD (or / .), with anything after it (a time, a zone)
    if b.len() >= 10
        && b[..4].iter().all(u8::is_ascii_digit)
        && matches!(b[4], b'-' | b'/' | b'.')
        && b[7] == b[4]
        && b[5..7].iter().all(u8::is_ascii_digit)
        && b[8..10].iter().all(u8::is_ascii_digit)
        && b.get(10).is_none_or(|c| !c.is_ascii_digit())
    {
        return ymd(num(&s[..4])?, num(&s[5..7])?, num(&s[8..10])?);
    }
    // YYYYMMDD, optionally with a time after a `T`
    if b.len() >= 8
        && b[..8].iter().all(u8::is_ascii_digit)
        && b.get(8).is_none_or(|&c| c == b'T' || c == b' ')
    {
        return ymd(num(&s[..4])?, num(&s[4..6])?, num(&s[6..8])?);
    }
    let tokens: Vec<&str> = s
        .split(|c: char| !c.is_alphanumeric())
        .filter(|t| !t.is_empty())
        .collect();
    // a month name with the day next to it: `5 March 2023`, `March 5th, 2023`,
    // `Sun, 05 Mar 2023 18:41:00 GMT`
    if let Some(m) = tokens.iter().position(|t| month(t).is_some()) {
        let mon = month(tokens[m])?;
        let day_at = |i: usize| tokens.get(i).and_then(|t| day(t));
        let d = m
            .checked_sub(1)
            .and_then(day_at)
            .or_else(|| day_at(m + 1))?;
        let y = tokens
            .iter()
            .filter(|t| t.len() == 4 && t.bytes().all(|c| c.is_ascii_digit()))
            .filter_map(|t| num(t))
            .find(|y| (1800..=2200).contains(y))?;
        return ymd(y, mon, d);
    }
    // DD.MM.YYYY (European numeric dates are written with dots)
    if tokens.len() >= 3 && s.contains('.') {
        let [d, m, y] = [tokens[0], tokens[1], tokens[2]];
        if d.len() <= 2 && m.len() <= 2 && y.len() == 4 {
            return ymd(num(y)?, num(m)?, num(d)?);
        }
    }
    None
}

/// Whether `s` is exactly a valid `YYYY-MM-DD` date.
pub(super) fn is_iso_date(s: &str) -> bool {
    s.len() == 10 && normalise(s).as_deref() == Some(s)
}

/// Why `s`, meant as a `YYYY-MM-DD` date, is not a valid one, in a few
/// words ("month 13 out of range"); `None` if it is valid.
pub(super) fn iso_problem(s: &str) -> Option<String> {
    if is_iso_date(s) {
        return None;
    }
    let parts: Vec<&str> = s.split('-').collect();
    let not_iso = || Some(format!("`{s}` is not a YYYY-MM-DD date"));
    let [y, m, d] = parts[..] else {
        return not_iso();
    };
    if (y.len(), m.len(), d.len()) != (4, 2, 2) {
        return not_iso();
    }
    let (Some(y), Some(m), Some(d)) = (num(y), num(m), num(d)) else {
        return not_iso();
    };
    if !(1..=12).contains(&m) {
        return Some(format!("month {m} out of range"));
    }
    if ymd(y, m, 1).is_none() {
        return Some(format!("year {y} out of range"));
    }
    Some(format!("day {d} out of range for {y:04}-{m:02}"))
}

fn num(s: &str) -> Option<u32> {
    if s.is_empty() || !s.bytes().all(|c| c.is_ascii_digit()) {
        return None;
    }
    s.parse().ok()
}

/// A day of the month, possibly with an ordinal suffix (`5th`).
fn day(t: &str) -> Option<u32> {
    let digits = t.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    let suffix = &t[digits.len()..];
    if digits.is_empty() || digits.len() > 2 {
        return None;
    }
    if !suffix.is_empty()
        && !matches!(
            suffix.to_ascii_lowercase().as_str(),
            "st" | "nd" | "rd" | "th"
        )
    {
        return None;
    }
    num(digits).filter(|d| (1..=31).contains(d))
}

fn ymd(y: u32, m: u32, d: u32) -> Option<String> {
    let leap = (y.is_multiple_of(4) && !y.is_multiple_of(100)) || y.is_multiple_of(400);
    let days = match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return None,
    };
    if !(1..=days).contains(&d) || !(1000..=9999).contains(&y) {
        return None;
    }
    Some(format!("{y:04}-{m:02}-{d:02}"))
}

#[cfg(test)]
mod tests {
    use super::{iso_problem, normalise};

    #[test]
    fn iso_problems() {
        assert_eq!(iso_problem("2023-03-05"), None);
        assert_eq!(iso_problem("2023-13-45").unwrap(), "month 13 out of range");
        assert_eq!(
            iso_problem("2023-02-30").unwrap(),
            "day 30 out of range for 2023-02"
        );
        assert_eq!(
            iso_problem("5/3/2023").unwrap(),
            "`5/3/2023` is not a YYYY-MM-DD date"
        );
        assert_eq!(
            iso_problem("2023-3-5").unwrap(),
            "`2023-3-5` is not a YYYY-MM-DD date"
        );
    }

    #[test]
    fn date_formats() {
        let n = |s: &str| normalise(s);
        assert_eq!(n("2023-03-05").as_deref(), Some("2023-03-05"));
        assert_eq!(
            n("2023-03-05T18:41:00+03:00").as_deref(),
            Some("2023-03-05")
        );
        assert_eq!(n("2023/03/05").as_deref(), Some("2023-03-05"));
        assert_eq!(n("20230305").as_deref(), Some("2023-03-05"));
        assert_eq!(n("5 March 2023").as_deref(), Some("2023-03-05"));
        assert_eq!(n("March 5th, 2023").as_deref(), Some("2023-03-05"));
        assert_eq!(
            n("Sun, 05 Mar 2023 18:41:00 GMT").as_deref(),
            Some("2023-03-05")
        );
        assert_eq!(n("18:41 GMT 05.03.2023").as_deref(), None);
        assert_eq!(n("05.03.2023").as_deref(), Some("2023-03-05"));
        assert_eq!(n("2023-02-30"), None);
        assert_eq!(n("2024-02-29").as_deref(), Some("2024-02-29"));
        assert_eq!(n("yesterday"), None);
        assert_eq!(n(""), None);
    }
}
