//! Features of a (pronoun, candidate antecedent) pair: how far apart they
//! are (sentences, and the candidate's rank among the candidates, nearest
//! first), the candidate's grammatical role and that of its head, whether
//! it agrees with the pronoun in number, its named-entity label, its
//! determiner and its lemma, whether the pronoun's own clause hangs on it,
//! and whether the two play the same part in clauses of the same kind;
//! each conjoined with the pronoun's class (it, they, he, she).

use crate::doc::Doc;
use crate::perceptron::feature;

/// What the features of one pronoun share across its candidates.
pub struct Context<'a> {
    doc: &'a Doc,
    class: &'a str,
    sentence: usize,
    /// The pronoun's role (`nsubj`, `obj`, `nmod`).
    role: &'static str,
    /// The pronoun's head.
    head: Option<usize>,
    /// The role of the pronoun's head (`ccomp` of "said that it ...").
    head_role: &'static str,
    /// The pronoun's heads up to the root.
    ancestors: Vec<usize>,
    /// The verbs whose arguments are the pronoun's clause-mates: its head,
    /// and the verb that head is a conjunct of ("found him guilty and
    /// sentenced him").
    clause: Vec<usize>,
    /// "himself", "itself": a reflexive wants a clause-mate.
    reflexive: &'static str,
}

impl<'a> Context<'a> {
    pub fn new(doc: &'a Doc, t: usize, class: &'a str) -> Self {
        let mut ancestors = Vec::new();
        let mut cur = doc.tokens[t].head;
        while let Some(h) = cur {
            if ancestors.len() > doc.tokens.len() || ancestors.contains(&h) {
                break;
            }
            ancestors.push(h);
            cur = doc.tokens[h].head;
        }
        let mut clause: Vec<usize> = doc.tokens[t].head.into_iter().collect();
        if let Some(h) = doc.tokens[t].head {
            if doc.tokens[h].deprel == crate::tags::DepRel::Conj {
                clause.extend(doc.tokens[h].head);
            }
        }
        let reflexive = if doc.tokens[t].text.to_lowercase().ends_with("self")
            || doc.tokens[t].text.to_lowercase().ends_with("selves")
        {
            "1"
        } else {
            "0"
        };
        Context {
            clause,
            reflexive,
            doc,
            class,
            sentence: doc.sentence_of(t).unwrap_or(0),
            role: doc.tokens[t].deprel.base().as_str(),
            head: doc.tokens[t].head,
            head_role: doc.tokens[t]
                .head
                .map_or("root", |h| doc.tokens[h].deprel.base().as_str()),
            ancestors,
        }
    }

    /// The features of candidate `c`, the `rank`-th nearest, into `out`.
    pub fn extract(&self, c: usize, rank: usize, out: &mut Vec<u64>) {
        let doc = self.doc;
        let tok = &doc.tokens[c];
        let k = self.class;
        let distance = self.sentence
            - doc
                .sentence_of(c)
                .unwrap_or(self.sentence)
                .min(self.sentence);
        let sd = distance.to_string();
        let rk = rank.min(6).to_string();
        let role = tok.deprel.as_str();
        let plural = matches!(tok.xpos.as_str(), "NNS" | "NNPS");
        let agrees = if plural == (k == "they") { "1" } else { "0" };
        let ancestor = if self.ancestors.contains(&c) {
            "1"
        } else {
            "0"
        };
        let same_head = if tok.head.is_some() && tok.head == self.head {
            "1"
        } else {
            "0"
        };
        let label = doc.entity_at(c).map_or("-", |e| e.label.as_str());
        let det = doc
            .children(c)
            .find(|&d| doc.tokens[d].deprel.base() == crate::tags::DepRel::Det)
            .map(|d| doc.tokens[d].lemma.to_lowercase())
            .filter(|d| {
                matches!(
                    d.as_str(),
                    "the" | "a" | "this" | "these" | "that" | "those"
                )
            })
            .unwrap_or_else(|| "-".into());
        let head_role = tok
            .head
            .map_or("root", |h| doc.tokens[h].deprel.base().as_str());
        let lemma = tok.lemma.to_lowercase();
        out.push(feature(0, &[k]));
        out.push(feature(1, &[k, &sd]));
        out.push(feature(2, &[k, &rk]));
        out.push(feature(3, &[k, role]));
        out.push(feature(4, &[k, tok.upos.as_str()]));
        out.push(feature(5, &[k, agrees]));
        out.push(feature(6, &[k, ancestor]));
        out.push(feature(7, &[k, &sd, role]));
        out.push(feature(8, &[k, self.role, role]));
        out.push(feature(9, &[k, same_head]));
        out.push(feature(10, &[k, &rk, agrees]));
        out.push(feature(11, &[k, label]));
        out.push(feature(12, &[k, &det]));
        out.push(feature(13, &[k, head_role]));
        out.push(feature(14, &[k, &lemma]));
        out.push(feature(15, &[k, label, agrees]));
        // parallel clauses ("X said that A ..., Y said that it ...")
        out.push(feature(
            16,
            &[k, self.head_role, head_role, self.role, role],
        ));
        // a clause-mate is no antecedent of a plain pronoun, and the one of a
        // reflexive ("the judge sentenced him", "he sentenced himself")
        let mate = if tok.head.is_some_and(|h| self.clause.contains(&h)) {
            "1"
        } else {
            "0"
        };
        out.push(feature(17, &[k, self.reflexive, mate, self.role, role]));
    }
}
