//! The coreference steps (`rules::coref`): what a pronoun, a relative
//! pronoun, a quantifier or a light noun stands for.

use super::fixtures::{
    a_type_of_machinery_thousands_of_pilgrims, cranes_that_collect_data,
    including_some_that_handle_cargo, it_added, some_liken_the_cranes,
    the_balloon_carried_sensors_then, zpmc_makes_cranes,
};
use crate::extract::rules::coref::{
    light_noun_complement, partitive_subject, person_antecedent, pronoun_antecedent,
    quantifier_antecedent, relative_antecedent, speaker_antecedent,
};
use newsgraph_nlp::builder::DocBuilder;

#[test]
fn a_relative_pronoun_stands_for_the_noun_its_clause_modifies() {
    let doc = cranes_that_collect_data();
    assert_eq!(relative_antecedent(&doc, 3), Some(2));
    // nothing else is a relative pronoun
    assert_eq!(relative_antecedent(&doc, 5), None);
}

#[test]
fn a_relative_pronoun_on_a_description_of_a_name_stands_for_the_name() {
    // "Hao, a student who volunteered, spoke" / "Hao, a student who ..."
    // with the description as the subject of "spoke"
    for (rel, head, expected) in [("appos", 1, 0), ("nsubj", 7, 3)] {
        let doc = DocBuilder::new()
            .sentence(&[
                ("Hao", "PROPN", 7, "nsubj"),
                (",", "PUNCT", 4, "punct"),
                ("a", "DET", 4, "det"),
                ("student", "NOUN", head, rel),
                ("who", "PRON", 6, "nsubj"),
                ("volunteered", "VERB", 4, "acl:relcl"),
                ("spoke", "VERB", 0, "root"),
            ])
            .build();
        assert_eq!(relative_antecedent(&doc, 4), Some(expected), "{rel}");
    }
}

#[test]
fn which_stands_for_no_person() {
    // "a deal with Smith , which will create jobs": the deal creates; with
    // "who", Smith does
    for (pronoun, expected) in [("which", Some(1)), ("who", Some(3))] {
        let doc = DocBuilder::new()
            .sentence(&[
                ("a", "DET", 2, "det"),
                ("deal", "NOUN", 0, "root"),
                ("with", "ADP", 4, "case"),
                ("Smith", "PROPN", 2, "nmod"),
                (",", "PUNCT", 8, "punct"),
                (pronoun, "PRON", 8, "nsubj"),
                ("will", "AUX", 8, "aux"),
                ("create", "VERB", 4, "acl:relcl"),
                ("jobs", "NOUN", 8, "obj"),
            ])
            .lemma(5, pronoun)
            .entity(3..4, "PER")
            .build();
        assert_eq!(relative_antecedent(&doc, 5), expected, "{pronoun}");
    }
}

#[test]
fn that_introducing_a_complement_clause_stands_for_nothing() {
    // "Officials said that cranes spy"
    let doc = DocBuilder::new()
        .sentence(&[
            ("Officials", "NOUN", 2, "nsubj"),
            ("said", "VERB", 0, "root"),
            ("that", "SCONJ", 5, "mark"),
            ("cranes", "NOUN", 5, "nsubj"),
            ("spy", "VERB", 2, "ccomp"),
        ])
        .build();
    assert_eq!(relative_antecedent(&doc, 2), None);
}

#[test]
fn it_goes_to_the_nearest_singular_subject_or_object_before() {
    // "The balloon carried sensors. It flew over Montana."
    let doc = the_balloon_carried_sensors_then(&[
        ("It", "PRON", 2, "nsubj"),
        ("flew", "VERB", 0, "root"),
        ("over", "ADP", 4, "case"),
        ("Montana", "PROPN", 2, "obl"),
    ]);
    // the plural sensors are nearer but do not agree
    assert_eq!(pronoun_antecedent(&doc, 4), Some(1));
    // "they" would take them
    let they = the_balloon_carried_sensors_then(&[
        ("They", "PRON", 2, "nsubj"),
        ("failed", "VERB", 0, "root"),
    ]);
    assert_eq!(pronoun_antecedent(&they, 4), Some(3));
}

