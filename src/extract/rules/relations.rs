//! Relations read off the dependency parse: subject-verb-object, passives
//! with and without agent, participial and relative clauses, prepositional
//! attachments as `verb_prep` predicates, phrasal verbs, coordination,
//! control ("a chance to spy on"), copulas and appositions.

use super::attribution::{accused_deed, subject_of};
use super::lexicon::{is_hedge, is_idiom, is_negation, is_saying};
use super::mentions::is_quantity;
use newsgraph_nlp::Doc;

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
    pub confidence: f32,
    /// The relation holds for each conjunct of its subject and object
    /// ("cranes produced in China and used in US ports"); not so for an
    /// apposition, which describes one noun.
    pub distributes: bool,
}

fn child_with(doc: &Doc, t: usize, rels: &[&str]) -> Option<usize> {
    doc.children(t)
        .find(|&c| rels.contains(&doc.tokens[c].deprel.as_str()))
}

fn children_with<'a>(
    doc: &'a Doc,
    t: usize,
    rels: &'a [&'a str],
) -> impl Iterator<Item = usize> + 'a {
    doc.children(t)
        .filter(move |&c| rels.contains(&doc.tokens[c].deprel.as_str()))
}

/// The preposition of an oblique or nominal modifier (`in`, `because_of`).
fn preposition(doc: &Doc, n: usize) -> Option<String> {
    let case: Vec<String> = doc
        .children(n)
        .filter(|&c| doc.tokens[c].deprel == "case" && c < n)
        .flat_map(|c| {
            std::iter::once(doc.tokens[c].lemma.to_lowercase()).chain(
                doc.children(c)
                    .filter(|&f| doc.tokens[f].deprel == "fixed")
                    .map(|f| doc.tokens[f].lemma.to_lowercase()),
            )
        })
        .collect();
    (!case.is_empty()).then(|| case.join("_"))
}

/// Hedges on the verb or the copular predicate `t`, or on the verbs it
/// depends on through coordination, control, an infinitive or a clause on
/// one of their arguments ("China may be afforded a chance to spy": the
/// spying is hedged too; "cranes apparently have sensors that allow them to
/// track ...": so is the tracking).
fn hedged(doc: &Doc, t: usize) -> bool {
    let mut cur = Some(t);
    for _ in 0..8 {
        let Some(c) = cur else { break };
        if doc.children(c).any(|k| {
            matches!(doc.tokens[k].deprel.as_str(), "aux" | "advmod" | "aux:pass")
                && is_hedge(&doc.tokens[k].lemma)
        }) || is_hedge(&doc.tokens[c].lemma)
        {
            return true;
        }
        let tok = &doc.tokens[c];
        let infinitive = doc.children(c).any(|k| doc.tokens[k].lemma == "to");
        cur = match tok.deprel.as_str() {
            "conj" | "xcomp" => tok.head,
            "acl" | "advcl" if infinitive => tok.head,
            "acl" | "acl:relcl" => tok.head,
            "obj" | "nsubj:pass" if matches!(tok.upos.as_str(), "NOUN" | "PROPN") && c != t => {
                tok.head
            }
            _ => None,
        };
    }
    false
}

fn negated(doc: &Doc, t: usize, object: Option<usize>) -> bool {
    doc.children(t).any(|k| {
        matches!(doc.tokens[k].deprel.as_str(), "advmod" | "aux" | "neg")
            && is_negation(&doc.tokens[k].lemma)
    }) || object.is_some_and(|o| {
        doc.children(o).any(|k| {
            doc.tokens[k].deprel == "det" && doc.tokens[k].lemma.eq_ignore_ascii_case("no")
        })
    })
}

/// Who does what in the infinitive or participle clause `v` that has no subject:
/// the object of the verb that governs it, else that verb's subject.
fn controller(doc: &Doc, v: usize) -> Option<usize> {
    let t = &doc.tokens[v];
    let head = t.head?;
    // the accused does the deed: "charged the man with stealing a car"
    if accused_deed(doc, head) == Some(v) {
        return child_with(doc, head, &["obj"]);
    }
    match t.deprel.as_str() {
        "xcomp" => child_with(doc, head, &["obj", "iobj"])
            .or_else(|| subject_of(doc, head))
            .or_else(|| child_with(doc, head, &["nsubj:pass"])),
        // "a chance to spy": the clause modifies a noun; its controller is
        // the subject of the verb that noun depends on
        "acl" | "advcl" if doc.children(v).any(|c| doc.tokens[c].lemma == "to") => {
            let h = &doc.tokens[head];
            let verb = if matches!(h.upos.as_str(), "VERB" | "AUX") {
                head
            } else {
                h.head?
            };
            subject_of(doc, verb).or_else(|| child_with(doc, verb, &["nsubj:pass"]))
        }
        _ => None,
    }
}

/// Particles of phrasal verbs.
const PARTICLES: &[&str] = &[
    "down", "up", "out", "off", "away", "back", "over", "in", "on", "through", "around",
];

/// Who does `v`: its subject, or for a coordinated verb that of its first
/// conjunct, or for an infinitive the controller ("the military went to
/// great lengths to hunt down and destroy a balloon": the military destroys).
fn agent_of(doc: &Doc, v: usize) -> Option<usize> {
    let mut cur = v;
    for _ in 0..4 {
        if let Some(s) = child_with(doc, cur, &["nsubj", "nsubj:outer"]) {
            return Some(s);
        }
        if let Some(c) = controller(doc, cur) {
            return Some(c);
        }
        let t = &doc.tokens[cur];
        match (t.deprel.as_str(), t.head) {
            ("conj", Some(h)) => cur = h,
            _ => return None,
        }
    }
    None
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
    });
    out
}

