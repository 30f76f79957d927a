//! Attribution: which source, if any, each token's clause is attributed to.
//!
//! A clause is attributed when it is the complement of an attribution verb
//! ("officials worry that ..."), when its main verb carries "according to
//! X", or when an attribution verb hangs off it as a parenthetical ("...,
//! the media outlet noted"). Nested attributions keep the innermost source,
//! and record the next one out as the source that reports it ("according to
//! one US media outlet, officials worry that ...": claimed by the officials,
//! reported by the outlet).

use super::ascription;
use super::subjects::subject_of;
use newsgraph_core::lexicon::{
    content_class, is_accusation, is_attribution, is_content_noun, is_refusal, ContentClass,
};
use newsgraph_nlp::attribution::is_negated;
use newsgraph_nlp::Doc;
use newsgraph_nlp::{DepRel, Upos};

/// A source and the verb that attributes a clause to it.
#[derive(Debug, Clone, PartialEq)]
pub struct Attribution {
    /// Token of the source's head noun; `None` when the text does not name
    /// it ("it was reported that ...", "claims that ... spread online") or
    /// the cue is negated ("did not say that ..."): such a clause is
    /// nobody's claim, and never a fact.
    pub source: Option<usize>,
    /// The attribution verb's lemma (`worry`, `according_to`).
    pub verb: String,
    /// Token of the source of the attribution around this one, if another.
    pub outer: Option<usize>,
    /// The cue is negated ("did not say that ..."): the source is `None` on
    /// purpose, and no other reading may name one.
    pub negated: bool,
}

/// All tokens of the subtree of `root` (within its sentence).
pub fn subtree(doc: &Doc, root: usize) -> Vec<usize> {
    let mut out = vec![root];
    let mut i = 0;
    while i < out.len() {
        let t = out[i];
        out.extend(doc.children(t));
        i += 1;
    }
    out
}

fn depth(doc: &Doc, mut t: usize) -> usize {
    let mut d = 0;
    while let Some(h) = doc.tokens[t].head {
        d += 1;
        t = h;
        if d > 500 {
            break;
        }
    }
    d
}

/// The clause of an accusation verb `a` that says what its object did
/// ("charged the man with stealing a car": stealing).
pub fn accused_deed(doc: &Doc, a: usize) -> Option<usize> {
    if !is_accusation(&doc.tokens[a].lemma) {
        return None;
    }
    doc.children(a).find(|&c| {
        matches!(doc.tokens[c].deprel, DepRel::Advcl | DepRel::Acl)
            && doc.tokens[c].upos == Upos::Verb
            && doc.children(c).any(|k| {
                matches!(doc.tokens[k].deprel, DepRel::Mark | DepRel::Case)
                    && matches!(doc.tokens[k].lemma.as_str(), "of" | "with" | "for")
            })
    })
}

/// The verb a claim of attribution word `a` is recorded with: its lemma, or
/// with the verb of refusal that governs it ("declined to confirm" is
/// `decline_to_confirm`: what follows is not what the source confirms).
fn attribution_verb(doc: &Doc, a: usize) -> String {
    let tok = &doc.tokens[a];
    let verb = tok.lemma.to_lowercase();
    match tok.head {
        Some(h) if tok.deprel == DepRel::Xcomp && is_refusal(&doc.tokens[h].lemma) => {
            format!("{}_to_{verb}", doc.tokens[h].lemma.to_lowercase())
        }
        _ => verb,
    }
}

/// The root of the sentence of token `t`.
fn sentence_root(doc: &Doc, t: usize) -> Option<usize> {
    let s = doc.sentence_of(t)?;
    doc.sentences[s]
        .tokens
        .clone()
        .find(|&r| doc.tokens[r].head.is_none())
}

/// Whether the attribution verb `a` is a parenthetical after its clause
/// ("..., the media outlet noted."): a parataxis, or an adverbial clause
/// without a conjunction, set off by a comma, with only punctuation after
/// it in the sentence.
fn is_parenthetical(doc: &Doc, a: usize) -> bool {
    let tok = &doc.tokens[a];
    let Some(h) = tok.head else { return false };
    // a participle ("..., adding that ...") continues its sentence: no tag
    if h > a || tok.xpos == "VBG" {
        return false;
    }
    // a speech tag says nothing of its own and opens no clause of its own:
    // not "..., so we urge the union to resume talks", nor "..., where
    // experts say judges are eager" (a clause the parser hangs on the tag,
    // "..., he said, and talks could stall", does not count)
    let clausal = |c: usize| matches!(doc.tokens[c].deprel, DepRel::Xcomp | DepRel::Acl);
    let opener = |c: usize| {
        matches!(
            doc.tokens[c].lemma.to_lowercase().as_str(),
            "so" | "where" | "which" | "who" | "when" | "because" | "while"
        )
    };
    let says_more = doc.children(a).any(|c| {
        clausal(c)
            || opener(c)
            || (doc.tokens[c].deprel == DepRel::Obj && doc.children(c).any(clausal))
    });
    if says_more {
        return false;
    }
    match tok.deprel {
        DepRel::Parataxis => true,
        DepRel::Advcl => {
            let span = subtree(doc, a);
            let first = span
                .iter()
                .copied()
                .filter(|&t| doc.tokens[t].upos != Upos::Punct)
                .min()
                .unwrap_or(a);
            let last = span.iter().copied().max().unwrap_or(a);
            let end = doc
                .sentence_of(a)
                .map_or(last + 1, |s| doc.sentences[s].tokens.end);
            !doc.children(a)
                .any(|c| doc.tokens[c].deprel == DepRel::Mark)
                && first > 0
                && doc.tokens[first - 1].text == ","
                && (last + 1..end).all(|t| doc.tokens[t].upos == Upos::Punct)
        }
        _ => false,
    }
}

