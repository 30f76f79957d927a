//! A small coreference step for the rules: personal pronouns (it, its, they,
//! them, their, he, she), relative pronouns (that, which, who), quantifiers
//! standing for a noun (some, many) and light nouns (a type of) point to
//! the noun they stand for.

use super::gender::of_pronoun;
use newsgraph_core::extraction::EntityType;
use newsgraph_core::lexicon::{
    is_attribution, is_light_noun, is_quantifier_pronoun, listed_noun_type,
};
use newsgraph_nlp::Doc;
use newsgraph_nlp::{DepRel, Upos};

fn is_plural(doc: &Doc, t: usize) -> bool {
    matches!(doc.tokens[t].xpos.as_str(), "NNS" | "NNPS")
}

/// What a quantifier pronoun stands for ("ports, including some that ..."):
/// the noun it is part of, or the nearest earlier noun argument of the verb
/// it hangs off.
pub fn quantifier_antecedent(doc: &Doc, t: usize) -> Option<usize> {
    let tok = &doc.tokens[t];
    if !is_quantifier_pronoun(&tok.lemma) {
        return None;
    }
    let h = tok.head?;
    match doc.tokens[h].upos {
        Upos::Noun | Upos::Propn => Some(h),
        Upos::Verb | Upos::Aux => doc
            .children(h)
            .filter(|&c| {
                c < t
                    && matches!(doc.tokens[c].upos, Upos::Noun | Upos::Propn)
                    && matches!(
                        doc.tokens[c].deprel,
                        DepRel::Obl | DepRel::Obj | DepRel::NsubjPass | DepRel::Nsubj
                    )
            })
            .last(),
        _ => None,
    }
}

/// What a quantifier standing alone as a subject stands for ("officials
/// ..., with some even likening this gear to a Trojan horse"): the nearest
/// earlier noun (this sentence or the one before) that `animate` accepts,
/// in the plural. Those who do things are people and organisations, so the
/// caller says which nouns name them.
pub fn partitive_subject(doc: &Doc, t: usize, animate: impl Fn(usize) -> bool) -> Option<usize> {
    let tok = &doc.tokens[t];
    if !matches!(tok.deprel, DepRel::Nsubj | DepRel::NsubjPass)
        || !is_quantifier_pronoun(&tok.lemma)
    {
        return None;
    }
    let s = doc.sentence_of(t)?;
    let from = doc.sentences[s.saturating_sub(1)].tokens.start;
    (from..t).rev().find(|&c| {
        matches!(doc.tokens[c].upos, Upos::Noun | Upos::Propn) && is_plural(doc, c) && animate(c)
    })
}

/// What a light noun, a quantifier or a superlative with "of" stands for:
/// "a particular type of heavy machinery manufactured in China" is
/// machinery manufactured in China; "thousands of pilgrims died", "some of
/// the officials said": the pilgrims, the officials; "has the highest of
/// work ethics": work ethics.
pub fn light_noun_complement(doc: &Doc, t: usize) -> Option<usize> {
    let tok = &doc.tokens[t];
    let superlative = tok.xpos == "JJS";
    // "a good deal of cargo", "a great deal of money": an amount, not a deal
    let amount = tok.lemma.eq_ignore_ascii_case("deal")
        && doc.children(t).any(|c| {
            doc.tokens[c].deprel == DepRel::Amod
                && matches!(
                    doc.tokens[c].lemma.to_lowercase().as_str(),
                    "good" | "great"
                )
        });
    if !is_light_noun(&tok.lemma) && !is_quantifier_pronoun(&tok.lemma) && !superlative && !amount {
        return None;
    }
    doc.children(t).find(|&c| {
        doc.tokens[c].deprel == DepRel::Nmod
            && matches!(doc.tokens[c].upos, Upos::Noun | Upos::Propn)
            && doc
                .children(c)
                .any(|k| doc.tokens[k].deprel == DepRel::Case && doc.tokens[k].lemma == "of")
    })
}

