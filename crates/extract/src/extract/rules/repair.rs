//! Repairs of parses that no reading of Universal Dependencies allows,
//! before the rules read them. Each repair is local and names the tagging
//! error it undoes; a parse without such attachments is used as it is.
//!
//! - An adjective attached as `amod` to a verb on its left ("the US
//!   military went ..." tagged `military/ADJ`): an adjective modifies
//!   nouns, never verbs, so it is the verb's subject used as a noun.
//! - A dateline ("NEW YORK -- Halliburton, the world's ... company, will
//!   acquire ...") parsed as the head of the sentence's subject, with the
//!   real subject as its apposition: the phrase after the dash takes the
//!   dateline's place, and the dateline hangs off it as `dep`; a dateline
//!   parsed as an argument of the clause after its dash ("CHARLOTTE, N.C.
//!   (AP) — The police released ...", two subjects) is `dep` of that verb.
//! - An object before a complement clause that has no subject ("Wood
//!   insisted the decision doesn't set a precedent" parsed with "decision"
//!   the object of "insisted"): a clause with a finite verb has a subject,
//!   so the object is the clause's subject.
//! - A particle right after its verb attached to the verb's object ("try
//!   to win back MPs" with `back/ADV` an `amod` of "MPs"): an adverb
//!   modifies no noun, and "back MPs" is nobody; it is the verb's particle
//!   (`win_back`).
//! - A past verb with an object parsed as a participle on the noun before
//!   it, which then heads the sentence ("Scientists named the new species
//!   Ngwevu intloko" with "named" an `acl` of "Scientists"): a passive
//!   participle takes no object, so the verb is the sentence's head and
//!   the noun its subject.
//! - A bare infinitive after "help" or "let" tagged a noun and
//!   made a second object ("helped pull 40 people from the rubble", with
//!   "pull" and "people" both objects of "helped"): a verb has one direct
//!   object, so the first is the infinitive and the second its object.
//! - A noun with both a subject and a direct object ("The agreement caps
//!   seven days of fighting" with `caps/NNS`): no noun takes an object, so
//!   it is the verb.
//! - A speech tag after its content parsed as a participle on its own
//!   subject ("Acme will close the plant, the company announced on
//!   Monday" with "announced" an `acl` of "company"): the passive reading
//!   ("the company that was announced") makes no sense after a comma
//!   closing a clause, so the verb is the tag's, in parataxis to the
//!   sentence's head, and the noun its subject.
//! - A noun conjunct with neither a coordinator nor punctuation between it
//!   and its head ("have more resilient Sunday services" with
//!   `resilient/NN` the object and "services" its conjunct): in UD EWT
//!   train 52 of 7,614 conjuncts have nothing between (lists in notes,
//!   "etc"), so the first word is a modifier of the second, which takes
//!   its place.

use newsgraph_core::lexicon::{is_attribution, is_particle};
use newsgraph_nlp::Doc;
use newsgraph_nlp::{DepRel, Upos};
use std::borrow::Cow;

/// Whether token `t` is an adjective wrongly attached to a verb it precedes.
fn adjective_on_verb(doc: &Doc, t: usize) -> bool {
    let tok = &doc.tokens[t];
    tok.upos == Upos::Adj
        && tok.deprel == DepRel::Amod
        && tok.head.is_some_and(|h| {
            h > t
                && doc.tokens[h].upos == Upos::Verb
                // a finite verb: "heavy fighting" is an adjective on a gerund
                && matches!(doc.tokens[h].xpos.as_str(), "VBD" | "VBZ" | "VBP")
                && !doc.children(h).any(|c| {
                    matches!(
                        doc.tokens[c].deprel,
                        DepRel::Nsubj | DepRel::NsubjPass | DepRel::Csubj | DepRel::Expl
                    )
                })
        })
}