#[test]
fn a_pronoun_does_not_go_to_a_noun_its_own_clause_depends_on() {
    // "Cranes have sensors that allow them to track ships": them is not the sensors
    let doc = DocBuilder::new()
        .sentence(&[
            ("Cranes", "NOUN", 2, "nsubj"),
            ("have", "VERB", 0, "root"),
            ("sensors", "NOUN", 2, "obj"),
            ("that", "PRON", 5, "nsubj"),
            ("allow", "VERB", 3, "acl:relcl"),
            ("them", "PRON", 5, "obj"),
            ("to", "PART", 8, "mark"),
            ("track", "VERB", 5, "xcomp"),
            ("ships", "NOUN", 8, "obj"),
        ])
        .lemma(5, "they")
        .xpos(0, "NNS")
        .xpos(2, "NNS")
        .xpos(8, "NNS")
        .build();
    assert_eq!(pronoun_antecedent(&doc, 5), Some(0));
}

#[test]
fn a_pronoun_looks_back_one_sentence_only() {
    // "ZPMC makes cranes. Officials met. It grew."
    let doc = zpmc_makes_cranes()
        .sentence(&[
            ("Officials", "NOUN", 2, "nsubj"),
            ("met", "VERB", 0, "root"),
        ])
        .sentence(&[("It", "PRON", 2, "nsubj"), ("grew", "VERB", 0, "root")])
        .xpos(2, "NNS")
        .xpos(3, "NNS")
        .build();
    // ZPMC is two sentences back, and the plural officials do not agree
    assert_eq!(pronoun_antecedent(&doc, 5), None);
    assert_eq!(pronoun_antecedent(&doc, 3), None, "officials is no pronoun");
}

#[test]
fn he_goes_to_the_nearest_person_outside_his_own_phrase() {
    // "Thomas Sam met Anna Lee. She praised his work."
    let doc = DocBuilder::new()
        .sentence(&[
            ("Thomas", "PROPN", 3, "nsubj"),
            ("Sam", "PROPN", 1, "flat"),
            ("met", "VERB", 0, "root"),
            ("Anna", "PROPN", 3, "obj"),
            ("Lee", "PROPN", 4, "flat"),
        ])
        .sentence(&[
            ("She", "PRON", 2, "nsubj"),
            ("praised", "VERB", 0, "root"),
            ("his", "PRON", 4, "nmod:poss"),
            ("work", "NOUN", 2, "obj"),
        ])
        .build();
    let names = |c: usize| matches!(c, 0 | 1 | 3 | 4);
    // the nearest person before "She" is Anna Lee
    assert_eq!(person_antecedent(&doc, 5, names), Some(4));
    // only what the caller accepts as a person counts: "his" skips the
    // pronoun "She" and whatever is not a person
    let thomas = |c: usize| c <= 1;
    assert_eq!(person_antecedent(&doc, 7, thomas), Some(1));
    // "work" is no personal pronoun
    assert_eq!(person_antecedent(&doc, 8, names), None);
}

#[test]
fn a_speaking_pronoun_goes_to_the_nearest_token_that_can_speak() {
    // "ZPMC makes cranes. Cranes track ships, it added."
    let doc = it_added();
    // only ZPMC speaks; for "it" the rule asks for a singular speaker
    let asked = std::cell::RefCell::new(Vec::new());
    let found = speaker_antecedent(&doc, 7, |c, plural| {
        asked.borrow_mut().push(plural);
        c == 0
    });
    assert_eq!(found, Some(0));
    assert!(asked.borrow().iter().all(|&p| !p));
    // "ships" is no speaking pronoun
    assert_eq!(speaker_antecedent(&doc, 5, |_, _| true), None);
    // the "it" of the speech tag speaks the content: though "Cranes" could
    // speak, it is named in what "it" added
    assert_eq!(
        speaker_antecedent(&doc, 7, |c, _| c == 0 || c == 3),
        Some(0)
    );
}