/// The antecedent of the personal pronoun `t` when it is he, him, his,
/// she or her: the speaker, when `t` is the subject of what a person says
/// or believes ("Kramer said he ..."), else the nearest earlier token (this
/// sentence or the two before) that `person` accepts, outside the
/// pronoun's own noun phrase.
pub fn person_antecedent(doc: &Doc, t: usize, person: impl Fn(usize) -> bool) -> Option<usize> {
    let text = doc.tokens[t].text.to_lowercase();
    if !matches!(
        text.as_str(),
        "he" | "him" | "his" | "she" | "her" | "himself" | "herself"
    ) || doc.tokens[t].upos != Upos::Pron
    {
        return None;
    }
    // "Kramer, one of O'Neill's critics, said he considered ...": the
    // subject of a clause of saying or believing is its speaker, as news
    // writing has it, whoever is named in between
    let tok = &doc.tokens[t];
    let clause = tok.head.filter(|_| tok.deprel == DepRel::Nsubj);
    let speaker = clause
        .filter(|&c| doc.tokens[c].deprel == DepRel::Ccomp)
        .and_then(|c| doc.tokens[c].head)
        .filter(|&v| newsgraph_core::lexicon::is_attribution(&doc.tokens[v].lemma))
        .and_then(|v| {
            doc.children(v)
                .find(|&k| doc.tokens[k].deprel == DepRel::Nsubj && k < t)
        })
        .filter(|&n| person(n));
    if speaker.is_some() {
        return speaker;
    }
    // the pronoun resolver's antecedent, when it is a person
    if let Some(c) = learned_antecedent(doc, t).filter(|&c| person(c)) {
        return Some(c);
    }
    let s = doc.sentence_of(t)?;
    let from = doc.sentences[s.saturating_sub(2)].tokens.start;
    let head = doc.tokens[t].head;
    (from..t).rev().find(|&c| Some(c) != head && person(c))
}

/// The nearest earlier pronoun of the gender of pronoun `t` (this sentence
/// or the two before), through which `t` stands for whoever that one does
/// when no person is named near `t` ([`person_antecedent`] found none).
pub fn gender_chain(doc: &Doc, t: usize) -> Option<usize> {
    let g = of_pronoun(doc, t)?;
    let s = doc.sentence_of(t)?;
    let from = doc.sentences[s.saturating_sub(2)].tokens.start;
    (from..t).rev().find(|&c| of_pronoun(doc, c) == Some(g))
}

/// The antecedent of a pronoun that is the source of a claim ("..., it
/// added"): only people, organisations, groups and places speak, so the
/// nearest earlier token (this sentence or the two before) whose kind
/// `speaker` accepts for the pronoun (`it`: an organisation or a place;
/// `they`: a group or an organisation).
pub fn speaker_antecedent(
    doc: &Doc,
    t: usize,
    speaker: impl Fn(usize, bool) -> bool,
) -> Option<usize> {
    let plural = match doc.tokens[t].text.to_lowercase().as_str() {
        "it" => false,
        "they" => true,
        _ => return None,
    };
    let s = doc.sentence_of(t)?;
    let from = doc.sentences[s.saturating_sub(2)].tokens.start;
    // the "it" of a speech tag after its content ("The enemy must stop its
    // broadcasts, it added") speaks the content: it is nobody named in it
    let tag = t > 0
        && matches!(doc.tokens[t - 1].text.as_str(), "," | "”" | "\"" | "''")
        && doc.tokens[t].head.is_some_and(|v| {
            v > t && newsgraph_core::lexicon::is_attribution(&doc.tokens[v].lemma)
        });
    let content_start = doc.sentences[s].tokens.start;
    (from..t)
        .rev()
        .filter(|&c| !(tag && c >= content_start))
        .find(|&c| speaker(c, plural))
}

/// The antecedent of the relative pronoun `t`: the noun its clause
/// modifies, or the name that noun stands in apposition to ("Ma Hao, a
/// college student who volunteered": Ma Hao volunteered). "Which" stands
/// for no person: on a person's name that modifies a noun, its clause
/// modifies that noun ("this combination with Baker Hughes, which will
/// create ...", the name tagged a person's: the combination creates).
pub fn relative_antecedent(doc: &Doc, t: usize) -> Option<usize> {
    let tok = &doc.tokens[t];
    let lemma = tok.lemma.to_lowercase();
    if !matches!(lemma.as_str(), "that" | "which" | "who" | "whom") {
        return None;
    }
    let verb = tok.head?;
    if doc.tokens[verb].deprel.base() != DepRel::Acl {
        return None;
    }
    if matches!(lemma.as_str(), "who" | "that") && after_preposition(doc, t) {
        // "at odds over who controls the temples": a free relative (an
        // embedded question), whatever noun the parser hung it on; a
        // relative pronoun after its preposition is "whom" or "which"
        return None;
    }
    let mut noun = doc.tokens[verb].head?;
    if matches!(doc.tokens[noun].upos, Upos::Verb | Upos::Aux) {
        // "said Mr. Kamin, who emphasized that ...": the parser hung the
        // clause on the verb; "who" stands for the name before its comma
        if !matches!(lemma.as_str(), "who" | "whom") {
            return None;
        }
        let mut p = t.checked_sub(1)?;
        if doc.tokens[p].text == "," {
            p = p.checked_sub(1)?;
        }
        if !matches!(doc.tokens[p].upos, Upos::Propn | Upos::Noun) {
            return None;
        }
        noun = p;
    }
    if lemma == "which" && named_person(doc, noun) {
        let n = &doc.tokens[noun];
        noun = n
            .head
            .filter(|&h| n.deprel == DepRel::Nmod && doc.tokens[h].upos == Upos::Noun)?;
    }
    let named = doc.tokens[noun]
        .head
        .filter(|&h| doc.tokens[noun].deprel == DepRel::Appos && doc.tokens[h].upos == Upos::Propn);
    Some(named.unwrap_or(noun))
}

