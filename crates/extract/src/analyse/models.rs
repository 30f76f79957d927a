//! The model files embedded in the binary (those present under `models/`
//! when it was built; see `build.rs`), or read from a directory.

use crate::Error;
use std::borrow::Cow;
use std::path::Path;

/// The models newsgraph uses, in pipeline order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Model {
    Tagger,
    Lemma,
    Parser,
    Ner,
    Attribution,
    Relations,
    Pronouns,
    MentionTypes,
}

impl Model {
    /// Every model, in pipeline order.
    pub const ALL: [Model; 8] = [
        Model::Tagger,
        Model::Lemma,
        Model::Parser,
        Model::Ner,
        Model::Attribution,
        Model::Relations,
        Model::Pronouns,
        Model::MentionTypes,
    ];

    /// The model's name, which is also its file's stem (`tagger.bin`).
    pub fn name(self) -> &'static str {
        match self {
            Model::Tagger => "tagger",
            Model::Lemma => "lemma",
            Model::Parser => "parser",
            Model::Ner => "ner",
            Model::Attribution => "attribution",
            Model::Relations => "relations",
            Model::Pronouns => "pronouns",
            Model::MentionTypes => "mention_types",
        }
    }

    /// The bytes of this model embedded in this binary, if it was built with it.
    pub fn embedded(self) -> Option<&'static [u8]> {
        match self {
            #[cfg(model_tagger)]
            Model::Tagger => Some(include_bytes!("../../../../models/tagger.bin")),
            #[cfg(model_lemma)]
            Model::Lemma => Some(include_bytes!("../../../../models/lemma.bin")),
            #[cfg(model_parser)]
            Model::Parser => Some(include_bytes!("../../../../models/parser.bin")),
            #[cfg(model_ner)]
            Model::Ner => Some(include_bytes!("../../../../models/ner.bin")),
            #[cfg(model_attribution)]
            Model::Attribution => Some(include_bytes!("../../../../models/attribution.bin")),
            #[cfg(model_relations)]
            Model::Relations => Some(include_bytes!("../../../../models/relations.bin")),
            #[cfg(model_pronouns)]
            Model::Pronouns => Some(include_bytes!("../../../../models/pronouns.bin")),
            #[cfg(model_mention_types)]
            Model::MentionTypes => Some(include_bytes!("../../../../models/mention_types.bin")),
            #[allow(unreachable_patterns)]
            _ => None,
        }
    }

    /// The bytes of this model from `source`.
    pub fn load(self, source: &Source) -> Result<Cow<'static, [u8]>, Error> {
        match source {
            Source::Embedded => self
                .embedded()
                .map(Cow::Borrowed)
                .ok_or(Error::ModelNotEmbedded(self.name())),
            Source::Directory(dir) => {
                let path = dir.join(format!("{}.bin", self.name()));
                std::fs::read(&path)
                    .map(Cow::Owned)
                    .map_err(|source| Error::ModelFile { path, source })
            }
        }
    }
}

impl std::str::FromStr for Model {
    type Err = Error;

    fn from_str(s: &str) -> Result<Self, Error> {
        Model::ALL
            .into_iter()
            .find(|m| m.name() == s)
            .ok_or_else(|| Error::UnknownModel(s.to_string()))
    }
}

impl std::fmt::Display for Model {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}

/// Where a model's bytes come from.
pub enum Source<'a> {
    Embedded,
    Directory(&'a Path),
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_round_trip_and_unknown_names_are_errors() {
        for m in Model::ALL {
            assert_eq!(m.name().parse::<Model>().unwrap(), m);
        }
        let err = "nre".parse::<Model>().unwrap_err();
        assert_eq!(
            err.to_string(),
            "unknown model \"nre\" (known: tagger, lemma, parser, ner, attribution, relations, pronouns, mention_types)"
        );
    }

    #[test]
    fn a_missing_model_file_names_its_path() {
        let dir = Path::new("no/such/dir");
        let err = Model::Parser.load(&Source::Directory(dir)).unwrap_err();
        assert!(
            err.to_string().starts_with("no/such/dir/parser.bin: "),
            "{err}"
        );
    }
}