#[test]
fn a_quantifier_pronoun_stands_for_the_noun_it_is_part_of() {
    // "ZPMC supplies ports, including some that handle military cargo"
    let doc = including_some_that_handle_cargo();
    assert_eq!(quantifier_antecedent(&doc, 5), Some(2));
    assert_eq!(relative_antecedent(&doc, 6), Some(5));
    assert_eq!(
        quantifier_antecedent(&doc, 2),
        None,
        "ports is no quantifier"
    );
}

#[test]
fn a_quantifier_subject_stands_for_the_nearest_plural_animate_noun() {
    // "Officials worry about cranes. Some liken the cranes to horses."
    let doc = some_liken_the_cranes();
    // the cranes are nearer, but cannot liken
    assert_eq!(partitive_subject(&doc, 4, |c| c == 0), Some(0));
    assert_eq!(partitive_subject(&doc, 4, |c| c == 3), Some(3));
    // only as a subject
    assert_eq!(partitive_subject(&doc, 7, |_| true), None);
}

#[test]
fn a_light_noun_stands_for_its_of_complement() {
    // "Officials bought a type of machinery. Thousands of pilgrims died in Mecca."
    let doc = a_type_of_machinery_thousands_of_pilgrims();
    assert_eq!(light_noun_complement(&doc, 3), Some(5));
    assert_eq!(light_noun_complement(&doc, 6), Some(8));
    // a noun that is no light noun stands for itself
    assert_eq!(light_noun_complement(&doc, 0), None);
}

#[test]
fn he_who_says_is_the_speaker_whoever_is_named_between() {
    // "Kramer, a critic of Mr O'Neill, said he considered the plan a ploy"
    let doc = DocBuilder::new()
        .sentence(&[
            ("Kramer", "PROPN", 8, "nsubj"),
            (",", "PUNCT", 4, "punct"),
            ("a", "DET", 4, "det"),
            ("critic", "NOUN", 1, "appos"),
            ("of", "ADP", 7, "case"),
            ("Mr", "PROPN", 7, "compound"),
            ("O'Neill", "PROPN", 4, "nmod"),
            ("said", "VERB", 0, "root"),
            ("he", "PRON", 10, "nsubj"),
            ("considered", "VERB", 8, "ccomp"),
        ])
        .lemma(7, "say")
        .build();
    let people = |c: usize| matches!(c, 0 | 6);
    assert_eq!(person_antecedent(&doc, 8, people), Some(0));
}

#[test]
fn a_pronoun_after_a_predicate_noun_stands_for_its_subject() {
    // "Acme is a public company . It holds reserves ."
    let doc = DocBuilder::new()
        .sentence(&[
            ("Acme", "PROPN", 5, "nsubj"),
            ("is", "AUX", 5, "cop"),
            ("a", "DET", 5, "det"),
            ("public", "ADJ", 5, "amod"),
            ("company", "NOUN", 0, "root"),
            (".", "PUNCT", 5, "punct"),
        ])
        .sentence(&[
            ("It", "PRON", 2, "nsubj"),
            ("holds", "VERB", 0, "root"),
            ("reserves", "NOUN", 2, "obj"),
            (".", "PUNCT", 2, "punct"),
        ])
        .build();
    assert_eq!(pronoun_antecedent(&doc, 6), Some(0));
}

#[test]
fn a_superlative_with_of_stands_for_its_complement() {
    // "He has the highest of work ethics ."
    let doc = DocBuilder::new()
        .sentence(&[
            ("He", "PRON", 2, "nsubj"),
            ("has", "VERB", 0, "root"),
            ("the", "DET", 4, "det"),
            ("highest", "ADJ", 2, "obj"),
            ("of", "ADP", 7, "case"),
            ("work", "NOUN", 7, "compound"),
            ("ethics", "NOUN", 4, "nmod"),
            (".", "PUNCT", 2, "punct"),
        ])
        .xpos(3, "JJS")
        .build();
    assert_eq!(light_noun_complement(&doc, 3), Some(6));
}

