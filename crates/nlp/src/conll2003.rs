//! Reads the CoNLL-2003 NER format: one token per line (`word [POS chunk] label`,
//! the label in the last column), blank lines between sentences and
//! `-DOCSTART-` lines between documents. Labels may be IOB1 (`I-X` starts an
//! entity unless it continues one of the same type; `B-X` only between two
//! adjacent entities of one type) or IOB2 (`B-X` starts every entity); both
//! are normalised to IOB2 on reading.

use std::path::Path;

/// One sentence: (word, IOB2 label) pairs.
pub type NerSentence = Vec<(String, String)>;

/// One document of labelled sentences.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct NerDoc {
    pub sentences: Vec<NerSentence>,
}

impl NerDoc {
    /// Number of tokens in the document.
    pub fn n_tokens(&self) -> usize {
        self.sentences.iter().map(|s| s.len()).sum()
    }
}

/// Rewrites IOB1 or IOB2 labels to IOB2 in place: a `B-` starts every entity.
/// Labels that are neither `O` nor `B-X`/`I-X` are an error.
pub fn to_iob2(labels: &mut [String]) -> Result<(), String> {
    let mut prev: Option<String> = None; // entity type of the previous token
    for l in labels.iter_mut() {
        if l == "O" {
            prev = None;
            continue;
        }
        let (tag, ty) = l
            .split_once('-')
            .ok_or_else(|| format!("bad NER label {l:?}"))?;
        if ty.is_empty() {
            return Err(format!("bad NER label {l:?}"));
        }
        let ty = ty.to_string();
        let begins = match tag {
            "B" => true,
            "I" => prev.as_deref() != Some(ty.as_str()),
            _ => return Err(format!("bad NER label {l:?}")),
        };
        *l = format!("{}-{ty}", if begins { "B" } else { "I" });
        prev = Some(ty);
    }
    Ok(())
}

/// Parses CoNLL-2003 text. Text without any `-DOCSTART-` line is one document.
pub fn parse(text: &str) -> Result<Vec<NerDoc>, String> {
    let mut docs: Vec<NerDoc> = Vec::new();
    let mut doc = NerDoc::default();
    let mut words: Vec<String> = Vec::new();
    let mut labels: Vec<String> = Vec::new();
    let flush =
        |doc: &mut NerDoc, words: &mut Vec<String>, labels: &mut Vec<String>, line: usize| {
            if words.is_empty() {
                return Ok(());
            }
            to_iob2(labels).map_err(|e| format!("line {line}: {e}"))?;
            doc.sentences
                .push(words.drain(..).zip(labels.drain(..)).collect());
            Ok::<(), String>(())
        };
    for (i, line) in text.lines().enumerate() {
        let line = line.trim_end_matches('\r');
        let mut cols = line.split_whitespace();
        let Some(word) = cols.next() else {
            flush(&mut doc, &mut words, &mut labels, i + 1)?;
            continue;
        };
        if word == "-DOCSTART-" {
            flush(&mut doc, &mut words, &mut labels, i + 1)?;
            if !doc.sentences.is_empty() {
                docs.push(std::mem::take(&mut doc));
            }
            continue;
        }
        let label = cols
            .last()
            .ok_or_else(|| format!("line {}: no label column", i + 1))?;
        words.push(word.to_string());
        labels.push(label.to_string());
    }
    flush(&mut doc, &mut words, &mut labels, text.lines().count())?;
    if !doc.sentences.is_empty() {
        docs.push(doc);
    }
    Ok(docs)
}

/// Reads a CoNLL-2003 file.
pub fn read(path: impl AsRef<Path>) -> Result<Vec<NerDoc>, String> {
    let path = path.as_ref();
    let text = std::fs::read_to_string(path)
        .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    parse(&text).map_err(|e| format!("{}: {e}", path.display()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn labels(doc: &NerDoc, s: usize) -> Vec<&str> {
        doc.sentences[s].iter().map(|(_, l)| l.as_str()).collect()
    }

    #[test]
    fn reads_iob1_documents_into_iob2() {
        let text = "-DOCSTART- -X- O O\n\nEU NNP I-NP I-ORG\nrejects VBZ I-VP O\n\
                    German JJ I-NP I-MISC\ncall NN I-NP O\n\nPeter NNP I-NP I-PER\n\
                    Blackburn NNP I-NP I-PER\nLondon NNP I-NP B-PER\n\n\
                    -DOCSTART- -X- O O\n\nBRUSSELS NNP I-NP I-LOC\nParis NNP I-NP I-ORG\n";
        let docs = parse(text).unwrap();
        assert_eq!(docs.len(), 2);
        assert_eq!(docs[0].sentences.len(), 2);
        assert_eq!(docs[0].sentences[0][0], ("EU".into(), "B-ORG".into()));
        assert_eq!(labels(&docs[0], 0), ["B-ORG", "O", "B-MISC", "O"]);
        // I-PER I-PER B-PER: two entities, the second starting at the B-.
        assert_eq!(labels(&docs[0], 1), ["B-PER", "I-PER", "B-PER"]);
        // A type change starts a new entity even under I-.
        assert_eq!(labels(&docs[1], 0), ["B-LOC", "B-ORG"]);
        assert_eq!(docs[0].n_tokens(), 7);
    }

    #[test]
    fn reads_iob2_unchanged_and_two_column_files() {
        let text = "New B-LOC\nYork I-LOC\nis O\nbig O\n\nAl B-PER\nGore I-PER\nB B-PER\n";
        let docs = parse(text).unwrap();
        assert_eq!(docs.len(), 1);
        assert_eq!(labels(&docs[0], 0), ["B-LOC", "I-LOC", "O", "O"]);
        assert_eq!(labels(&docs[0], 1), ["B-PER", "I-PER", "B-PER"]);
    }

    #[test]
    fn rejects_bad_labels() {
        assert!(parse("word X-PER\n").is_err());
        assert!(parse("word\n").is_err());
        assert!(parse("word B-\n").is_err());
    }
}