fn all(doc: &Doc) -> Vec<TokenRelation> {
    let mut out = Vec::new();
    for (v, tok) in doc.tokens.iter().enumerate() {
        if tok.upos == "VERB" {
            verb_relations(doc, v, &mut out);
        }
        // copula: "the balloon was a weather research craft"
        if matches!(tok.upos.as_str(), "NOUN" | "PROPN")
            && doc.children(v).any(|c| doc.tokens[c].deprel == "cop")
        {
            if let Some(s) = child_with(doc, v, &["nsubj"]) {
                out.push(TokenRelation {
                    subject: s,
                    predicate: "be".into(),
                    object: v,
                    anchor: v,
                    hedged: hedged(doc, v),
                    negated: negated(doc, v, None),
                    confidence: 0.7,
                    distributes: true,
                });
            }
        }
        // apposition: "ZPMC, a state-owned company"; after a coordination
        // it describes the last conjunct ("Bangladeshis and Rohingya, a
        // stateless minority"), whatever the parser attached it to
        if tok.deprel == "appos" && matches!(tok.upos.as_str(), "NOUN") {
            if let Some(h) = tok.head {
                let in_parens = v > 0 && doc.tokens[v - 1].text == "(";
                let h = doc
                    .children(h)
                    .filter(|&c| c < v && doc.tokens[c].deprel == "conj")
                    .last()
                    .unwrap_or(h);
                if !in_parens && matches!(doc.tokens[h].upos.as_str(), "NOUN" | "PROPN") {
                    out.push(TokenRelation {
                        subject: h,
                        predicate: "be".into(),
                        object: v,
                        anchor: v,
                        hedged: false,
                        negated: false,
                        confidence: 0.6,
                        distributes: false,
                    });
                }
            }
        }
    }
    out
}

fn verb_relations(doc: &Doc, v: usize, out: &mut Vec<TokenRelation>) {
    let tok = &doc.tokens[v];
    let lemma = tok.lemma.to_lowercase();
    // a particle: "hunt down" (compound:prt, or an adverb right after the verb)
    let particle = child_with(doc, v, &["compound:prt"]).or_else(|| {
        doc.children(v).find(|&c| {
            c == v + 1
                && doc.tokens[c].deprel == "advmod"
                && PARTICLES.contains(&doc.tokens[c].lemma.to_lowercase().as_str())
        })
    });
    let predicate = match particle {
        Some(p) => format!("{lemma}_{}", doc.tokens[p].lemma.to_lowercase()),
        None => lemma,
    };
    let passive_subject = child_with(doc, v, &["nsubj:pass"]);
    let reduced_passive = tok.xpos == "VBN" && tok.deprel == "acl";
    // "produced in China and used in US ports": a participle coordinated with a passive one
    let passive_conjunct = tok.xpos == "VBN"
        && tok.deprel == "conj"
        && tok.head.is_some_and(|h| {
            let ht = &doc.tokens[h];
            (ht.xpos == "VBN" && ht.deprel == "acl")
                || doc
                    .children(h)
                    .any(|c| matches!(doc.tokens[c].deprel.as_str(), "nsubj:pass" | "aux:pass"))
        })
        && child_with(doc, v, &["nsubj", "obj"]).is_none();
    let passive = passive_subject.is_some()
        || reduced_passive
        || passive_conjunct
        || doc.children(v).any(|c| doc.tokens[c].deprel == "aux:pass");
    let obliques: Vec<(usize, String)> = children_with(doc, v, &["obl"])
        .filter_map(|n| preposition(doc, n).map(|p| (n, p)))
        // "according to" marks a source, "including" an example, not a place or instrument
        .filter(|(_, p)| {
            !matches!(
                p.as_str(),
                "according_to" | "accord_to" | "according" | "include" | "such_as"
            )
        })
        .collect();
    let hedge = hedged(doc, v);
    let mut push = |s: usize, pred: String, o: usize, conf: f32| {
        out.push(TokenRelation {
            subject: s,
            predicate: pred,
            object: o,
            anchor: v,
            hedged: hedge,
            negated: negated(doc, v, Some(o)),
            confidence: conf,
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
                (tok.deprel == "conj")
                    .then(|| {
                        child_with(doc, h, &["nsubj:pass"]).or_else(|| {
                            (doc.tokens[h].deprel == "acl")
                                .then_some(doc.tokens[h].head)
                                .flatten()
                        })
                    })
                    .flatten()
            });
        let Some(patient) = patient else { return };
        let agent = child_with(doc, v, &["obl:agent"])
            .or_else(|| obliques.iter().find(|(_, p)| p == "by").map(|(n, _)| *n));
        if let Some(a) = agent {
            push(a, predicate.clone(), patient, 0.8);
        }
        for (n, p) in &obliques {
            if Some(*n) != agent && p != "by" {
                push(patient, format!("{predicate}_{p}"), *n, 0.6);
            }
        }
        return;
    }
    let subject = agent_of(doc, v);
    let Some(subject) = subject else { return };
    // a quantity is no object ("travelled 4,000 miles to Washington")
    let object = child_with(doc, v, &["obj"])
        .filter(|&o| !is_quantity(doc, o))
        .or_else(|| {
            // a shared object: "hunt down and destroy a balloon"
            let h = tok.head?;
            if tok.deprel == "conj" {
                child_with(doc, h, &["obj"])
            } else {
                doc.children(v)
                    .filter(|&c| doc.tokens[c].deprel == "conj" && doc.tokens[c].upos == "VERB")
                    .find_map(|c| child_with(doc, c, &["obj"]).filter(|&o| o > c))
            }
        });
    if let Some(o) = object {
        push(subject, predicate.clone(), o, 0.8);
    } else {
        for (n, p) in &obliques {
            push(subject, format!("{predicate}_{p}"), *n, 0.6);
        }
    }
}
