//! The model files embedded in the binary (those present under `models/`
//! when it was built; see `build.rs`), or read from a directory.

use std::path::Path;

/// The model files newsgraph uses, in pipeline order.
pub const NAMES: [&str; 4] = ["tagger", "lemma", "parser", "ner"];

/// The bytes of model `name` embedded in this binary, if it was built with it.
pub fn embedded(name: &str) -> Option<&'static [u8]> {
    match name {
        #[cfg(model_tagger)]
        "tagger" => Some(include_bytes!("../../models/tagger.bin")),
        #[cfg(model_lemma)]
        "lemma" => Some(include_bytes!("../../models/lemma.bin")),
        #[cfg(model_parser)]
        "parser" => Some(include_bytes!("../../models/parser.bin")),
        #[cfg(model_ner)]
        "ner" => Some(include_bytes!("../../models/ner.bin")),
        _ => None,
    }
}

/// Where a model's bytes come from.
pub enum Source<'a> {
    Embedded,
    Directory(&'a Path),
}

/// The bytes of model `name` from `source`.
pub fn load(name: &str, source: &Source) -> Result<std::borrow::Cow<'static, [u8]>, crate::Error> {
    match source {
        Source::Embedded => embedded(name).map(std::borrow::Cow::Borrowed).ok_or_else(|| {
            crate::Error::Invalid(format!(
                "this newsgraph was built without models/{name}.bin: run `newsgraph train` and rebuild, or pass --models DIR"
            ))
        }),
        Source::Directory(dir) => {
            let p = dir.join(format!("{name}.bin"));
            std::fs::read(&p)
                .map(std::borrow::Cow::Owned)
                .map_err(|e| crate::Error::Invalid(format!("{}: {e}", p.display())))
        }
    }
}
