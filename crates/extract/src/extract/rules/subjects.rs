//! Who a clause is about: the grammatical subject of a verb (what a source
//! of attribution is) and the agent who does it (what a relation's subject
//! is), both found by one walk up through coordinated verbs.

use super::attribution::accused_deed;
use super::relations::child_with;
use newsgraph_core::extraction::EntityType;
use newsgraph_core::lexicon::{is_intention, is_saying, noun_type};
use newsgraph_nlp::{DepRel, Doc, Upos};

/// How far up the walk goes: a verb coordinated with a clause that has a
/// subject shares it ("hunt down and destroy").
const MAX_STEPS: usize = 4;

/// Walks from `v` to its head while `up` allows the step from the token,
/// until `found` finds a subject at the current verb.
fn climb(
    doc: &Doc,
    v: usize,
    found: impl Fn(usize) -> Option<usize>,
    up: impl Fn(usize) -> bool,
) -> Option<usize> {
    let mut cur = v;
    for _ in 0..MAX_STEPS {
        if let Some(s) = found(cur) {
            return Some(s);
        }
        match doc.tokens[cur].head {
            Some(h) if up(cur) => cur = h,
            _ => return None,
        }
    }
    None
}

/// The nominal subject of verb `v` itself.
fn nominal_subject(doc: &Doc, v: usize) -> Option<usize> {
    child_with(doc, v, &[DepRel::Nsubj, DepRel::NsubjOuter])
}

/// The grammatical subject of `v`: its own, or that of the verb it is
/// coordinated with, the open complement of ("Officials want to say
/// that ...": the officials say) or the participle of saying of ("Hao
/// told the agency, adding that ...": Hao adds).
pub fn subject_of(doc: &Doc, v: usize) -> Option<usize> {
    climb(
        doc,
        v,
        |c| nominal_subject(doc, c),
        |c| {
            let t = &doc.tokens[c];
            matches!(t.deprel, DepRel::Conj | DepRel::Xcomp)
                || (t.deprel == DepRel::Advcl && t.xpos == "VBG" && is_saying(&t.lemma))
        },
    )
}

/// Who does `v`: its subject, or for a coordinated verb that of its first
/// conjunct, or for an infinitive the controller ("the military went to
/// great lengths to hunt down and destroy a balloon": the military destroys).
pub fn agent_of(doc: &Doc, v: usize) -> Option<usize> {
    climb(
        doc,
        v,
        |c| nominal_subject(doc, c).or_else(|| controller(doc, c)),
        |c| doc.tokens[c].deprel == DepRel::Conj && !quoted_apart(doc, c),
    )
}

/// Whether a quotation opens between verb `c` and the verb of saying it is
/// coordinated with: a verb inside a quotation is no conjunct of the
/// speech tag before it ("He said: “Countries ... can draw on ...”", with
/// "draw" parsed a conjunct of "said"), whatever the parse says.
fn quoted_apart(doc: &Doc, c: usize) -> bool {
    doc.tokens[c].head.is_some_and(|h| {
        let marks = (h.min(c) + 1..h.max(c))
            .filter(|&t| matches!(doc.tokens[t].text.as_str(), "\"" | "“" | "”" | "``" | "''"))
            .count();
        // an odd number of marks between: one of the two verbs is inside a
        // quotation the other is not ("said it was “opposed” and warned"
        // is one speaker's two acts)
        is_saying(&doc.tokens[h].lemma) && marks % 2 == 1
    })
}

/// Whether noun `n` names someone who can act: a person or organisation
/// the NER found, in it or compounded with it ("the Aslef leadership"), or
/// a common noun of people or organisations (`lexicons/nouns.tsv`:
/// "officials", "the union").
fn acts(doc: &Doc, n: usize) -> bool {
    let named = |t: usize| {
        doc.entities
            .iter()
            .any(|e| matches!(e.label.as_str(), "PER" | "ORG") && e.tokens.contains(&t))
    };
    named(n)
        || doc
            .children(n)
            .any(|c| doc.tokens[c].deprel == DepRel::Compound && named(c))
        || matches!(
            noun_type(&doc.tokens[n].lemma.to_lowercase()),
            EntityType::Group | EntityType::Organization | EntityType::Person
        )
}

/// The owner of noun `n`: its possessor ("his decision", "Southeast
/// Asia's ambitions") or the agent in a "from" or "by" phrase on it ("a
/// ploy from the prime minister", "a bid by Acme").
fn owner(doc: &Doc, n: usize) -> Option<usize> {
    doc.children(n).find(|&c| {
        let t = &doc.tokens[c];
        t.deprel == DepRel::NmodPoss
            || (t.deprel == DepRel::Nmod
                && matches!(t.upos, Upos::Propn | Upos::Noun | Upos::Pron)
                && doc.children(c).any(|k| {
                    doc.tokens[k].deprel == DepRel::Case
                        && matches!(doc.tokens[k].lemma.to_lowercase().as_str(), "from" | "by")
                }))
    })
}

