//! Whose words a token is in: the article's own, a named source's, or
//! nobody's that can be named, from the attributions the rules and the
//! model found, the quotation marks and the model's unsure contents.

use super::arguments::Arguments;
use super::attribution::Attribution;
use super::quotes::Quotations;

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