/// True if the word before token `t`, in its sentence, is a preposition
/// (the tagger may call "over" or "about" an adverb there).
fn after_preposition(doc: &Doc, t: usize) -> bool {
    if t == 0 || doc.sentence_of(t - 1) != doc.sentence_of(t) {
        return false;
    }
    let prev = &doc.tokens[t - 1];
    prev.upos == Upos::Adp
        || (prev.upos == Upos::Adv
            && matches!(
                prev.text.to_lowercase().as_str(),
                "over" | "about" | "on" | "around" | "regarding"
            ))
}

/// The antecedent the pronoun resolver (`Doc::antecedents`, learnt from
/// GUM) gives token `t`, when it ran.
fn learned_antecedent(doc: &Doc, t: usize) -> Option<usize> {
    doc.antecedents.get(t).copied().flatten()
}

/// [`pronoun_antecedent_in`], the quotation marks worked out here (the
/// extraction works them out once per article).
#[cfg(test)]
pub fn pronoun_antecedent(doc: &Doc, t: usize) -> Option<usize> {
    pronoun_antecedent_in(doc, t, &super::quotes::in_quotation(doc))
}

/// The antecedent of the personal pronoun `t` (it, its, they, them,
/// their): the pronoun resolver's, else the nearest earlier subject or
/// object noun (this sentence or the one before) that agrees in number;
/// a predicate noun stands for its subject. `quoted`: per token, inside
/// quotation marks (`quotes::in_quotation`).
pub fn pronoun_antecedent_in(doc: &Doc, t: usize, quoted: &[bool]) -> Option<usize> {
    let lemma = doc.tokens[t].lemma.to_lowercase();
    let text = doc.tokens[t].text.to_lowercase();
    let plural = match (lemma.as_str(), text.as_str()) {
        (_, "it" | "its") | ("it", _) => false,
        (_, "they" | "them" | "their") | ("they", _) => true,
        _ => return None,
    };
    let found = match learned_antecedent(doc, t) {
        // "it" is never a person the NER named
        Some(c) if !plural && named_person(doc, c) => return None,
        Some(c) if agrees(doc, c, plural) && !reports_quote(doc, c, t, quoted) => c,
        // the resolver's noun disagrees in number ("they shunned" for
        // "eczema"), or reports the quotation: the nearest that agrees
        Some(_) | None => nearest_agreeing(doc, t, plural, quoted)?,
    };
    let object = matches!(doc.tokens[t].deprel, DepRel::Obj | DepRel::Iobj);
    let found = possessing_thing(doc, found, plural, object).unwrap_or(found);
    // a predicate noun stands for its subject, which names the thing ("OGDC
    // is a public limited company ... It holds": OGDC holds)
    let copula = doc
        .children(found)
        .any(|k| doc.tokens[k].deprel == DepRel::Cop);
    let subject = doc.children(found).find(|&k| {
        doc.tokens[k].deprel == DepRel::Nsubj
            && matches!(doc.tokens[k].upos, Upos::Noun | Upos::Propn)
            && is_plural(doc, k) == plural
    });
    Some(subject.filter(|_| copula).unwrap_or(found))
}

