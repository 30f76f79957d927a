//! What a token stands for as the argument of a relation or the source of
//! a claim: the mention it heads or is part of, or, through the coreference
//! steps of [`super::coref`], the mention it points back to. The steps that
//! need to know what kind of thing a mention is (a person, a group, an
//! organisation) are worked out once per article, when the mentions are
//! known.

use super::coref;
use super::gender::Genders;
use super::mentions::MentionIndex;
use super::quotes::Quotations;
use crate::extract::Mention;
use newsgraph_core::extraction::EntityType;
use newsgraph_core::lexicon::is_attribution;
use newsgraph_nlp::Doc;
use newsgraph_nlp::{DepRel, Upos};

/// The arguments of one analysed article.
pub struct Arguments<'a> {
    doc: &'a Doc,
    idx: &'a MentionIndex,
    /// he, she: the nearest person named before.
    person: Vec<Option<usize>>,
    /// "it added", "they said": the nearest organisation, place or group.
    speaker: Vec<Option<usize>>,
    /// "some ... likening this gear": the nearest group of people.
    partitive: Vec<Option<usize>>,
    /// I, we inside a quotation: its speaker, the speaker's organisation.
    first_person: Vec<Option<usize>>,
    /// Per token: inside quotation marks (`quotes::in_quotation`).
    quoted: &'a [bool],
}

impl<'a> Arguments<'a> {
    /// `quotes`: the article's quotation marks and the speakers of its
    /// quotations (see `quotes::Quotations`); `voices`: per token inside
    /// quotation marks, the head of whoever it is attributed to, that
    /// speaker or the source of a quotation running on.
    pub fn new(
        doc: &'a Doc,
        idx: &'a MentionIndex,
        mentions: &[Mention],
        quotes: &'a Quotations,
        voices: &[Option<usize>],
    ) -> Self {
        let (speakers, quoted) = (&quotes.speaker, &quotes.inside);
        let kind = |c: usize, named: bool| {
            let m = if named { idx.named[c] } else { idx.of(c) };
            m.map(|m| mentions[m].kind)
        };
        let n = doc.tokens.len();
        // inside a quotation, "he" and "she" are not its speaker; the "he"
        // who speaks a quotation is no person it names ("“We thank Frank,”
        // he said")
        let voice = |t: usize| voices.get(t).copied().flatten();
        // the model's speaker of the quotation, or whoever a quotation
        // running on into the next paragraph is attributed to
        let speaker_of = |t: usize| {
            speakers
                .get(t)
                .copied()
                .flatten()
                .or_else(|| voice(t).filter(|_| !reported_inside(doc, t, quoted)))
                .and_then(|s| idx.named[s])
        };
        let genders = Genders::new(doc);
        let person_of = |t: usize| {
            let speaker = speaker_of(t);
            coref::person_antecedent(doc, t, |c| {
                kind(c, true) == Some(EntityType::Person)
                    && (speaker.is_none() || idx.named[c] != speaker)
                    && voice(c) != Some(t)
                    && genders.agrees(doc, c, t)
            })
        };
        // a pronoun with no person named near it stands for whoever the
        // pronoun of its gender before it stands for: "Lynch rose to
        // prominence ... She occupies ... Her appointment ... , she said"
        let mut person: Vec<Option<usize>> = vec![None; n];
        for t in 0..n {
            person[t] = person_of(t).and_then(|c| idx.named[c]).or_else(|| {
                let m = coref::gender_chain(doc, t).and_then(|c| person[c])?;
                (speaker_of(t) != Some(m)).then_some(m)
            });
        }
        let speaker = (0..n)
            .map(|t| {
                coref::speaker_antecedent(doc, t, |c, plural| match kind(c, false) {
                    Some(EntityType::Organization) => true,
                    Some(EntityType::Place) => !plural && idx.named[c].is_some(),
                    Some(EntityType::Group) => plural,
                    _ => false,
                })
                .and_then(|c| idx.of(c))
            })
            .collect();
        // common nouns that name people or organisations ("officials",
        // "companies"), which "some" can be part of
        let people = |c: usize| {
            doc.tokens[c].upos == Upos::Noun
                && matches!(
                    kind(c, false),
                    Some(EntityType::Group | EntityType::Person | EntityType::Organization)
                )
        };
        let partitive = (0..n)
            .map(|t| coref::partitive_subject(doc, t, people).and_then(|c| idx.of(c)))
            .collect();
        let first_person = (0..n)
            .map(|t| {
                let s = voices.get(t).copied().flatten()?;
                // a speaker named by a pronoun ("He added: “We ...”") is
                // the person it stands for
                let s = if doc.tokens[s].upos == Upos::Pron {
                    person_of(s)?
                } else {
                    s
                };
                first_person(doc, t, s, |c| kind(c, false))
                    .and_then(|c| idx.named[c].or_else(|| idx.of(c)))
            })
            .collect();
        Arguments {
            doc,
            idx,
            person,
            speaker,
            partitive,
            first_person,
            quoted,
        }
    }

