//! Vocabulary IRIs: every namespace and term newsgraph writes, in one place.
//!
//! Reused vocabularies come first (RDF, RDFS, XSD, OWL, SKOS, PROV-O,
//! schema.org, Dublin Core); our own namespace `ng:` only holds what they
//! lack, and every `ng:` term is declared in `ontologies/newsgraph.ttl`.

/// Namespaces with their usual prefixes, in the order Turtle output lists them.
pub const PREFIXES: &[(&str, &str)] = &[
    ("rdf", rdf::NS),
    ("rdfs", rdfs::NS),
    ("xsd", xsd::NS),
    ("owl", owl::NS),
    ("skos", skos::NS),
    ("prov", prov::NS),
    ("schema", schema::NS),
    ("dcterms", dcterms::NS),
    ("ng", ng::NS),
    ("rel", REL_NS),
];

/// Namespace of open relation predicates minted from verb lemmas (`rel:use_in`).
pub const REL_NS: &str = "https://w3id.org/newsgraph/rel/";

/// Default base IRI of the data newsgraph mints (articles, entities, statements).
pub const DEFAULT_BASE: &str = "https://w3id.org/newsgraph/id/";

/// The named graph that holds the ontology inside the store.
pub const ONTOLOGY_GRAPH: &str = "https://w3id.org/newsgraph/ns";

/// The named graph that describes every entity once, merged over the
/// articles: its types, its one label, its other names and its links. Each
/// article graph holds what that article says of the entity (`ng:articleLabel`
/// and the like); the store keeps this graph equal to their merge.
pub const ENTITIES_GRAPH: &str = "https://w3id.org/newsgraph/entities";

/// The named graph that files every article under the day it was published
/// (`ng:publishedOn`), with a node per day (`ng:PublicationDay`, its
/// `ng:date`) and one for the articles without a date: the latest articles
/// are found by reading the days, not every article.
pub const CALENDAR_GRAPH: &str = "https://w3id.org/newsgraph/calendar";

/// The IRI of a publication day is this followed by its ISO date.
pub const DAY_PREFIX: &str = "https://w3id.org/newsgraph/calendar/";

/// The day node of the articles without a publication date.
pub const UNDATED_DAY: &str = "https://w3id.org/newsgraph/calendar/undated";

/// The named graph where the store notes, while a batch is being written,
/// what the batch removes; it is empty whenever no write is under way.
pub const JOURNAL_GRAPH: &str = "https://w3id.org/newsgraph/journal";

pub mod rdf {
    pub const NS: &str = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    pub const TYPE: &str = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";
    pub const STATEMENT: &str = "http://www.w3.org/1999/02/22-rdf-syntax-ns#Statement";
    pub const SUBJECT: &str = "http://www.w3.org/1999/02/22-rdf-syntax-ns#subject";
    pub const PREDICATE: &str = "http://www.w3.org/1999/02/22-rdf-syntax-ns#predicate";
    pub const OBJECT: &str = "http://www.w3.org/1999/02/22-rdf-syntax-ns#object";
    pub const PROPERTY: &str = "http://www.w3.org/1999/02/22-rdf-syntax-ns#Property";
}

pub mod rdfs {
    pub const NS: &str = "http://www.w3.org/2000/01/rdf-schema#";
    pub const LABEL: &str = "http://www.w3.org/2000/01/rdf-schema#label";
    pub const COMMENT: &str = "http://www.w3.org/2000/01/rdf-schema#comment";
}

pub mod xsd {
    pub const NS: &str = "http://www.w3.org/2001/XMLSchema#";
    pub const DATE: &str = "http://www.w3.org/2001/XMLSchema#date";
    pub const DECIMAL: &str = "http://www.w3.org/2001/XMLSchema#decimal";
    pub const INTEGER: &str = "http://www.w3.org/2001/XMLSchema#integer";
    pub const NON_NEGATIVE_INTEGER: &str = "http://www.w3.org/2001/XMLSchema#nonNegativeInteger";
    pub const BOOLEAN: &str = "http://www.w3.org/2001/XMLSchema#boolean";
    pub const ANY_URI: &str = "http://www.w3.org/2001/XMLSchema#anyURI";
}

pub mod owl {
    pub const NS: &str = "http://www.w3.org/2002/07/owl#";
    pub const SAME_AS: &str = "http://www.w3.org/2002/07/owl#sameAs";
}

pub mod skos {
    pub const NS: &str = "http://www.w3.org/2004/02/skos/core#";
    pub const PREF_LABEL: &str = "http://www.w3.org/2004/02/skos/core#prefLabel";
    pub const ALT_LABEL: &str = "http://www.w3.org/2004/02/skos/core#altLabel";
}

pub mod prov {
    pub const NS: &str = "http://www.w3.org/ns/prov#";
    pub const WAS_DERIVED_FROM: &str = "http://www.w3.org/ns/prov#wasDerivedFrom";
}

pub mod dcterms {
    pub const NS: &str = "http://purl.org/dc/terms/";
    pub const IS_PART_OF: &str = "http://purl.org/dc/terms/isPartOf";
}

pub mod schema {
    pub const NS: &str = "https://schema.org/";
    pub const NEWS_ARTICLE: &str = "https://schema.org/NewsArticle";
    pub const PERSON: &str = "https://schema.org/Person";
    pub const ORGANIZATION: &str = "https://schema.org/Organization";
    pub const PLACE: &str = "https://schema.org/Place";
    pub const EVENT: &str = "https://schema.org/Event";
    pub const HEADLINE: &str = "https://schema.org/headline";
    pub const NAME: &str = "https://schema.org/name";
    pub const DATE_PUBLISHED: &str = "https://schema.org/datePublished";
    pub const URL: &str = "https://schema.org/url";
    pub const PUBLISHER: &str = "https://schema.org/publisher";
    pub const MENTIONS: &str = "https://schema.org/mentions";
    pub const WORKS_FOR: &str = "https://schema.org/worksFor";
    pub const LOCATION: &str = "https://schema.org/location";
    pub const HOME_LOCATION: &str = "https://schema.org/homeLocation";
    pub const CONTAINED_IN_PLACE: &str = "https://schema.org/containedInPlace";
}