#[test]
fn it_is_not_a_person_a_title_names() {
    // "Owner Roman Abramovich conceded it was a move .", the resolver
    // pointing "it" at the title that heads the name
    let doc = DocBuilder::new()
        .sentence(&[
            ("Owner", "NOUN", 4, "nsubj"),
            ("Roman", "PROPN", 1, "flat"),
            ("Abramovich", "PROPN", 2, "flat"),
            ("conceded", "VERB", 0, "root"),
            ("it", "PRON", 8, "nsubj"),
            ("was", "AUX", 8, "cop"),
            ("a", "DET", 8, "det"),
            ("move", "NOUN", 4, "ccomp"),
            (".", "PUNCT", 4, "punct"),
        ])
        .entity(1..3, "PER")
        .build();
    let mut resolved = doc.clone();
    resolved.antecedents = vec![None; doc.tokens.len()];
    resolved.antecedents[4] = Some(0);
    assert_eq!(pronoun_antecedent(&resolved, 4), None);
    // the same title before a company's name is a thing "it" can be
    let mut company = resolved.clone();
    company.entities[0].label = "ORG".into();
    assert_eq!(pronoun_antecedent(&company, 4), Some(0));
}

#[test]
fn a_pronoun_and_the_resolvers_noun_agree_in_number() {
    // "The parents saw the eczema . They shunned treatments .", the
    // resolver pointing "They" at "eczema"
    let doc = DocBuilder::new()
        .sentence(&[
            ("The", "DET", 2, "det"),
            ("parents", "NOUN", 3, "nsubj"),
            ("saw", "VERB", 0, "root"),
            ("the", "DET", 5, "det"),
            ("eczema", "NOUN", 3, "obj"),
        ])
        .sentence(&[
            ("They", "PRON", 2, "nsubj"),
            ("shunned", "VERB", 0, "root"),
            ("treatments", "NOUN", 2, "obj"),
        ])
        .lemma(5, "they")
        .xpos(1, "NNS")
        .xpos(4, "NN")
        .xpos(7, "NNS")
        .build();
    let mut resolved = doc.clone();
    resolved.antecedents = vec![None; doc.tokens.len()];
    resolved.antecedents[5] = Some(4);
    assert_eq!(pronoun_antecedent(&resolved, 5), Some(1));
    // a plural the resolver gives "they" stays
    resolved.antecedents[5] = Some(1);
    assert_eq!(pronoun_antecedent(&resolved, 5), Some(1));
}

#[test]
fn they_may_be_an_organisation_named_before_but_not_a_man() {
    // "He is a man and has skill . He left Acme after taking them to a
    // final , which they lost ."
    let doc = DocBuilder::new()
        .sentence(&[
            ("He", "PRON", 4, "nsubj"),
            ("is", "AUX", 4, "cop"),
            ("a", "DET", 4, "det"),
            ("man", "NOUN", 0, "root"),
            ("and", "CCONJ", 6, "cc"),
            ("has", "VERB", 4, "conj"),
            ("skill", "NOUN", 6, "obj"),
        ])
        .sentence(&[
            ("He", "PRON", 2, "nsubj"),
            ("left", "VERB", 0, "root"),
            ("Acme", "PROPN", 2, "obj"),
            ("after", "SCONJ", 5, "mark"),
            ("taking", "VERB", 2, "advcl"),
            ("them", "PRON", 5, "obj"),
            ("to", "ADP", 9, "case"),
            ("a", "DET", 9, "det"),
            ("final", "NOUN", 5, "obl"),
            ("which", "PRON", 12, "obj"),
            ("they", "PRON", 12, "nsubj"),
            ("lost", "VERB", 9, "acl:relcl"),
        ])
        .lemma(17, "they")
        .xpos(3, "NN")
        .xpos(15, "NN")
        .entity(9..10, "ORG")
        .build();
    let mut resolved = doc.clone();
    resolved.antecedents = vec![None; doc.tokens.len()];
    resolved.antecedents[17] = Some(3);
    assert_eq!(pronoun_antecedent(&resolved, 17), Some(9));
}

