//! Hand-built parses that more than one test reads: each is built here
//! once, with every annotation any of its tests needs, so the tests of
//! different steps see the very same document.

use newsgraph_nlp::builder::DocBuilder;
use newsgraph_nlp::Doc;

/// A word of [`DocBuilder::sentence`]: (word, UPOS, head, relation).
pub(super) type Word<'a> = (&'a str, &'a str, usize, &'a str);

/// "ZPMC makes cranes.", with its lemmas and ZPMC an organisation, for a
/// document that ends there ([`DocBuilder::build`]) or goes on.
pub(super) fn zpmc_makes_cranes() -> DocBuilder {
    DocBuilder::new()
        .sentence(&[
            ("ZPMC", "PROPN", 2, "nsubj"),
            ("makes", "VERB", 0, "root"),
            ("cranes", "NOUN", 2, "obj"),
        ])
        .lemma(1, "make")
        .lemma(2, "crane")
        .entity(0..1, "ORG")
}

/// "Anna Lee won.", Anna Lee a person, for a document that goes on with
/// what "she" did.
pub(super) fn anna_lee_won() -> DocBuilder {
    DocBuilder::new()
        .sentence(&[
            ("Anna", "PROPN", 2, "nsubj"),
            ("Lee", "PROPN", 1, "flat"),
            ("won", "VERB", 0, "root"),
        ])
        .lemma(2, "win")
        .entity(0..2, "PER")
}

/// "ZPMC makes cranes. Cranes track ships, it added."
pub(super) fn it_added() -> Doc {
    zpmc_makes_cranes()
        .sentence(&[
            ("Cranes", "NOUN", 2, "nsubj"),
            ("track", "VERB", 0, "root"),
            ("ships", "NOUN", 2, "obj"),
            (",", "PUNCT", 6, "punct"),
            ("it", "PRON", 6, "nsubj"),
            ("added", "VERB", 2, "parataxis"),
        ])
        .lemma(3, "crane")
        .lemma(5, "ship")
        .lemma(8, "add")
        .build()
}

/// "ZPMC makes cranes that collect data."
pub(super) fn cranes_that_collect_data() -> Doc {
    DocBuilder::new()
        .sentence(&[
            ("ZPMC", "PROPN", 2, "nsubj"),
            ("makes", "VERB", 0, "root"),
            ("cranes", "NOUN", 2, "obj"),
            ("that", "PRON", 5, "nsubj"),
            ("collect", "VERB", 3, "acl:relcl"),
            ("data", "NOUN", 5, "obj"),
        ])
        .lemma(1, "make")
        .lemma(2, "crane")
        .xpos(2, "NNS")
        .entity(0..1, "ORG")
        .build()
}

/// "ZPMC supplies ports, including some that handle military cargo."
pub(super) fn including_some_that_handle_cargo() -> Doc {
    DocBuilder::new()
        .sentence(&[
            ("ZPMC", "PROPN", 2, "nsubj"),
            ("supplies", "VERB", 0, "root"),
            ("ports", "NOUN", 2, "obj"),
            (",", "PUNCT", 6, "punct"),
            ("including", "VERB", 6, "case"),
            ("some", "PRON", 3, "nmod"),
            ("that", "PRON", 8, "nsubj"),
            ("handle", "VERB", 6, "acl:relcl"),
            ("military", "ADJ", 10, "amod"),
            ("cargo", "NOUN", 8, "obj"),
        ])
        .lemma(1, "supply")
        .lemma(2, "port")
        .entity(0..1, "ORG")
        .build()
}

/// "Officials bought a type of machinery. Thousands of pilgrims died in
/// Mecca."
pub(super) fn a_type_of_machinery_thousands_of_pilgrims() -> Doc {
    DocBuilder::new()
        .sentence(&[
            ("Officials", "NOUN", 2, "nsubj"),
            ("bought", "VERB", 0, "root"),
            ("a", "DET", 4, "det"),
            ("type", "NOUN", 2, "obj"),
            ("of", "ADP", 6, "case"),
            ("machinery", "NOUN", 4, "nmod"),
        ])
        .sentence(&[
            ("Thousands", "NOUN", 4, "nsubj"),
            ("of", "ADP", 3, "case"),
            ("pilgrims", "NOUN", 1, "nmod"),
            ("died", "VERB", 0, "root"),
            ("in", "ADP", 6, "case"),
            ("Mecca", "PROPN", 4, "obl"),
        ])
        .lemma(0, "official")
        .lemma(1, "buy")
        .lemma(6, "thousand")
        .lemma(8, "pilgrim")
        .lemma(9, "die")
        .build()
}

/// "Officials worry about cranes. Some liken the cranes to horses."
pub(super) fn some_liken_the_cranes() -> Doc {
    DocBuilder::new()
        .sentence(&[
            ("Officials", "NOUN", 2, "nsubj"),
            ("worry", "VERB", 0, "root"),
            ("about", "ADP", 4, "case"),
            ("cranes", "NOUN", 2, "obl"),
        ])
        .sentence(&[
            ("Some", "DET", 2, "nsubj"),
            ("liken", "VERB", 0, "root"),
            ("the", "DET", 4, "det"),
            ("cranes", "NOUN", 2, "obj"),
            ("to", "ADP", 6, "case"),
            ("horses", "NOUN", 2, "obl"),
        ])
        .lemma(0, "official")
        .lemma(3, "crane")
        .lemma(7, "crane")
        .xpos(0, "NNS")
        .xpos(3, "NNS")
        .xpos(7, "NNS")
        .build()
}

/// "The balloon carried sensors." followed by the sentence `then`, which
/// opens with a personal pronoun (token 4, tagged PRP).
pub(super) fn the_balloon_carried_sensors_then(then: &[Word]) -> Doc {
    DocBuilder::new()
        .sentence(&[
            ("The", "DET", 2, "det"),
            ("balloon", "NOUN", 3, "nsubj"),
            ("carried", "VERB", 0, "root"),
            ("sensors", "NOUN", 3, "obj"),
        ])
        .sentence(then)
        .xpos(1, "NN")
        .xpos(3, "NNS")
        .xpos(4, "PRP")
        .build()
}

/// "They visited a crane maker known as ZPMC."
pub(super) fn a_crane_maker_known_as_zpmc() -> Doc {
    DocBuilder::new()
        .sentence(&[
            ("They", "PRON", 2, "nsubj"),
            ("visited", "VERB", 0, "root"),
            ("a", "DET", 5, "det"),
            ("crane", "NOUN", 5, "compound"),
            ("maker", "NOUN", 2, "obj"),
            ("known", "VERB", 5, "acl"),
            ("as", "ADP", 8, "case"),
            ("ZPMC", "PROPN", 6, "obl"),
        ])
        .lemma(1, "visit")
        .lemma(5, "know")
        .xpos(5, "VBN")
        .entity(7..8, "ORG")
        .build()
}
