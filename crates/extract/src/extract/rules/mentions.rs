//! Mentions from the analysis: named entities from the NER, country names
//! and demonyms from the gazetteer, noun phrases from the parse (head noun
//! with its compounds and modifiers, determiners and quantifiers left out),
//! and parenthesised acronyms as aliases.

use super::acronyms::{may_define, spelled_name};
use crate::extract::{Findings, Mention};
use newsgraph_core::extraction::{EntityType, Span};
use newsgraph_core::gazetteer::Gazetteer;
use newsgraph_core::lexicon::{
    is_company_suffix, is_function_word, is_label_modifier, is_personal_title, is_title, is_unit,
    listed_noun_type, noun_type,
};
use newsgraph_nlp::Doc;
use newsgraph_nlp::{DepRel, Upos};

/// Which mention each token stands for, once mentions are found.
pub struct MentionIndex {
    /// Mention of a named entity covering the token.
    pub named: Vec<Option<usize>>,
    /// Mention of the noun phrase the token heads.
    pub phrase: Vec<Option<usize>>,
}

impl MentionIndex {
    /// The mention token `t` stands for as an argument: its noun phrase if
    /// it heads one, else the named entity it is part of.
    pub fn of(&self, t: usize) -> Option<usize> {
        self.phrase[t].or(self.named[t])
    }
}

fn ner_type(label: &str, text: &str, gaz: &Gazetteer) -> EntityType {
    if gaz.lookup(text).is_some() {
        return EntityType::Place;
    }
    // the type its last word names as a common noun ("Games", "Museum")
    let head = text.split_whitespace().last().unwrap_or("").to_lowercase();
    let head_type = noun_type(&head);
    match (label, head_type) {
        ("PER", _) => EntityType::Person,
        ("LOC", _) => EntityType::Place,
        // a named event the NER took for an organisation ("the
        // Commonwealth Games")
        ("ORG", EntityType::Event) => EntityType::Event,
        ("ORG", _) => EntityType::Organization,
        // a named event ("the Beijing Olympics", "the World Cup", "the
        // Hajj"), organisation ("the Natural History Museum") or place
        (_, EntityType::Event | EntityType::Organization | EntityType::Place) => head_type,
        _ => EntityType::Concept,
    }
}

/// The type the mention typer gave the mention common noun `h` heads
/// (`Doc::noun_types`), if it ran.
fn learned_type(doc: &Doc, h: usize) -> Option<EntityType> {
    let class = (*doc.noun_types.get(h)?)?;
    let name = newsgraph_nlp::mention_type::CLASSES.get(class as usize)?;
    Some(EntityType::from_lower(name))
}

/// The end of a person's name with the capitalised proper nouns right
/// after it that the parse makes part of it (`flat` on a word of the name,
/// or `flat` on the word the name's last word is `flat` on, or the word
/// the name's last word is a `compound` or `flat` of) but the NER left
/// out: "Anthony John Grech Sant" when the NER stopped at "Grech".
fn flat_continuation(doc: &Doc, toks: &std::ops::Range<usize>) -> usize {
    let mut end = toks.end;
    while end < doc.tokens.len() {
        let t = &doc.tokens[end];
        let last = &doc.tokens[end - 1];
        // a flat part of the name, or the word the name's last word
        // modifies ("Anthony Grech Sant" parsed with "Grech" a compound of
        // "Sant")
        let attached = (t.deprel == DepRel::Flat
            && t.head.is_some_and(|h| {
                (toks.start <= h && h < end)
                    || (last.deprel == DepRel::Flat && last.head == Some(h))
            }))
            || (last.head == Some(end) && matches!(last.deprel, DepRel::Compound | DepRel::Flat));
        let part = t.upos == Upos::Propn
            && attached
            && t.text.starts_with(char::is_uppercase)
            && doc.entity_at(end).is_none();
        if !part {
            break;
        }
        end += 1;
    }
    end
}

