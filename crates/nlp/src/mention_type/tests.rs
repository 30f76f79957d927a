use super::train::{accuracy, train, Example, TrainOptions};
use super::*;
use crate::builder::DocBuilder;

/// "The `noun` said ." with `noun` plural or not.
fn said(noun: &str, plural: bool) -> Doc {
    let mut doc = DocBuilder::new()
        .sentence(&[
            ("The", "DET", 2, "det"),
            (noun, "NOUN", 3, "nsubj"),
            ("said", "VERB", 0, "root"),
        ])
        .build();
    doc.tokens[1].xpos = if plural { "NNS" } else { "NN" }.into();
    doc.tokens[1].lemma = noun.trim_end_matches('s').into();
    doc
}

/// "They built the `noun` ."
fn built(noun: &str) -> Doc {
    let mut doc = DocBuilder::new()
        .sentence(&[
            ("They", "PRON", 2, "nsubj"),
            ("built", "VERB", 0, "root"),
            ("the", "DET", 4, "det"),
            (noun, "NOUN", 2, "obj"),
        ])
        .build();
    doc.tokens[3].xpos = "NN".into();
    doc
}

#[test]
fn the_type_comes_from_the_word_and_its_clause() {
    let mut examples = Vec::new();
    for w in ["officials", "workers", "teachers", "farmers"] {
        examples.push(Example {
            doc: said(w, true),
            nouns: vec![(1, class_of_gum("person"))],
        });
    }
    for w in ["bridge", "tower", "wall", "road"] {
        examples.push(Example {
            doc: built(w),
            nouns: vec![(3, class_of_gum("object"))],
        });
    }
    let typer = train(&examples, &TrainOptions::default(), &mut |_| {});
    assert_eq!(accuracy(&examples, |d, h| typer.predict(d, h)), (8, 8));
    // an unseen word takes the type its clause gives
    assert_eq!(CLASSES[typer.predict(&said("trustees", true), 1)], "group");
    assert_eq!(CLASSES[typer.predict(&built("terminal"), 3)], "artifact");
    // the component types common nouns only
    let mut doc = said("trustees", true);
    typer.process(&mut doc).unwrap();
    assert_eq!(doc.noun_types, vec![None, Some(1), None]);
    // the model file round-trips, and a corrupt one is an error
    let again = MentionTyper::from_bytes(&typer.to_bytes()).unwrap();
    assert_eq!(again.to_bytes(), typer.to_bytes());
    assert!(MentionTyper::from_bytes(&typer.to_bytes()[..10]).is_err());
}
