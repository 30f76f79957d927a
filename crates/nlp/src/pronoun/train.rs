//! Training and scoring the pronoun resolver on GUM: a document's words are
//! joined into its text (as `SpaceAfter` says, a line per sentence), the
//! text is analysed as any article is, and each third-person pronoun that
//! GUM marks as a mention gets as gold every candidate that heads a mention
//! of the same entity. A pronoun with no such candidate (its antecedent
//! lies further back, or is itself a pronoun) teaches nothing and is not
//! scored.

use super::{candidates, class, features, PronounResolver};
use crate::doc::Doc;
use crate::gum::GumText;
use crate::perceptron::Trainer;
use crate::rng::Rng;
use crate::table::Table;
use std::collections::HashMap;

/// Training settings.
#[derive(Debug, Clone)]
pub struct TrainOptions {
    pub iterations: usize,
    pub seed: u64,
}

impl Default for TrainOptions {
    fn default() -> Self {
        TrainOptions {
            iterations: 8,
            seed: 1,
        }
    }
}

/// An analysed document with the gold antecedents of its pronouns.
pub struct Example {
    pub doc: Doc,
    /// (pronoun token, the candidates that refer to the same entity).
    pub pronouns: Vec<(usize, Vec<usize>)>,
}

impl Example {
    /// The example of `doc`, the analysis of `gum.text`.
    pub fn new(doc: Doc, gum: &GumText) -> Example {
        // each mention as tokens, and its head: the last token whose head
        // lies outside it
        let mut heads: HashMap<usize, Vec<&str>> = HashMap::new();
        let mut single: HashMap<usize, &str> = HashMap::new();
        for (span, entity) in &gum.mentions {
            let toks: Vec<usize> = (0..doc.tokens.len())
                .filter(|&t| doc.tokens[t].start >= span.start && doc.tokens[t].end <= span.end)
                .collect();
            let (Some(&a), Some(&b)) = (toks.first(), toks.last()) else {
                continue;
            };
            let range = a..b + 1;
            let head = range
                .clone()
                .rev()
                .find(|&t| doc.tokens[t].head.is_none_or(|h| !range.contains(&h)))
                .unwrap_or(b);
            heads.entry(head).or_default().push(entity);
            if a == b {
                single.insert(a, entity);
            }
        }
        let mut pronouns = Vec::new();
        for (&t, &entity) in &single {
            if class(&doc, t).is_none() {
                continue;
            }
            let gold: Vec<usize> = candidates(&doc, t)
                .into_iter()
                .filter(|c| heads.get(c).is_some_and(|es| es.contains(&entity)))
                .collect();
            if !gold.is_empty() {
                pronouns.push((t, gold));
            }
        }
        pronouns.sort();
        Example { doc, pronouns }
    }
}

/// The features of every candidate of pronoun `t`, nearest first.
fn candidate_features(doc: &Doc, t: usize) -> (Vec<usize>, Vec<Vec<u64>>) {
    let cands = candidates(doc, t);
    let class = class(doc, t).unwrap_or("it");
    let context = features::Context::new(doc, t, class);
    let feats = cands
        .iter()
        .enumerate()
        .map(|(rank, &c)| {
            let mut f = Vec::new();
            context.extract(c, rank, &mut f);
            f
        })
        .collect();
    (cands, feats)
}