/// The start of a person's name with the capitalised function word right
/// before it, in mid-sentence, that the tagger took for a pronoun or the
/// like: a family name ("engineer He Huawu said", "Gao Ming") that the NER
/// left out, as English capitalises no "he" there.
fn capitalised_word_before(doc: &Doc, start: usize) -> usize {
    let Some(t) = start.checked_sub(1) else {
        return start;
    };
    let tok = &doc.tokens[t];
    let opens = doc.sentences.iter().any(|s| s.tokens.start == t)
        || t.checked_sub(1).is_some_and(|p| {
            let w = doc.tokens[p].text.as_str();
            !w.chars().any(char::is_alphanumeric)
        });
    let function = matches!(
        tok.upos,
        Upos::Pron | Upos::Det | Upos::Adp | Upos::Aux | Upos::Cconj | Upos::Sconj | Upos::Part
    );
    let capital = tok.text.starts_with(char::is_uppercase)
        && tok.text.chars().skip(1).all(char::is_lowercase);
    if !opens && function && capital && tok.end < doc.tokens[start].start {
        t
    } else {
        start
    }
}

/// Finds the mentions of `doc` and records them in `sink`.
pub fn find(doc: &Doc, chars: &[char], gaz: &Gazetteer, sink: &mut Findings) -> MentionIndex {
    let n = doc.tokens.len();
    let mut idx = MentionIndex {
        named: vec![None; n],
        phrase: vec![None; n],
    };
    named_entities(doc, chars, gaz, sink, &mut idx);
    countries(doc, gaz, sink, &mut idx);
    noun_phrases(doc, chars, sink, &mut idx);
    acronyms_and_aliases(doc, sink, &mut idx);
    let mut named: Vec<usize> = idx.named.iter().flatten().copied().collect();
    named.dedup();
    super::acronyms::link(&named, sink);
    idx
}

/// Company names the NER may split ("Pakistan Petroleum Limited" tagged
/// LOC + PER): a company form ("Limited", "Corp", "Group") and the proper
/// nouns right before it, as token ranges.
fn company_names(doc: &Doc) -> Vec<std::ops::Range<usize>> {
    let capital = |t: usize| {
        let tok = &doc.tokens[t];
        tok.upos == Upos::Propn && tok.text.chars().next().is_some_and(char::is_uppercase)
    };
    let mut out = Vec::new();
    for h in 0..doc.tokens.len() {
        // the last word of the name: "Company" of "... Company Limited" is not
        if !capital(h)
            || !is_company_suffix(&doc.tokens[h].text)
            || (h + 1 < doc.tokens.len() && capital(h + 1))
        {
            continue;
        }
        let first = doc
            .sentence_of(h)
            .map_or(0, |s| doc.sentences[s].tokens.start);
        let mut start = h;
        while start > first && capital(start - 1) && !is_title(&doc.tokens[start - 1].text) {
            start -= 1;
        }
        if start < h
            && out
                .last()
                .is_none_or(|r: &std::ops::Range<usize>| r.end <= start)
        {
            out.push(start..h + 1);
        }
    }
    out
}

