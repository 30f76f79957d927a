//! The `Extraction`: what newsgraph found in one article, after entity
//! resolution and before mapping to RDF. Its serde form is the JSON format
//! of `newsgraph extract --format json` (field names are fixed).

use serde::{Deserialize, Serialize};

/// The entity types of the data model.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum EntityType {
    Person,
    Organization,
    Place,
    Group,
    Artifact,
    Event,
    Concept,
    Time,
}

impl EntityType {
    pub const ALL: [EntityType; 8] = [
        EntityType::Person,
        EntityType::Organization,
        EntityType::Place,
        EntityType::Group,
        EntityType::Artifact,
        EntityType::Event,
        EntityType::Concept,
        EntityType::Time,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            EntityType::Person => "Person",
            EntityType::Organization => "Organization",
            EntityType::Place => "Place",
            EntityType::Group => "Group",
            EntityType::Artifact => "Artifact",
            EntityType::Event => "Event",
            EntityType::Concept => "Concept",
            EntityType::Time => "Time",
        }
    }

    /// The type named `name` in lower case ("group", "artifact"), as the
    /// learnt noun types name them; a concept for any other name.
    pub fn from_lower(name: &str) -> EntityType {
        EntityType::ALL
            .into_iter()
            .find(|t| t.as_str().eq_ignore_ascii_case(name))
            .unwrap_or(EntityType::Concept)
    }

    /// The RDF class of this type (schema.org where it has one).
    pub fn class_iri(self) -> &'static str {
        use crate::vocab::{ng, schema};
        match self {
            EntityType::Person => schema::PERSON,
            EntityType::Organization => schema::ORGANIZATION,
            EntityType::Place => schema::PLACE,
            EntityType::Group => ng::GROUP,
            EntityType::Artifact => ng::ARTIFACT,
            EntityType::Event => schema::EVENT,
            EntityType::Concept => ng::CONCEPT,
            EntityType::Time => ng::TIME,
        }
    }

    /// The type whose class IRI is `iri`.
    pub fn from_class_iri(iri: &str) -> Option<EntityType> {
        EntityType::ALL.into_iter().find(|t| t.class_iri() == iri)
    }
}

impl std::fmt::Display for EntityType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Whether a statement is put forward plainly or softened.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum Modality {
    #[default]
    Asserted,
    Hedged,
}

/// A character span of the article text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

/// The article's metadata as it appears in the JSON.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ArticleInfo {
    pub iri: String,
    pub title: String,
    pub published: Option<String>,
    pub url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub publisher: Option<String>,
    /// File, `-` or `file#N` the article was read from.
    #[serde(default)]
    pub source: String,
}

/// One real-world thing the article mentions, resolved to a stable IRI.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Entity {
    pub iri: String,
    pub label: String,
    #[serde(rename = "type")]
    pub kind: EntityType,
    pub aliases: Vec<String>,
    pub mentions: Vec<Span>,
    /// The same thing in other knowledge graphs (Wikidata IRIs).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub same_as: Vec<String>,
}

impl Entity {
    /// Adds `name` as an alias unless it is the label or an alias already
    /// (case aside).
    pub fn add_alias(&mut self, name: String) {
        if !name.eq_ignore_ascii_case(&self.label)
            && !self.aliases.iter().any(|a| a.eq_ignore_ascii_case(&name))
        {
            self.aliases.push(name);
        }
    }
}

/// The object of a relation: an entity IRI or a literal.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(untagged)]
pub enum Object {
    Entity(String),
    Literal { literal: String },
}

/// A relation, stated by the article (`claimed_by` is `None`) or claimed by a source.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Relation {
    pub subject: String,
    /// Verb lemma with its particle or preposition, words joined by `_`.
    pub predicate: String,
    /// The property IRI: a canonical ontology property or an open `rel:` one.
    pub property: String,
    pub object: Object,
    pub claimed_by: Option<String>,
    pub claim_verb: Option<String>,
    /// For a claim nested in another attribution, the outer source, which
    /// reports it ("according to the outlet, officials worry that ...").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reported_by: Option<String>,
    pub modality: Modality,
    pub negated: bool,
    /// Index of the sentence (see `Extraction::sentences`).
    pub sentence: usize,
    pub start: usize,
    pub end: usize,
    pub confidence: f32,
    /// Name of the extractor that found it.
    #[serde(default)]
    pub extractor: String,
    /// A normalised time expression that qualifies it (`2023-02`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub time: Option<String>,
    /// For a claim read inside a listed attribution's content, that
    /// attribution's index in `Extraction::attributions`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attribution: Option<usize>,
}

/// A statement the article attributes to someone (a quote, a paraphrase,
/// "according to", a stated belief or intention), listed whether or not a
/// relation could be read inside it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Attribution {
    /// The source entity, when the source is one.
    pub source: Option<String>,
    /// The source as the text names it ("a person familiar with the matter").
    pub source_text: Option<String>,
    /// The cue's lemma (`say`, `according_to`), when there is a cue.
    pub cue: Option<String>,
    pub cue_start: Option<usize>,
    pub cue_end: Option<usize>,
    /// The content's character span.
    pub start: usize,
    pub end: usize,
    /// The cue is negated ("did not say", "declined to confirm").
    pub negated: bool,
    pub modality: Modality,
    /// The outer source, for an attribution nested in another.
    pub reported_by: Option<String>,
    /// Index of the sentence of the content's start.
    pub sentence: usize,
}

impl Relation {
    pub fn is_claim(&self) -> bool {
        self.claimed_by.is_some()
    }

    /// What makes two relations the same statement: arguments, predicate,
    /// source and sentence.
    fn identity(&self) -> (&str, &str, &Object, Option<&str>, usize) {
        (
            &self.subject,
            &self.predicate,
            &self.object,
            self.claimed_by.as_deref(),
            self.sentence,
        )
    }
}

