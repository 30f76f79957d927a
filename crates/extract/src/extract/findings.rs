//! The sink extractors push into: mentions, alias links and raw relations,
//! all still in terms of character spans, not entities.

use newsgraph_core::extraction::{EntityType, Modality, Span};

/// A mention of something in the text.
#[derive(Debug, Clone, PartialEq)]
pub struct Mention {
    pub span: Span,
    /// The text of the mention as it should be labelled (determiners dropped).
    pub text: String,
    pub kind: EntityType,
    pub sentence: usize,
    /// A normalised key that identifies what the mention refers to, when the
    /// extractor knows it (a lemma for concepts: `crane`; a gazetteer id).
    pub key: Option<String>,
}

/// A relation argument: a mention (index into [`Findings::mentions`]) or a literal.
#[derive(Debug, Clone, PartialEq)]
pub enum Arg {
    Mention(usize),
    Literal(String),
}

/// A relation or claim between mentions.
#[derive(Debug, Clone, PartialEq)]
pub struct RawRelation {
    pub subject: usize,
    pub predicate: String,
    /// The property IRI when the extractor knows it (a typed relation);
    /// else the lexicon's property of the predicate.
    pub property: Option<&'static str>,
    pub object: Arg,
    pub claimed_by: Option<usize>,
    pub claim_verb: Option<String>,
    /// The source that reports the claim, when it is nested in another
    /// attribution ("according to the outlet, officials worry that ...").
    pub reported_by: Option<usize>,
    pub modality: Modality,
    pub negated: bool,
    pub sentence: usize,
    pub span: Span,
    pub confidence: f32,
    pub extractor: &'static str,
    pub time: Option<String>,
    /// The attribution (index into [`Findings::attributions`]) whose
    /// content the relation was read in.
    pub attribution: Option<usize>,
}

/// An attributed statement, in terms of mentions and character spans.
#[derive(Debug, Clone, PartialEq)]
pub struct RawAttribution {
    /// The source's mention, when it names one.
    pub source: Option<usize>,
    pub source_text: Option<String>,
    /// The cue's lemma and span.
    pub cue: Option<(String, Span)>,
    pub content: Span,
    pub negated: bool,
    pub modality: Modality,
    pub outer: Option<usize>,
    pub sentence: usize,
}

/// What extractors found in one article.
#[derive(Debug, Clone, Default)]
pub struct Findings {
    pub mentions: Vec<Mention>,
    /// Pairs of mentions that name the same thing (aliases, acronyms, coreference).
    pub same_as: Vec<(usize, usize)>,
    pub relations: Vec<RawRelation>,
    /// Pairs `(description, antecedent)`: the first mention is a definite
    /// description ("the company") of what the second names. It counts as a
    /// mention of that entity but not as one of its names.
    pub refers_to: Vec<(usize, usize)>,
    /// Attributed statements, each once.
    pub attributions: Vec<RawAttribution>,
    /// Indexes of what the adders check, so that adding stays constant in
    /// time however long the article (kept in step by the adders).
    by_span: std::collections::HashMap<Span, usize>,
    same_set: std::collections::HashSet<(usize, usize)>,
    referred: std::collections::HashSet<usize>,
}

impl PartialEq for Findings {
    fn eq(&self, other: &Self) -> bool {
        self.mentions == other.mentions
            && self.same_as == other.same_as
            && self.relations == other.relations
            && self.refers_to == other.refers_to
            && self.attributions == other.attributions
    }
}

impl Findings {
    /// Adds a mention, or returns the index of the one already at that span.
    pub fn mention(&mut self, m: Mention) -> usize {
        if self.by_span.len() != self.mentions.len() {
            // mentions pushed by hand: index them
            self.by_span = self
                .mentions
                .iter()
                .enumerate()
                .map(|(i, x)| (x.span, i))
                .rev()
                .collect();
        }
        if let Some(&i) = self.by_span.get(&m.span) {
            return i;
        }
        self.by_span.insert(m.span, self.mentions.len());
        self.mentions.push(m);
        self.mentions.len() - 1
    }

    /// Records that mentions `a` and `b` name the same thing.
    pub fn same(&mut self, a: usize, b: usize) {
        if self.same_set.len() != self.same_as.len() {
            self.same_set = self.same_as.iter().copied().collect();
        }
        if a != b && self.same_set.insert((a, b)) {
            self.same_as.push((a, b));
        }
    }

    /// Records that mention `description` refers to what `antecedent` names.
    pub fn refer(&mut self, description: usize, antecedent: usize) {
        if self.referred.len() != self.refers_to.len() {
            self.referred = self.refers_to.iter().map(|x| x.0).collect();
        }
        if description != antecedent && self.referred.insert(description) {
            self.refers_to.push((description, antecedent));
        }
    }

    /// Adds a relation. Repeats are dropped once mentions are resolved to
    /// entities (`newsgraph_core::extraction::dedup_relations`), where two
    /// mentions of one thing make the same statement.
    pub fn relation(&mut self, r: RawRelation) {
        self.relations.push(r);
    }
}
