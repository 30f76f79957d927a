//! Reader for PolNeAR attribution annotations (brat standoff).
//!
//! A `.ann` file holds `T` lines (`T12<TAB>Content 120 211;230 250<TAB>text`:
//! a kind and one or more character ranges, code points into the text) and
//! `E` lines (`E3<TAB>Attribution:T4 Content:T3 Cue:T2 Source:T1`) that join
//! them into attributions. Only `Source`, `Cue` and `Content` roles are
//! kept; an event without a content is dropped, as the scorer does. Where a
//! text has several annotation files, the first by name is the reference.

use std::path::{Path, PathBuf};

/// A half-open range of character (code point) offsets.
pub type CharSpan = (usize, usize);

/// One gold attribution: the ranges of each role (a role may be absent or
/// discontinuous).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct GoldAttribution {
    pub source: Vec<CharSpan>,
    pub cue: Vec<CharSpan>,
    pub content: Vec<CharSpan>,
}

/// A PolNeAR document: its name, text and reference attributions.
#[derive(Debug, Clone)]
pub struct AnnotatedDoc {
    pub name: String,
    pub text: String,
    pub attributions: Vec<GoldAttribution>,
}

/// Parses brat standoff text. Lines are read in order: an `E` line sees only
/// the `T` lines before it (as the scorer does); malformed lines are skipped.
pub fn parse_ann(ann: &str) -> Vec<GoldAttribution> {
    let mut spans: std::collections::BTreeMap<&str, Vec<CharSpan>> = Default::default();
    let mut out = Vec::new();
    for line in ann.lines() {
        let parts: Vec<&str> = line.split('\t').collect();
        if parts.len() < 2 {
            continue;
        }
        if line.starts_with('T') {
            let Some((_, offsets)) = parts[1].split_once(' ') else {
                continue;
            };
            let ranges: Option<Vec<CharSpan>> = offsets
                .split(';')
                .map(|r| {
                    let mut it = r.split_whitespace().map(|x| x.parse::<usize>().ok());
                    Some((it.next()??, it.next()??))
                })
                .collect();
            if let Some(r) = ranges {
                spans.insert(parts[0], r);
            }
        } else if line.starts_with('E') {
            let mut a = GoldAttribution::default();
            for arg in parts[1].split_whitespace() {
                let Some((role, id)) = arg.split_once(':') else {
                    continue;
                };
                let Some(r) = spans.get(id) else { continue };
                match role.trim_end_matches(|c: char| c.is_ascii_digit()) {
                    "Source" => a.source.extend(r),
                    "Cue" => a.cue.extend(r),
                    "Content" => a.content.extend(r),
                    _ => {}
                }
            }
            if !a.content.is_empty() {
                out.push(a);
            }
        }
    }
    out
}

/// Reads a split directory (`text/NAME.txt`, `attributions/NAME_*.ann`),
/// documents sorted by name; texts without annotation are skipped.
pub fn read_split(dir: &Path) -> std::io::Result<Vec<AnnotatedDoc>> {
    let mut texts: Vec<PathBuf> = std::fs::read_dir(dir.join("text"))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    texts.sort();
    let mut anns: Vec<String> = std::fs::read_dir(dir.join("attributions"))?
        .filter_map(|e| e.ok().map(|e| e.file_name().to_string_lossy().into_owned()))
        .filter(|n| n.ends_with(".ann"))
        .collect();
    anns.sort();
    let mut docs = Vec::new();
    for t in texts {
        let name = t.file_stem().unwrap().to_string_lossy().into_owned();
        let prefix = format!("{name}_");
        let Some(ann) = anns.iter().find(|a| a.starts_with(&prefix)) else {
            continue;
        };
        let text = std::fs::read_to_string(&t)?;
        let ann = std::fs::read_to_string(dir.join("attributions").join(ann))?;
        docs.push(AnnotatedDoc {
            name,
            text,
            attributions: parse_ann(&ann),
        });
    }
    Ok(docs)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_events_and_discontinuous_spans() {
        let ann = "T1\tSource 0 3\tTom\n\
                   T2\tCue 4 8\tsaid\n\
                   T3\tContent 9 14;20 25\tx\n\
                   T4\tAttribution 4 8\tsaid\n\
                   E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1\n\
                   #1\tAnnotatorNotes T3\tnote\n\
                   T5\tCue 30 33\tfoo\n\
                   E2\tAttribution:T5 Cue:T5\n\
                   T6\tContent 40 44\tbar\n\
                   E3\tAttribution-no-source:T5 Content2:T6 Cue:T5\n";
        let a = parse_ann(ann);
        assert_eq!(a.len(), 2);
        assert_eq!(a[0].source, vec![(0, 3)]);
        assert_eq!(a[0].cue, vec![(4, 8)]);
        assert_eq!(a[0].content, vec![(9, 14), (20, 25)]);
        assert!(a[1].source.is_empty());
        assert_eq!(a[1].content, vec![(40, 44)]);
    }
}