/// A clause attributed to a source: the subtree of its root but that of
/// `excluded` (the attribution itself, for "according to" and
/// parentheticals), from token `from` on.
type Scope = (usize, Option<usize>, usize, Attribution);

fn scope(root: usize, excluded: Option<usize>, source: Option<usize>, verb: &str) -> Scope {
    (
        root,
        excluded,
        0,
        Attribution {
            source,
            verb: verb.to_string(),
            outer: None,
            negated: false,
        },
    )
}

/// The "that" right after attribution verb `a` ("the study found that
/// ...") when the parse gave `a` no complement clause: the parser hung the
/// clause elsewhere in the verb's subtree (an adverbial clause, an oblique),
/// but the words after "that" are still what the source found.
fn stray_that(doc: &Doc, a: usize) -> Option<usize> {
    let that = a + 1;
    let tok = doc.tokens.get(that)?;
    let complement = doc.children(a).any(|c| {
        matches!(
            doc.tokens[c].deprel,
            DepRel::Ccomp | DepRel::Csubj | DepRel::CsubjPass
        )
    });
    (tok.lemma.eq_ignore_ascii_case("that")
        && tok.upos == Upos::Sconj
        && doc.sentence_of(that) == doc.sentence_of(a)
        && !complement)
        .then_some(that)
}

/// The scope of "according to X" at token `a` ("according"): the clause of
/// the verb X hangs off, or the whole sentence (a noun is not what a source tells, and a closing "according to" carries
/// the sentence).
fn according_to(doc: &Doc, a: usize) -> Option<Scope> {
    let x = doc.tokens[a].head?;
    // ", according to X" hung on a noun ("... of 400,000 people,
    // according to Xinhua") reports the whole sentence: a noun
    // is not what a source tells
    let after_comma = a > 0 && doc.tokens[a - 1].text == ",";
    let on_noun = doc.tokens[x]
        .head
        .is_some_and(|v| matches!(doc.tokens[v].upos, Upos::Noun | Upos::Propn));
    // and so does ", according to X" closing the sentence ("The
    // watchdog said they did not ..., according to a report"),
    // wherever the parser hung it: the report carries what the
    // watchdog said
    let last = subtree(doc, x).into_iter().max().unwrap_or(x);
    let end = doc
        .sentence_of(x)
        .map_or(last + 1, |s| doc.sentences[s].tokens.end);
    // (a participle may follow: "..., according to a report from Reuters,
    // citing a statement from the watchdog")
    let rest: Vec<usize> = (last + 1..end)
        .filter(|&t| doc.tokens[t].upos != Upos::Punct)
        .collect();
    let participle = rest.first().is_some_and(|&p| {
        let covered = subtree(doc, p);
        doc.tokens[p].xpos == "VBG"
            && doc.tokens[p - 1].text == ","
            && rest.iter().all(|t| covered.contains(t))
    });
    let closing = rest.is_empty() || participle;
    let v = if after_comma && (on_noun || closing) {
        sentence_root(doc, x)
    } else {
        doc.tokens[x].head
    };
    Some(scope(v?, Some(x), Some(x), "according_to"))
}