/// Whether token `t` is a particle of the verb before it that the parser
/// hung on that verb's object after it: `(t, verb)`.
fn particle_on_object(doc: &Doc, t: usize) -> Option<(usize, usize)> {
    let tok = &doc.tokens[t];
    let v = t.checked_sub(1)?;
    let o = tok.head?;
    let modifier = matches!(tok.deprel, DepRel::Amod | DepRel::Advmod | DepRel::Compound);
    (modifier
        && matches!(tok.upos, Upos::Adv | Upos::Adp | Upos::Adj)
        && is_particle(&tok.lemma.to_lowercase())
        && doc.tokens[v].upos == Upos::Verb
        && o > t
        && doc.tokens[o].deprel == DepRel::Obj
        && doc.tokens[o].head == Some(v))
    .then_some((t, v))
}

/// A bare infinitive tagged a noun right after "help" or "let",
/// with a second object after it: `(verb, infinitive, object)`.
fn bare_infinitive(doc: &Doc, v: usize) -> Option<(usize, usize, usize)> {
    let tok = &doc.tokens[v];
    if tok.upos != Upos::Verb
        // not "make": "make history and cement a legacy" has a noun
        || !matches!(tok.lemma.to_lowercase().as_str(), "help" | "let")
    {
        return None;
    }
    let objects: Vec<usize> = doc
        .children(v)
        .filter(|&c| doc.tokens[c].deprel == DepRel::Obj)
        .collect();
    let [first, second] = objects[..] else {
        return None;
    };
    let infinitive = &doc.tokens[first];
    (first == v + 1 && second > first && infinitive.xpos == "NN").then_some((v, first, second))
}

/// The subjectless complement clause of verb `v` that its object `o`
/// precedes: `(o, clause)`, the object being the clause's lost subject.
fn object_of_clause(doc: &Doc, v: usize) -> Option<(usize, usize)> {
    let child = |rel: DepRel| doc.children(v).find(|&c| doc.tokens[c].deprel == rel);
    let (o, c) = (child(DepRel::Obj)?, child(DepRel::Ccomp)?);
    let subjectless = !doc.children(c).any(|k| {
        matches!(
            doc.tokens[k].deprel,
            DepRel::Nsubj | DepRel::NsubjPass | DepRel::Csubj | DepRel::Expl
        )
    });
    let finite = doc.children(c).any(|k| {
        matches!(
            doc.tokens[k].deprel,
            DepRel::Aux | DepRel::AuxPass | DepRel::Cop
        )
    }) || matches!(doc.tokens[c].xpos.as_str(), "VBD" | "VBZ" | "VBP");
    let nominal = matches!(doc.tokens[o].upos, Upos::Noun | Upos::Propn | Upos::Pron);
    // the clause follows the object's phrase with no comma or dash between
    // ("echo her concerns, in large part because ..." is no such clause)
    let joined = (o + 1..c).all(|t| {
        !matches!(
            doc.tokens[t].text.as_str(),
            "," | "-" | "—" | "–" | ":" | ";"
        )
    });
    (o < c && subjectless && finite && nominal && joined).then_some((o, c))
}

/// Whether `text` is a word of a dateline: upper-case letters only (and
/// dots: "U.S."), a news agency in brackets, or the date ("Aug. 6",
/// "March 3, 2019").
fn dateline_word(text: &str) -> bool {
    text.chars().any(char::is_alphabetic)
        && text
            .chars()
            .all(|c| c.is_uppercase() || c == '.' || !c.is_alphabetic())
        || matches!(text, "(" | ")" | ",")
        || (!text.is_empty() && text.chars().all(|c| c.is_ascii_digit()))
        || newsgraph_core::calendar::month(text.trim_end_matches('.')).is_some()
}

