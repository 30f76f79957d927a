//! Definite descriptions that point back to an entity named earlier in the
//! article: "the media outlet" after "one US media outlet" (same head
//! noun, no new modifier), "the company" after "ZPMC" (a class noun and
//! the nearest earlier entity of that class), "this gear" after "port
//! cranes" (a general word for made things and the nearest earlier
//! artifact, preferring the subject of a clause), "the Journal" after "The
//! Wall Street Journal" (the last word of an earlier name), "the
//! Undersecretary" after "Claudio De Vincenti is the Undersecretary" or
//! "Thomas Sam, a practising homeopath" (a role given to a name before),
//! "the former Chief Justice" after "Chief Justice Noel Arrigo" (an office
//! the article gave one named person as a title).
//!
//! A role with a name in apposition ("the Crown prosecutor, Mark
//! Tedeschi") is a mention of the named too, and an age ("the
//! 42-year-old") one of the person named last before its sentence.
//!
//! The description becomes a mention of the entity it points to, not one
//! of its names: "company" is never an alias of ZPMC. A capitalised office
//! ("the Chief Justice") is the exception: it is used as a name of its
//! holder, and becomes an alias.

use super::mentions::MentionIndex;
use crate::extract::{Findings, Mention};
use newsgraph_core::extraction::{EntityType, Span};
use newsgraph_core::lexicon::{class_noun, is_past, title_class, NounClass, TitleClass};
use newsgraph_nlp::Doc;
use newsgraph_nlp::{DepRel, Upos};

/// Whether noun `h` is made definite by a determiner (the, this, these,
/// that, those) and has no other modifier but compounds and adjectives.
fn definite(doc: &Doc, h: usize) -> bool {
    let mut det = false;
    for c in doc.children(h) {
        let t = &doc.tokens[c];
        match t.deprel {
            DepRel::Det => {
                det |= matches!(
                    t.lemma.to_lowercase().as_str(),
                    "the" | "this" | "these" | "that" | "those"
                )
            }
            DepRel::NmodPoss | DepRel::Nummod => return false,
            _ => {}
        }
    }
    det
}

/// The lower-cased words of a mention's text.
fn words(text: &str) -> Vec<String> {
    text.split_whitespace()
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase()
        })
        .filter(|w| !w.is_empty())
        .collect()
}

/// What [`link`] looks up over and over, computed once so that the cost of
/// an article grows with its length, not with its length squared.
struct Lookup {
    /// Each token's lemma, lower-cased.
    lemma: Vec<String>,
    /// Each mention's words ([`words`]).
    words: Vec<Vec<String>>,
    /// Each mention's head token ([`head_of`]).
    head: Vec<Option<usize>>,
    /// The mentions nearest first: by start, latest first, then by index.
    order: Vec<usize>,
    /// The tokens of each lower-cased lemma, in text order.
    by_lemma: std::collections::HashMap<String, Vec<usize>>,
}

impl Lookup {
    fn new(doc: &Doc, sink: &Findings) -> Self {
        let lemma: Vec<String> = doc.tokens.iter().map(|t| t.lemma.to_lowercase()).collect();
        let mut by_lemma: std::collections::HashMap<String, Vec<usize>> = Default::default();
        for (t, l) in lemma.iter().enumerate() {
            by_lemma.entry(l.clone()).or_default().push(t);
        }
        let mut order: Vec<usize> = (0..sink.mentions.len()).collect();
        order.sort_by_key(|&o| (std::cmp::Reverse(sink.mentions[o].span.start), o));
        Lookup {
            words: sink.mentions.iter().map(|m| words(&m.text)).collect(),
            head: (0..sink.mentions.len())
                .map(|o| head_of(doc, sink, o))
                .collect(),
            lemma,
            order,
            by_lemma,
        }
    }

    /// The mentions that end before char `here`, but `m`, nearest first.
    fn earlier<'a>(
        &'a self,
        sink: &'a Findings,
        m: usize,
        here: usize,
    ) -> impl Iterator<Item = usize> + 'a {
        let from = self
            .order
            .partition_point(|&o| sink.mentions[o].span.start > here);
        self.order[from..]
            .iter()
            .copied()
            .filter(move |&o| o != m && sink.mentions[o].span.end <= here)
    }
}

