//! Calendar words shared by the readers (dates in metadata) and the
//! extractors (time expressions in the text).

/// The month (1 to 12) an English month name or its abbreviation (three
/// letters at least: `Mar`, `Sept`, `september`) names.
pub fn month(t: &str) -> Option<u32> {
    const MONTHS: [&str; 12] = [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ];
    let t = t.to_ascii_lowercase();
    if t.len() < 3 || !t.bytes().all(|c| c.is_ascii_alphabetic()) {
        return None;
    }
    let t = if t == "sept" { "sep".to_string() } else { t };
    MONTHS
        .iter()
        .position(|m| m.starts_with(t.as_str()))
        .map(|i| i as u32 + 1)
}

#[cfg(test)]
mod tests {
    use super::month;

    #[test]
    fn names_and_abbreviations() {
        assert_eq!(month("March"), Some(3));
        assert_eq!(month("Sept"), Some(9));
        assert_eq!(month("dec"), Some(12));
        assert_eq!(month("ma"), None);
        assert_eq!(month("Mayday"), None);
    }
}