/// The words of the dateline that opens sentence `s` ("NEW YORK --",
/// "BEIJING, Aug. 6 (UPI) --"), up to its dash: dateline words only, one in
/// capitals at least, within the sentence's first eight tokens.
pub(super) fn dateline_words(doc: &Doc, s: usize) -> Option<std::ops::Range<usize>> {
    let r = doc.sentences[s].tokens.clone();
    let dash = r
        .clone()
        .take(8)
        .find(|&t| matches!(doc.tokens[t].text.as_str(), "--" | "—" | "–" | "-"))?;
    let words = r.start..dash;
    let shouted = |t: usize| {
        doc.tokens[t]
            .text
            .chars()
            .filter(|c| c.is_uppercase())
            .count()
            >= 2
    };
    // the agency in brackets, however it is written ("(Reuters)")
    let agency = |t: usize| {
        t > words.start
            && t + 1 < words.end
            && doc.tokens[t - 1].text == "("
            && doc.tokens[t + 1].text == ")"
            && doc.tokens[t].text.starts_with(char::is_uppercase)
    };
    (!words.is_empty()
        && words
            .clone()
            .all(|t| dateline_word(&doc.tokens[t].text) || agency(t))
        && words.clone().any(shouted))
    .then_some(words)
}

/// The dateline at the start of sentence `s`: the head of its words and
/// the head of the phrase right after its dash, when the parse makes that
/// phrase depend on the dateline ("WASHINGTON - A contentious visa
/// program that ...", with "program" an apposition of "WASHINGTON").
fn dateline_phrase(doc: &Doc, s: usize) -> Option<(usize, usize)> {
    let words = dateline_words(doc, s)?;
    let first = words.end + 1;
    let end = doc.sentences[s].tokens.end;
    if first >= end {
        return None;
    }
    let head = words
        .clone()
        .find(|&t| doc.tokens[t].head.is_none_or(|h| !words.contains(&h)))?;
    // the phrase's head: the first token after the dash that depends on
    // the dateline, with every token before it inside its phrase
    let next = (first..end).find(|&t| doc.tokens[t].head == Some(head))?;
    let inside = (first..next).all(|t| {
        doc.tokens[t]
            .head
            .is_some_and(|h| (first..=next).contains(&h))
    });
    (inside && doc.tokens[next].upos != Upos::Punct).then_some((head, next))
}

/// The dateline of sentence `s` to repair: its head, and the head of the
/// phrase that takes its place (none when it only stops being an argument).
fn dateline(doc: &Doc, s: usize) -> Option<(usize, Option<usize>)> {
    dateline_phrase(doc, s)
        .map(|(d, x)| (d, Some(x)))
        .or_else(|| dateline_argument(doc, s).map(|d| (d, None)))
}

/// The head of the dateline at the start of sentence `s` when the parse
/// made it an argument of the clause after its dash ("CHARLOTTE, N.C. (AP)
/// — The police released the video", with "CHARLOTTE" a second subject of
/// "released"): it is no argument, and hangs off that verb as `dep`.
fn dateline_argument(doc: &Doc, s: usize) -> Option<usize> {
    let words = dateline_words(doc, s)?;
    let head = words
        .clone()
        .find(|&t| doc.tokens[t].head.is_none_or(|h| !words.contains(&h)))?;
    let governor = doc.tokens[head].head?;
    (governor > words.end && doc.tokens[head].deprel != DepRel::Dep).then_some(head)
}

/// Whether token `v` is a past verb with an object that the parse made a
/// participle (`acl`) on the noun right before it, the root of its
/// sentence: `(v, noun)`.
fn verb_on_root_noun(doc: &Doc, v: usize) -> Option<(usize, usize)> {
    let tok = &doc.tokens[v];
    let n = tok.head?;
    let noun = &doc.tokens[n];
    (tok.deprel == DepRel::Acl
        && tok.upos == Upos::Verb
        && matches!(tok.xpos.as_str(), "VBN" | "VBD")
        && n + 1 == v
        && noun.deprel == DepRel::Root
        && matches!(noun.upos, Upos::Noun | Upos::Propn)
        && doc.children(v).any(|c| doc.tokens[c].deprel == DepRel::Obj)
        && !doc
            .children(v)
            .any(|c| doc.tokens[c].deprel == DepRel::AuxPass))
    .then_some((v, n))
}