/// Links each definite description of `doc` to the mention it points back
/// to, in `sink.refers_to`.
pub fn link(doc: &Doc, idx: &MentionIndex, sink: &mut Findings) {
    // which mentions are names (from the NER or the gazetteer)
    let mut named = vec![false; sink.mentions.len()];
    for m in idx.named.iter().flatten() {
        named[*m] = true;
    }
    let look = Lookup::new(doc, sink);
    let offices = offices(doc, sink, &named);
    let mut links = Vec::new();
    let mut aliases = Vec::new();
    // a role with the name in apposition ("the Crown prosecutor, Mark
    // Tedeschi, addressed the jury"): the role is a mention of the named
    for (h, tok) in doc.tokens.iter().enumerate() {
        let Some(m) = idx.phrase[h].filter(|_| tok.upos == Upos::Noun) else {
            continue;
        };
        let name = doc.children(h).find_map(|k| {
            (doc.tokens[k].deprel == DepRel::Appos && doc.tokens[k].upos == Upos::Propn)
                .then_some(idx.named[k])
                .flatten()
        });
        if let Some(n) = name {
            links.push((m, n));
        }
    }
    links.extend(descriptor_before_name(doc, idx, sink));
    for (h, tok) in doc.tokens.iter().enumerate() {
        let Some(m) = idx.phrase[h].or(idx.named[h]) else {
            continue;
        };
        if !definite(doc, h) || !matches!(tok.upos, Upos::Noun | Upos::Propn) {
            continue;
        }
        let lemma = &look.lemma[h];
        let here = sink.mentions[m].span.start;
        let text = &look.words[m];
        // earlier mentions, nearest first
        let mut earlier = look.earlier(sink, m, here);
        let kind = |o: usize| sink.mentions[o].kind;
        // a plural class noun ("the companies", "the two countries") stands
        // for several, never for one named entity
        let class = class_noun(lemma).filter(|_| !matches!(tok.xpos.as_str(), "NNS" | "NNPS"));
        // a role ("the undersecretary") goes to its holder; a class noun
        // ("the company") to the nearest entity of its class, below
        let holder = if class.is_some() {
            None
        } else {
            role_holder(doc, idx, &look, h)
        };
        if holder.is_none() {
            if let Some((office, p)) = office_link(doc, &offices, sink, h, m) {
                match office {
                    Some(office) => aliases.push((office, m, p)),
                    None => links.push((m, p)),
                }
                continue;
            }
        }
        let found = if let Some(o) = holder {
            Some(o)
        } else if tok.upos == Upos::Propn {
            // "the Journal": the last word of an earlier name of one kind
            earlier.find(|&o| {
                let w = &look.words[o];
                kind(o) == sink.mentions[m].kind && w.len() > text.len() && w.ends_with(text)
            })
        } else if class == Some(NounClass::Organization) && text.len() == 1 {
            earlier.find(|&o| kind(o) == EntityType::Organization && named[o])
        } else if class == Some(NounClass::Place) && text.len() == 1 {
            earlier.find(|&o| kind(o) == EntityType::Place && named[o])
        } else if class == Some(NounClass::Artifact) && text.len() == 1 {
            // the nearest artifact that a clause is about, else the nearest one
            let artifacts: Vec<usize> = earlier
                .filter(|&o| kind(o) == EntityType::Artifact && look.words[o] != *text)
                .collect();
            artifacts
                .iter()
                .copied()
                .find(|&o| {
                    look.head[o].is_some_and(|t| {
                        matches!(
                            doc.tokens[t].deprel,
                            DepRel::Nsubj | DepRel::NsubjPass | DepRel::Root
                        )
                    })
                })
                .or(artifacts.first().copied())
        } else {
            // the same head noun, and no modifier the earlier one lacks;
            // not a former holder of an office ("a former minister" is not
            // "the minister")
            earlier.find(|&o| {
                let w = &look.words[o];
                look.head[o].is_some_and(|t| look.lemma[t] == *lemma && !left_office(doc, t, h))
                    && w.len() > text.len()
                    && !text.is_empty()
                    && text[..text.len() - 1].iter().all(|x| w.contains(x))
            })
        };
        if let Some(a) = found {
            links.push((m, a));
        }
    }
    links.extend(ages(sink, &named));
    for (m, a) in links {
        sink.refer(m, a);
    }
    for (office, m, p) in aliases {
        let o = sink.mention(office);
        sink.mentions[o].kind = EntityType::Person;
        sink.same(o, p);
        if o != m {
            sink.refer(m, p);
        }
    }
}

/// The offices the article gives named people as titles: for each named
/// person's mention, the office words right before its name, inside the
/// mention or before it ("Chief Justice" of "Chief Justice Noel Arrigo"),
/// courtesy titles left out ("Mr Justice Vella" holds "Justice"), with the
/// last word of the name, which tells the holders apart.
struct Office {
    words: Vec<String>,
    holder: usize,
    surname: String,
}

