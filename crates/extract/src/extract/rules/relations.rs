//! Relations read off the dependency parse: subject-verb-object, passives
//! with and without agent, participial and relative clauses, prepositional
//! attachments as `verb_prep` predicates, phrasal verbs, coordination,
//! control ("a chance to spy on"), copulas and appositions.

use super::ascription;
use super::confidence::Pattern;
use super::mentions::is_quantity;
use super::mood::{hedged, negated};
use super::obliques::{light_complement, obliques, recipient_on_object, recipients, theme_with};
use super::roles::push_be;
use super::subjects::agent_of;
use super::subjects::extraposed_it;
use newsgraph_core::lexicon::{
    is_attribution, is_hedge, is_idiom, is_negation, is_particle, is_saying,
};
use newsgraph_nlp::Doc;
use newsgraph_nlp::{DepRel, Upos};

/// A relation between tokens, before mentions are looked up.
#[derive(Debug, Clone, PartialEq)]
pub struct TokenRelation {
    pub subject: usize,
    pub predicate: String,
    pub object: usize,
    /// The token that carries the predicate (verb or copular noun).
    pub anchor: usize,
    pub hedged: bool,
    pub negated: bool,
    /// The dependency pattern that found it.
    pub pattern: Pattern,
    /// The relation holds for each conjunct of its subject and object
    /// ("cranes produced in China and used in US ports"); not so for an
    /// apposition, which describes one noun.
    pub distributes: bool,
}

pub(super) fn child_with(doc: &Doc, t: usize, rels: &[DepRel]) -> Option<usize> {
    doc.children(t)
        .find(|&c| rels.contains(&doc.tokens[c].deprel))
}

pub(super) fn children_with<'a>(
    doc: &'a Doc,
    t: usize,
    rels: &'a [DepRel],
) -> impl Iterator<Item = usize> + 'a {
    doc.children(t)
        .filter(move |&c| rels.contains(&doc.tokens[c].deprel))
}

/// The preposition of an oblique or nominal modifier (`in`, `because_of`).
pub(super) fn preposition(doc: &Doc, n: usize) -> Option<String> {
    let case: Vec<String> = doc
        .children(n)
        .filter(|&c| doc.tokens[c].deprel == DepRel::Case && c < n)
        .flat_map(|c| {
            std::iter::once(doc.tokens[c].lemma.to_lowercase()).chain(
                doc.children(c)
                    .filter(|&f| doc.tokens[f].deprel == DepRel::Fixed)
                    .map(|f| doc.tokens[f].lemma.to_lowercase()),
            )
        })
        .collect();
    (!case.is_empty()).then(|| case.join("_"))
}

/// All relations anchored on the verbs, copular predicates and appositions
/// of `doc`, idioms left out.
pub fn find(doc: &Doc) -> Vec<TokenRelation> {
    let mut out = all(doc);
    // "known as" gives an alias (see `mentions`), not a relation; a verb
    // of saying is carried by the claims it introduces ("said in remarks",
    // "told reporters" relate nothing)
    out.retain(|r| {
        !is_idiom(&r.predicate, &doc.tokens[r.object].lemma)
            && r.predicate != "know_as"
            && !is_saying(&doc.tokens[r.anchor].lemma)
            && !asked(doc, r.anchor)
            && !speech_tag_oblique(doc, r)
    });
    out
}

/// Whether `r` relates a speech tag to where or how it was said: "...,
/// the company announced in a statement" (an attribution verb in
/// parataxis to what it reports) is carried by the claims it introduces,
/// as a verb of saying is.
fn speech_tag_oblique(doc: &Doc, r: &TokenRelation) -> bool {
    let tok = &doc.tokens[r.anchor];
    r.pattern == Pattern::Prepositional
        && tok.deprel == DepRel::Parataxis
        && is_attribution(&tok.lemma.to_lowercase())
}

/// Whether token `t` lies in a question someone asks ("asked if she
/// supported the decision", "wondered whether the talks would resume") or
/// in any clause of "whether" ("would shed light on whether he has paid
/// taxes", "has not decided whether to sign the bill"): what is asked is
/// nobody's statement. "If" marks a question only after a verb of asking;
/// elsewhere it is a condition (see `mood`).
fn asked(doc: &Doc, t: usize) -> bool {
    let mut cur = Some(t);
    for _ in 0..4 {
        let Some(c) = cur else { return false };
        let tok = &doc.tokens[c];
        let marked = |word: &str| {
            doc.children(c).any(|k| {
                doc.tokens[k].deprel == DepRel::Mark && doc.tokens[k].lemma.to_lowercase() == word
            })
        };
        let asking = tok.head.is_some_and(|h| {
            matches!(
                doc.tokens[h].lemma.to_lowercase().as_str(),
                "ask" | "wonder" | "question" | "inquire" | "query"
            )
        });
        if marked("whether") || (marked("if") && asking) {
            return true;
        }
        cur = match tok.deprel {
            DepRel::Conj | DepRel::Xcomp => tok.head,
            // what one must be certain or sure of is as unreal as being
            // so: "in order to be certain that a fossil belongs to a new
            // species"
            DepRel::Ccomp if tok.head.is_some_and(|h| doc.tokens[h].upos == Upos::Adj) => tok.head,
            _ => None,
        };
    }
    false
}