/// Trains a resolver on `examples`; deterministic for a given seed.
pub fn train(
    examples: &[Example],
    opts: &TrainOptions,
    log: &mut dyn FnMut(&str),
) -> PronounResolver {
    let mut instances = Vec::new();
    for ex in examples {
        for (t, gold) in &ex.pronouns {
            let (cands, feats) = candidate_features(&ex.doc, *t);
            let is_gold: Vec<bool> = cands.iter().map(|c| gold.contains(c)).collect();
            instances.push((feats, is_gold));
        }
    }
    log(&format!("pronouns: {} with an antecedent", instances.len()));
    let mut model = Trainer::new(1);
    let mut rng = Rng::new(opts.seed);
    let mut order: Vec<usize> = (0..instances.len()).collect();
    let mut score = [0f32];
    for epoch in 0..opts.iterations {
        rng.shuffle(&mut order);
        let mut right = 0;
        for &i in &order {
            let (feats, is_gold) = &instances[i];
            model.tick();
            let scores: Vec<f32> = feats
                .iter()
                .map(|f| {
                    score[0] = 0.0;
                    model.scores(f, &mut score);
                    score[0]
                })
                .collect();
            // the best candidate, and the best gold one (nearest on ties)
            let best = |only_gold: bool| {
                (0..feats.len()).filter(|&c| !only_gold || is_gold[c]).fold(
                    None,
                    |b: Option<usize>, c| match b {
                        Some(b) if scores[b] >= scores[c] => Some(b),
                        _ => Some(c),
                    },
                )
            };
            let (Some(guess), Some(truth)) = (best(false), best(true)) else {
                continue;
            };
            if is_gold[guess] {
                right += 1;
            } else {
                model.update_one(0, 1.0, &feats[truth]);
                model.update_one(0, -1.0, &feats[guess]);
            }
        }
        log(&format!(
            "pronouns epoch {}: {:.4} right",
            epoch + 1,
            right as f64 / instances.len().max(1) as f64
        ));
    }
    let averaged = model.finish(0.0);
    let table = Table::from_perceptron(&averaged, 0.0, usize::MAX).expect("one class fits a table");
    PronounResolver::new(table)
}

/// Pronouns resolved right, by the model and by the baseline, per class.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Scores {
    /// class -> (pronouns, right by the model, right by the baseline)
    pub by_class: std::collections::BTreeMap<&'static str, (usize, usize, usize)>,
}

impl Scores {
    fn total(&self) -> (usize, usize, usize) {
        self.by_class
            .values()
            .fold((0, 0, 0), |a, b| (a.0 + b.0, a.1 + b.1, a.2 + b.2))
    }

    /// One line per class, then the summary line.
    pub fn report(&self) -> String {
        let mut out = String::new();
        let pct = |a: usize, n: usize| a as f64 / n.max(1) as f64;
        for (k, &(n, m, b)) in &self.by_class {
            out.push_str(&format!(
                "  {k:<5} {n:>4} pronouns: model {:.3}, baseline {:.3}\n",
                pct(m, n),
                pct(b, n)
            ));
        }
        let (n, m, b) = self.total();
        out.push_str(&format!(
            "pronouns accuracy={:.3} ({m}/{n}); baseline {:.3} ({b}/{n})\n",
            pct(m, n),
            pct(b, n)
        ));
        out
    }
}

/// The baseline, the rules newsgraph used before the resolver: for `it`
/// and `they`, the nearest subject, object, root or apposition of the
/// pronoun's sentence or the one before that agrees in number and that the
/// pronoun's clause does not hang on; for `he` and `she`, the nearest
/// candidate the NER names a person.
pub fn baseline(doc: &Doc, t: usize) -> Option<usize> {
    use crate::tags::DepRel;
    let k = class(doc, t)?;
    let this = doc.sentence_of(t)?;
    let mut ancestors = Vec::new();
    let mut cur = doc.tokens[t].head;
    while let Some(h) = cur.filter(|h| !ancestors.contains(h)) {
        ancestors.push(h);
        cur = doc.tokens[h].head;
    }
    let fits = |c: usize| match k {
        "he" | "she" => doc.entity_at(c).is_some_and(|e| e.label == "PER"),
        _ => {
            let tok = &doc.tokens[c];
            doc.sentence_of(c).is_some_and(|s| s + 1 >= this)
                && !ancestors.contains(&c)
                && matches!(
                    tok.deprel,
                    DepRel::Nsubj | DepRel::NsubjPass | DepRel::Obj | DepRel::Root | DepRel::Appos
                )
                && matches!(tok.xpos.as_str(), "NNS" | "NNPS") == (k == "they")
        }
    };
    candidates(doc, t).into_iter().find(|&c| fits(c))
}

/// Scores `resolver` and the [`baseline`] on `examples`.
pub fn evaluate(resolver: &PronounResolver, examples: &[Example]) -> Scores {
    let mut scores = Scores::default();
    for ex in examples {
        for (t, gold) in &ex.pronouns {
            let k = class(&ex.doc, *t).unwrap_or("it");
            let e = scores.by_class.entry(k).or_default();
            e.0 += 1;
            e.1 += usize::from(
                resolver
                    .resolve(&ex.doc, *t)
                    .is_some_and(|c| gold.contains(&c)),
            );
            e.2 += usize::from(baseline(&ex.doc, *t).is_some_and(|c| gold.contains(&c)));
        }
    }
    scores
}