#[test]
fn who_after_a_preposition_is_a_free_relative_with_no_antecedent() {
    // "The two parties still argue about who owns the land", with "owns"
    // hung on "parties" as a relative clause; "the land about which they
    // argue" keeps its antecedent
    let doc = DocBuilder::new()
        .sentence(&[
            ("The", "DET", 3, "det"),
            ("two", "NUM", 3, "nummod"),
            ("parties", "NOUN", 5, "nsubj"),
            ("still", "ADV", 5, "advmod"),
            ("argue", "VERB", 0, "root"),
            ("about", "ADV", 8, "advmod"),
            ("who", "PRON", 8, "nsubj"),
            ("owns", "VERB", 3, "acl:relcl"),
            ("the", "DET", 10, "det"),
            ("land", "NOUN", 8, "obj"),
        ])
        .build();
    assert_eq!(relative_antecedent(&doc, 6), None);
    let doc = DocBuilder::new()
        .sentence(&[
            ("the", "DET", 2, "det"),
            ("land", "NOUN", 0, "root"),
            ("about", "ADP", 4, "case"),
            ("which", "PRON", 6, "obl"),
            ("they", "PRON", 6, "nsubj"),
            ("argue", "VERB", 2, "acl:relcl"),
        ])
        .build();
    assert_eq!(relative_antecedent(&doc, 3), Some(1));
}

#[test]
fn a_quoted_pronoun_is_not_whoever_reports_the_quotation() {
    // "The paper reported that the council said : “ It is a mistake . ”"
    // and, unquoted, "The council said it is a mistake ."
    let quoted = DocBuilder::new()
        .sentence(&[
            ("The", "DET", 2, "det"),
            ("paper", "NOUN", 3, "nsubj"),
            ("reported", "VERB", 0, "root"),
            ("that", "SCONJ", 7, "mark"),
            ("the", "DET", 6, "det"),
            ("council", "NOUN", 7, "nsubj"),
            ("said", "VERB", 3, "ccomp"),
            (":", "PUNCT", 7, "punct"),
            ("“", "PUNCT", 13, "punct"),
            ("It", "PRON", 13, "nsubj"),
            ("is", "AUX", 13, "cop"),
            ("a", "DET", 13, "det"),
            ("mistake", "NOUN", 7, "parataxis"),
            (".", "PUNCT", 13, "punct"),
            ("”", "PUNCT", 13, "punct"),
        ])
        .lemma(2, "report")
        .lemma(6, "say")
        .build();
    assert_eq!(pronoun_antecedent(&quoted, 9), None);
    let reported = DocBuilder::new()
        .sentence(&[
            ("The", "DET", 2, "det"),
            ("council", "NOUN", 3, "nsubj"),
            ("said", "VERB", 0, "root"),
            ("it", "PRON", 7, "nsubj"),
            ("is", "AUX", 7, "cop"),
            ("a", "DET", 7, "det"),
            ("mistake", "NOUN", 3, "ccomp"),
            (".", "PUNCT", 3, "punct"),
        ])
        .lemma(2, "say")
        .build();
    assert_eq!(pronoun_antecedent(&reported, 3), Some(1));
}

