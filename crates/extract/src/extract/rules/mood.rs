//! The mood of a relation read at a verb or copular predicate: whether
//! it is hedged (a modal, a hedging adverb, an intention, a condition, a
//! possibility) or negated (a negation, a refusal, "yet to", "rather
//! than", "neither ... nor", "no longer", a denied object), as the relation
//! carries it.

use super::subjects::owned_noun_before;
use newsgraph_core::lexicon::{is_hedge, is_intention, is_negation, is_possibility, is_refusal};
use newsgraph_nlp::Doc;
use newsgraph_nlp::{DepRel, Upos};

/// Hedges on the verb or the copular predicate `t` (a modal, a hedging
/// adverb, a condition or question that marks its clause: "if the talks
/// fail"), or on the verbs it
/// depends on through coordination, control, an infinitive or a clause on
/// one of their arguments ("China may be afforded a chance to spy": the
/// spying is hedged too; "cranes apparently have sensors that allow them to
/// track ...": so is the tracking).
pub(super) fn hedged(doc: &Doc, t: usize) -> bool {
    let mut cur = Some(t);
    let mut described = false;
    for _ in 0..8 {
        let Some(c) = cur else { break };
        if doc.children(c).any(|k| {
            matches!(
                doc.tokens[k].deprel,
                DepRel::Aux | DepRel::Advmod | DepRel::AuxPass | DepRel::Mark
            ) && is_hedge(&doc.tokens[k].lemma)
        }) || is_hedge(&doc.tokens[c].lemma)
        {
            return true;
        }
        let tok = &doc.tokens[c];
        let infinitive = doc.children(c).any(|k| doc.tokens[k].lemma == "to");
        // what is intended has not happened: a purpose clause ("mustered
        // support to oust him") or the complement of a verb of intention
        // ("tried to win back MPs")
        // ("... MPs who had defected": a relative clause describes, whatever
        // the clause its noun is in)
        // ("urged the union to resume talks", however the parser hung the
        // infinitive: on the verb or on its object)
        let intends = |h: usize| is_intention(&doc.tokens[h].lemma);
        let on_object = |n: usize| {
            doc.tokens[n].deprel == DepRel::Obj && doc.tokens[n].head.is_some_and(intends)
        };
        // ("workers have the right to strike": what may be done)
        let possible = |h: usize| is_possibility(&doc.tokens[h].lemma.to_lowercase());
        let intended = infinitive
            && !described
            && match tok.deprel {
                DepRel::Advcl => true,
                // ("reinforced doubts over Southeast Asia's ambitions to
                // form a community": the ambition's, however it hangs)
                DepRel::Xcomp => {
                    tok.head.is_some_and(intends) || owned_noun_before(doc, c).is_some()
                }
                // a noun's infinitive is a purpose too ("no funds to
                // repair the bridge"), but for the first, last or only
                // one to do it ("the first woman to win the prize")
                DepRel::Acl => tok.head.is_some_and(|h| {
                    on_object(h) || possible(h) || (is_noun(doc, h) && !singled_out(doc, h))
                }),
                _ => false,
            };
        if intended || unrealised(doc, c) || conditional_future(doc, c) {
            return true;
        }
        described |= matches!(tok.deprel, DepRel::Acl | DepRel::AclRelcl) && !infinitive;
        cur = match tok.deprel {
            DepRel::Conj | DepRel::Xcomp => tok.head,
            // what one must be certain or sure of is as unreal as being
            // so: "in order to be certain that a fossil belongs to a new
            // species"
            DepRel::Ccomp if tok.head.is_some_and(|h| doc.tokens[h].upos == Upos::Adj) => tok.head,
            DepRel::Acl | DepRel::Advcl if infinitive => tok.head,
            DepRel::Acl | DepRel::AclRelcl => tok.head,
            DepRel::Obj | DepRel::NsubjPass
                if matches!(tok.upos, Upos::Noun | Upos::Propn) && c != t =>
            {
                tok.head
            }
            _ => None,
        };
    }
    false
}

fn is_noun(doc: &Doc, t: usize) -> bool {
    matches!(doc.tokens[t].upos, Upos::Noun | Upos::Propn | Upos::Pron)
}

/// Whether noun `n` is singled out by an ordinal or a superlative ("the
/// first woman", "the only company", "the largest buyer"), so that its
/// infinitive tells what it did ("the first woman to win the prize").
fn singled_out(doc: &Doc, n: usize) -> bool {
    doc.children(n).any(|k| {
        let t = &doc.tokens[k];
        let lemma = t.lemma.to_lowercase();
        matches!(t.deprel, DepRel::Amod | DepRel::Nummod | DepRel::Advmod)
            && (matches!(
                lemma.as_str(),
                "first" | "last" | "only" | "second" | "third"
            ) || t.xpos == "JJS"
                || t.xpos == "RBS")
    })
}