/// 1. The named entities of the NER, without a leading "the".
fn named_entities(
    doc: &Doc,
    chars: &[char],
    gaz: &Gazetteer,
    sink: &mut Findings,
    idx: &mut MentionIndex,
) {
    let slice = |s: usize, e: usize| -> String { chars[s..e.min(chars.len())].iter().collect() };
    let sentence = |t: usize| doc.sentence_of(t).unwrap_or(0);
    let n = doc.tokens.len();
    let mut companies = company_names(doc);
    let institutions = super::institutions::names(doc);
    let apart = |r: &std::ops::Range<usize>, c: &[std::ops::Range<usize>]| {
        !c.iter().any(|o| o.start < r.end && r.start < o.end)
    };
    let institutions: Vec<_> = (institutions.into_iter())
        .filter(|r| apart(r, &companies))
        .collect();
    companies.extend(institutions);
    let entities = companies.iter().map(|r| (r.clone(), "ORG")).chain(
        doc.entities
            .iter()
            .filter(|e| apart(&e.tokens, &companies))
            .map(|e| (e.tokens.clone(), e.label.as_str())),
    );
    // a person's name swallowed into an organisation's ("Ministry of
    // Railways chief engineer He Huawu") is cut out of it
    let entities = entities.flat_map(|(r, l)| super::role_names::split(doc, r, l));
    for (tokens, ner_label, office) in entities {
        let mut toks = tokens;
        // a leading "the" is not part of a name
        while toks.len() > 1 && doc.tokens[toks.start].lemma.eq_ignore_ascii_case("the") {
            toks.start += 1;
        }
        // a title the NER took for a name of its own ("Mr" of "Mr O'Neill"
        // tagged ORG and the name left out): the person is the title and
        // the proper nouns after it
        let mut label = ner_label;
        if toks.clone().all(|t| is_personal_title(&doc.tokens[t].text)) {
            let mut end = toks.end;
            while end < n
                && doc.tokens[end].upos == Upos::Propn
                && !is_personal_title(&doc.tokens[end].text)
                && doc.entity_at(end).is_none()
            {
                end += 1;
            }
            if end > toks.end {
                toks.end = end;
                label = "PER";
            }
        }
        // a name that opens with a personal title ("Mr Justice Filletti",
        // which the NER tagged ORG) is a person's
        let last = &doc.tokens[toks.end - 1];
        if label != "PER"
            && toks.len() > 1
            && is_personal_title(&doc.tokens[toks.start].text)
            && last.upos == Upos::Propn
            && !is_title(&last.text)
        {
            label = "PER";
        }
        if label == "PER" {
            toks.end = flat_continuation(doc, &toks);
            toks.start = capitalised_word_before(doc, toks.start);
        }
        let (s, end) = (doc.tokens[toks.start].start, doc.tokens[toks.end - 1].end);
        let text = slice(s, end);
        let m = sink.mention(Mention {
            span: Span { start: s, end },
            kind: ner_type(label, &text, gaz),
            text,
            sentence: sentence(toks.start),
            key: None,
        });
        // a title before a person's name ("Mr O'Neill", which the parse
        // often heads with "Mr") stands for the person, not for itself
        if label == "PER" && toks.start > 0 && is_title(&doc.tokens[toks.start - 1].text) {
            idx.named[toks.start - 1] = Some(m);
        }
        // so does an office before its portfolio ("Minister for Petroleum
        // and Natural Resources Shahid Khaqan Abbasi")
        if let Some(o) = office {
            idx.named[o] = Some(m);
        }
        for t in toks {
            idx.named[t] = Some(m);
        }
    }
}

/// 2. Countries and demonyms the NER left out ("Chinese balloon", "US ports").
fn countries(doc: &Doc, gaz: &Gazetteer, sink: &mut Findings, idx: &mut MentionIndex) {
    let sentence = |t: usize| doc.sentence_of(t).unwrap_or(0);
    for (t, tok) in doc.tokens.iter().enumerate() {
        if idx.named[t].is_none()
            && matches!(tok.upos, Upos::Propn | Upos::Adj | Upos::Noun)
            && tok.text.chars().next().is_some_and(char::is_uppercase)
            && gaz.lookup(&tok.text).is_some()
        {
            let m = sink.mention(Mention {
                span: Span {
                    start: tok.start,
                    end: tok.end,
                },
                text: tok.text.clone(),
                kind: EntityType::Place,
                sentence: sentence(t),
                key: None,
            });
            idx.named[t] = Some(m);
        }
    }
}

