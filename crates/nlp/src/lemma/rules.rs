//! Lemmatisation rules for words the lookup table does not know: regular
//! English inflection by Penn tag (plurals, third person, past and
//! participles with consonant doubling and e-restoration, comparatives and
//! superlatives); proper nouns keep their form, other words are lowercased.

/// The rule-based lemma of `form` tagged `upos`/`xpos`.
pub fn rule_lemma(form: &str, upos: &str, xpos: &str) -> String {
    if xpos == "NNPS" {
        return singular_noun(form);
    }
    if upos == "PROPN" || xpos == "NNP" || keeps_case(form, upos) {
        return form.to_string();
    }
    let lower = form.to_lowercase();
    if xpos == "CD" && is_grouped_number(&lower) {
        // 85,000 -> 85000
        return lower.replace(',', "");
    }
    if !lower
        .chars()
        .all(|c| c.is_ascii_lowercase() || c == '-' || c == '\'')
    {
        // Numbers, symbols, URLs, non-English words: no inflection rules.
        return lower;
    }
    match xpos {
        "NNS" => singular_noun(&lower),
        "VBZ" => verb_third_person(&lower),
        "VBN" if lower.ends_with("en") => strong_participle(&lower),
        "VBD" | "VBN" => verb_suffix(&lower, "ed"),
        "VBG" => verb_suffix(&lower, "ing"),
        "JJR" | "RBR" => degree(&lower, "er"),
        "JJS" | "RBS" => degree(&lower, "est"),
        _ => lower,
    }
}

/// Digits with thousands separators: `85,000`, `1,250,000.50`.
fn is_grouped_number(w: &str) -> bool {
    let int = w.split('.').next().unwrap_or("");
    let mut groups = int.split(',');
    let first = groups.next().unwrap_or("");
    let digits = |g: &str| !g.is_empty() && g.bytes().all(|c| c.is_ascii_digit());
    int.contains(',')
        && digits(first)
        && first.len() <= 3
        && groups.all(|g| g.len() == 3 && digits(g))
        && w.split('.').nth(1).is_none_or(digits)
}

/// Capitalised adjectives of nationality and origin keep their case
/// (`Chinese`, `American`, `Iraqi`, `British`).
fn keeps_case(form: &str, upos: &str) -> bool {
    if upos != "ADJ" {
        return false;
    }
    let mut cs = form.chars();
    let first_upper = cs.next().is_some_and(char::is_uppercase);
    if !first_upper || !cs.all(|c| c.is_lowercase()) {
        return false;
    }
    ["ese", "an", "ish", "i", "ch"]
        .iter()
        .any(|s| form.ends_with(s))
}

fn is_vowel(c: u8) -> bool {
    matches!(c, b'a' | b'e' | b'i' | b'o' | b'u')
}

/// `cranes` -> `crane`, `worries` -> `worry`, `boxes` -> `box`, `States` -> `State`.
fn singular_noun(w: &str) -> String {
    let lw = w.to_ascii_lowercase();
    let n = w.len();
    if n <= 3
        || !lw.ends_with('s')
        || lw.ends_with("ss")
        || lw.ends_with("us")
        || lw.ends_with("is")
    {
        return w.to_string();
    }
    if lw.ends_with("ies") && n > 4 {
        return format!("{}y", &w[..n - 3]);
    }
    // aches -> ache, niches -> niche, but matches -> match, beaches -> beach
    if lw.ends_with("ches") && n >= 5 {
        let b = lw.as_bytes();
        let single_vowel = is_vowel(b[n - 5]) && (n == 5 || !is_vowel(b[n - 6]));
        if single_vowel {
            return w[..n - 1].to_string();
        }
    }
    if ["sses", "xes", "zzes", "ches", "shes"]
        .iter()
        .any(|s| lw.ends_with(s))
    {
        return w[..n - 2].to_string();
    }
    w[..n - 1].to_string()
}

/// `worries` -> `worry`, `fixes` -> `fix`, `goes` -> `go`, `produces` -> `produce`.
fn verb_third_person(w: &str) -> String {
    let n = w.len();
    if n <= 2 || !w.ends_with('s') || w.ends_with("ss") {
        return w.to_string();
    }
    if w.ends_with("ies") && n > 4 {
        return format!("{}y", &w[..n - 3]);
    }
    if ["sses", "xes", "zzes", "ches", "shes", "oes"]
        .iter()
        .any(|s| w.ends_with(s))
    {
        return w[..n - 2].to_string();
    }
    w[..n - 1].to_string()
}