/// The noun right before infinitive `v`'s "to", if any.
fn noun_before_to(doc: &Doc, v: usize) -> Option<usize> {
    let to = doc
        .children(v)
        .find(|&c| c < v && doc.tokens[c].lemma == "to")?;
    let n = to.checked_sub(1)?;
    (doc.tokens[n].upos == Upos::Noun).then_some(n)
}

/// The noun right before infinitive `v`'s "to", if a possessor owns it
/// ("Europe's ambitions to build"): the noun the infinitive belongs to,
/// wherever the parser hung it.
pub(super) fn owned_noun_before(doc: &Doc, v: usize) -> Option<usize> {
    noun_before_to(doc, v).filter(|&n| {
        doc.children(n)
            .any(|c| doc.tokens[c].deprel == DepRel::NmodPoss)
    })
}

/// The noun right before infinitive `v`'s "to" when it is the object of a
/// verb after `head`, the verb the parser hung the infinitive on: the
/// infinitive belongs to that noun ("will see our staff out of pocket and
/// mean less money to fund new schools").
fn object_before(doc: &Doc, head: usize, v: usize) -> Option<usize> {
    noun_before_to(doc, v).filter(|&n| {
        let t = &doc.tokens[n];
        t.deprel == DepRel::Obj && t.head.is_some_and(|h| h > head)
    })
}

/// A noun of intention ("ploy", "bid", "attempt": `lexicons/modality.tsv`)
/// that verb `h` governs right before its infinitive clause `v`, whose
/// infinitive the parser hung on the verb.
fn intention_before(doc: &Doc, h: usize, v: usize) -> Option<usize> {
    let mut n = doc.children(h).filter(|&c| c < v).max()?;
    // the noun may be followed by the verb's "from"/"by" phrase that is
    // really the noun's
    if agent_of_verb(doc, n).is_some() {
        n = doc.children(h).filter(|&c| c < n).max()?;
    }
    let t = &doc.tokens[n];
    (t.upos == Upos::Noun
        && matches!(
            t.deprel,
            DepRel::Xcomp | DepRel::Obj | DepRel::OblUnmarked | DepRel::Obl
        )
        && is_intention(&t.lemma.to_lowercase()))
    .then_some(n)
}

/// Whether `c` is a "from" or "by" phrase (the agent of a noun the parser
/// hung on the verb instead): `Some(c)` if so.
fn agent_of_verb(doc: &Doc, c: usize) -> Option<usize> {
    (doc.tokens[c].deprel == DepRel::Obl
        && doc.children(c).any(|k| {
            doc.tokens[k].deprel == DepRel::Case
                && matches!(doc.tokens[k].lemma.to_lowercase().as_str(), "from" | "by")
        }))
    .then_some(c)
}

/// The "from"/"by" phrase of verb `h` between its noun `n` and its clause `v`.
fn agent_between(doc: &Doc, h: usize, n: usize, v: usize) -> Option<usize> {
    doc.children(h)
        .filter(|&c| n < c && c < v)
        .find_map(|c| agent_of_verb(doc, c))
}

/// Whether token `s` can be someone who acts: a name, a pronoun, or a
/// noun [`acts`] accepts.
fn can_act(doc: &Doc, s: usize) -> bool {
    matches!(doc.tokens[s].upos, Upos::Propn | Upos::Pron) || acts(doc, s)
}

/// Whether the subject of predicate `p` is an "it" that stands for the
/// clause after it ("it is counterproductive to spread troops", "it is
/// clear that ..."), not for a referent.
pub fn extraposed_it(doc: &Doc, p: usize) -> bool {
    child_with(doc, p, &[DepRel::Nsubj, DepRel::Expl])
        .is_some_and(|s| doc.tokens[s].lemma.eq_ignore_ascii_case("it"))
        && doc.children(p).any(|c| match doc.tokens[c].deprel {
            DepRel::Xcomp | DepRel::Ccomp | DepRel::Csubj => true,
            // the parser often hangs the infinitive, or a question ("it was
            // unclear when villagers would be allowed back"), as an
            // adverbial clause
            DepRel::Advcl => doc.children(c).any(|k| {
                let lemma = doc.tokens[k].lemma.to_lowercase();
                (doc.tokens[k].deprel == DepRel::Mark
                    && matches!(lemma.as_str(), "to" | "that" | "whether" | "if"))
                    || (k < c
                        && doc.tokens[k].deprel == DepRel::Advmod
                        && matches!(lemma.as_str(), "when" | "where" | "why" | "how"))
            }),
            _ => false,
        })
}

/// Verbs whose "-ing" complement names a deed they rule on, not one their
/// subject does: "the law bans smoking in bars" (the law smokes nowhere),
/// "the council allowed drinking in parks".
const RULE_ON: [&str; 14] = [
    "ban",
    "prohibit",
    "forbid",
    "outlaw",
    "bar",
    "criminalize",
    "criminalise",
    "legalize",
    "legalise",
    "allow",
    "permit",
    "authorize",
    "authorise",
    "mandate",
];