/// 3. Noun phrases, headed by a noun (or an adjective used as one).
fn noun_phrases(doc: &Doc, chars: &[char], sink: &mut Findings, idx: &mut MentionIndex) {
    let slice = |s: usize, e: usize| -> String { chars[s..e.min(chars.len())].iter().collect() };
    let sentence = |t: usize| doc.sentence_of(t).unwrap_or(0);
    let n = doc.tokens.len();
    for (h, tok) in doc.tokens.iter().enumerate() {
        // an adjective used as a noun ("the military went") heads a phrase too
        let nominal_adjective = tok.upos == Upos::Adj
            && matches!(
                tok.deprel,
                DepRel::Nsubj | DepRel::NsubjPass | DepRel::Obj | DepRel::Iobj | DepRel::Obl
            )
            && doc
                .children(h)
                .any(|c| matches!(doc.tokens[c].deprel, DepRel::Det | DepRel::Compound));
        let is_head = (matches!(tok.upos, Upos::Noun | Upos::Propn) || nominal_adjective)
            && !matches!(
                tok.deprel,
                DepRel::Compound | DepRel::Flat | DepRel::Fixed | DepRel::Goeswith
            );
        if !is_head || is_function_word(&tok.lemma) {
            continue;
        }
        if is_quantity(doc, h) {
            continue;
        }
        // a proper noun inside a named entity is that entity, and so is a
        // capitalised common noun ("Ministry" of "Ministry of Railways")
        if (tok.upos == Upos::Propn || tok.text.starts_with(char::is_uppercase))
            && idx.named[h].is_some()
        {
            continue;
        }
        let mut parts = vec![h];
        collect_modifiers(doc, h, &mut parts);
        parts.sort_unstable();
        // the contiguous run of parts that ends at the head
        let mut first = h;
        while first > 0 && parts.contains(&(first - 1)) {
            first -= 1;
        }
        // and the tokens after the head that belong to it (flat names)
        let mut last = h;
        while last + 1 < n && parts.contains(&(last + 1)) {
            last += 1;
        }
        let (s, e) = (doc.tokens[first].start, doc.tokens[last].end);
        let mut text = slice(s, e);
        // "Officials" opening a sentence is the common noun "officials"
        let sentence_start = doc
            .sentence_of(first)
            .is_some_and(|si| doc.sentences[si].tokens.start == first);
        if sentence_start
            && doc.tokens[first].upos != Upos::Propn
            && idx.named[first].is_none()
            && text.chars().nth(1).is_some_and(char::is_lowercase)
        {
            let mut c = text.chars();
            if let Some(f) = c.next() {
                text = f.to_lowercase().chain(c).collect();
            }
        }
        let kind = if tok.upos == Upos::Propn {
            if tok.text.len() >= 2
                && tok
                    .text
                    .chars()
                    .all(|c| c.is_uppercase() || c.is_ascii_digit())
            {
                EntityType::Organization
            } else {
                EntityType::Concept
            }
        } else {
            // the word lists' and the learnt table's type, else the mention
            // typer's, which types words neither knows by their endings,
            // cluster and clause
            listed_noun_type(&tok.lemma)
                .or_else(|| learned_type(doc, h))
                .unwrap_or(EntityType::Concept)
        };
        let m = sink.mention(Mention {
            span: Span { start: s, end: e },
            text,
            kind,
            sentence: sentence(h),
            key: None,
        });
        idx.phrase[h] = Some(m);
    }
}

