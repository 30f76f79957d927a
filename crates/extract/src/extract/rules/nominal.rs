//! Relations read off noun phrases rather than verbs: where a named thing
//! is ("the Natural History Museum in London", "Houston, Texas") and who
//! holds a role where or for whom ("Halliburton CEO Dave Lesar", "his son
//! Pierre").

use super::confidence::Pattern;
use super::relations::{preposition, TokenRelation};
use newsgraph_core::extraction::EntityType;
use newsgraph_core::lexicon::listed_noun_type;
use newsgraph_nlp::{DepRel, Doc, Upos};

/// The NER label of the entity token `t` lies in, if any.
fn entity_label(doc: &Doc, t: usize) -> Option<&str> {
    doc.entities
        .iter()
        .find(|e| e.tokens.contains(&t))
        .map(|e| e.label.as_str())
}

/// Where a named thing is: "the Natural History Museum in London", "the
/// Commonwealth Games in Birmingham" (a name with "in" a place), "Houston,
/// Texas" (a place with the place it lies in after a comma): `locate_in`.
pub(super) fn located(doc: &Doc, v: usize, out: &mut Vec<TokenRelation>) {
    let tok = &doc.tokens[v];
    let place = |t: usize| doc.tokens[t].upos == Upos::Propn && entity_label(doc, t) == Some("LOC");
    let in_place = tok.deprel == DepRel::Nmod
        && preposition(doc, v).as_deref() == Some("in")
        && tok.head.is_some_and(|h| {
            doc.tokens[h].upos == Upos::Propn
                && matches!(entity_label(doc, h), Some("ORG" | "MISC" | "LOC"))
        });
    let after_comma = tok.deprel == DepRel::Appos
        && v > 0
        && doc.tokens[v - 1].text == ","
        && tok.head.is_some_and(place);
    if let Some(r) = described_place(doc, v) {
        out.push(r);
    }
    // the parse first: the entity lookups scan the article's entities
    if (in_place || after_comma) && place(v) {
        let Some(h) = tok.head else { return };
        out.push(TokenRelation {
            subject: h,
            predicate: "locate_in".into(),
            object: v,
            anchor: h,
            hedged: false,
            negated: false,
            pattern: Pattern::Prepositional,
            distributes: false,
        });
    }
}

/// A name an apposition describes as a place in another ("Longtoushan, a
/// town in the county of Ludian"; "Azusa, a suburb in Los Angeles"): the
/// name `locate_in` the other place, named by the "of" phrase of a
/// common noun of place ("the county of Ludian": Ludian). `v` is the
/// phrase after "in".
fn described_place(doc: &Doc, v: usize) -> Option<TokenRelation> {
    let tok = &doc.tokens[v];
    let is_place =
        |t: usize| listed_noun_type(&doc.tokens[t].lemma.to_lowercase()) == Some(EntityType::Place);
    if tok.deprel != DepRel::Nmod || preposition(doc, v).as_deref() != Some("in") {
        return None;
    }
    let h = tok.head?;
    let name = doc.tokens[h].head?;
    let described = doc.tokens[h].upos == Upos::Noun
        && doc.tokens[h].deprel == DepRel::Appos
        && is_place(h)
        && doc.tokens[name].upos == Upos::Propn
        && name < h;
    if !described {
        return None;
    }
    // "the county of Ludian": Ludian
    let object = match tok.upos {
        Upos::Propn => v,
        Upos::Noun if is_place(v) => doc.children(v).find(|&c| {
            doc.tokens[c].upos == Upos::Propn
                && doc.tokens[c].deprel == DepRel::Nmod
                && preposition(doc, c).as_deref() == Some("of")
        })?,
        _ => return None,
    };
    Some(TokenRelation {
        subject: name,
        predicate: "locate_in".into(),
        object,
        anchor: h,
        hedged: false,
        negated: false,
        pattern: Pattern::Prepositional,
        distributes: false,
    })
}

/// A role between an organisation and a person's name: "Halliburton CEO
/// Dave Lesar", "Rail Delivery Group chairman Steve Montgomery", "Ministry
/// of Railways chief engineer He Huawu" give `be_ceo_of`,
/// `be_chairman_of`, `be_chief_engineer_of` the organisation, however the
/// parser strung the names together and whether or not the NER took them
/// for one name ([`super::role_names`]).
pub(super) fn titled_roles(doc: &Doc, out: &mut Vec<TokenRelation>) {
    let role_word = |t: usize| {
        let tok = &doc.tokens[t];
        let caps =
            (2..=4).contains(&tok.text.len()) && tok.text.chars().all(|c| c.is_ascii_uppercase());
        let word = matches!(tok.upos, Upos::Noun | Upos::Adj)
            && tok.text.chars().all(|c| c.is_lowercase());
        caps || word
    };
    let names: Vec<(std::ops::Range<usize>, &str)> = doc
        .entities
        .iter()
        .flat_map(|e| super::role_names::split(doc, e.tokens.clone(), e.label.as_str()))
        .map(|(r, l, _)| (r, l))
        .collect();
    for pair in names.windows(2) {
        let ((org, org_label), (per, per_label)) = (&pair[0], &pair[1]);
        let gap = org.end..per.start;
        if *org_label != "ORG" || *per_label != "PER" || gap.is_empty() || gap.len() > 2 {
            continue;
        }
        if doc.sentence_of(org.start) != doc.sentence_of(per.start)
            || !gap.clone().all(role_word)
            || !gap.clone().any(|t| doc.tokens[t].upos != Upos::Adj)
        {
            continue;
        }
        let role: Vec<String> = gap
            .clone()
            .map(|t| doc.tokens[t].lemma.to_lowercase())
            .collect();
        out.push(TokenRelation {
            subject: per.end - 1,
            predicate: format!("be_{}_of", role.join("_")),
            // the organisation's head ("Ministry" of "Ministry of
            // Railways"), which stands for the whole name
            object: org
                .clone()
                .rev()
                .find(|&t| doc.tokens[t].head.is_none_or(|h| !org.contains(&h)))
                .unwrap_or(org.end - 1),
            anchor: gap.end - 1,
            hedged: false,
            negated: false,
            pattern: Pattern::Apposition,
            distributes: false,
        });
    }
}

/// A role the possessor gives a name in apposition: "his son Pierre",
/// "Trump's lawyer, Michael Cohen," give `be_son_of`, `be_lawyer_of` the
/// possessor (a pronoun resolved as any argument is). The role is a noun
/// for people (the word lists' or GUM's group nouns), in the singular.
pub(super) fn possessed_roles(doc: &Doc, out: &mut Vec<TokenRelation>) {
    for (n, tok) in doc.tokens.iter().enumerate() {
        if tok.upos != Upos::Noun
            || tok.xpos != "NN"
            || listed_noun_type(&tok.lemma.to_lowercase()) != Some(EntityType::Group)
        {
            continue;
        }
        let owner = doc
            .children(n)
            .find(|&c| doc.tokens[c].deprel == DepRel::NmodPoss);
        let name = doc.children(n).find(|&c| {
            doc.tokens[c].deprel == DepRel::Appos
                && doc.tokens[c].upos == Upos::Propn
                && entity_label(doc, c) == Some("PER")
        });
        let (Some(owner), Some(name)) = (owner, name) else {
            continue;
        };
        out.push(TokenRelation {
            subject: name,
            predicate: format!("be_{}_of", tok.lemma.to_lowercase()),
            object: owner,
            anchor: n,
            hedged: false,
            negated: false,
            pattern: Pattern::Apposition,
            distributes: false,
        });
    }
}