/// Strips `ed` or `ing` and repairs the stem: `produced` -> `produce`,
/// `strayed` -> `stray`, `worried` -> `worry`, `stopped` -> `stop`,
/// `hunting` -> `hunt`, `making` -> `make`.
fn verb_suffix(w: &str, suffix: &str) -> String {
    let n = w.len();
    if !w.ends_with(suffix) || n < suffix.len() + 2 {
        return w.to_string();
    }
    if suffix == "ed" {
        if w.ends_with("ied") && n > 4 {
            return format!("{}y", &w[..n - 3]);
        }
        if w.ends_with("eed") {
            return w[..n - 1].to_string();
        }
    }
    if suffix == "ing" && w.ends_with("ying") && n == 5 {
        // lying, dying, tying
        return format!("{}ie", &w[..n - 4]);
    }
    repair_stem(&w[..n - suffix.len()])
}

/// The verb of a strong participle in "-en" that the table has not seen:
/// `risen` -> `rise`, `driven` -> `drive` (a vowel and one consonant take
/// back their "e"), `written` -> `write` (a doubled t or d undoubles first),
/// `beaten` -> `beat`, `fallen` -> `fall`.
fn strong_participle(w: &str) -> String {
    let n = w.len();
    if n < 5 {
        return w.to_string();
    }
    let stem = &w[..n - 2];
    let b = stem.as_bytes();
    let m = b.len();
    let (last, prev) = (b[m - 1], b[m - 2]);
    if last == prev && matches!(last, b't' | b'd') {
        return format!("{}e", &stem[..m - 1]);
    }
    if !is_vowel(last) && is_vowel(prev) && (m < 3 || !is_vowel(b[m - 3])) {
        return format!("{stem}e");
    }
    stem.to_string()
}

/// `bigger` -> `big`, `happier` -> `happy`, `nicest` -> `nice`.
fn degree(w: &str, suffix: &str) -> String {
    let n = w.len();
    if !w.ends_with(suffix) || n < suffix.len() + 3 {
        return w.to_string();
    }
    let stem = &w[..n - suffix.len()];
    if let Some(s) = stem.strip_suffix('i') {
        return format!("{s}y");
    }
    repair_stem(stem)
}

/// Undoes consonant doubling and restores a dropped final `e`.
fn repair_stem(stem: &str) -> String {
    let b = stem.as_bytes();
    let n = b.len();
    if n < 2 {
        return stem.to_string();
    }
    let (last, prev) = (b[n - 1], b[n - 2]);
    // stopped -> stop, running -> run, bigger -> big
    if last == prev && b"bdgmnprtv".contains(&last) {
        return stem[..n - 1].to_string();
    }
    // modelling -> model, travelled -> travel, controlled -> control
    if (stem.ends_with("ell") || stem.ends_with("oll")) && syllables(b) >= 2 {
        return stem[..n - 1].to_string();
    }
    // mimicking -> mimic, panicked -> panic
    if stem.ends_with("ick") && syllables(&b[..n - 3]) >= 1 {
        return stem[..n - 1].to_string();
    }
    if needs_e(b) {
        return format!("{stem}e");
    }
    stem.to_string()
}

/// Number of vowel groups in `b` (a rough syllable count).
fn syllables(b: &[u8]) -> usize {
    b.iter()
        .enumerate()
        .filter(|&(i, &c)| (is_vowel(c) || (c == b'y' && i > 0)) && (i == 0 || !is_vowel(b[i - 1])))
        .count()
}

