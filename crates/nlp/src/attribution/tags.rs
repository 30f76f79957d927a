//! The tag set: BIO per role (Source, Cue, Content), seven classes, and the
//! conversions between gold character spans, token tags and token spans.
//!
//! Roles never overlap in PolNeAR, so every token has at most one role. A
//! discontinuous role span (a quote split by "he said") gives one `B` per
//! piece; the grouping step joins the pieces again.

use super::polnear::GoldAttribution;
use crate::doc::Token;

/// The roles of an attribution.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Role {
    Source,
    Cue,
    Content,
}

impl Role {
    pub const ALL: [Role; 3] = [Role::Source, Role::Cue, Role::Content];
}

/// Number of classes: `O` and `B`/`I` for each role.
pub const N_CLASSES: usize = 7;
/// The class `O` (no role).
pub const O: u8 = 0;

/// The `B` class of a role.
pub fn begin(r: Role) -> u8 {
    1 + 2 * r as u8
}

/// The `I` class of a role.
pub fn inside(r: Role) -> u8 {
    2 + 2 * r as u8
}

/// The role of a class (`None` for `O`).
pub fn role(c: u8) -> Option<Role> {
    match c {
        1 | 2 => Some(Role::Source),
        3 | 4 => Some(Role::Cue),
        5 | 6 => Some(Role::Content),
        _ => None,
    }
}

/// BIO constraint: `I-X` only after `B-X` or `I-X`.
pub fn allowed(prev: u8, cur: u8) -> bool {
    cur == O || cur % 2 == 1 || (prev != O && role(prev) == role(cur))
}

/// A short name of a class (`O`, `B-Source`, ...), for logs.
pub fn name(c: u8) -> String {
    match role(c) {
        None => "O".into(),
        Some(r) => format!("{}-{r:?}", if c % 2 == 1 { "B" } else { "I" }),
    }
}

/// The gold class of every token: a token takes a role when at least half of
/// its characters lie in one of the role's ranges; it begins a span when the
/// previous token lay in another range (or none).
pub fn encode(tokens: &[Token], gold: &[GoldAttribution]) -> Vec<u8> {
    // (start, end, role, range id), sorted by start
    let mut ranges: Vec<(usize, usize, Role, usize)> = Vec::new();
    for a in gold {
        for (list, r) in [
            (&a.source, Role::Source),
            (&a.cue, Role::Cue),
            (&a.content, Role::Content),
        ] {
            for &(s, e) in list {
                let id = ranges.len();
                ranges.push((s, e, r, id));
            }
        }
    }
    ranges.sort_unstable();
    let mut tags = vec![O; tokens.len()];
    let mut prev_id = usize::MAX;
    let mut first = 0;
    for (i, t) in tokens.iter().enumerate() {
        while first < ranges.len() && ranges[first].1 <= t.start {
            first += 1;
        }
        let len = (t.end - t.start).max(1);
        let hit = ranges[first..]
            .iter()
            .take_while(|r| r.0 < t.end)
            .find(|r| 2 * (r.1.min(t.end).saturating_sub(r.0.max(t.start))) >= len);
        match hit {
            Some(&(_, _, r, id)) => {
                tags[i] = if id == prev_id && role(tags[i - 1]) == Some(r) {
                    inside(r)
                } else {
                    begin(r)
                };
                prev_id = id;
            }
            None => prev_id = usize::MAX,
        }
    }
    tags
}

/// The maximal spans of a tag sequence: `(role, first token, end token)`.
/// An `I` without its `B` starts a span too.
pub fn spans(tags: &[u8]) -> Vec<(Role, usize, usize)> {
    let mut out: Vec<(Role, usize, usize)> = Vec::new();
    for (i, &c) in tags.iter().enumerate() {
        let Some(r) = role(c) else { continue };
        let continues = c % 2 == 0
            && i > 0
            && role(tags[i - 1]) == Some(r)
            && out.last().is_some_and(|s| s.2 == i);
        if continues {
            out.last_mut().unwrap().2 = i + 1;
        } else {
            out.push((r, i, i + 1));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn toks(words: &[&str]) -> Vec<Token> {
        let mut pos = 0;
        words
            .iter()
            .map(|w| {
                let n = w.chars().count();
                let t = Token {
                    text: w.to_string(),
                    start: pos,
                    end: pos + n,
                    ..Default::default()
                };
                pos += n + 1;
                t
            })
            .collect()
    }

    #[test]
    fn encodes_and_reads_back_spans() {
        // "Tom said he would go , and Ann said no"
        let t = toks(&[
            "Tom", "said", "he", "would", "go", ",", "and", "Ann", "said", "no",
        ]);
        let gold = vec![
            GoldAttribution {
                source: vec![(0, 3)],
                cue: vec![(4, 8)],
                content: vec![(9, 19)],
            },
            GoldAttribution {
                source: vec![(26, 29)],
                cue: vec![(30, 34)],
                content: vec![(35, 37)],
            },
        ];
        let tags = encode(&t, &gold);
        let names: Vec<String> = tags.iter().map(|&c| name(c)).collect();
        assert_eq!(
            names,
            [
                "B-Source",
                "B-Cue",
                "B-Content",
                "I-Content",
                "I-Content",
                "O",
                "O",
                "B-Source",
                "B-Cue",
                "B-Content"
            ]
        );
        let s = spans(&tags);
        assert_eq!(s[2], (Role::Content, 2, 5));
        assert_eq!(s.len(), 6);
        assert!(allowed(begin(Role::Cue), inside(Role::Cue)));
        assert!(!allowed(O, inside(Role::Cue)));
        assert!(!allowed(begin(Role::Source), inside(Role::Cue)));
    }
}
