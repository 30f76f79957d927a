//! Locates and reads the training and development corpora under the shared
//! data folder (the `data_dir` argument, e.g. `../shared/data`): UD English
//! EWT and the GUM documents, split as the data README prescribes.
//!
//! Training = EWT train + every GUM document in `gum/dep/` that is not listed
//! in `gum/dev_docs.txt`. Development = EWT dev (and, separately, GUM dev).
//! Files are read in a fixed (sorted) order, so training is reproducible.

use crate::conllu::{self, ConlluSentence};
use std::path::{Path, PathBuf};

/// EWT train file, relative to the data folder.
pub const EWT_TRAIN: &str = "ud_en_ewt/en_ewt-ud-train.conllu";
/// EWT dev file, relative to the data folder.
pub const EWT_DEV: &str = "ud_en_ewt/en_ewt-ud-dev.conllu";

/// For tests that need the shared data folder (`../shared/data` beside the
/// repository): the folder, if `needed` (a path inside it) exists. When it
/// does not, the test fails if `NEWSGRAPH_REQUIRE_SHARED` is set (to
/// anything but `0`; CI sets it, see `.ci/run`), else it is skipped with a
/// line on stderr saying why: `skipping TEST: ../shared/data/NEEDED not
/// found`.
#[cfg(test)]
pub(crate) fn shared_data(needed: &str) -> Option<PathBuf> {
    let dir = PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared/data"));
    if dir.join(needed).exists() {
        return Some(dir);
    }
    let thread = std::thread::current();
    let test = thread.name().unwrap_or("test");
    let required =
        std::env::var_os("NEWSGRAPH_REQUIRE_SHARED").is_some_and(|v| !v.is_empty() && v != "0");
    assert!(
        !required,
        "{test}: ../shared/data/{needed} is required (NEWSGRAPH_REQUIRE_SHARED is set) but not found at {}",
        dir.display()
    );
    eprintln!("skipping {test}: ../shared/data/{needed} not found");
    None
}

/// Training sentences for the tagger, lemmatiser and parser: EWT train
/// followed by the GUM train documents (sorted by file name). GUM
/// documents named in `gum/dev_docs.txt` are never included. A missing GUM
/// folder is an error, as is any unreadable file.
pub fn read_training_sentences(data_dir: &Path) -> Result<Vec<ConlluSentence>, String> {
    let mut out = conllu::read(&data_dir.join(EWT_TRAIN))?;
    for path in gum_files(data_dir, false)? {
        out.extend(conllu::read(&path)?);
    }
    Ok(out)
}

/// EWT dev sentences (the figures we report).
pub fn read_ewt_dev(data_dir: &Path) -> Result<Vec<ConlluSentence>, String> {
    conllu::read(&data_dir.join(EWT_DEV))
}

/// GUM train sentences (every document but those of `gum/dev_docs.txt`).
pub fn read_gum_train(data_dir: &Path) -> Result<Vec<ConlluSentence>, String> {
    let mut out = Vec::new();
    for path in gum_files(data_dir, false)? {
        out.extend(conllu::read(&path)?);
    }
    Ok(out)
}

/// GUM dev sentences (the documents listed in `gum/dev_docs.txt`).
pub fn read_gum_dev(data_dir: &Path) -> Result<Vec<ConlluSentence>, String> {
    let mut out = Vec::new();
    for path in gum_files(data_dir, true)? {
        out.extend(conllu::read(&path)?);
    }
    Ok(out)
}

/// GUM documents, each as its name and sentences: the dev documents
/// (`gum/dev_docs.txt`) if `dev`, else the training ones, sorted by name.
pub fn read_gum_documents(
    data_dir: &Path,
    dev: bool,
) -> Result<Vec<(String, Vec<ConlluSentence>)>, String> {
    gum_files(data_dir, dev)?
        .into_iter()
        .map(|path| {
            let name = path
                .file_stem()
                .and_then(|s| s.to_str())
                .unwrap_or("")
                .to_string();
            Ok((name, conllu::read(&path)?))
        })
        .collect()
}

/// The names of the GUM dev documents (`GUM_news_iodine`, ...).
pub fn gum_dev_docs(data_dir: &Path) -> Result<Vec<String>, String> {
    let path = data_dir.join("gum/dev_docs.txt");
    let text = std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
    Ok(text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(str::to_string)
        .collect())
}

/// GUM `.conllu` files, sorted: the dev documents if `dev`, else the rest.
fn gum_files(data_dir: &Path, dev: bool) -> Result<Vec<PathBuf>, String> {
    let dev_docs = gum_dev_docs(data_dir)?;
    let dir = data_dir.join("gum/dep");
    let entries = std::fs::read_dir(&dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    let mut files = Vec::new();
    for entry in entries {
        let path = entry.map_err(|e| format!("{}: {e}", dir.display()))?.path();
        if path.extension().and_then(|e| e.to_str()) != Some("conllu") {
            continue;
        }
        let stem = path.file_stem().and_then(|s| s.to_str()).unwrap_or("");
        if dev_docs.iter().any(|d| d == stem) == dev {
            files.push(path);
        }
    }
    files.sort();
    Ok(files)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn data_dir() -> Option<PathBuf> {
        shared_data(EWT_TRAIN)
    }

    #[test]
    fn training_set_excludes_gum_dev_documents() {
        let Some(dir) = data_dir() else { return };
        let dev = gum_dev_docs(&dir).unwrap();
        assert!(!dev.is_empty());
        let train = read_training_sentences(&dir).unwrap();
        let ewt = conllu::read(&dir.join(EWT_TRAIN)).unwrap();
        assert!(
            train.len() > ewt.len() + 1000,
            "GUM train documents missing"
        );
        for s in &train {
            if let Some(id) = s.comment("sent_id") {
                if let Some(doc) = id.rsplit_once('-').map(|(d, _)| d) {
                    assert!(!dev.iter().any(|d| d == doc), "dev sentence {id} in train");
                }
            }
        }
        let gum_dev = read_gum_dev(&dir).unwrap();
        assert!(!gum_dev.is_empty());
    }
}