/// 4. "Full Name (ACRONYM)" and "known as X": one entity.
fn acronyms_and_aliases(doc: &Doc, sink: &mut Findings, idx: &mut MentionIndex) {
    let sentence = |t: usize| doc.sentence_of(t).unwrap_or(0);
    let n = doc.tokens.len();
    for t in 1..n.saturating_sub(1) {
        if doc.tokens[t - 1].text == "(" && doc.tokens[t + 1].text == ")" && t >= 2 {
            let acr = &doc.tokens[t];
            let looks = acr.text.chars().filter(|c| c.is_uppercase()).count() >= 2
                && acr
                    .text
                    .chars()
                    .all(|c| c.is_alphanumeric() || c == '.' || c == '&');
            // a dateline in capitals is no name the acronym defines
            // ("WASHINGTON (AP) -- ...": the agency, not the city)
            let before = idx.named[t - 2]
                .or(idx.phrase[t - 2])
                .filter(|&m| sink.mentions[m].text.chars().any(char::is_lowercase));
            let before = before.map(|m| spell_out(doc, sink, idx, m, t - 1, &acr.text));
            let before = before.filter(|&m| may_define(&sink.mentions[m].text, &acr.text));
            if let (true, Some(full)) = (looks, before) {
                let kind = sink.mentions[full].kind;
                let a = idx.named[t].unwrap_or_else(|| {
                    sink.mention(Mention {
                        span: Span {
                            start: acr.start,
                            end: acr.end,
                        },
                        text: acr.text.clone(),
                        kind,
                        sentence: sentence(t),
                        key: None,
                    })
                });
                sink.mentions[a].kind = kind;
                idx.named[t] = Some(a);
                idx.phrase[t] = None;
                sink.same(full, a);
            }
        }
        if doc.tokens[t - 1].text.eq_ignore_ascii_case("known")
            && doc.tokens[t].text.eq_ignore_ascii_case("as")
        {
            let before = (0..t - 1).rev().take(3).find_map(|k| idx.of(k));
            let before = before.or_else(|| name_before_aside(doc, idx, t - 1));
            let after = nickname(doc, sink, idx, t, before)
                .or_else(|| (t + 1..n.min(t + 5)).find_map(|k| idx.named[k].or(idx.phrase[k])));
            if let (Some(a), Some(b)) = (before, after) {
                sink.same(a, b);
            }
        }
    }
}

/// The mention `m` before a bracketed acronym (at bracket `open`), widened
/// to the words that spell the acronym when the NER or the parse left some
/// out ([`spelled_name`]): its span and text become the whole name's.
fn spell_out(
    doc: &Doc,
    sink: &mut Findings,
    idx: &mut MentionIndex,
    m: usize,
    open: usize,
    acronym: &str,
) -> usize {
    let Some(r) = spelled_name(doc, open, acronym) else {
        return m;
    };
    let (start, end) = (doc.tokens[r.start].start, doc.tokens[r.end - 1].end);
    if sink.mentions[m].span.start <= start
        || sink.mentions.iter().any(|x| x.span == Span { start, end })
    {
        return m;
    }
    sink.mentions[m].span = Span { start, end };
    sink.mentions[m].text = doc.text.chars().skip(start).take(end - start).collect();
    for k in r {
        idx.named[k] = Some(m);
        idx.phrase[k] = None;
    }
    m
}

/// The name an aside opening at token `known` follows: "Mario Camilleri,
/// 46, (known as ...)": back over brackets, commas and numbers (an age) to
/// the nearest named mention, at most six tokens back.
fn name_before_aside(doc: &Doc, idx: &MentionIndex, known: usize) -> Option<usize> {
    (known.saturating_sub(7)..known)
        .rev()
        .take_while(|&k| {
            idx.named[k].is_some()
                || matches!(doc.tokens[k].text.as_str(), "(" | "," | "also")
                || doc.tokens[k].upos == Upos::Num
        })
        .find_map(|k| idx.named[k])
}