/// Whether a stem lost a final `e` before the suffix (`produc-ed`, `mak-ing`).
fn needs_e(b: &[u8]) -> bool {
    let n = b.len();
    let last = b[n - 1];
    let prev = b[n - 2];
    let vowel_groups = syllables(b);
    match last {
        b'c' | b'v' | b'u' => return true,
        b's' => return prev != b's' && !(prev == b'u' && n >= 3 && !is_vowel(b[n - 3])),
        b'z' => return prev != b'z',
        b'g' => {
            return prev == b'd'
                || prev == b'r'
                || (prev == b'n' && n >= 3 && matches!(b[n - 3], b'a' | b'e'))
                || (is_vowel(prev) && n >= 3 && !is_vowel(b[n - 3]))
        }
        b'l' => return b"bcdfgkpstz".contains(&prev),
        _ => {}
    }
    if is_vowel(last) || matches!(last, b'w' | b'x' | b'y') || !is_vowel(prev) {
        return false;
    }
    // evaluat-ed, negotiat-ing
    if last == b't' && prev == b'a' && n >= 4 && matches!(b[n - 3], b'u' | b'i') {
        return true;
    }
    // A single vowel before a single final consonant.
    if n >= 3 && is_vowel(b[n - 3]) {
        return false;
    }
    if vowel_groups <= 1 {
        // hop-ed, lik-ing, vot-ed (monosyllables would have doubled otherwise)
        return true;
    }
    let end = &b[n - 2..];
    matches!(
        end,
        b"at"
            | b"iz"
            | b"ud"
            | b"id"
            | b"ib"
            | b"ed"
            | b"ur"
            | b"ut"
            | b"ot"
            | b"ok"
            | b"in"
            | b"yz"
            | b"ys"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn regular_inflection() {
        let cases = [
            ("cranes", "NOUN", "NNS", "crane"),
            ("sensors", "NOUN", "NNS", "sensor"),
            ("boxes", "NOUN", "NNS", "box"),
            ("cities", "NOUN", "NNS", "city"),
            ("glasses", "NOUN", "NNS", "glass"),
            ("produced", "VERB", "VBN", "produce"),
            ("strayed", "VERB", "VBD", "stray"),
            ("worried", "VERB", "VBD", "worry"),
            ("worries", "VERB", "VBZ", "worry"),
            ("hunting", "VERB", "VBG", "hunt"),
            ("making", "VERB", "VBG", "make"),
            ("stopped", "VERB", "VBD", "stop"),
            ("mimicking", "VERB", "VBG", "mimic"),
            ("kicked", "VERB", "VBD", "kick"),
            ("managed", "VERB", "VBD", "manage"),
            ("dragged", "VERB", "VBD", "drag"),
            ("hassled", "VERB", "VBN", "hassle"),
            ("preceding", "VERB", "VBG", "precede"),
            ("subscribed", "VERB", "VBD", "subscribe"),
            ("evacuating", "VERB", "VBG", "evacuate"),
            ("treated", "VERB", "VBD", "treat"),
            ("modelling", "VERB", "VBG", "model"),
            ("killing", "VERB", "VBG", "kill"),
            ("aches", "NOUN", "NNS", "ache"),
            ("matches", "NOUN", "NNS", "match"),
            ("beaches", "NOUN", "NNS", "beach"),
            ("85,000", "NUM", "CD", "85000"),
            ("7,5", "NUM", "CD", "7,5"),
            ("provoked", "VERB", "VBD", "provoke"),
            ("risen", "VERB", "VBN", "rise"),
            ("driven", "VERB", "VBN", "drive"),
            ("written", "VERB", "VBN", "write"),
            ("beaten", "VERB", "VBN", "beat"),
            ("fallen", "VERB", "VBN", "fall"),
            ("agreed", "VERB", "VBD", "agree"),
            ("located", "VERB", "VBN", "locate"),
            ("opened", "VERB", "VBD", "open"),
            ("visited", "VERB", "VBD", "visit"),
            ("caused", "VERB", "VBD", "cause"),
            ("argued", "VERB", "VBD", "argue"),
            ("changed", "VERB", "VBD", "change"),
            ("handled", "VERB", "VBD", "handle"),
            ("fixes", "VERB", "VBZ", "fix"),
            ("contains", "VERB", "VBZ", "contain"),
            ("bigger", "ADJ", "JJR", "big"),
            ("happiest", "ADJ", "JJS", "happy"),
            ("larger", "ADJ", "JJR", "large"),
            ("Chinese", "ADJ", "JJ", "Chinese"),
            ("Chinese", "PROPN", "NNP", "Chinese"),
            ("Americans", "PROPN", "NNPS", "American"),
            ("The", "DET", "DT", "the"),
        ];
        for (form, upos, xpos, lemma) in cases {
            assert_eq!(rule_lemma(form, upos, xpos), lemma, "{form} {upos} {xpos}");
        }
    }
}