fn all(doc: &Doc) -> Vec<TokenRelation> {
    let mut out = Vec::new();
    super::nominal::titled_roles(doc, &mut out);
    super::nominal::possessed_roles(doc, &mut out);
    for (v, tok) in doc.tokens.iter().enumerate() {
        if tok.upos == Upos::Verb {
            verb_relations(doc, v, &mut out);
        }
        // copula: "the balloon was a weather research craft"; with its
        // preposition: "the specimen was in the collections" (be_in)
        if matches!(tok.upos, Upos::Noun | Upos::Propn)
            && doc.children(v).any(|c| doc.tokens[c].deprel == DepRel::Cop)
        {
            if let Some(s) = child_with(doc, v, &[DepRel::Nsubj]) {
                let predicate =
                    preposition(doc, v).map_or_else(|| "be".into(), |p| format!("be_{p}"));
                let be = TokenRelation {
                    subject: s,
                    predicate,
                    object: v,
                    anchor: v,
                    hedged: hedged(doc, v),
                    negated: negated(doc, v, None),
                    pattern: Pattern::Copula,
                    distributes: true,
                };
                push_be(&mut out, doc, be);
            }
        }
        // an adjective as predicate: "the decision is unfair to workers"
        // (not one of attribution, "officials are concerned that", nor a
        // hedge, "it is likely")
        let lemma = tok.lemma.to_lowercase();
        if tok.upos == Upos::Adj
            && doc.children(v).any(|c| doc.tokens[c].deprel == DepRel::Cop)
            && !is_attribution(&lemma)
            && !is_hedge(&lemma)
        {
            // "it is counterproductive for Cambodia to spread ...": the "it"
            // stands for the clause after the adjective, not a referent
            let subject = child_with(doc, v, &[DepRel::Nsubj]).filter(|_| !extraposed_it(doc, v));
            if let Some(s) = subject {
                out.push(TokenRelation {
                    subject: s,
                    predicate: "be".into(),
                    object: v,
                    anchor: v,
                    hedged: hedged(doc, v),
                    negated: negated(doc, v, None),
                    pattern: Pattern::Attribute,
                    distributes: false,
                });
            }
        }
        super::nominal::located(doc, v, &mut out);
        // apposition: "ZPMC, a state-owned company"; after a coordination
        // it describes the last conjunct ("Bangladeshis and Rohingya, a
        // stateless minority"), whatever the parser attached it to
        if tok.deprel == DepRel::Appos && matches!(tok.upos, Upos::Noun) {
            if let Some(h) = tok.head {
                let in_parens = v > 0 && doc.tokens[v - 1].text == "(";
                let h = doc
                    .children(h)
                    .filter(|&c| c < v && doc.tokens[c].deprel == DepRel::Conj)
                    .last()
                    .unwrap_or(h);
                if !in_parens && matches!(doc.tokens[h].upos, Upos::Noun | Upos::Propn) {
                    let be = TokenRelation {
                        subject: h,
                        predicate: "be".into(),
                        object: v,
                        anchor: v,
                        hedged: false,
                        negated: false,
                        pattern: Pattern::Apposition,
                        distributes: false,
                    };
                    push_be(&mut out, doc, be);
                }
            }
        }
    }
    out
}

/// The predicate of verb `v`: its lemma with its particle ("hunt_down":
/// compound:prt, or an adverb right after the verb).
fn verb_predicate(doc: &Doc, v: usize) -> String {
    let lemma = doc.tokens[v].lemma.to_lowercase();
    let particle = child_with(doc, v, &[DepRel::CompoundPrt]).or_else(|| {
        doc.children(v).find(|&c| {
            c == v + 1
                && doc.tokens[c].deprel == DepRel::Advmod
                && is_particle(&doc.tokens[c].lemma)
        })
    });
    match particle {
        Some(p) => format!("{lemma}_{}", doc.tokens[p].lemma.to_lowercase()),
        None => lemma,
    }
}

