//! One entity per group of mentions: its type, label, aliases, key and
//! links to other knowledge graphs.

use super::groups::Key;
use super::{iri, names};
use crate::extract::Findings;
use newsgraph_core::extraction::{Entity, EntityType, Span};
use newsgraph_core::gazetteer::{Cities, Gazetteer};
use std::collections::BTreeMap;

/// The entity the mentions `all` of one group name.
pub(super) fn entity(
    base: &str,
    gazetteer: &Gazetteer,
    findings: &Findings,
    keys: &[Key],
    description: &[bool],
    all: &[usize],
) -> Entity {
    // the names of the group: its members but the descriptions
    let named: Vec<usize> = all.iter().copied().filter(|&i| !description[i]).collect();
    let members = if named.is_empty() { all } else { &named };
    let gaz_label = members.iter().find_map(|&i| keys[i].1);
    let gaz_code = members
        .iter()
        .find_map(|&i| keys[i].0.strip_prefix("country/"));
    let kind = if gaz_label.is_some() {
        EntityType::Place
    } else {
        majority_type(members.iter().map(|&i| findings.mentions[i].kind))
    };
    // the names of the entity's type come first: a person's name, not the
    // "Governor Pence" the NER took for an organisation's
    let of_kind: Vec<usize> = members
        .iter()
        .copied()
        .filter(|&i| findings.mentions[i].kind == kind)
        .collect();
    let names_all = members;
    let members = if of_kind.is_empty() {
        members
    } else {
        &of_kind
    };
    // the most complete name is the label; the other names are aliases
    let mut texts: Vec<&str> = members
        .iter()
        .map(|&i| findings.mentions[i].text.as_str())
        .collect();
    texts.sort_by(|a, b| b.len().cmp(&a.len()).then(a.cmp(b)));
    let label = gaz_label
        .map(str::to_string)
        .unwrap_or_else(|| names::display_label(texts[0]));
    let key = match gaz_label {
        // a country's IRI is its name (entity/united-states)
        Some(name) => iri::slug(name),
        // an organisation known by an acronym is named by it: articles that
        // only use the acronym land on the same IRI as those that spell it out
        None if kind == EntityType::Organization
            && members
                .iter()
                .any(|&i| is_acronym(&findings.mentions[i].text)) =>
        {
            members
                .iter()
                .filter(|&&i| is_acronym(&findings.mentions[i].text))
                .map(|&i| &keys[i].0)
                .min()
                .expect("an acronym member")
                .clone()
        }
        // else the longest key is the most specific, and stable across articles
        None => members
            .iter()
            .map(|&i| &keys[i].0)
            .max_by(|a, b| a.len().cmp(&b.len()).then(b.cmp(a)))
            .expect("a group has members")
            .clone(),
    };
    let mut mentions: Vec<Span> = all.iter().map(|&i| findings.mentions[i].span).collect();
    mentions.sort();
    mentions.dedup();
    // a country links to Wikidata; a place named as a city of GeoNames (the
    // most populous of that name) to GeoNames
    let country = gaz_code.and_then(|c| gazetteer.by_code(c));
    let city = || {
        (kind == EntityType::Place)
            .then(|| texts.iter().find_map(|t| Cities::lookup(t)))
            .flatten()
    };
    let same_as = match country {
        Some(c) => vec![format!("http://www.wikidata.org/entity/{}", c.wikidata)],
        None => city().map(|c| vec![c.iri()]).unwrap_or_default(),
    };
    let mut entity = Entity {
        iri: iri::entity_iri(base, &key),
        label,
        kind,
        aliases: Vec::new(),
        mentions,
        same_as,
    };
    let mut aliases: Vec<&str> = names_all
        .iter()
        .map(|&i| findings.mentions[i].text.as_str())
        .collect();
    aliases.sort_by(|a, b| b.len().cmp(&a.len()).then(a.cmp(b)));
    for t in aliases {
        entity.add_alias(names::display_label(t));
    }
    entity
}

/// "ZPMC", "NATO", "AT&T": two to six capitals (digits and '&' between),
/// the way organisations are known by their acronyms.
fn is_acronym(text: &str) -> bool {
    let n = text.chars().count();
    (2..=6).contains(&n)
        && text.chars().filter(|c| c.is_uppercase()).count() >= 2
        && text.chars().next().is_some_and(char::is_uppercase)
        && text
            .chars()
            .all(|c| c.is_uppercase() || c.is_ascii_digit() || c == '&')
}

/// The type most mentions give; the named types win over the generic ones
/// on ties and whenever present at all.
fn majority_type(kinds: impl Iterator<Item = EntityType>) -> EntityType {
    let mut counts: BTreeMap<EntityType, usize> = BTreeMap::new();
    for k in kinds {
        *counts.entry(k).or_default() += 1;
    }
    let named = [
        EntityType::Person,
        EntityType::Organization,
        EntityType::Place,
        EntityType::Event,
    ];
    if let Some((&k, _)) = counts
        .iter()
        .filter(|(k, _)| named.contains(k))
        .max_by_key(|(k, c)| (**c, std::cmp::Reverse(**k)))
    {
        return k;
    }
    counts
        .into_iter()
        .max_by_key(|(k, c)| (*c, std::cmp::Reverse(*k)))
        .map(|(k, _)| k)
        .unwrap_or(EntityType::Concept)
}

/// The entities in order of their first mention, and for each old index
/// its new one.
pub(super) fn sort_by_first_mention(entities: Vec<Entity>) -> (Vec<Entity>, Vec<usize>) {
    let mut order: Vec<usize> = (0..entities.len()).collect();
    order.sort_by_key(|&i| entities[i].mentions[0]);
    let mut remap = vec![0; entities.len()];
    for (new, &old) in order.iter().enumerate() {
        remap[old] = new;
    }
    let mut slots: Vec<Option<Entity>> = entities.into_iter().map(Some).collect();
    let sorted = order
        .iter()
        .map(|&i| slots[i].take().expect("each entity once"))
        .collect();
    (sorted, remap)
}

#[cfg(test)]
mod tests {
    use super::is_acronym;

    #[test]
    fn acronyms_are_short_runs_of_capitals() {
        for a in ["ZPMC", "NATO", "AT&T", "UN", "G7S"] {
            assert!(is_acronym(a), "{a}");
        }
        for n in [
            "Zpmc",
            "Reuters",
            "A",
            "SHANGHAI",
            "ZPMC cranes",
            "iOS",
            "20G",
        ] {
            assert!(!is_acronym(n), "{n}");
        }
    }
}
