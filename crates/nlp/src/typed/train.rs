//! Training the relation classifier: every pair of gold entity mentions of
//! a sentence is an instance, labelled with its gold relation or none;
//! an averaged perceptron learns them, choosing only among the classes the
//! pair's entity types allow (as decoding does).

use super::conll04::Sentence;
use super::{
    allowed, class_of, features, is_candidate, RelationClassifier, RelationType, N_CLASSES,
};
use crate::doc::Doc;
use crate::perceptron::Trainer;
use crate::rng::Rng;
use crate::table::Table;

/// Training settings.
#[derive(Debug, Clone)]
pub struct TrainOptions {
    pub iterations: usize,
    pub seed: u64,
    /// Averaged weights below this magnitude are dropped.
    pub prune: f32,
    /// At most this many features are kept (the largest weights).
    pub max_features: usize,
}

impl Default for TrainOptions {
    fn default() -> Self {
        TrainOptions {
            iterations: 12,
            seed: 1,
            prune: 0.0,
            max_features: 200_000,
        }
    }
}

/// An analysed sentence whose `doc.entities` are its gold entities (in
/// text order), with its gold relations between them.
pub struct Example {
    pub doc: Doc,
    /// `(head, tail, type)`, indices into `doc.entities`.
    pub relations: Vec<(usize, usize, RelationType)>,
}

impl Example {
    /// The example of a CoNLL04 sentence and `doc`, the analysis of its
    /// text; a gold entity that covers no token of `doc` is left out, with
    /// its relations.
    pub fn new(sentence: &Sentence, mut doc: Doc) -> Example {
        let spans = sentence.entity_spans(&doc);
        let mut order: Vec<usize> = (0..spans.len()).filter(|&i| spans[i].is_some()).collect();
        order.sort_by_key(|&i| spans[i].as_ref().map(|e| e.tokens.start));
        let new_index = |old: usize| order.iter().position(|&i| i == old);
        let relations = sentence
            .relations
            .iter()
            .filter_map(|r| {
                let kind = RelationType::from_name(&r.kind)?;
                Some((new_index(r.head)?, new_index(r.tail)?, kind))
            })
            .collect();
        doc.entities = order.iter().filter_map(|&i| spans[i].clone()).collect();
        Example { doc, relations }
    }

    /// The candidate pairs `(first, second, gold class)`: two entities of
    /// relation types in one sentence.
    pub fn pairs(&self) -> Vec<(usize, usize, usize)> {
        let d = &self.doc;
        let mut out = Vec::new();
        for a in 0..d.entities.len() {
            for b in a + 1..d.entities.len() {
                let (ea, eb) = (&d.entities[a], &d.entities[b]);
                if !is_candidate(ea)
                    || !is_candidate(eb)
                    || d.sentence_of(ea.tokens.start) != d.sentence_of(eb.tokens.start)
                {
                    continue;
                }
                let gold = self
                    .relations
                    .iter()
                    .find_map(|&(h, t, k)| {
                        if (h, t) == (a, b) {
                            Some(class_of(k, true))
                        } else if (h, t) == (b, a) {
                            Some(class_of(k, false))
                        } else {
                            None
                        }
                    })
                    .unwrap_or(0);
                out.push((a, b, gold));
            }
        }
        out
    }
}

/// Trains a classifier on `examples`; deterministic for a given seed.
pub fn train(
    examples: &[Example],
    opts: &TrainOptions,
    log: &mut dyn FnMut(&str),
) -> RelationClassifier {
    let mut instances = Vec::new();
    for ex in examples {
        for (a, b, gold) in ex.pairs() {
            let (ea, eb) = (&ex.doc.entities[a], &ex.doc.entities[b]);
            let mut feats = Vec::new();
            features::extract(&ex.doc, ea, eb, &mut feats);
            let ok: Vec<bool> = (0..N_CLASSES)
                .map(|c| allowed(c, &ea.label, &eb.label))
                .collect();
            instances.push((feats, gold, ok));
        }
    }
    let positive = instances.iter().filter(|i| i.1 != 0).count();
    log(&format!(
        "relations: {} candidate pairs, {positive} with a relation",
        instances.len()
    ));
    let mut model = Trainer::new(N_CLASSES);
    let mut rng = Rng::new(opts.seed);
    let mut order: Vec<usize> = (0..instances.len()).collect();
    let mut scores = vec![0f32; N_CLASSES];
    for epoch in 0..opts.iterations {
        rng.shuffle(&mut order);
        let mut right = 0;
        for &i in &order {
            let (feats, gold, ok) = &instances[i];
            model.tick();
            scores.iter_mut().for_each(|s| *s = 0.0);
            model.scores(feats, &mut scores);
            let guess = (0..N_CLASSES).filter(|&c| ok[c]).fold(0, |best, c| {
                if scores[c] > scores[best] {
                    c
                } else {
                    best
                }
            });
            right += usize::from(guess == *gold);
            model.update(*gold, guess, feats);
        }
        log(&format!(
            "relations epoch {}: {:.4} of pairs right",
            epoch + 1,
            right as f64 / instances.len().max(1) as f64
        ));
    }
    let averaged = model.finish(opts.prune);
    let table = Table::from_perceptron(&averaged, opts.prune, opts.max_features)
        .expect("the relation classes fit a table");
    RelationClassifier::new(table)
}