/// Drops every relation that repeats an earlier one (see
/// [`Relation::identity`]) or relates a thing to itself; the first one is
/// kept, in order.
pub fn dedup_relations(relations: &mut Vec<Relation>) {
    let mut seen = std::collections::HashSet::new();
    let keep: Vec<bool> = relations
        .iter()
        .map(|r| Object::Entity(r.subject.clone()) != r.object && seen.insert(r.identity()))
        .collect();
    let mut keep = keep.into_iter();
    relations.retain(|_| keep.next().unwrap_or(false));
}

/// Drops every bare "X be N" whose role N the article states with what it
/// is a role in, for the same subject in the same voice ("Peter O'Neill be
/// prime minister" beside "Peter O'Neill be_minister_of Papua New Guinea"):
/// the bare one says less, again. `label` gives an entity's label; the
/// role is the last word of the object's and of the predicate's role
/// ("be_prime_minister_of"), and a former role ("be_former_") is another.
pub fn drop_bare_roles<'a>(relations: &mut Vec<Relation>, label: impl Fn(&str) -> Option<&'a str>) {
    let roles: std::collections::HashSet<(String, Option<String>, String)> = relations
        .iter()
        .filter_map(|r| {
            let rest = r.predicate.strip_prefix("be_")?;
            let (role, _preposition) = rest.rsplit_once('_')?;
            let head = role.rsplit('_').next().unwrap_or(role);
            (!role.starts_with("former_"))
                .then(|| (r.subject.clone(), r.claimed_by.clone(), head.to_string()))
        })
        .collect();
    if roles.is_empty() {
        return;
    }
    relations.retain(|r| {
        let Object::Entity(o) = &r.object else {
            return true;
        };
        let Some(words) = label(o) else {
            return true;
        };
        let words = words.to_lowercase();
        let last = words.split_whitespace().last().unwrap_or("");
        let former = words.split_whitespace().any(|w| w == "former");
        r.predicate != "be"
            || former
            || !roles.contains(&(r.subject.clone(), r.claimed_by.clone(), last.to_string()))
    });
}

/// One analysed sentence: its index and character span.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SentenceInfo {
    pub index: usize,
    pub start: usize,
    pub end: usize,
}

/// Everything found in one article.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Extraction {
    pub article: ArticleInfo,
    pub entities: Vec<Entity>,
    pub relations: Vec<Relation>,
    #[serde(default)]
    pub sentences: Vec<SentenceInfo>,
    /// Every attributed statement (see [`Attribution`]).
    #[serde(default)]
    pub attributions: Vec<Attribution>,
}

impl Extraction {
    pub fn entity(&self, iri: &str) -> Option<&Entity> {
        self.entities.iter().find(|e| e.iri == iri)
    }
    pub fn claims(&self) -> impl Iterator<Item = &Relation> {
        self.relations.iter().filter(|r| r.is_claim())
    }
    pub fn facts(&self) -> impl Iterator<Item = &Relation> {
        self.relations.iter().filter(|r| !r.is_claim())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rel(s: &str, p: &str, o: &str, by: Option<&str>, sentence: usize) -> Relation {
        Relation {
            subject: s.into(),
            predicate: p.into(),
            property: format!("rel:{p}"),
            object: Object::Entity(o.into()),
            claimed_by: by.map(str::to_string),
            claim_verb: None,
            reported_by: None,
            modality: Modality::Asserted,
            negated: false,
            sentence,
            start: 0,
            end: 1,
            confidence: 0.8,
            extractor: "rules".into(),
            time: None,
            attribution: None,
        }
    }

    #[test]
    fn repeats_and_self_relations_go_the_first_stays() {
        let mut v = vec![
            rel("a", "make", "b", None, 0),
            rel("a", "make", "b", None, 0),
            rel("a", "make", "b", Some("c"), 0),
            rel("a", "make", "b", None, 1),
            rel("a", "be", "a", None, 1),
        ];
        v[1].confidence = 0.5;
        dedup_relations(&mut v);
        assert_eq!(v.len(), 3);
        assert_eq!(v[0].confidence, 0.8);
        assert_eq!(v[1].claimed_by.as_deref(), Some("c"));
        assert_eq!(v[2].sentence, 1);
    }

    #[test]
    fn a_bare_role_goes_where_the_article_says_in_what() {
        let labels = |iri: &str| match iri {
            "pm" => Some("prime minister"),
            "ex" => Some("former prime minister"),
            "mp" => Some("opposition MP"),
            _ => None,
        };
        let mut v = vec![
            rel("oneill", "be_prime_minister_of", "png", None, 0),
            rel("oneill", "be", "pm", None, 1),
            rel("oneill", "be", "ex", None, 1),
            rel("oneill", "be", "pm", Some("kramer"), 2),
            rel("kramer", "be", "mp", None, 2),
            rel("chan", "be_former_prime_minister_of", "png", None, 3),
            rel("chan", "be", "pm", None, 3),
        ];
        drop_bare_roles(&mut v, labels);
        let left: Vec<String> = v
            .iter()
            .map(|r| format!("{} {} {:?}", r.subject, r.predicate, r.claimed_by))
            .collect();
        // the bare role of the same subject and voice goes; a former one,
        // another voice's, another subject's and a role beside a former
        // one stay
        assert_eq!(
            left,
            [
                "oneill be_prime_minister_of None",
                "oneill be None",
                "oneill be Some(\"kramer\")",
                "kramer be None",
                "chan be_former_prime_minister_of None",
                "chan be None",
            ]
        );
        assert!(matches!(&v[1].object, Object::Entity(o) if o == "ex"));
    }
}