/// The common noun that `c` possesses, when `c` is a possessor and the
/// noun an institution that acts ("Italy's antitrust regulator fined
/// Apple for what it described as ...": the regulator described). A
/// possessed attribute leaves "it" to its possessor ("complaints about
/// the line's high cost and accusations that it is a vanity project"),
/// and "it" is no person ("Britain's prime minister said it ..."). An
/// "it" that is a verb's object is the possessed thing whatever it is
/// ("disagreed with the regulator's ruling and would appeal it": the
/// ruling), but a person.
fn possessing_thing(doc: &Doc, c: usize, plural: bool, object: bool) -> Option<usize> {
    let h = doc.tokens[c].head?;
    let head = &doc.tokens[h];
    let kind = listed_noun_type(&head.lemma.to_lowercase());
    let institution = matches!(kind, Some(EntityType::Organization | EntityType::Group));
    let thing = object && !matches!(kind, Some(EntityType::Person | EntityType::Group));
    (!plural
        && doc.tokens[c].deprel == DepRel::NmodPoss
        && head.upos == Upos::Noun
        && !is_plural(doc, h)
        && (institution || thing))
        .then_some(h)
}

/// Whether noun `c`, outside quotation marks, is the subject of a verb
/// of saying while pronoun `t` is quoted ("The Guardian reported that ...
/// Wood said: “It is an explicit flouting of the rules”"): whoever speaks
/// or reports a quotation is not "it" or "they" inside it, where a
/// speaker says "I" or "we".
fn reports_quote(doc: &Doc, c: usize, t: usize, quoted: &[bool]) -> bool {
    let tok = &doc.tokens[c];
    quoted.get(t) == Some(&true)
        && quoted.get(c) == Some(&false)
        && tok.deprel == DepRel::Nsubj
        && tok
            .head
            .is_some_and(|h| is_attribution(&doc.tokens[h].lemma.to_lowercase()))
}

/// Whether noun `c` can stand for a pronoun of that number (`plural`):
/// "they" for a plural, a coordination ("Thomas and Manju"), an
/// organisation's name or a common noun of an organisation ("the club
/// say they ..."), as British English has it, but no singular person
/// ("a man"); "it" for no plural.
fn agrees(doc: &Doc, c: usize, plural: bool) -> bool {
    if !plural {
        return !is_plural(doc, c);
    }
    let coordinated = doc.children(c).any(|k| {
        doc.tokens[k].deprel == DepRel::Conj
            && matches!(doc.tokens[k].upos, Upos::Noun | Upos::Propn)
    });
    let organisation = doc.entity_at(c).is_some_and(|e| e.label == "ORG")
        || listed_noun_type(&doc.tokens[c].lemma.to_lowercase()) == Some(EntityType::Organization);
    is_plural(doc, c) || coordinated || organisation
}

/// The nearest earlier subject or object noun of pronoun `t` (this
/// sentence or the one before) that agrees in number (`plural`).
fn nearest_agreeing(doc: &Doc, t: usize, plural: bool, quoted: &[bool]) -> Option<usize> {
    let s = doc.sentence_of(t)?;
    let from = doc.sentences[s.saturating_sub(1)].tokens.start;
    // a noun the pronoun's own clause depends on is not its antecedent
    // ("sensors that allow them to track": them is not the sensors)
    let mut ancestors = Vec::new();
    let mut cur = doc.tokens[t].head;
    while let Some(h) = cur {
        if ancestors.len() > 100 {
            break;
        }
        ancestors.push(h);
        cur = doc.tokens[h].head;
    }
    (from..t).rev().find(|&c| {
        if ancestors.contains(&c) {
            return false;
        }
        let tok = &doc.tokens[c];
        matches!(tok.upos, Upos::Noun | Upos::Propn)
            && matches!(
                tok.deprel,
                DepRel::Nsubj | DepRel::NsubjPass | DepRel::Obj | DepRel::Root | DepRel::Appos
            )
            && agrees(doc, c, plural)
            && !reports_quote(doc, c, t, quoted)
            && tok.lemma.to_lowercase() != "development"
            // "it" is never a person the NER named
            && (plural || !named_person(doc, c))
    })
}

/// Whether token `c` names a person the NER found: it lies in the name, or
/// it is a title the name hangs on ("Owner" of "Owner Roman Abramovich",
/// whose name the parser makes its flat or compound dependant, or an
/// apposition).
fn named_person(doc: &Doc, c: usize) -> bool {
    let in_name = |t: usize| {
        doc.entities
            .iter()
            .any(|e| e.label == "PER" && e.tokens.contains(&t))
    };
    in_name(c)
        || doc.children(c).any(|k| {
            matches!(
                doc.tokens[k].deprel,
                DepRel::Flat | DepRel::Compound | DepRel::Appos
            ) && in_name(k)
        })
}