fn offices(doc: &Doc, sink: &Findings, named: &[bool]) -> Vec<Office> {
    let mut out = Vec::new();
    for (p, mention) in sink.mentions.iter().enumerate() {
        if !named[p] || mention.kind != EntityType::Person {
            continue;
        }
        let Some(s) = doc.sentences.get(mention.sentence) else {
            continue;
        };
        let inside: Vec<usize> = s
            .tokens
            .clone()
            .filter(|&t| {
                doc.tokens[t].start >= mention.span.start && doc.tokens[t].end <= mention.span.end
            })
            .collect();
        let Some(&first) = inside.first() else {
            continue;
        };
        let title = |t: usize| title_class(&doc.tokens[t].text);
        let capital = |t: usize| {
            doc.tokens[t]
                .text
                .chars()
                .next()
                .is_some_and(char::is_uppercase)
        };
        let mut start = first;
        while start > s.tokens.start && title(start - 1).is_some() && capital(start - 1) {
            start -= 1;
        }
        let mut end = first;
        while end < *inside.last().expect("a token") && title(end).is_some() {
            end += 1;
        }
        let words: Vec<String> = (start..end)
            .filter(|&t| title(t) != Some(TitleClass::Courtesy))
            .map(|t| doc.tokens[t].text.trim_end_matches('.').to_lowercase())
            .collect();
        if words.is_empty() || (start..end).all(|t| title(t) != Some(TitleClass::Office)) {
            continue;
        }
        let surname = doc.tokens[*inside.last().expect("a token")]
            .text
            .to_lowercase();
        out.push(Office {
            words,
            holder: p,
            surname,
        });
    }
    out
}

/// The holder of the office that the definite description `m`, headed by
/// `h`, names, if the article gave it to one named person before: with the
/// mention of the office itself when it is capitalised ("the Chief
/// Justice" is a name of its holder; "the former Chief Justice" a
/// description around that name), else `None` beside the holder.
fn office_link(
    doc: &Doc,
    offices: &[Office],
    sink: &Findings,
    h: usize,
    m: usize,
) -> Option<(Option<Mention>, usize)> {
    let first = office_start(doc, h);
    let words: Vec<String> = (first..=h).map(|t| lower_word(doc, t)).collect();
    let p = office_holder(offices, sink, &words, sink.mentions[m].span.start)?;
    let capital = (first..=h).all(|t| {
        doc.tokens[t]
            .text
            .chars()
            .next()
            .is_some_and(char::is_uppercase)
    });
    let office = capital.then(|| Mention {
        span: Span {
            start: doc.tokens[first].start,
            end: doc.tokens[h].end,
        },
        text: chars_of(doc, first, h),
        kind: EntityType::Person,
        sentence: sink.mentions[m].sentence,
        key: None,
    });
    Some((office, p))
}

/// The first word of the office the noun phrase `h` heads names: its
/// modifiers before `h` after the determiner, without a leading "former",
/// "then", "late" or "current" ("Chief" of "the former Chief Justice").
fn office_start(doc: &Doc, h: usize) -> usize {
    let first = doc
        .sentence_of(h)
        .map_or(0, |s| doc.sentences[s].tokens.start);
    let mut start = h;
    while start > first
        && doc.tokens[start - 1].deprel != DepRel::Det
        && doc.tokens[start - 1]
            .head
            .is_some_and(|x| x >= start && x <= h)
    {
        start -= 1;
    }
    while start < h
        && matches!(
            lower_word(doc, start).as_str(),
            "former" | "then" | "late" | "current"
        )
    {
        start += 1;
    }
    start
}

/// Token `t`'s text, lower-cased, without a final full stop.
fn lower_word(doc: &Doc, t: usize) -> String {
    doc.tokens[t].text.trim_end_matches('.').to_lowercase()
}

/// The text of tokens `a..=b` as the article writes it.
fn chars_of(doc: &Doc, a: usize, b: usize) -> String {
    let mut out = String::new();
    for t in a..=b {
        if t > a && doc.tokens[t].start > doc.tokens[t - 1].end {
            out.push(' ');
        }
        out.push_str(&doc.tokens[t].text);
    }
    out
}

/// The named person whose office the words `text` name ("Chief Justice"),
/// when the article gave that office, before char `here`, to one person.
fn office_holder(
    offices: &[Office],
    sink: &Findings,
    text: &[String],
    here: usize,
) -> Option<usize> {
    let mut holders = offices
        .iter()
        .filter(|o| o.words == text && sink.mentions[o.holder].span.end <= here);
    let first = holders.next()?;
    holders
        .all(|o| o.surname == first.surname)
        .then_some(first.holder)
}