/// Whether token `t` is a capitalised word in mid-sentence that the tagger
/// took for a verb: in prose only a name is capitalised there ("the sale
/// of Apple and Beats products"). Not at a sentence's or a quotation's
/// start, nor after a colon or dash, nor in a headline or a line in
/// capitals (most of its words capitalised).
pub(super) fn capitalised_verb(doc: &Doc, t: usize) -> bool {
    let tok = &doc.tokens[t];
    // capitalised, not in capitals ("CONGRESS HAS INVESTIGATED HIM")
    let capitalised = tok.text.starts_with(char::is_uppercase)
        && tok.text.chars().skip(1).any(char::is_lowercase);
    if tok.upos != Upos::Verb || !capitalised {
        return false;
    }
    let Some(s) = doc.sentence_of(t) else {
        return false;
    };
    let sentence = doc.sentences[s].tokens.clone();
    let opens = |k: usize| {
        k == sentence.start
            || !doc.tokens[k - 1]
                .text
                .chars()
                .any(|c| c.is_alphanumeric() || c == ',')
    };
    let words: Vec<&str> = sentence
        .clone()
        .map(|k| doc.tokens[k].text.as_str())
        .filter(|w| w.starts_with(char::is_alphabetic))
        .collect();
    let capitalised = words
        .iter()
        .filter(|w| w.starts_with(char::is_uppercase))
        .count();
    !opens(t) && capitalised * 2 <= words.len()
}

/// Whether token `t`, a common noun in lower case, has both a subject and
/// a direct object.
fn noun_with_object(doc: &Doc, t: usize) -> bool {
    let tok = &doc.tokens[t];
    tok.upos == Upos::Noun
        && tok.text.chars().next().is_some_and(char::is_lowercase)
        && doc
            .children(t)
            .any(|c| doc.tokens[c].deprel == DepRel::Nsubj)
        && doc.children(t).any(|c| doc.tokens[c].deprel == DepRel::Obj)
}

/// Whether `c` is a noun conjunct of the noun or adjective right before
/// its phrase, with no coordinator or punctuation between: `(head, c)`.
fn bare_conjunct(doc: &Doc, c: usize) -> Option<(usize, usize)> {
    let tok = &doc.tokens[c];
    let h = tok.head?;
    let nominal = |u: Upos| matches!(u, Upos::Noun | Upos::Propn);
    let ok = tok.deprel == DepRel::Conj
        && h < c
        && nominal(tok.upos)
        && (nominal(doc.tokens[h].upos) || doc.tokens[h].upos == Upos::Adj)
        && doc.tokens[h].head.is_some()
        // what stands between modifies the conjunct ("Sunday")
        && (h + 1..c).all(|k| {
            doc.tokens[k].head == Some(c)
                && matches!(doc.tokens[k].deprel, DepRel::Compound | DepRel::Amod)
        });
    ok.then_some((h, c))
}

