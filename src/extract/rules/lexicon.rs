//! Word lists the rules consult: nouns that name groups of people,
//! organisations without a name, made things, places and events; verbs of
//! attribution; hedges and negations.

use crate::extraction::EntityType;

/// Head lemmas of unnamed collectives of people ("officials", "lawmakers").
const GROUP_NOUNS: &[&str] = &[
    "official",
    "lawmaker",
    "legislator",
    "executive",
    "analyst",
    "expert",
    "officer",
    "soldier",
    "troop",
    "worker",
    "resident",
    "people",
    "person",
    "leader",
    "investigator",
    "authority",
    "critic",
    "activist",
    "protester",
    "protestor",
    "diplomat",
    "politician",
    "researcher",
    "scientist",
    "employee",
    "staff",
    "member",
    "citizen",
    "voter",
    "student",
    "teacher",
    "doctor",
    "nurse",
    "patient",
    "victim",
    "witness",
    "civilian",
    "rebel",
    "militant",
    "fighter",
    "insurgent",
    "refugee",
    "pilgrim",
    "migrant",
    "immigrant",
    "farmer",
    "customer",
    "user",
    "consumer",
    "investor",
    "shareholder",
    "trader",
    "banker",
    "economist",
    "journalist",
    "reporter",
    "observer",
    "source",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "minister",
    "senator",
    "representative",
    "lawyer",
    "prosecutor",
    "judge",
    "negotiator",
    "manager",
    "director",
    "owner",
    "operator",
    "crew",
    "sailor",
    "pilot",
    "agent",
    "spy",
    "hacker",
    "supporter",
    "opponent",
    "player",
    "fan",
    "team",
    "family",
    "child",
    "parent",
    "man",
    "woman",
    "men",
    "women",
    "children",
    "inspector",
    "regulator",
    "engineer",
    "specialist",
    "administrator",
    "commander",
    "general",
    "personnel",
    "public",
];

/// Head lemmas of organisations named by a common noun ("the military").
const ORGANIZATION_NOUNS: &[&str] = &[
    "military",
    "government",
    "administration",
    "army",
    "navy",
    "police",
    "company",
    "firm",
    "agency",
    "ministry",
    "department",
    "outlet",
    "newspaper",
    "media",
    "parliament",
    "congress",
    "senate",
    "court",
    "council",
    "committee",
    "commission",
    "union",
    "party",
    "bank",
    "manufacturer",
    "maker",
    "producer",
    "supplier",
    "contractor",
    "corporation",
    "association",
    "organization",
    "organisation",
    "institute",
    "university",
    "school",
    "hospital",
    "regime",
    "cabinet",
    "force",
    "coalition",
    "alliance",
    "journal",
    "network",
    "broadcaster",
    "group",
    "operator",
    "authority",
];

/// Head lemmas of made things ("cranes", "sensors", "a balloon").
const ARTIFACT_NOUNS: &[&str] = &[
    "crane",
    "sensor",
    "balloon",
    "ship",
    "vessel",
    "boat",
    "submarine",
    "aircraft",
    "plane",
    "airplane",
    "jet",
    "helicopter",
    "drone",
    "missile",
    "rocket",
    "weapon",
    "gun",
    "rifle",
    "bomb",
    "warhead",
    "tank",
    "car",
    "vehicle",
    "truck",
    "train",
    "bus",
    "device",
    "phone",
    "smartphone",
    "computer",
    "laptop",
    "chip",
    "semiconductor",
    "satellite",
    "machine",
    "machinery",
    "equipment",
    "camera",
    "software",
    "tool",
    "gear",
    "container",
    "craft",
    "spacecraft",
    "reactor",
    "pipeline",
    "cable",
    "battery",
    "engine",
    "robot",
    "server",
    "router",
    "modem",
    "antenna",
    "radar",
    "system",
    "app",
    "application",
    "product",
    "component",
    "part",
    "instrument",
    "vaccine",
    "drug",
    "medicine",
    "building",
    "bridge",
    "tower",
    "dam",
    "plant",
    "factory",
    "turbine",
    "panel",
    "network",
    "platform",
    "website",
    "malware",
    "virus",
    "fence",
    "wall",
    "statue",
    "painting",
    "book",
    "document",
    "letter",
    "report",
    "film",
    "lantern",
    "clock",
    "flag",
];

/// Head lemmas of places named by a common noun ("ports", "airspace").
const PLACE_NOUNS: &[&str] = &[
    "port",
    "harbor",
    "harbour",
    "airspace",
    "sky",
    "soil",
    "shore",
    "coast",
    "border",
    "territory",
    "region",
    "area",
    "city",
    "town",
    "village",
    "capital",
    "country",
    "nation",
    "state",
    "province",
    "district",
    "site",
    "base",
    "island",
    "sea",
    "ocean",
    "river",
    "airport",
    "field",
    "zone",
    "land",
    "street",
    "neighborhood",
    "neighbourhood",
    "continent",
    "world",
    "camp",
    "prison",
    "embassy",
    "mainland",
];