/// The object of active verb `v`: its own (a quantity is none: "travelled
/// 4,000 miles to Washington"), or one it shares with a coordinated verb
/// ("hunt down and destroy a balloon"). A conjunct with a subject of its
/// own is a clause of its own ("candidates face questions after video
/// surfaced"), a verb with an oblique or a complement of its own takes no
/// later verb's object, and a root verb keeps to itself: it is as often
/// intransitive ("Scott beamed and asked the crowd") as not; on PolNeAR
/// dev sharing gave more wrong relations than right ones.
fn object_of(doc: &Doc, v: usize) -> Option<usize> {
    let tok = &doc.tokens[v];
    let own_subject = |c: usize| child_with(doc, c, &[DepRel::Nsubj, DepRel::NsubjPass]).is_some();
    // "vowed to punish", "said that ...": a complement of its own
    let own_complement = |c: usize| child_with(doc, c, &[DepRel::Xcomp, DepRel::Ccomp]).is_some();
    child_with(doc, v, &[DepRel::Obj])
        .filter(|&o| !is_quantity(doc, o))
        .or_else(|| {
            if tok.deprel == DepRel::Conj {
                // "agreed to keep troops there and to leave their disputes to
                // a commission": a conjunct with its own "to" is an
                // infinitive clause of its own, and shares no object
                let own_to = doc
                    .children(v)
                    .any(|c| doc.tokens[c].deprel == DepRel::Mark && doc.tokens[c].lemma == "to");
                child_with(doc, tok.head?, &[DepRel::Obj])
                    .filter(|_| !own_subject(v) && !own_complement(v) && !own_to)
            } else if tok.head.is_none()
                // "try and win back MPs", "go and see a doctor": the first
                // verb of a pseudo-coordination is the second's aspect, and
                // takes none of its objects
                || matches!(tok.lemma.to_lowercase().as_str(), "try" | "go" | "come")
            {
                None
            } else if child_with(doc, v, &[DepRel::Obl]).is_some() || own_complement(v) {
                // a verb with an argument of its own is used without an
                // object: "would rise to the top of the industry and would
                // control a large share" (nothing rises a share)
                None
            } else {
                doc.children(v)
                    .filter(|&c| {
                        doc.tokens[c].deprel == DepRel::Conj
                            && doc.tokens[c].upos == Upos::Verb
                            && !own_subject(c)
                    })
                    .find_map(|c| child_with(doc, c, &[DepRel::Obj]).filter(|&o| o > c))
            }
        })
}

/// Whether verb `v` is "have" or "get" with an object and a participle
/// after it ("will have their weekend plans disrupted", "had its licence
/// revoked"): what happens is the participle's; nobody has anything.
fn causative(doc: &Doc, v: usize) -> bool {
    matches!(doc.tokens[v].lemma.as_str(), "have" | "get")
        && doc.children(v).any(|c| {
            let t = &doc.tokens[c];
            t.deprel == DepRel::Xcomp
                && t.upos == Upos::Verb
                && matches!(t.xpos.as_str(), "VBN" | "VBD")
                && child_with(doc, v, &[DepRel::Obj]).is_some_and(|o| o < c)
        })
}

