//! Whose words a token is in: the article's own, a named source's, or
//! nobody's that can be named, from the attributions the rules and the
//! model found, the quotation marks and the model's unsure contents.

use super::arguments::Arguments;
use super::attribution::Attribution;
use super::quotes::Quotations;
use newsgraph_nlp::{DepRel, Doc, Upos};

/// The attributions of an article, asked token by token.
pub struct Voice<'a> {
    pub attributed: &'a [Option<Attribution>],
    pub quotes: &'a Quotations,
    pub unsure: &'a [bool],
    pub args: &'a Arguments<'a>,
}

impl Voice<'_> {
    /// `Some(None)`: the article's own words; `Some(Some(m))`: a claim of
    /// the source mention `m`; `None`: someone's words whose speaker is not
    /// known, likely someone's words, or a source that cannot be named
    /// (neither fact nor claim).
    pub fn of(&self, t: usize) -> Option<Option<usize>> {
        match &self.attributed[t] {
            None if self.quotes.inside[t] || self.unsure[t] => None,
            None => Some(None),
            Some(a) => a.source.and_then(|s| self.args.source(s)).map(Some),
        }
    }

    /// [`Voice::of`] the relation read at token `t`, but for an apposition
    /// that introduces a name between commas outside quotation marks,
    /// which is the writer's description even in reported speech
    /// ("Halliburton, the world's second biggest oil services company,
    /// will acquire rival Baker Hughes, the two companies announced").
    pub fn of_anchor(&self, doc: &Doc, t: usize) -> Option<Option<usize>> {
        if !self.quotes.inside[t] && introduces_name(doc, t) {
            return Some(None);
        }
        self.of(t)
    }

    /// The claim verb of the attribution token `t` is in, if any.
    pub fn claim_verb(&self, t: usize) -> Option<String> {
        self.attributed[t]
            .as_ref()
            .filter(|a| !a.verb.is_empty())
            .map(|a| newsgraph_core::lexicon::claim_verb(&a.verb))
    }

    /// The source that relays the attribution token `t` is in, if another.
    pub fn reported_by(&self, t: usize) -> Option<usize> {
        self.attributed[t]
            .as_ref()
            .and_then(|a| a.outer)
            .and_then(|o| self.args.of(o))
    }
}

/// Whether token `a` heads an apposition to a name that a comma opens
/// ("Alicia Machado, the former beauty pageant winner, ..."), the way a
/// writer introduces someone; not one after a dash or a colon, which may
/// carry the speaker's own words.
fn introduces_name(doc: &Doc, a: usize) -> bool {
    let tok = &doc.tokens[a];
    let named = tok
        .head
        .is_some_and(|h| doc.tokens[h].upos == Upos::Propn && h < a);
    if tok.deprel != DepRel::Appos || !named {
        return false;
    }
    let mut first = a;
    let mut stack = vec![a];
    while let Some(x) = stack.pop() {
        first = first.min(x);
        stack.extend(
            doc.children(x)
                .filter(|&c| c < x && doc.tokens[c].deprel != DepRel::Punct),
        );
    }
    first > 0 && doc.tokens[first - 1].text == ","
}
