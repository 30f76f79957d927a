//! Ascriptions: "Obama called the holiday a celebration of freedom",
//! "critics described the plan as a disaster", "Kramer considers the
//! announcement a ploy". A verb of ascription (`attribution.tsv`, class
//! `ascription`) says that its subject holds the object to be the
//! complement: a claim of the subject that the object *is* the complement,
//! not a relation of the verb ("Obama called the holiday" says nothing, and
//! "Obama called a celebration" is a misreading).

use newsgraph_core::lexicon::is_ascription;
use newsgraph_nlp::{DepRel, Doc, Upos};

/// What verb `v` ascribes to what.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Ascription {
    /// The object the complement is ascribed to ("the holiday").
    pub object: usize,
    /// The complement: a noun ("a celebration"), bare or after "as", or an
    /// adjective after "as" ("as aggressive").
    pub complement: usize,
}

/// The ascription of verb `v`, if it is a verb of ascription with an object
/// and, after it, a nominal complement: a second object or a predicative
/// complement ("called Clinton a liar"), or a noun after "as" ("described
/// the plan as a disaster"), however the parser labelled them.
pub fn of(doc: &Doc, v: usize) -> Option<Ascription> {
    let tok = &doc.tokens[v];
    if tok.upos != Upos::Verb || !is_ascription(&tok.lemma.to_lowercase()) {
        return None;
    }
    let nominal = |t: usize| matches!(doc.tokens[t].upos, Upos::Noun | Upos::Propn | Upos::Pron);
    let object = doc
        .children(v)
        .filter(|&c| {
            matches!(
                doc.tokens[c].deprel,
                DepRel::Obj | DepRel::Iobj | DepRel::OblUnmarked
            ) && nominal(c)
        })
        .min()?;
    let complement = doc.children(v).filter(|&c| c > object).find(|&c| {
        let as_marked = doc.children(c).any(|k| {
            matches!(doc.tokens[k].deprel, DepRel::Case | DepRel::Mark)
                && doc.tokens[k].lemma.eq_ignore_ascii_case("as")
        });
        let noun = matches!(doc.tokens[c].upos, Upos::Noun | Upos::Propn);
        // an adjective after "as" ("described the practices as
        // aggressive") is ascribed as well
        let adjective = doc.tokens[c].upos == Upos::Adj && as_marked;
        (noun || adjective)
            && match doc.tokens[c].deprel {
                DepRel::Obj | DepRel::Xcomp | DepRel::OblUnmarked => true,
                DepRel::Obl | DepRel::Advcl => as_marked,
                _ => false,
            }
    })?;
    Some(Ascription { object, complement })
}

#[cfg(test)]
mod tests {
    use super::*;
    use newsgraph_nlp::builder::DocBuilder;

    /// "`subject` called `object` a liar", with the parser's labels of the
    /// object and the complement.
    fn called(object_rel: &str, complement_rel: &str, lemma: &str) -> Doc {
        DocBuilder::new()
            .sentence(&[
                ("Trump", "PROPN", 2, "nsubj"),
                ("called", "VERB", 0, "root"),
                ("Clinton", "PROPN", 2, object_rel),
                ("a", "DET", 5, "det"),
                ("liar", "NOUN", 2, complement_rel),
            ])
            .lemma(1, lemma)
            .build()
    }

    #[test]
    fn an_object_and_its_complement_however_labelled() {
        let both = Some(Ascription {
            object: 2,
            complement: 4,
        });
        for (o, c) in [
            ("obj", "xcomp"),
            ("obj", "obl:unmarked"),
            ("obl:unmarked", "obj"),
        ] {
            assert_eq!(of(&called(o, c, "call"), 1), both, "{o} {c}");
        }
        // a verb that ascribes nothing, and a complement that is no noun
        assert_eq!(of(&called("obj", "xcomp", "meet"), 1), None);
        assert_eq!(
            of(&called("obj", "obl", "call"), 1),
            None,
            "an oblique without 'as'"
        );
    }

    #[test]
    fn a_complement_after_as() {
        // "Critics described the plan as a disaster"
        let doc = DocBuilder::new()
            .sentence(&[
                ("Critics", "NOUN", 2, "nsubj"),
                ("described", "VERB", 0, "root"),
                ("the", "DET", 4, "det"),
                ("plan", "NOUN", 2, "obj"),
                ("as", "ADP", 7, "case"),
                ("a", "DET", 7, "det"),
                ("disaster", "NOUN", 2, "obl"),
            ])
            .lemma(1, "describe")
            .build();
        assert_eq!(
            of(&doc, 1),
            Some(Ascription {
                object: 3,
                complement: 6
            })
        );
    }
}