fn verb_relations(doc: &Doc, v: usize, out: &mut Vec<TokenRelation>) {
    // "called the holiday a celebration": the holiday is one, by the
    // subject's claim (`attribution` gives it to the subject)
    if let Some(a) = ascription::of(doc, v) {
        out.push(TokenRelation {
            subject: a.object,
            predicate: "be".into(),
            object: a.complement,
            anchor: a.complement,
            hedged: hedged(doc, v),
            negated: negated(doc, v, None),
            pattern: if doc.tokens[a.complement].upos == Upos::Adj {
                Pattern::Attribute
            } else {
                Pattern::Copula
            },
            distributes: true,
        });
        return;
    }
    let tok = &doc.tokens[v];
    let predicate = verb_predicate(doc, v);
    let passive_subject = child_with(doc, v, &[DepRel::NsubjPass]);
    // "cranes, produced in China" (not "..., having served in the job")
    let reduced_passive = tok.xpos == "VBN"
        && tok.deprel == DepRel::Acl
        && !doc.children(v).any(|c| doc.tokens[c].deprel == DepRel::Aux);
    // "produced in China and used in US ports": a participle coordinated with a passive one
    let passive_conjunct = tok.xpos == "VBN"
        && tok.deprel == DepRel::Conj
        && tok.head.is_some_and(|h| {
            let ht = &doc.tokens[h];
            (ht.xpos == "VBN" && ht.deprel == DepRel::Acl)
                || doc
                    .children(h)
                    .any(|c| matches!(doc.tokens[c].deprel, DepRel::NsubjPass | DepRel::AuxPass))
        })
        && child_with(doc, v, &[DepRel::Nsubj, DepRel::Obj]).is_none();
    let passive = passive_subject.is_some()
        || reduced_passive
        || passive_conjunct
        || doc
            .children(v)
            .any(|c| doc.tokens[c].deprel == DepRel::AuxPass);
    let obliques = obliques(doc, v);
    let hedge = hedged(doc, v);
    let mut push = |s: usize, pred: String, o: usize, pattern: Pattern| {
        let negated = negated(doc, v, Some(o));
        out.push(TokenRelation {
            subject: s,
            predicate: pred,
            object: o,
            anchor: v,
            hedged: hedge,
            negated,
            pattern,
            distributes: true,
        });
    };
    if passive {
        // the patient: the passive subject, the noun a participle modifies,
        // or that of the first conjunct ("produced in China and used in US ports")
        let patient = passive_subject
            .or_else(|| reduced_passive.then_some(tok.head).flatten())
            .or_else(|| {
                let h = tok.head?;
                (tok.deprel == DepRel::Conj)
                    .then(|| {
                        child_with(doc, h, &[DepRel::NsubjPass]).or_else(|| {
                            (doc.tokens[h].deprel == DepRel::Acl)
                                .then_some(doc.tokens[h].head)
                                .flatten()
                        })
                    })
                    .flatten()
            });
        let Some(patient) = patient else { return };
        let agent = child_with(doc, v, &[DepRel::OblAgent])
            .or_else(|| obliques.iter().find(|(_, p)| p == "by").map(|(n, _)| *n));
        if let Some(a) = agent {
            push(a, predicate.clone(), patient, Pattern::Direct);
        }
        for (n, p) in &obliques {
            if Some(*n) != agent && p != "by" {
                push(
                    patient,
                    format!("{predicate}_{p}"),
                    *n,
                    Pattern::Prepositional,
                );
            }
        }
        return;
    }
    let subject = agent_of(doc, v);
    let Some(subject) = subject else { return };
    // a bare number ("sent more than 60,000 into shelters") is no object:
    // the verb's obliques say where they went
    let bare_number = |o: usize| doc.tokens[o].upos == Upos::Num;
    if causative(doc, v) {
        return;
    }
    if let Some(o) = object_of(doc, v).filter(|&o| !bare_number(o)) {
        for (pred, n, pattern) in with_object(doc, v, o, &predicate, &obliques) {
            push(subject, pred, n, pattern);
        }
    } else {
        for (n, p) in &obliques {
            push(
                subject,
                format!("{predicate}_{p}"),
                *n,
                Pattern::Prepositional,
            );
        }
    }
}

/// The relations of verb `v` with its object `o` (predicate, other
/// argument, pattern): "X v o", or with what a light verb's object
/// concerns ("have_relationship_with" Frank), or what a verb of supplying
/// gives ("provides users with useful services": the services are
/// provided, to the users); then its named recipients.
fn with_object(
    doc: &Doc,
    v: usize,
    o: usize,
    predicate: &str,
    obliques: &[(usize, String)],
) -> Vec<(String, usize, Pattern)> {
    let mut out = Vec::new();
    let mut taken = None;
    if let Some((pred, n)) = light_complement(doc, v, o, predicate, obliques) {
        taken = Some(n);
        out.push((pred, n, Pattern::Direct));
    } else if let Some(thing) = theme_with(doc, v, o, obliques) {
        out.push((predicate.to_string(), thing, Pattern::Direct));
        // the recipient, when it is named, as `recipients` has it ("provide
        // users with services" says what is provided; readers took
        // `provide_to users` beside it for a repeat)
        if doc.tokens[o].upos == Upos::Propn {
            out.push((format!("{predicate}_to"), o, Pattern::Prepositional));
        }
    } else {
        out.push((predicate.to_string(), o, Pattern::Direct));
    }
    for (n, p) in recipients(doc, obliques).filter(|&(n, _)| Some(n) != taken) {
        out.push((format!("{predicate}_{p}"), n, Pattern::Prepositional));
    }
    if let Some(n) = recipient_on_object(doc, v, o).filter(|&n| Some(n) != taken) {
        out.push((format!("{predicate}_to"), n, Pattern::Prepositional));
    }
    out
}

/// The tokens of the adjective phrase headed by `a` as a property: the
/// adjective with its degree words and complements ("very rare", "unfit
/// to serve", "dangerous for a president"), not its subject, copula,
/// negation or clauses of its own.
pub fn adjective_phrase(doc: &Doc, a: usize) -> std::ops::Range<usize> {
    let mut tokens = vec![a];
    for c in doc.children(a) {
        let t = &doc.tokens[c];
        let keep = match t.deprel {
            DepRel::Advmod => !is_negation(&t.lemma.to_lowercase()),
            DepRel::Obl | DepRel::Xcomp | DepRel::Nmod => true,
            _ => false,
        };
        if keep {
            tokens.extend(super::attribution::subtree(doc, c));
        }
    }
    let start = tokens.iter().copied().min().unwrap_or(a);
    let end = tokens.iter().copied().max().unwrap_or(a) + 1;
    start..end
}