/// Head lemmas of events ("the attack", "elections").
const EVENT_NOUNS: &[&str] = &[
    "attack",
    "war",
    "election",
    "meeting",
    "summit",
    "visit",
    "crisis",
    "incident",
    "strike",
    "protest",
    "conflict",
    "battle",
    "invasion",
    "explosion",
    "crash",
    "accident",
    "disaster",
    "earthquake",
    "flood",
    "fire",
    "storm",
    "hurricane",
    "ceremony",
    "festival",
    "conference",
    "trial",
    "referendum",
    "vote",
    "campaign",
    "raid",
    "shooting",
    "riot",
    "coup",
    "talks",
    "negotiation",
    "operation",
    "exercise",
    "drill",
    "game",
    "match",
    "tournament",
    "stampede",
    "development",
    "olympics",
    "olympiad",
    "cup",
    "championship",
    "prix",
    "expo",
    "pilgrimage",
    "hajj",
    "marathon",
];

/// Head lemmas of time expressions ("last month", "on Monday").
const TIME_NOUNS: &[&str] = &[
    "today",
    "yesterday",
    "tomorrow",
    "day",
    "week",
    "weekend",
    "month",
    "year",
    "decade",
    "century",
    "morning",
    "afternoon",
    "evening",
    "night",
    "hour",
    "minute",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "january",
    "february",
    "march",
    "april",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "spring",
    "summer",
    "autumn",
    "winter",
    "quarter",
];

/// The entity type of a common-noun phrase from its head lemma.
pub fn noun_type(lemma: &str) -> EntityType {
    let l = lemma.to_lowercase();
    let l = l.as_str();
    if TIME_NOUNS.contains(&l) {
        EntityType::Time
    } else if GROUP_NOUNS.contains(&l) {
        EntityType::Group
    } else if ORGANIZATION_NOUNS.contains(&l) {
        EntityType::Organization
    } else if ARTIFACT_NOUNS.contains(&l) {
        EntityType::Artifact
    } else if PLACE_NOUNS.contains(&l) {
        EntityType::Place
    } else if EVENT_NOUNS.contains(&l) {
        EntityType::Event
    } else {
        EntityType::Concept
    }
}

/// Verbs (and adjectives) that attribute a clause to a source.
const ATTRIBUTION: &[&str] = &[
    "say",
    "tell",
    "report",
    "worry",
    "fear",
    "warn",
    "insist",
    "claim",
    "allege",
    "deny",
    "dispute",
    "refute",
    "contest",
    "reject",
    "believe",
    "note",
    "argue",
    "suggest",
    "state",
    "add",
    "explain",
    "announce",
    "confirm",
    "acknowledge",
    "admit",
    "think",
    "suspect",
    "concern",
    "concerned",
    "write",
    "estimate",
    "predict",
    "contend",
    "maintain",
    "assert",
    "testify",
    "reveal",
    "indicate",
    "declare",
    "stress",
    "emphasize",
    "emphasise",
    "point",
    "complain",
    "accuse",
    "blame",
    "indict",
    "hope",
    "expect",
    "assume",
    "speculate",
    "caution",
    "conclude",
    "find",
    "show",
    "agree",
    "doubt",
    "question",
    "charge",
    "propose",
    "recommend",
    "urge",
    "worried",
    "afraid",
    "convinced",
    "sure",
    "confident",
    "aware",
];

/// The verb a claim is recorded with: the attribution word's lemma, or for
/// an adjective the verb it comes from ("concerned that" -> `concern`).
pub fn claim_verb(lemma: &str) -> String {
    let l = lemma.to_lowercase();
    match l.as_str() {
        "concerned" => "concern",
        "worried" => "worry",
        "afraid" => "fear",
        "convinced" => "be_convinced",
        "sure" => "be_sure",
        "confident" => "be_confident",
        "aware" => "be_aware",
        _ => return l,
    }
    .to_string()
}

/// Nouns whose "that" clause is somebody's claim ("claims that ...").
const CONTENT_NOUNS: &[&str] = &[
    "claim",
    "allegation",
    "accusation",
    "report",
    "rumour",
    "rumor",
    "suggestion",
    "assertion",
    "statement",
    "fear",
    "concern",
    "belief",
    "view",
    "charge",
    "speculation",
    "theory",
    "argument",
    "notion",
    "idea",
    "suspicion",
    "impression",
    "assumption",
    "hope",
    "warning",
    "insistence",
    "denial",
];

