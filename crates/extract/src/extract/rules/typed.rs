//! Typed relations: what the relation classifier of the NLP core found
//! between two named entities of a sentence (`Doc::typed_relations`:
//! works for, killed, based in, lives in, lies in), as relations between
//! their mentions with a canonical property (schema.org's `worksFor`,
//! `location`, `homeLocation`, `containedInPlace`; `ng:killed`) beside the
//! open predicate. Where the statement lies (its anchor, the word that
//! joins the two names in the parse) decides whether it is a fact or
//! someone's claim, as for the rules' relations.

use super::mentions::MentionIndex;
use super::mood::{hedged, negated};
use super::repair::dateline_words;
use super::voice::Voice;
use super::{learned, time};
use crate::extract::{Arg, Findings, Mention, RawRelation};
use newsgraph_core::extraction::{EntityType, Modality, Span};
use newsgraph_core::vocab::{ng, schema};
use newsgraph_nlp::typed::{features, RelationType, TypedRelation};
use newsgraph_nlp::DepRel;
use newsgraph_nlp::{Doc, Upos};

/// A typed relation read off the analysis, in terms of mentions.
pub struct Typed {
    pub kind: RelationType,
    pub subject: usize,
    pub object: usize,
    pub predicate: &'static str,
    pub property: &'static str,
    /// The token that joins the two names in the parse (the verb of "X
    /// killed Y", the noun of "X, a spokesman for Y"), or the subject's head.
    pub anchor: usize,
    pub span: Span,
    pub negated: bool,
    pub hedged: bool,
    pub confidence: f32,
}

/// The open predicate and the canonical property of a relation type.
pub fn terms(kind: RelationType) -> (&'static str, &'static str) {
    match kind {
        RelationType::WorkFor => ("work_for", schema::WORKS_FOR),
        RelationType::Kill => ("kill", ng::KILLED),
        RelationType::OrgBasedIn => ("base_in", schema::LOCATION),
        RelationType::LiveIn => ("live_in", schema::HOME_LOCATION),
        RelationType::LocatedIn => ("locate_in", schema::CONTAINED_IN_PLACE),
    }
}

/// The classifier's relations below this confidence are left out: at 0.8,
/// 85% of its relations are right on CoNLL04 dev with the gold entities
/// given (`newsgraph eval relations`), against 79% for all of them. "Lives
/// in" is the least sure (73%; 79% at 0.8, 83% at 0.95, where it keeps 47
/// of its 79), so it needs 0.95.
pub fn min_confidence(kind: RelationType) -> f32 {
    match kind {
        RelationType::LiveIn => 0.95,
        _ => 0.8,
    }
}

/// The entity type a relation type's argument has (the NER label).
fn entity_type(label: &str) -> EntityType {
    match label {
        "PER" => EntityType::Person,
        "ORG" => EntityType::Organization,
        _ => EntityType::Place,
    }
}

/// The typed relations of `doc` whose names are mentions of `idx` of the
/// types the relation joins (the mention's type may differ from the NER's
/// label, as a gazetteer place or a titled person corrects it).
pub fn read(doc: &Doc, idx: &MentionIndex, mentions: &[Mention]) -> Vec<Typed> {
    doc.typed_relations
        .iter()
        .filter(|r| r.confidence() >= min_confidence(r.kind))
        .filter_map(|r| one(doc, idx, r))
        .filter(|t| {
            let (h, o) = t.kind.arguments();
            mentions[t.subject].kind == entity_type(h) && mentions[t.object].kind == entity_type(o)
        })
        .collect()
}

/// The dateline that holds token `t`, if any ([`dateline_words`]).
fn in_dateline(doc: &Doc, t: usize) -> Option<std::ops::Range<usize>> {
    dateline_words(doc, doc.sentence_of(t)?).filter(|r| r.contains(&t))
}