/// newsgraph's own terms (declared in `ontologies/newsgraph.ttl`).
pub mod ng {
    pub const NS: &str = "https://w3id.org/newsgraph/ns#";
    // classes
    pub const ENTITY: &str = "https://w3id.org/newsgraph/ns#Entity";
    pub const KILLED: &str = "https://w3id.org/newsgraph/ns#killed";
    pub const GROUP: &str = "https://w3id.org/newsgraph/ns#Group";
    pub const ARTIFACT: &str = "https://w3id.org/newsgraph/ns#Artifact";
    pub const CONCEPT: &str = "https://w3id.org/newsgraph/ns#Concept";
    pub const TIME: &str = "https://w3id.org/newsgraph/ns#Time";
    pub const SENTENCE: &str = "https://w3id.org/newsgraph/ns#Sentence";
    pub const MENTION: &str = "https://w3id.org/newsgraph/ns#Mention";
    pub const FACT: &str = "https://w3id.org/newsgraph/ns#Fact";
    pub const CLAIM: &str = "https://w3id.org/newsgraph/ns#Claim";
    pub const RELATION_PROPERTY: &str = "https://w3id.org/newsgraph/ns#RelationProperty";
    pub const ATTRIBUTION_CLASS: &str = "https://w3id.org/newsgraph/ns#Attribution";
    // modality individuals
    pub const ASSERTED: &str = "https://w3id.org/newsgraph/ns#Asserted";
    pub const HEDGED: &str = "https://w3id.org/newsgraph/ns#Hedged";
    // sentences and mentions
    pub const TEXT: &str = "https://w3id.org/newsgraph/ns#text";
    pub const INDEX: &str = "https://w3id.org/newsgraph/ns#index";
    pub const START: &str = "https://w3id.org/newsgraph/ns#start";
    pub const END: &str = "https://w3id.org/newsgraph/ns#end";
    pub const REFERS_TO: &str = "https://w3id.org/newsgraph/ns#refersTo";
    pub const IN_SENTENCE: &str = "https://w3id.org/newsgraph/ns#inSentence";
    pub const ENTITY_TYPE: &str = "https://w3id.org/newsgraph/ns#entityType";
    // what one article says of an entity (merged into the entities graph)
    pub const ARTICLE_LABEL: &str = "https://w3id.org/newsgraph/ns#articleLabel";
    pub const ARTICLE_ALIAS: &str = "https://w3id.org/newsgraph/ns#articleAlias";
    pub const ARTICLE_TYPE: &str = "https://w3id.org/newsgraph/ns#articleType";
    pub const ARTICLE_SAME_AS: &str = "https://w3id.org/newsgraph/ns#articleSameAs";
    /// An entity's name in lower case (entities graph), for lookups by name.
    pub const NAME_KEY: &str = "https://w3id.org/newsgraph/ns#nameKey";
    /// How many article graphs name an entity (entities graph).
    pub const ARTICLE_COUNT: &str = "https://w3id.org/newsgraph/ns#articleCount";
    // the calendar graph
    pub const PUBLICATION_DAY: &str = "https://w3id.org/newsgraph/ns#PublicationDay";
    pub const PUBLISHED_ON: &str = "https://w3id.org/newsgraph/ns#publishedOn";
    pub const DATE: &str = "https://w3id.org/newsgraph/ns#date";
    // the store's write journal
    pub const JOURNAL_REMOVES: &str = "https://w3id.org/newsgraph/ns#journalRemoves";
    pub const JOURNAL_LOADED: &str = "https://w3id.org/newsgraph/ns#journalLoaded";
    // statements
    pub const LEMMA: &str = "https://w3id.org/newsgraph/ns#lemma";
    pub const SENTENCE_PROP: &str = "https://w3id.org/newsgraph/ns#sentence";
    pub const CONFIDENCE: &str = "https://w3id.org/newsgraph/ns#confidence";
    pub const EXTRACTOR: &str = "https://w3id.org/newsgraph/ns#extractor";
    pub const CLAIMED_BY: &str = "https://w3id.org/newsgraph/ns#claimedBy";
    pub const CLAIM_VERB: &str = "https://w3id.org/newsgraph/ns#claimVerb";
    pub const REPORTED_BY: &str = "https://w3id.org/newsgraph/ns#reportedBy";
    pub const MODALITY: &str = "https://w3id.org/newsgraph/ns#modality";
    pub const NEGATED: &str = "https://w3id.org/newsgraph/ns#negated";
    pub const TIME_PROP: &str = "https://w3id.org/newsgraph/ns#time";
    pub const SOURCE: &str = "https://w3id.org/newsgraph/ns#source";
    // attributions
    pub const ATTRIBUTION: &str = "https://w3id.org/newsgraph/ns#attribution";
    pub const ATTRIBUTED_TO: &str = "https://w3id.org/newsgraph/ns#attributedTo";
    pub const SOURCE_TEXT: &str = "https://w3id.org/newsgraph/ns#sourceText";
    pub const CUE: &str = "https://w3id.org/newsgraph/ns#cue";
    pub const CUE_START: &str = "https://w3id.org/newsgraph/ns#cueStart";
    pub const CUE_END: &str = "https://w3id.org/newsgraph/ns#cueEnd";
    pub const OPEN_PREDICATE: &str = "https://w3id.org/newsgraph/ns#openPredicate";
}