/// Who does what in the infinitive or participle clause `v` that has no subject:
/// the object of the verb that governs it, else that verb's subject.
fn controller(doc: &Doc, v: usize) -> Option<usize> {
    let t = &doc.tokens[v];
    let head = t.head?;
    let rules_on = RULE_ON.contains(&doc.tokens[head].lemma.to_lowercase().as_str());
    if t.deprel == DepRel::Xcomp && t.xpos == "VBG" && rules_on {
        return None;
    }
    // the accused does the deed: "charged the man with stealing a car"
    if accused_deed(doc, head) == Some(v) {
        return child_with(doc, head, &[DepRel::Obj]);
    }
    match t.deprel {
        // "it is counterproductive for Cambodia to spread troops": Cambodia
        // spreads; without "for X", nobody named does
        DepRel::Xcomp | DepRel::Advcl if extraposed_it(doc, head) => {
            doc.children(head).find(|&c| {
                c < v
                    && doc.tokens[c].deprel == DepRel::Obl
                    && doc.children(c).any(|k| {
                        doc.tokens[k].deprel == DepRel::Case && doc.tokens[k].lemma == "for"
                    })
            })
        }
        // the object controls, unless the infinitive follows another noun
        // that a possessor owns ("reinforced doubts over Southeast Asia's
        // ambitions to form a community": Southeast Asia's ambition); a
        // passive's own subject before a subject its verb would borrow
        // from the verb it is coordinated with ("tickets sold out and the
        // launch was timed to coincide with ...": the launch coincides)
        DepRel::Xcomp => child_with(doc, head, &[DepRel::Obj, DepRel::Iobj])
            .and_then(|o| match owned_noun_before(doc, v) {
                Some(n) if n != o && !acts(doc, n) => owner(doc, n),
                Some(n) if n != o => Some(n),
                _ => Some(o),
            })
            .or_else(|| nominal_subject(doc, head))
            .or_else(|| child_with(doc, head, &[DepRel::NsubjPass]))
            .or_else(|| subject_of(doc, head)),
        // "urged the union to resume talks": an infinitive the parser hung on
        // an object that can act (a person, a group, an organisation) is
        // that object's deed
        DepRel::Acl
            if doc.children(v).any(|c| doc.tokens[c].lemma == "to")
                && doc.tokens[head].deprel == DepRel::Obj
                && acts(doc, head) =>
        {
            Some(head)
        }
        // "a chance to spy": the clause modifies a noun; its controller is
        // the noun's owner ("Southeast Asia's ambitions to form", "a ploy
        // from the prime minister to win back MPs"), else the subject of
        // the verb that noun depends on, if it names someone who can act
        // ("strikes mean less money to fund a pay rise": no strike funds)
        DepRel::Acl | DepRel::Advcl if doc.children(v).any(|c| doc.tokens[c].lemma == "to") => {
            let h = &doc.tokens[head];
            if !matches!(h.upos, Upos::Verb | Upos::Aux) {
                if let Some(owner) = owner(doc, head) {
                    return Some(owner);
                }
            } else if let Some(n) = object_before(doc, head, v) {
                // "will see our staff out of pocket and mean less money to
                // fund a pay rise", the infinitive hung on the first verb:
                // it is the money's, whose verb's subject may not act
                if acts(doc, n) {
                    return Some(n);
                }
                return owner(doc, n).or_else(|| {
                    let verb = doc.tokens[n].head?;
                    subject_of(doc, verb).filter(|&s| can_act(doc, s))
                });
            } else if let Some(n) = owned_noun_before(doc, v) {
                // "raised doubts over Europe's ambitions to build an army",
                // the infinitive hung on the verb: Europe's ambition; but
                // "prompted Scott's father to send his son": the father
                return if acts(doc, n) { Some(n) } else { owner(doc, n) };
            } else if let Some(plan) = intention_before(doc, head, v) {
                // "called the offer a ploy by the company to divide the
                // workers", the infinitive hung on the verb: the ploy's
                return owner(doc, plan).or_else(|| agent_between(doc, head, plan, v));
            }
            let verb = if matches!(h.upos, Upos::Verb | Upos::Aux) {
                head
            } else {
                h.head?
            };
            subject_of(doc, verb)
                .or_else(|| child_with(doc, verb, &[DepRel::NsubjPass]))
                .filter(|&s| verb == head || can_act(doc, s))
        }
        // a participle clause on a copular predicate is about its subject:
        // "Chan is a former minister, having served in the job" (Chan
        // served, not the minister). On a verb the parser often hangs
        // another's participle ("..., severing power lines, Xinhua said"):
        // no agent there
        DepRel::Acl | DepRel::Advcl
            if matches!(t.xpos.as_str(), "VBN" | "VBG")
                && doc
                    .children(head)
                    .any(|c| doc.tokens[c].deprel == DepRel::Cop) =>
        {
            nominal_subject(doc, head)
        }
        _ => None,
    }
}