/// True when a "that" clause on noun `lemma` is a claim.
pub fn is_content_noun(lemma: &str) -> bool {
    CONTENT_NOUNS.contains(&lemma.to_lowercase().as_str())
}

/// Verbs whose "of"/"with"/"for" clause is what the subject says the
/// object did ("police charged the man with stealing a car").
pub fn is_accusation(lemma: &str) -> bool {
    matches!(
        lemma.to_lowercase().as_str(),
        "accuse" | "charge" | "suspect" | "blame" | "indict"
    )
}

/// Verbs of saying, which relate a speaker to what is said and nothing else.
pub fn is_saying(lemma: &str) -> bool {
    matches!(
        lemma.to_lowercase().as_str(),
        "say" | "tell" | "add" | "note" | "state" | "explain" | "comment" | "remark" | "write"
    )
}

/// True when `lemma` attributes a clause to its subject.
pub fn is_attribution(lemma: &str) -> bool {
    ATTRIBUTION.contains(&lemma.to_lowercase().as_str())
}

/// Modal verbs and adverbs that soften a statement.
const HEDGES: &[&str] = &[
    "may",
    "might",
    "could",
    "would",
    "possibly",
    "apparently",
    "reportedly",
    "allegedly",
    "perhaps",
    "probably",
    "likely",
    "presumably",
    "supposedly",
    "seemingly",
    "purportedly",
    "maybe",
    "potentially",
    "seem",
    "appear",
];

pub fn is_hedge(lemma: &str) -> bool {
    HEDGES.contains(&lemma.to_lowercase().as_str())
}

/// Words that negate a clause.
pub fn is_negation(lemma: &str) -> bool {
    matches!(
        lemma.to_lowercase().as_str(),
        "not" | "n't" | "never" | "no" | "neither" | "nor" | "without"
    )
}

/// Units that, counted ("4,000 miles", "twelve years", "10 per cent"), make
/// a quantity rather than a thing.
const UNITS: &[&str] = &[
    "mile",
    "km",
    "kilometre",
    "kilometer",
    "metre",
    "meter",
    "foot",
    "feet",
    "inch",
    "yard",
    "kilogram",
    "kg",
    "gram",
    "pound",
    "ton",
    "tonne",
    "litre",
    "liter",
    "gallon",
    "barrel",
    "percent",
    "cent",
    "%",
    "second",
    "minute",
    "hour",
    "day",
    "week",
    "month",
    "year",
    "decade",
    "century",
    "dollar",
    "euro",
    "yuan",
    "yen",
    "rupee",
    "point",
];

/// True when `lemma` is a unit of measure.
pub fn is_unit(lemma: &str) -> bool {
    UNITS.contains(&lemma.to_lowercase().as_str())
}

/// Verbs with an object that together make an idiom, not a relation
/// between two things ("went to great lengths", "took place").
const IDIOMS: &[(&str, &str)] = &[
    ("go_to", "length"),
    ("take", "place"),
    ("take", "part"),
    ("take", "care"),
    ("make", "sure"),
    ("make", "sense"),
    ("pay", "attention"),
];

/// True when predicate `predicate` with an object of lemma `object` is an idiom.
pub fn is_idiom(predicate: &str, object: &str) -> bool {
    let o = object.to_lowercase();
    IDIOMS.iter().any(|&(p, x)| p == predicate && x == o)
}

/// True when `lemma` is a quantifier that can stand for a noun ("some of
/// the officials", "ports, including some that ...", "some even likened").
pub fn is_quantifier_pronoun(lemma: &str) -> bool {
    matches!(
        lemma.to_lowercase().as_str(),
        "some"
            | "many"
            | "several"
            | "most"
            | "one"
            | "all"
            | "few"
            | "none"
            | "others"
            | "both"
            | "each"
    )
}

/// Pronouns, determiners and other words that cannot be an argument by themselves.
pub fn is_function_word(lemma: &str) -> bool {
    matches!(
        lemma.to_lowercase().as_str(),
        "it" | "its"
            | "they"
            | "them"
            | "their"
            | "that"
            | "which"
            | "who"
            | "whom"
            | "what"
            | "this"
            | "these"
            | "those"
            | "some"
            | "one"
            | "he"
            | "him"
            | "his"
            | "she"
            | "her"
            | "we"
            | "us"
            | "our"
            | "you"
            | "i"
            | "me"
            | "itself"
            | "themselves"
            | "there"
            | "here"
            | "all"
            | "any"
            | "each"
            | "both"
            | "many"
            | "much"
            | "most"
            | "several"
            | "others"
            | "other"
            | "such"
            | "something"
            | "anything"
            | "everything"
            | "nothing"
    )
}