/// A verb of attribution `v` in the past participle, hung as a reduced
/// relative (`acl`) on the noun after the comma that closes the sentence's
/// main clause, with no object or auxiliary of its own: `(v, noun, head)`,
/// the head being the sentence's root, before the noun.
fn speech_tag_as_relative(doc: &Doc, v: usize) -> Option<(usize, usize, usize)> {
    let tok = &doc.tokens[v];
    if tok.deprel != DepRel::Acl
        || tok.upos != Upos::Verb
        || tok.xpos != "VBN"
        || !is_attribution(&tok.lemma.to_lowercase())
    {
        return None;
    }
    let n = tok.head?;
    if !matches!(doc.tokens[n].upos, Upos::Noun | Upos::Propn) || n > v {
        return None;
    }
    let own_clause = [
        DepRel::Obj,
        DepRel::Aux,
        DepRel::AuxPass,
        DepRel::Ccomp,
        DepRel::Parataxis,
        DepRel::Xcomp,
        DepRel::OblAgent,
    ];
    // a passive's agent makes it one ("the monitor maintained by the
    // embassy")
    let by = |c: usize| {
        doc.tokens[c].deprel == DepRel::Obl
            && doc
                .children(c)
                .any(|k| doc.tokens[k].deprel == DepRel::Case && doc.tokens[k].lemma == "by")
    };
    if doc
        .children(v)
        .any(|c| own_clause.contains(&doc.tokens[c].deprel) || by(c))
    {
        return None;
    }
    let s = doc.sentence_of(v)?;
    // the tag closes its sentence, with no quotation after it to introduce:
    // what follows is its own obliques and the final punctuation
    let end = doc.sentences[s].tokens.end;
    let under_v = |t: usize| {
        let mut h = Some(t);
        for _ in 0..6 {
            match h {
                Some(x) if x == v => return true,
                Some(x) => h = doc.tokens[x].head,
                None => break,
            }
        }
        false
    };
    let closes = (v + 1..end).all(|t| {
        let text = &doc.tokens[t].text;
        (under_v(t) || doc.tokens[t].upos == Upos::Punct) && !super::quotes::is_quote(text)
    });
    if !closes {
        return None;
    }
    let root = doc.sentences[s]
        .tokens
        .clone()
        .find(|&t| doc.tokens[t].head.is_none())?;
    // the noun phrase opens right after a comma, and the root comes before
    let first = doc
        .children(n)
        .filter(|&c| c < n && doc.tokens[c].deprel != DepRel::Punct)
        .min()
        .unwrap_or(n);
    let after_comma = first > 0 && doc.tokens[first - 1].text == ",";
    (after_comma && root < first).then_some((v, n, root))
}

/// Puts the noun conjuncts with nothing between in their heads' place,
/// the heads their modifiers, and the first word after each dateline's
/// dash in the dateline's place, the dateline hanging off it.
fn reattach(
    doc: &Doc,
    fixed: &mut Doc,
    conjuncts: &[(usize, usize)],
    datelines: &[(usize, Option<usize>)],
) {
    for &(h, c) in conjuncts {
        let (head, deprel) = (fixed.tokens[h].head, fixed.tokens[h].deprel);
        fixed.tokens[c].head = head;
        fixed.tokens[c].deprel = deprel;
        fixed.tokens[h].head = Some(c);
        fixed.tokens[h].deprel = if doc.tokens[h].upos == Upos::Adj {
            DepRel::Amod
        } else {
            DepRel::Compound
        };
    }
    for &(d, x) in datelines {
        let Some(x) = x else {
            fixed.tokens[d].deprel = DepRel::Dep;
            continue;
        };
        let (head, deprel) = (doc.tokens[d].head, doc.tokens[d].deprel);
        for c in doc.children(d) {
            if c > x {
                fixed.tokens[c].head = Some(x);
            }
        }
        fixed.tokens[x].head = head;
        fixed.tokens[x].deprel = deprel;
        fixed.tokens[d].head = Some(x);
        fixed.tokens[d].deprel = DepRel::Dep;
    }
}

