//! Training and scoring the mention typer on GUM: each document's text is
//! analysed as any article is ([`crate::gum::gum_text`]), and every GUM
//! mention whose head, in that analysis, is a common noun is an example of
//! its GUM type ([`super::class_of_gum`]).

use super::{class_of_gum, features, MentionTyper, CLASSES};
use crate::doc::Doc;
use crate::gum::GumText;
use crate::perceptron::Trainer;
use crate::rng::Rng;
use crate::table::Table;
use crate::tags::Upos;

/// Training settings: epochs and the seed of the shuffling, as the
/// pronoun resolver's (8 epochs, seed 1 by default).
pub use crate::pronoun::train::TrainOptions;

/// An analysed document with the gold class of each common noun that
/// heads a GUM mention.
pub struct Example {
    pub doc: Doc,
    /// (head token, class).
    pub nouns: Vec<(usize, usize)>,
}

impl Example {
    /// The example of `doc`, the analysis of `gum.text`.
    pub fn new(doc: Doc, gum: &GumText) -> Example {
        let mut nouns = Vec::new();
        for ((span, _), kind) in gum.mentions.iter().zip(&gum.kinds) {
            let from = doc.tokens.partition_point(|t| t.start < span.start);
            let to = from + doc.tokens[from..].partition_point(|t| t.end <= span.end);
            if from == to {
                continue;
            }
            let range = from..to;
            let head = range
                .clone()
                .rev()
                .find(|&t| doc.tokens[t].head.is_none_or(|h| !range.contains(&h)))
                .unwrap_or(to - 1);
            if doc.tokens[head].upos == Upos::Noun {
                nouns.push((head, class_of_gum(kind)));
            }
        }
        // a noun heading nested mentions of one type counts once
        nouns.sort_unstable();
        nouns.dedup_by_key(|n| n.0);
        Example { doc, nouns }
    }
}

/// Trains the typer on `examples`.
pub fn train(examples: &[Example], opts: &TrainOptions, log: &mut dyn FnMut(&str)) -> MentionTyper {
    let instances: Vec<(usize, usize)> = examples
        .iter()
        .enumerate()
        .flat_map(|(e, ex)| ex.nouns.iter().map(move |&(h, _)| (e, h)))
        .collect();
    let gold: Vec<usize> = examples
        .iter()
        .flat_map(|ex| ex.nouns.iter().map(|&(_, c)| c))
        .collect();
    let feats: Vec<Vec<u64>> = instances
        .iter()
        .map(|&(e, h)| {
            let mut f = Vec::new();
            features::extract(&examples[e].doc, h, &mut f);
            f
        })
        .collect();
    let mut model = Trainer::new(CLASSES.len());
    let mut order: Vec<usize> = (0..instances.len()).collect();
    let mut rng = Rng::new(opts.seed);
    let mut buf = Vec::new();
    for epoch in 0..opts.iterations {
        rng.shuffle(&mut order);
        let mut right = 0;
        for &i in &order {
            model.tick();
            let guess = model.predict(&feats[i], &mut buf);
            if guess == gold[i] {
                right += 1;
            } else {
                model.update(gold[i], guess, &feats[i]);
            }
        }
        log(&format!(
            "mention types epoch {}: {:.4} right",
            epoch + 1,
            right as f64 / instances.len().max(1) as f64
        ));
    }
    let table = Table::from_perceptron(&model.finish(0.0), 0.0, usize::MAX)
        .expect("seven classes fit a table");
    MentionTyper::new(table)
}

/// (right, total) of `predict` on the common nouns of `examples`.
pub fn accuracy(examples: &[Example], predict: impl Fn(&Doc, usize) -> usize) -> (usize, usize) {
    let mut right = 0;
    let mut total = 0;
    for ex in examples {
        for &(h, c) in &ex.nouns {
            total += 1;
            right += usize::from(predict(&ex.doc, h) == c);
        }
    }
    (right, total)
}