fn one(doc: &Doc, idx: &MentionIndex, r: &TypedRelation) -> Option<Typed> {
    let (h, t) = (doc.entities.get(r.head)?, doc.entities.get(r.tail)?);
    // a dateline says where the report was filed, not where anyone in it
    // lives or works: nothing in it relates to a name after it, nor its
    // agency to its place ("LONDON (Reuters) -": Reuters filed from London)
    if in_dateline(doc, h.tokens.start).is_some() || in_dateline(doc, t.tokens.start).is_some() {
        return None;
    }
    let (hh, th) = (
        features::span_head(doc, &h.tokens),
        features::span_head(doc, &t.tokens),
    );
    let subject = idx.named[hh]?;
    let object = idx.named[th]?;
    if subject == object {
        return None;
    }
    let path = features::path(doc, hh, th);
    // the word that joins the two names: where their paths meet, or the
    // apposition that describes the first name ("Smith, a spokesman for
    // Acme": the apposition, whose voice is the writer's)
    let anchor = path
        .as_ref()
        .and_then(|(up, down)| {
            let meet = *up.last()?;
            let appos = down
                .first()
                .copied()
                .filter(|&d| meet == hh && doc.tokens[d].deprel == DepRel::Appos);
            Some(appos.unwrap_or(meet))
        })
        .unwrap_or(hh);
    // two names joined only through a verb of saying are its speaker and a
    // name in or around what is said ("Zhang Yuan said: “... the highest
    // safety standards of Europe”", "spokesman Sansern, when told of
    // Cambodia's assertion"): no relation between them
    let saying = |t: &usize| {
        let tok = &doc.tokens[*t];
        *t != hh
            && *t != th
            && tok.upos == Upos::Verb
            && newsgraph_core::lexicon::is_attribution(&tok.lemma.to_lowercase())
    };
    if path
        .as_ref()
        .is_some_and(|(up, down)| up.iter().chain(down).any(saying))
    {
        return None;
    }
    let (predicate, property) = terms(r.kind);
    let (start, end) = (h.start.min(t.start), h.end.max(t.end));
    let span = Span {
        start: start.min(doc.tokens[anchor].start),
        end: end.max(doc.tokens[anchor].end),
    };
    Some(Typed {
        kind: r.kind,
        subject,
        object,
        predicate,
        property,
        anchor,
        span,
        negated: negated(doc, anchor, None),
        hedged: hedged(doc, anchor),
        confidence: r.confidence(),
    })
}

/// Adds the typed relations of `doc` to `sink`, each in the voice of the
/// word that joins its names (see [`Voice`]); one across the edge of a
/// content the attribution model found is neither fact nor claim. Where the
/// rules already read that link between the two names in that voice (a
/// role, or the same lemma), their relation takes the typed property
/// instead.
/// `contents` holds, per token, the model's content that holds it and the
/// listed attribution.
pub fn add(
    doc: &Doc,
    idx: &MentionIndex,
    voice: &Voice,
    contents: (&[Option<usize>], &[Option<usize>]),
    published: Option<chrono::NaiveDate>,
    sink: &mut Findings,
) {
    let (model_content, listed) = contents;
    for t in read(doc, idx, &sink.mentions) {
        let Some(source) = voice.of_anchor(doc, t.anchor) else {
            continue;
        };
        if let Some(k) = model_content[t.anchor] {
            let c = learned::content_chars(doc, &doc.attributions[k]);
            if !learned::within(&(t.span.start..t.span.end), &c) {
                continue;
            }
        }
        // the rules read the same link between the two already: a role in
        // an organisation ("Steve Montgomery, chairman of the Rail Delivery
        // Group": be_chairman_of, which is working for it) or the very
        // lemma. That relation takes the canonical property beside its open
        // lemma, and no second statement repeats it. Another verb
        // ("impressed at") keeps its own statement. A role in a place
        // ("prime minister of Papua New Guinea") says what the person is
        // there, not where they live: no Live_In beside it.
        let role_in_place = t.kind == RelationType::LiveIn
            && sink.relations.iter().any(|r| {
                r.subject == t.subject
                    && r.object == Arg::Mention(t.object)
                    && r.predicate.starts_with("be_")
            });
        if role_in_place {
            continue;
        }
        if let Some(r) = sink.relations.iter_mut().find(|r| {
            r.subject == t.subject
                && r.object == Arg::Mention(t.object)
                && r.claimed_by == source
                && r.property.is_none()
                && ((t.kind == RelationType::WorkFor
                    && r.predicate.starts_with("be_")
                    && !r.predicate.starts_with("be_former_"))
                    || r.predicate == t.predicate)
        }) {
            r.property = Some(t.property);
            continue;
        }
        let when = published.and_then(|p| time::of_verb(doc, t.anchor, p));
        let attribution = source.and(listed[t.anchor]);
        sink.relation(t.relation(doc, voice, source, when, attribution));
    }
}

impl Typed {
    /// The relation, in the voice `source` (`None`: the article's own),
    /// at time `when`, listed under `attribution`.
    pub fn relation(
        &self,
        doc: &Doc,
        voice: &Voice,
        source: Option<usize>,
        when: Option<String>,
        attribution: Option<usize>,
    ) -> RawRelation {
        RawRelation {
            subject: self.subject,
            predicate: self.predicate.to_string(),
            property: Some(self.property),
            object: Arg::Mention(self.object),
            claimed_by: source,
            claim_verb: voice.claim_verb(self.anchor),
            reported_by: voice.reported_by(self.anchor),
            modality: if self.hedged {
                Modality::Hedged
            } else {
                Modality::Asserted
            },
            negated: self.negated,
            sentence: doc.sentence_of(self.anchor).unwrap_or(0),
            span: self.span,
            confidence: self.confidence,
            extractor: "rules",
            time: when,
            attribution,
        }
    }
}
