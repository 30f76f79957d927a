use super::train::{baseline, evaluate, train, Example, TrainOptions};
use super::*;
use crate::builder::DocBuilder;

/// "The ministers met the king . They signed the treaty ." with `they` at
/// token 6, or "The minister met the kings . He ..." when `singular`.
fn story(singular: bool) -> Doc {
    let (subject, object, pronoun) = if singular {
        ("minister", "kings", "He")
    } else {
        ("ministers", "king", "They")
    };
    DocBuilder::new()
        .sentence(&[
            ("The", "DET", 2, "det"),
            (subject, "NOUN", 3, "nsubj"),
            ("met", "VERB", 0, "root"),
            ("the", "DET", 5, "det"),
            (object, "NOUN", 3, "obj"),
            (".", "PUNCT", 3, "punct"),
        ])
        .sentence(&[
            (pronoun, "PRON", 2, "nsubj"),
            ("signed", "VERB", 0, "root"),
            ("the", "DET", 4, "det"),
            ("treaty", "NOUN", 2, "obj"),
            (".", "PUNCT", 2, "punct"),
        ])
        .xpos(1, if singular { "NN" } else { "NNS" })
        .xpos(4, if singular { "NNS" } else { "NN" })
        .build()
}

#[test]
fn pronoun_classes_and_candidates() {
    let doc = story(false);
    assert_eq!(class(&doc, 6), Some("they"));
    assert_eq!(class(&doc, 1), None);
    // nearest first, the pronoun's own sentence included
    assert_eq!(candidates(&doc, 6), vec![4, 1]);
    assert_eq!(candidates(&doc, 9), vec![4, 1]);
}

#[test]
fn the_resolver_learns_subjects_that_agree_and_round_trips() {
    // the subject that agrees in number, though the object is nearer
    let examples: Vec<Example> = (0..4)
        .map(|i| {
            let doc = story(i % 2 == 1);
            Example {
                doc,
                pronouns: vec![(6, vec![1])],
            }
        })
        .collect();
    let m = train(&examples, &TrainOptions::default(), &mut |_| {});
    assert_eq!(m.resolve(&examples[0].doc, 6), Some(1));
    assert_eq!(m.resolve(&examples[1].doc, 6), Some(1));
    // the baseline takes the nearest noun that agrees
    assert_eq!(baseline(&examples[0].doc, 6), Some(1));
    let scores = evaluate(&m, &examples);
    assert_eq!(scores.by_class["they"], (2, 2, 2));
    let back = PronounResolver::from_bytes(&m.to_bytes()).unwrap();
    assert_eq!(back.to_bytes(), m.to_bytes());
    assert!(PronounResolver::from_bytes(b"nonsense").is_err());
}

#[test]
fn gum_text_keeps_mention_spans() {
    let s = crate::conllu::parse(
        "1\tThe\tthe\tDET\tDT\t_\t2\tdet\t_\tEntity=(1-person-new\n\
         2\tministers\tminister\tNOUN\tNNS\t_\t3\tnsubj\t_\tEntity=1)\n\
         3\tmet\tmeet\tVERB\tVBD\t_\t0\troot\t_\tSpaceAfter=No\n\
         4\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n\n\
         1\tThey\tthey\tPRON\tPRP\t_\t2\tnsubj\t_\tEntity=(1-person-giv)\n\
         2\tleft\tleave\tVERB\tVBD\t_\t0\troot\t_\t_\n\n",
    )
    .unwrap();
    let gum = crate::gum::gum_text(&s);
    assert_eq!(gum.text, "The ministers met.\nThey left\n");
    let texts: Vec<(&str, &str)> = gum
        .mentions
        .iter()
        .map(|(r, e)| (&gum.text[r.clone()], e.as_str()))
        .collect();
    assert_eq!(texts, vec![("The ministers", "1"), ("They", "1")]);
}