/// `doc` with its impossible attachments repaired (borrowed when it has none).
pub fn repair(doc: &Doc) -> Cow<'_, Doc> {
    let bad: Vec<usize> = (0..doc.tokens.len())
        .filter(|&t| adjective_on_verb(doc, t))
        .collect();
    let datelines: Vec<(usize, Option<usize>)> = (0..doc.sentences.len())
        .filter_map(|s| dateline(doc, s))
        .collect();
    let subjects: Vec<(usize, usize)> = (0..doc.tokens.len())
        .filter_map(|v| object_of_clause(doc, v))
        .collect();
    let particles: Vec<(usize, usize)> = (0..doc.tokens.len())
        .filter_map(|t| particle_on_object(doc, t))
        .collect();
    let infinitives: Vec<(usize, usize, usize)> = (0..doc.tokens.len())
        .filter_map(|v| bare_infinitive(doc, v))
        .collect();
    let heads: Vec<(usize, usize)> = (0..doc.tokens.len())
        .filter_map(|v| verb_on_root_noun(doc, v))
        .collect();
    let names: Vec<usize> = (0..doc.tokens.len())
        .filter(|&t| capitalised_verb(doc, t))
        .collect();
    let verbs: Vec<usize> = (0..doc.tokens.len())
        .filter(|&t| noun_with_object(doc, t))
        .collect();
    let conjuncts: Vec<(usize, usize)> = (0..doc.tokens.len())
        .filter_map(|c| bare_conjunct(doc, c))
        .collect();
    let tags: Vec<(usize, usize, usize)> = (0..doc.tokens.len())
        .filter_map(|v| speech_tag_as_relative(doc, v))
        .collect();
    if bad.is_empty()
        && conjuncts.is_empty()
        && tags.is_empty()
        && names.is_empty()
        && verbs.is_empty()
        && datelines.is_empty()
        && subjects.is_empty()
        && particles.is_empty()
        && infinitives.is_empty()
        && heads.is_empty()
    {
        return Cow::Borrowed(doc);
    }
    let mut fixed = doc.clone();
    for &(v, n) in &heads {
        fixed.tokens[v].head = None;
        fixed.tokens[v].deprel = DepRel::Root;
        fixed.tokens[v].xpos = "VBD".into();
        fixed.tokens[n].head = Some(v);
        fixed.tokens[n].deprel = DepRel::Nsubj;
        // what hung on the noun after the verb is the verb's ("." and
        // the rest of the clause)
        for c in doc.children(n) {
            if c > v {
                fixed.tokens[c].head = Some(v);
            }
        }
    }
    for &(v, i, o) in &infinitives {
        let t = &mut fixed.tokens[i];
        t.upos = Upos::Verb;
        t.xpos = "VB".into();
        t.deprel = DepRel::Xcomp;
        t.head = Some(v);
        fixed.tokens[o].head = Some(i);
        // what hung on the verb after the object is the infinitive's
        // ("from collapsed buildings")
        for c in doc.children(v) {
            if c > o && doc.tokens[c].deprel == DepRel::Obl {
                fixed.tokens[c].head = Some(i);
            }
        }
    }
    for &(t, v) in &particles {
        fixed.tokens[t].head = Some(v);
        fixed.tokens[t].deprel = DepRel::CompoundPrt;
    }
    for &(o, c) in &subjects {
        let passive = doc
            .children(c)
            .any(|k| doc.tokens[k].deprel == DepRel::AuxPass);
        fixed.tokens[o].head = Some(c);
        fixed.tokens[o].deprel = if passive {
            DepRel::NsubjPass
        } else {
            DepRel::Nsubj
        };
    }
    reattach(doc, &mut fixed, &conjuncts, &datelines);
    for &(v, n, root) in &tags {
        let verb = &mut fixed.tokens[v];
        verb.xpos = "VBD".into();
        verb.head = Some(root);
        verb.deprel = DepRel::Parataxis;
        fixed.tokens[n].head = Some(v);
        fixed.tokens[n].deprel = DepRel::Nsubj;
    }
    fixed.index_children();
    for t in names {
        fixed.tokens[t].upos = Upos::Propn;
        fixed.tokens[t].xpos = "NNP".into();
    }
    for t in verbs {
        let tok = &mut fixed.tokens[t];
        tok.upos = Upos::Verb;
        let third_person = tok.xpos == "NNS" || tok.text.ends_with('s');
        tok.xpos = if third_person { "VBZ" } else { "VBP" }.into();
    }
    for t in bad {
        let tok = &mut fixed.tokens[t];
        tok.deprel = DepRel::Nsubj;
        tok.upos = Upos::Noun;
        tok.xpos = "NN".into();
    }
    Cow::Owned(fixed)
}
