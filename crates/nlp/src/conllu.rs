//! Reads CoNLL-U files (Universal Dependencies) for training and evaluation.
//!
//! Only syntactic words are kept: multi-word token ranges (`3-4`) and empty
//! nodes (`5.1`) are skipped, as the CoNLL 2018 shared task scores words.

use std::path::Path;

/// One word of a CoNLL-U sentence.
#[derive(Debug, Clone, PartialEq)]
pub struct Word {
    pub form: String,
    pub lemma: String,
    pub upos: String,
    pub xpos: String,
    /// 1-based head, 0 for the root.
    pub head: usize,
    pub deprel: String,
    pub misc: String,
}

impl Word {
    /// `SpaceAfter=No` is not set in MISC.
    pub fn space_after(&self) -> bool {
        !self.misc.split('|').any(|m| m == "SpaceAfter=No")
    }
}

/// One sentence with its comment lines (`# text = ...`, `# newdoc ...`).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ConlluSentence {
    pub comments: Vec<String>,
    pub words: Vec<Word>,
}

impl ConlluSentence {
    /// The value of a `# key = value` comment.
    pub fn comment(&self, key: &str) -> Option<&str> {
        self.comments.iter().find_map(|c| {
            let rest = c.strip_prefix('#')?.trim_start();
            let rest = rest.strip_prefix(key)?.trim_start();
            Some(rest.strip_prefix('=')?.trim())
        })
    }
}

/// A CoNLL-U line that cannot be read, with its 1-based line number.
#[derive(Debug, thiserror::Error)]
#[error("line {line}: {message}")]
pub struct ConlluError {
    pub line: usize,
    pub message: String,
}

/// Parses CoNLL-U text.
pub fn parse(text: &str) -> Result<Vec<ConlluSentence>, ConlluError> {
    let mut out = Vec::new();
    let mut cur = ConlluSentence::default();
    for (i, line) in text.lines().enumerate() {
        let line = line.trim_end_matches('\r');
        if line.trim().is_empty() {
            if !cur.words.is_empty() {
                out.push(std::mem::take(&mut cur));
            } else {
                cur.comments.clear();
            }
            continue;
        }
        if line.starts_with('#') {
            cur.comments.push(line.to_string());
            continue;
        }
        let cols: Vec<&str> = line.split('\t').collect();
        if cols.len() != 10 {
            return Err(ConlluError {
                line: i + 1,
                message: format!("expected 10 tab-separated columns, found {}", cols.len()),
            });
        }
        if cols[0].contains('-') || cols[0].contains('.') {
            continue;
        }
        let head = if cols[6] == "_" {
            0
        } else {
            cols[6].parse().map_err(|_| ConlluError {
                line: i + 1,
                message: format!("head {:?} is not a number", cols[6]),
            })?
        };
        cur.words.push(Word {
            form: cols[1].to_string(),
            lemma: cols[2].to_string(),
            upos: cols[3].to_string(),
            xpos: cols[4].to_string(),
            head,
            deprel: cols[7].to_string(),
            misc: cols[9].to_string(),
        });
    }
    if !cur.words.is_empty() {
        out.push(cur);
    }
    Ok(out)
}

/// Reads and parses a CoNLL-U file.
pub fn read(path: &Path) -> Result<Vec<ConlluSentence>, String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    parse(&text).map_err(|e| format!("{}: {e}", path.display()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_words_and_skips_ranges() {
        let text = "# text = I can't\n1\tI\tI\tPRON\tPRP\t_\t3\tnsubj\t_\t_\n2-3\tcan't\t_\t_\t_\t_\t_\t_\t_\t_\n2\tca\tcan\tAUX\tMD\t_\t3\taux\t_\t_\n3\tn't\tnot\tPART\tRB\t_\t0\troot\t_\tSpaceAfter=No\n\n";
        let s = parse(text).unwrap();
        assert_eq!(s.len(), 1);
        assert_eq!(s[0].words.len(), 3);
        assert_eq!(s[0].comment("text"), Some("I can't"));
        assert!(!s[0].words[2].space_after());
        assert!(parse("1\tx\n").is_err());
    }
}