/// The nickname of "(known as X)": the words between "as" (token `as_`)
/// and the closing bracket, as one mention of the kind of the name it
/// follows, whatever their case or tags ("l-imniehru").
fn nickname(
    doc: &Doc,
    sink: &mut Findings,
    idx: &mut MentionIndex,
    as_: usize,
    name: Option<usize>,
) -> Option<usize> {
    let name = name?;
    let opened = (as_.saturating_sub(3)..as_).any(|k| doc.tokens[k].text == "(");
    let close = (as_ + 1..doc.tokens.len().min(as_ + 8)).find(|&k| doc.tokens[k].text == ")")?;
    if !opened || close == as_ + 1 || idx.named[as_ + 1].is_some() {
        return None;
    }
    let (start, end) = (doc.tokens[as_ + 1].start, doc.tokens[close - 1].end);
    let text: String = doc.text.chars().skip(start).take(end - start).collect();
    let kind = sink.mentions[name].kind;
    let m = sink.mention(Mention {
        span: Span { start, end },
        text,
        kind,
        sentence: doc.sentence_of(as_).unwrap_or(0),
        key: None,
    });
    // a noun phrase found there first names the same one
    sink.mentions[m].kind = kind;
    for k in as_ + 1..close {
        idx.named[k] = Some(m);
        idx.phrase[k] = None;
    }
    Some(m)
}

/// Whether `t` heads a quantity ("4,000 miles", "twelve years"), which is
/// not a thing: neither a mention nor an object.
pub fn is_quantity(doc: &Doc, t: usize) -> bool {
    is_unit(&doc.tokens[t].lemma)
        && doc
            .children(t)
            .any(|c| doc.tokens[c].deprel == DepRel::Nummod || doc.tokens[c].upos == Upos::Num)
}

/// Adds the modifiers of `h` that belong in its label: compounds, flat name
/// parts, adjectives that are not quantifiers, the rank of a superlative
/// ("second biggest"), and a number hyphenated to its noun ("24-hour",
/// "16-year": the walk out lasts 24 hours).
fn collect_modifiers(doc: &Doc, h: usize, parts: &mut Vec<usize>) {
    for c in doc.children(h) {
        let t = &doc.tokens[c];
        let keep = match t.deprel {
            DepRel::Compound | DepRel::Flat => true,
            DepRel::Amod => {
                !is_label_modifier(&t.lemma) && t.upos != Upos::Verb || t.text.contains('-')
            }
            DepRel::NmodPoss => false,
            // the rank of a superlative: "second biggest", "third largest"
            DepRel::Advmod => doc.tokens[h].xpos == "JJS" && c + 1 == h,
            DepRel::Nummod => c + 2 == h && doc.tokens[c + 1].text == "-",
            DepRel::Punct => t.text == "-",
            _ => false,
        };
        if keep && !parts.contains(&c) {
            parts.push(c);
            collect_modifiers(doc, c, parts);
            // "military and national security officials"
            if t.deprel == DepRel::Amod {
                for k in doc.children(c) {
                    if matches!(doc.tokens[k].deprel, DepRel::Conj | DepRel::Cc)
                        && matches!(doc.tokens[k].upos, Upos::Adj | Upos::Cconj)
                        && !parts.contains(&k)
                    {
                        parts.push(k);
                    }
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn named_entities_get_types_from_their_label_and_head() {
        let gaz = Gazetteer::embedded();
        assert_eq!(ner_type("MISC", "World Cup", gaz), EntityType::Event);
        assert_eq!(ner_type("MISC", "Summer Olympics", gaz), EntityType::Event);
        assert_eq!(ner_type("MISC", "Scientology", gaz), EntityType::Concept);
        // demonyms go to their country
        assert_eq!(ner_type("MISC", "Chinese", gaz), EntityType::Place);
        assert_eq!(ner_type("ORG", "ZPMC", gaz), EntityType::Organization);
        // the last word's type corrects the label where it names an
        // event or an organisation
        assert_eq!(
            ner_type("ORG", "Commonwealth Games", gaz),
            EntityType::Event
        );
        assert_eq!(
            ner_type("MISC", "Natural History Museum", gaz),
            EntityType::Organization
        );
        assert_eq!(
            ner_type("ORG", "Rail Delivery Group", gaz),
            EntityType::Organization
        );
    }
}