    /// The mention token `t` stands for as an argument.
    pub fn of(&self, t: usize) -> Option<usize> {
        let (doc, idx) = (self.doc, self.idx);
        if let Some(mut c) = coref::light_noun_complement(doc, t) {
            // "tens of thousands of tents": the tents
            for _ in 0..3 {
                match coref::light_noun_complement(doc, c) {
                    Some(k) => c = k,
                    None => break,
                }
            }
            return idx.of(c);
        }
        if let Some(m) = idx.of(t) {
            return Some(m);
        }
        if let Some(m) = self.first_person[t] {
            return Some(m);
        }
        if let Some(a) = coref::relative_antecedent(doc, t) {
            // "some that are used": a quantifier standing for a noun
            return idx
                .of(a)
                .or_else(|| coref::quantifier_antecedent(doc, a).and_then(|q| idx.of(q)));
        }
        if let Some(q) = coref::quantifier_antecedent(doc, t) {
            if doc.tokens[t].deprel != DepRel::Nsubj {
                return idx.of(q);
            }
        }
        if let Some(a) = coref::pronoun_antecedent_in(doc, t, self.quoted) {
            return idx.of(a);
        }
        self.person[t].or(self.partitive[t])
    }

    /// The mention token `t` stands for as the source of a claim: a
    /// pronoun goes to someone who can speak.
    pub fn source(&self, t: usize) -> Option<usize> {
        self.speaker[t].or_else(|| self.of(t))
    }
}

/// Whether token `t` lies in what a verb of saying inside its quotation
/// reports ("“With Trump saying he'll tear up the treaty ...”": "he" is
/// Trump, whom the quotation's speaker reports, and may be its speaker).
fn reported_inside(doc: &Doc, t: usize, quoted: &[bool]) -> bool {
    let mut cur = doc.tokens[t].head;
    for _ in 0..8 {
        let Some(h) = cur else { return false };
        if !quoted.get(h).copied().unwrap_or(false) {
            return false;
        }
        if is_attribution(&doc.tokens[h].lemma.to_lowercase()) {
            return true;
        }
        cur = doc.tokens[h].head;
    }
    false
}

/// What the first-person pronoun `t` stands for inside a quotation whose
/// speaker is headed by token `s`: "I", "me", "my" are the speaker; "we",
/// "us", "our" are the organisation the speaker speaks for, the speaker
/// itself when it is one ("the union said: we ...") or else the nearest
/// organisation in the speaker's phrase ("Tom Smith, chairman of the
/// Rail Group": "we" is the Rail Group); a person alone is no "we".
fn first_person(
    doc: &Doc,
    t: usize,
    s: usize,
    kind: impl Fn(usize) -> Option<EntityType>,
) -> Option<usize> {
    if doc.tokens[t].upos != Upos::Pron {
        return None;
    }
    match doc.tokens[t].text.to_lowercase().as_str() {
        "i" | "me" | "my" | "myself" => Some(s),
        "we" | "us" | "our" | "ourselves" => {
            if matches!(kind(s), Some(EntityType::Organization | EntityType::Group)) {
                return Some(s);
            }
            // breadth first through the speaker's phrase, three levels deep,
            // from the head of the speaker's name ("Steve" of "Steve
            // Montgomery, chairman of ...", "Montgomery" hanging on it)
            let mut head = s;
            for _ in 0..4 {
                match doc.tokens[head].head {
                    Some(h)
                        if matches!(doc.tokens[head].deprel, DepRel::Flat | DepRel::Compound) =>
                    {
                        head = h
                    }
                    _ => break,
                }
            }
            let mut level = vec![head];
            for _ in 0..3 {
                level = level.iter().flat_map(|&h| doc.children(h)).collect();
                if let Some(&c) = level
                    .iter()
                    .find(|&&c| kind(c) == Some(EntityType::Organization))
                {
                    return Some(c);
                }
            }
            None
        }
        _ => None,
    }
}