/// A bare common noun right before a name, as news writes a descriptor
/// ("will acquire rival Baker Hughes", "carmaker Tesla said"): the noun is
/// a mention of the named, whatever the parse made of the pair. Not when
/// the name is the subject of a clause of its own ("the bill Congress
/// passed").
fn descriptor_before_name(doc: &Doc, idx: &MentionIndex, sink: &Findings) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    for (h, tok) in doc.tokens.iter().enumerate() {
        let Some(m) = idx.phrase[h] else { continue };
        let Some(entity) = doc.entity_at(h + 1) else {
            continue;
        };
        let descriptor = tok.upos == Upos::Noun
            && tok.xpos == "NN"
            && tok.text.starts_with(char::is_lowercase)
            && sink.mentions[m].span.end == tok.end
            && entity.tokens.start == h + 1
            && matches!(entity.label.as_str(), "ORG" | "PER")
            && doc.sentence_of(h) == doc.sentence_of(h + 1);
        if !descriptor {
            continue;
        }
        let head = entity
            .tokens
            .clone()
            .rev()
            .find(|&t| {
                doc.tokens[t]
                    .head
                    .is_none_or(|x| !entity.tokens.contains(&x))
            })
            .unwrap_or(h + 1);
        let subject = matches!(
            doc.tokens[head].deprel,
            DepRel::Nsubj | DepRel::NsubjPass | DepRel::Csubj
        );
        if let (false, Some(n)) = (subject, idx.named[h + 1]) {
            out.push((m, n));
        }
    }
    out
}

/// "the 42-year-old" after "Frank Lampard": an age stands for the person
/// the article last named before its sentence, as news writing uses it.
fn ages(sink: &Findings, named: &[bool]) -> Vec<(usize, usize)> {
    let age = |text: &str| {
        let w = words(text);
        w.len() == 1
            && w[0]
                .strip_suffix("-year-old")
                .is_some_and(|n| !n.is_empty() && n.chars().all(|c| c.is_ascii_digit()))
    };
    let mut out = Vec::new();
    for (m, mention) in sink.mentions.iter().enumerate() {
        if !age(&mention.text) {
            continue;
        }
        let person = (0..sink.mentions.len())
            .filter(|&o| {
                named[o]
                    && sink.mentions[o].kind == EntityType::Person
                    && sink.mentions[o].sentence < mention.sentence
            })
            .max_by_key(|&o| sink.mentions[o].span.start);
        if let Some(p) = person {
            out.push((m, p));
        }
    }
    out
}

/// The named entity an earlier sentence gave the role that `h` names: the
/// name a same-lemma noun was in apposition with ("Thomas Sam, a practising
/// homeopath"; "the Crown prosecutor, Mark Tedeschi") or predicated of
/// ("De Vincenti is the Undersecretary").
fn role_holder(doc: &Doc, idx: &MentionIndex, look: &Lookup, h: usize) -> Option<usize> {
    let same = look.by_lemma.get(&look.lemma[h])?;
    let before = same.partition_point(|&c| c < h);
    same[..before].iter().rev().find_map(|&c| {
        let t = &doc.tokens[c];
        if left_office(doc, c, h) {
            return None;
        }
        let holder = match t.deprel {
            DepRel::Appos => t.head,
            _ if doc.children(c).any(|k| doc.tokens[k].deprel == DepRel::Cop) => doc
                .children(c)
                .find(|&k| doc.tokens[k].deprel == DepRel::Nsubj),
            // "the Crown prosecutor, Mark Tedeschi": the name in apposition
            _ => doc
                .children(c)
                .find(|&k| doc.tokens[k].deprel == DepRel::Appos),
        }?;
        idx.named[holder].filter(|_| doc.tokens[holder].upos == Upos::Propn)
    })
}

/// Whether the earlier role noun `c` names a former holder of the office
/// that the description headed by `h` names now: "Sir Julius Chan, a
/// former prime minister" is not "the prime minister" ("the former prime
/// minister" may be him; "the former pageant winner" still won, as a
/// winner holds no office).
fn left_office(doc: &Doc, c: usize, h: usize) -> bool {
    let lemma = doc.tokens[h].lemma.to_lowercase();
    title_class(&lemma) == Some(TitleClass::Office) && former(doc, c) && !former(doc, h)
}

/// Whether role noun `c` is a past one ("a former prime minister").
fn former(doc: &Doc, c: usize) -> bool {
    doc.children(c).any(|k| {
        doc.tokens[k].deprel == DepRel::Amod && is_past(&doc.tokens[k].lemma.to_lowercase())
    })
}

/// The head token of mention `o`: the last token inside its span.
fn head_of(doc: &Doc, sink: &Findings, o: usize) -> Option<usize> {
    let (span, s) = (sink.mentions[o].span, sink.mentions[o].sentence);
    doc.sentences
        .get(s)?
        .tokens
        .clone()
        .rev()
        .find(|&t| doc.tokens[t].start >= span.start && doc.tokens[t].end <= span.end)
}
