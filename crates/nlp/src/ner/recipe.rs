//! The recipe of the shipped NER model: CoNLL-2003 eng.train, with word
//! casing statistics from the UD EWT and GUM training texts and proper names
//! from GUM's training documents as extra gazetteer entries (GUM's dev
//! documents are never read), one stage (the document's label history
//! still keeps a name's labels consistent across sentences). A second
//! stage fed with the first stage's labels of the whole document adds 0.15
//! F1 on eng.testa (0.9072 against 0.9057) at 1.5 times the tagging time,
//! so the shipped model goes without it. `newsgraph train ner` uses it, so
//! the shipped `models/ner.bin` is reproducible; the `train_ner` example
//! exposes each option (`--one-stage` and the rest) for experiments.

use super::NerTrainOptions;
use std::path::Path;

/// Word forms of the sentences of a CoNLL-U file, skipping documents in `exclude`.
pub fn conllu_text(path: &std::path::Path, exclude: &[String], out: &mut Vec<Vec<String>>) {
    let sents = crate::conllu::read(path).unwrap_or_else(|e| panic!("{e}"));
    let mut skip = false;
    for s in sents {
        if let Some(id) = s.comment("newdoc id") {
            skip = exclude.iter().any(|d| d == id);
        }
        if !skip {
            out.push(s.words.iter().map(|w| w.form.clone()).collect());
        }
    }
}

/// Proper-name entities of GUM documents: the PROPN runs inside person,
/// place and organization mentions (`Entity=` in MISC), as PER, LOC, ORG.
pub fn gum_entities(
    path: &std::path::Path,
    exclude: &[String],
    out: &mut Vec<(Vec<String>, String)>,
) {
    let sents = crate::conllu::read(path).unwrap_or_else(|e| panic!("{e}"));
    let mut skip = false;
    for s in sents {
        if let Some(id) = s.comment("newdoc id") {
            skip = exclude.iter().any(|d| d == id);
        }
        if skip {
            continue;
        }
        let spans = crate::gum::mentions(&s);
        for (a, b, ty) in spans {
            let label = match ty.as_str() {
                "person" => "PER",
                "place" => "LOC",
                "organization" => "ORG",
                _ => continue,
            };
            // the longest run of proper nouns in the mention
            let mut best = (0, 0);
            let mut i = a;
            while i < b {
                if s.words[i].upos == "PROPN" {
                    let st = i;
                    while i < b && s.words[i].upos == "PROPN" {
                        i += 1;
                    }
                    if i - st > best.1 - best.0 {
                        best = (st, i);
                    }
                } else {
                    i += 1;
                }
            }
            if best.1 > best.0 {
                let words = s.words[best.0..best.1]
                    .iter()
                    .map(|w| w.form.clone())
                    .collect();
                out.push((words, label.to_string()));
            }
        }
    }
}

/// The documents listed in `gum/dev_docs.txt` (never used for training).
pub fn excluded_docs(path: &Path) -> Result<Vec<String>, String> {
    Ok(std::fs::read_to_string(path)
        .map_err(|e| format!("{}: {e}", path.display()))?
        .lines()
        .map(|l| l.trim().to_string())
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .collect())
}

/// The `.conllu` files of `dir`, sorted.
pub fn conllu_files(dir: &Path) -> Result<Vec<std::path::PathBuf>, String> {
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .map_err(|e| format!("{}: {e}", dir.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "conllu"))
        .collect();
    files.sort();
    Ok(files)
}

/// The training options of the shipped model, reading the extra text and
/// names from `data_dir` (the folder with `ud_en_ewt/` and `gum/`).
pub fn shipped_options(data_dir: &Path) -> Result<NerTrainOptions, String> {
    let mut opts = NerTrainOptions {
        iterations: 5,
        seed: 1,
        two_stage: false,
        ..NerTrainOptions::default()
    };
    let gum = data_dir.join("gum");
    let exclude = excluded_docs(&gum.join("dev_docs.txt"))?;
    conllu_text(
        &data_dir.join("ud_en_ewt/en_ewt-ud-train.conllu"),
        &exclude,
        &mut opts.unlabelled,
    );
    let files = conllu_files(&gum.join("dep"))?;
    for f in &files {
        conllu_text(f, &exclude, &mut opts.unlabelled);
    }
    for f in &files {
        gum_entities(f, &exclude, &mut opts.entities);
    }
    Ok(opts)
}