/// Whether token `t` has a child attached as `rel` whose lemma is one of
/// `words`.
pub(super) fn has(doc: &Doc, t: usize, rel: DepRel, words: &[&str]) -> bool {
    doc.children(t).any(|k| {
        doc.tokens[k].deprel == rel && words.contains(&doc.tokens[k].lemma.to_lowercase().as_str())
    })
}

/// Whether adverbial clause `c` states what has not happened: a purpose
/// with "so" and a modal ("so we can reach a deal"), or what a future
/// clause waits for ("will take effect once he has visited the governor").
fn unrealised(doc: &Doc, c: usize) -> bool {
    if doc.tokens[c].deprel != DepRel::Advcl {
        return false;
    }
    let has = |t: usize, rel: DepRel, words: &[&str]| has(doc, t, rel, words);
    let modal = ["can", "could", "will", "would", "may", "might", "shall"];
    let purpose = has(c, DepRel::Mark, &["so"]) && has(c, DepRel::Aux, &modal);
    let awaited = has(
        c,
        DepRel::Mark,
        &["once", "until", "before", "when", "after"],
    ) && doc.tokens[c]
        .head
        .is_some_and(|h| has(h, DepRel::Aux, &["will", "shall"]));
    purpose || awaited
}

/// Whether clause `c` is a future on a condition ("the resignation will
/// only come into effect once he has visited the governor general", "will
/// strike if talks fail"): it has not happened, and may not.
fn conditional_future(doc: &Doc, c: usize) -> bool {
    has(doc, c, DepRel::Aux, &["will", "shall"])
        && doc.children(c).any(|k| {
            doc.tokens[k].deprel == DepRel::Advcl
                && has(doc, k, DepRel::Mark, &["once", "if", "unless", "until"])
        })
}

pub(super) fn negated(doc: &Doc, t: usize, object: Option<usize>) -> bool {
    // "refused to name a winner", "failed to reach a deal": the complement
    // of a verb of refusal does not happen (unless that verb is negated)
    let tok = &doc.tokens[t];
    let refused = tok.deprel == DepRel::Xcomp
        && tok
            .head
            .is_some_and(|h| is_refusal(&doc.tokens[h].lemma) && !negated(doc, h, None));
    // "had yet to sign", "is yet to decide": not done so far
    let not_yet = tok.deprel == DepRel::Xcomp
        && tok.head.is_some_and(|h| {
            matches!(doc.tokens[h].lemma.as_str(), "have" | "be")
                && has(doc, h, DepRel::Advmod, &["yet"])
        });
    // "chose to sell the plant rather than close it": the alternative
    // turned down is not done
    let instead = has(doc, t, DepRel::Cc, &["rather", "instead"])
        || has(doc, t, DepRel::Mark, &["rather", "instead"]);
    // "neither the company nor its chairman responded": nobody did
    let neither = doc.children(t).any(|s| {
        matches!(doc.tokens[s].deprel, DepRel::Nsubj | DepRel::NsubjPass)
            && has(doc, s, DepRel::CcPreconj, &["neither"])
    });
    // "no longer makes cranes", "are no longer in use": not any more
    let no_longer = doc.children(t).any(|k| {
        doc.tokens[k].deprel == DepRel::Advmod
            && doc.tokens[k].lemma.eq_ignore_ascii_case("longer")
            && k > 0
            && doc.tokens[k - 1].lemma.eq_ignore_ascii_case("no")
    });
    refused
        || not_yet
        || instead
        || neither
        || no_longer
        || doc.children(t).any(|k| {
            // "not", "never"; "no" of an adjective ("no different")
            let on = match doc.tokens[k].deprel {
                DepRel::Advmod | DepRel::Aux => true,
                DepRel::Det => tok.upos == Upos::Adj,
                _ => false,
            };
            // "not only", "not just", "not lightly": the adverb after it is
            // what is negated, not the verb ("a move not taken lightly" was
            // taken); "did not immediately respond" did not respond
            let adverb = doc.tokens.get(k + 1).is_some_and(|n| {
                n.upos == Upos::Adv
                    && n.head == Some(t)
                    && matches!(
                        n.lemma.to_lowercase().as_str(),
                        "only" | "just" | "merely" | "simply" | "lightly"
                    )
            }) || doc
                .children(t)
                .any(|a| a > k && doc.tokens[a].lemma.eq_ignore_ascii_case("lightly"));
            on && is_negation(&doc.tokens[k].lemma) && !adverb
        })
        || object.is_some_and(|o| {
            doc.children(o).any(|k| {
                // not "no" hyphenated to the next word ("a no-confidence
                // vote", "a no-fly zone"), which is part of a name
                let hyphenated = doc
                    .tokens
                    .get(k + 1)
                    .is_some_and(|h| h.text == "-" && h.start == doc.tokens[k].end);
                doc.tokens[k].deprel == DepRel::Det
                    && doc.tokens[k].lemma.eq_ignore_ascii_case("no")
                    && !hyphenated
            })
        })
}