/// The scopes of attribution verb `a` whose source is `source`: its
/// accused deed, its complement clauses, a stray "that" clause, and the
/// whole sentence when it is a parenthetical speech tag.
fn verb_scopes(doc: &Doc, a: usize, source: Option<usize>, scopes: &mut Vec<Scope>) {
    let verb = attribution_verb(doc, a);
    // accusations: "police charged the man with stealing a car"
    if let Some(c) = accused_deed(doc, a) {
        scopes.push(scope(c, None, source, &verb));
    }
    // complement clauses
    let mut complement = None;
    for c in doc.children(a) {
        if matches!(
            doc.tokens[c].deprel,
            DepRel::Ccomp | DepRel::Csubj | DepRel::CsubjPass
        ) {
            scopes.push(scope(c, None, source, &verb));
            complement = complement.or(Some(c));
        }
    }
    // what the parser hung on the verb as a clause beside its complement
    // continues it ("said they did not provide information on how they
    // collect the data", with "how they collect" a parataxis of "said"),
    // unless it is a noun (", according to a report") or says something
    // of its own
    for c in doc.children(a) {
        let tok = &doc.tokens[c];
        let beside = complement.is_some_and(|k| c > k)
            && tok.deprel == DepRel::Parataxis
            && !matches!(tok.upos, Upos::Noun | Upos::Propn)
            && !is_attribution(&tok.lemma)
            && !doc
                .children(c)
                .any(|k| is_attribution(&doc.tokens[k].lemma));
        if beside {
            scopes.push(scope(c, None, source, &verb));
        }
    }
    if let Some(that) = stray_that(doc, a) {
        let (root, excluded, _, attr) = scope(a, None, source, &verb);
        scopes.push((root, excluded, that + 1, attr));
    }
    // parentheticals: "X did Y, the outlet noted" / "X did Y, he said":
    // they report the whole sentence, whatever the verb they hang off
    if source.is_some() && is_parenthetical(doc, a) {
        if let Some(h) = sentence_root(doc, a) {
            scopes.push(scope(h, Some(a), source, &verb));
        }
    }
}

/// For every token, the innermost attribution of its clause.
pub fn attributions(doc: &Doc) -> Vec<Option<Attribution>> {
    let mut scopes: Vec<Scope> = Vec::new();
    for (a, tok) in doc.tokens.iter().enumerate() {
        // "according to X": X is an obl of the clause's verb
        let according = tok.text.eq_ignore_ascii_case("according")
            || tok.lemma.eq_ignore_ascii_case("according");
        if according && (tok.deprel.base() == DepRel::Case || tok.deprel == DepRel::Mark) {
            scopes.extend(according_to(doc, a));
            continue;
        }
        // "claims that ...", "fears that ...": the content of a noun, claimed
        // by whoever the noun's verb attributes it to ("Beijing rejected
        // claims that ..."), or by nobody the text names
        if is_content_noun(&tok.lemma) && matches!(tok.upos, Upos::Noun) {
            let governor = tok
                .head
                .filter(|&v| tok.deprel == DepRel::Obj && is_attribution(&doc.tokens[v].lemma));
            // its clause, or the clause right after it that the parser hung
            // on the noun's verb ("ruled out the possibility that it is ...")
            let after = tok
                .head
                .filter(|_| tok.deprel == DepRel::Obj)
                .into_iter()
                .flat_map(|v| doc.children(v))
                .filter(|&c| {
                    doc.tokens[c].deprel == DepRel::Ccomp && doc.children(c).any(|k| k == a + 1)
                });
            let clauses: Vec<usize> = doc.children(a).chain(after).collect();
            for c in clauses {
                let clause = &doc.tokens[c];
                let that = doc
                    .children(c)
                    .any(|k| doc.tokens[k].deprel == DepRel::Mark && doc.tokens[k].lemma == "that");
                if matches!(clause.deprel, DepRel::Acl | DepRel::Ccomp) && that {
                    let verb = doc.tokens[governor.unwrap_or(a)].lemma.to_lowercase();
                    let source = governor.and_then(|v| subject_of(doc, v));
                    let mut s = scope(c, None, source, &verb);
                    // "the possibility that ...": nobody's claim, and no
                    // fact, whoever speaks around it
                    s.3.negated = content_class(&tok.lemma) == Some(ContentClass::Possibility);
                    scopes.push(s);
                }
            }
            continue;
        }
        // "called the plan a disaster": the plan is one, by the subject's
        // claim (a negated "did not call" claims nothing)
        let first = scopes.len();
        // "did not say that ...": nothing is claimed, nor stated as a fact
        let negated = is_negated(doc, &(a..a + 1));
        let source = (!negated).then(|| subject_of(doc, a)).flatten();
        if let Some(asc) = ascription::of(doc, a) {
            let verb = tok.lemma.to_lowercase();
            for root in [asc.object, asc.complement] {
                scopes.push(scope(root, None, source, &verb));
            }
        } else if is_attribution(&tok.lemma) && matches!(tok.upos, Upos::Verb | Upos::Adj) {
            verb_scopes(doc, a, source, &mut scopes);
        }
        for s in &mut scopes[first..] {
            s.3.negated = negated;
        }
    }
    // outer scopes first, so inner ones overwrite them
    scopes.sort_by_key(|(root, _, _, _)| depth(doc, *root));
    let mut out: Vec<Option<Attribution>> = vec![None; doc.tokens.len()];
    for (root, excluded, from, attr) in scopes {
        let skip: Vec<usize> = excluded.map(|x| subtree(doc, x)).unwrap_or_default();
        for t in subtree(doc, root) {
            if t >= from && !skip.contains(&t) {
                let outer = out[t]
                    .as_ref()
                    .and_then(|o| o.source)
                    .filter(|&o| Some(o) != attr.source);
                out[t] = Some(Attribution {
                    outer,
                    ..attr.clone()
                });
            }
        }
    }
    out
}