#[test]
fn it_for_a_possessor_is_the_institution_it_possesses() {
    // "Germany 's authority fined the firm for what it called abuse ." and
    // "the line 's cost and claims that it is a folly", the resolver
    // having chosen the possessor both times
    let mut institution = DocBuilder::new()
        .sentence(&[
            ("Germany", "PROPN", 3, "nmod:poss"),
            ("'s", "PART", 1, "case"),
            ("authority", "NOUN", 4, "nsubj"),
            ("fined", "VERB", 0, "root"),
            ("the", "DET", 6, "det"),
            ("firm", "NOUN", 4, "obj"),
            ("for", "ADP", 8, "case"),
            ("what", "PRON", 4, "obl"),
            ("it", "PRON", 10, "nsubj"),
            ("called", "VERB", 8, "acl:relcl"),
            ("abuse", "NOUN", 10, "xcomp"),
            (".", "PUNCT", 4, "punct"),
        ])
        .build();
    institution.antecedents = vec![None; institution.tokens.len()];
    institution.antecedents[8] = Some(0);
    assert_eq!(pronoun_antecedent(&institution, 8), Some(2));
    let mut attribute = DocBuilder::new()
        .sentence(&[
            ("the", "DET", 2, "det"),
            ("line", "NOUN", 4, "nmod:poss"),
            ("'s", "PART", 2, "case"),
            ("cost", "NOUN", 0, "root"),
            ("and", "CCONJ", 6, "cc"),
            ("claims", "NOUN", 4, "conj"),
            ("that", "SCONJ", 11, "mark"),
            ("it", "PRON", 11, "nsubj"),
            ("is", "AUX", 11, "cop"),
            ("a", "DET", 11, "det"),
            ("folly", "NOUN", 6, "acl"),
        ])
        .build();
    attribute.antecedents = vec![None; attribute.tokens.len()];
    attribute.antecedents[7] = Some(1);
    assert_eq!(pronoun_antecedent(&attribute, 7), Some(1));
}

#[test]
fn an_object_it_is_the_possessed_thing_not_its_possessor() {
    // "They disagreed with the regulator 's ruling and would appeal it"
    let mut doc = DocBuilder::new()
        .sentence(&[
            ("They", "PRON", 2, "nsubj"),
            ("disagreed", "VERB", 0, "root"),
            ("with", "ADP", 7, "case"),
            ("the", "DET", 5, "det"),
            ("regulator", "NOUN", 7, "nmod:poss"),
            ("'s", "PART", 5, "case"),
            ("ruling", "NOUN", 2, "obl"),
            ("and", "CCONJ", 10, "cc"),
            ("would", "AUX", 10, "aux"),
            ("appeal", "VERB", 2, "conj"),
            ("it", "PRON", 10, "obj"),
        ])
        .lemma(1, "disagree")
        .lemma(9, "appeal")
        .build();
    // the resolver's choice: the possessor
    doc.antecedents = vec![None; doc.tokens.len()];
    doc.antecedents[10] = Some(4);
    assert_eq!(pronoun_antecedent(&doc, 10), Some(6));
}

#[test]
fn who_after_a_name_stands_for_it_when_the_parser_hung_its_clause_on_a_verb() {
    // "“Taxes rise,” said Mr. Kamin, who emphasized that cranes track
    // ships", with the relative clause hung on "said"
    let doc = DocBuilder::new()
        .sentence(&[
            ("Taxes", "NOUN", 2, "nsubj"),
            ("rise", "VERB", 4, "ccomp"),
            (",", "PUNCT", 2, "punct"),
            ("said", "VERB", 0, "root"),
            ("Mr.", "PROPN", 6, "compound"),
            ("Kamin", "PROPN", 4, "nsubj"),
            (",", "PUNCT", 9, "punct"),
            ("who", "PRON", 9, "nsubj"),
            ("emphasized", "VERB", 4, "acl:relcl"),
            ("that", "SCONJ", 12, "mark"),
            ("cranes", "NOUN", 12, "nsubj"),
            ("track", "VERB", 9, "ccomp"),
            ("ships", "NOUN", 12, "obj"),
        ])
        .lemma(7, "who")
        .build();
    assert_eq!(relative_antecedent(&doc, 7), Some(5));
    // "which" names no one so hung
    let mut which = doc.clone();
    which.tokens[7].lemma = "which".into();
    assert_eq!(relative_antecedent(&which, 7), None);
}
