//! Training the NER: the casing lexicon and word clusters from the text, the
//! gazetteer from the labelled entities (jackknifed, so that training sees
//! gazetteer features as unreliable as they will be on new text), then
//! averaged-perceptron epochs of greedy decoding over shuffled documents.

use super::augment::TrueCase;
use super::casing::Casing;
use super::clusters::WordClusters;
use super::decode::{decode, decode_beam, Learn};
use super::features::{extract, DocFeats, Resources};
use super::gazetteer::Gazetteer;
use super::labels::Labels;
use super::text::lower_id;
use super::Ner;
use crate::conll2003::NerDoc;
use crate::eval_ner::spans;
use crate::perceptron::{Perceptron, Trainer};
use crate::rng::Rng;
use crate::table::Table;

/// Training settings beyond the documents.
#[derive(Debug, Clone)]
pub struct NerTrainOptions {
    pub iterations: usize,
    pub seed: u64,
    /// Extra unlabelled sentences for the casing lexicon.
    pub unlabelled: Vec<Vec<String>>,
    /// Extra gazetteer entries: (words, type), types as in the training labels.
    pub entities: Vec<(Vec<String>, String)>,
    /// Number of jackknife folds for the gazetteer features of the training data.
    pub gaz_folds: usize,
    /// Averaged weights below this magnitude are dropped.
    pub prune: f32,
    /// Word clusters learnt from word vectors (empty: none).
    pub clusters: WordClusters,
    /// Share of training documents whose all-caps lines are re-rendered in
    /// title case (0.0 to 1.0).
    pub title_case: f64,
    /// Add a second stage with features from the first stage's labels of
    /// the whole document.
    pub two_stage: bool,
    /// Jackknife folds for the first-stage labels the second stage trains on.
    pub stage_folds: usize,
}

impl Default for NerTrainOptions {
    fn default() -> Self {
        NerTrainOptions {
            iterations: 10,
            seed: 1,
            unlabelled: Vec::new(),
            entities: Vec::new(),
            gaz_folds: 5,
            prune: 0.0,
            clusters: WordClusters::default(),
            title_case: 0.5,
            two_stage: true,
            stage_folds: 4,
        }
    }
}

fn words_of(doc: &NerDoc) -> Vec<Vec<&str>> {
    doc.sentences
        .iter()
        .map(|s| s.iter().map(|(w, _)| w.as_str()).collect())
        .collect()
}

/// Adds the gold entities of `docs` to `g`.
fn add_entities(g: &mut Gazetteer, labels: &Labels, docs: &[&NerDoc]) {
    let mut buf = String::new();
    for d in docs {
        for s in &d.sentences {
            let tags: Vec<&str> = s.iter().map(|(_, l)| l.as_str()).collect();
            for (a, b, ty) in spans(&tags) {
                if let Some(t) = labels.types.iter().position(|x| *x == ty) {
                    let ids: Vec<u64> =
                        s[a..b].iter().map(|(w, _)| lower_id(w, &mut buf)).collect();
                    g.add(&ids, t, 1);
                }
            }
        }
    }
}

pub(crate) fn train(docs: &[NerDoc], opts: &NerTrainOptions, log: &mut dyn FnMut(&str)) -> Ner {
    let mut types: Vec<String> = docs
        .iter()
        .flat_map(|d| d.sentences.iter().flatten())
        .filter_map(|(_, l)| l.split_once('-').map(|(_, t)| t.to_string()))
        .collect();
    types.sort();
    types.dedup();
    let labels = Labels::new(types);
    let n_types = labels.types.len();

    // the casing lexicon from all the text
    let mut text: Vec<Vec<&str>> = docs.iter().flat_map(words_of).collect();
    text.extend(
        opts.unlabelled
            .iter()
            .map(|s| s.iter().map(|w| w.as_str()).collect::<Vec<_>>()),
    );
    let casing = Casing::build(&text, 2);
    log(&format!("casing lexicon: {} words", casing.len()));
    let clusters = opts.clusters.clone();
    let truecase = TrueCase::build(&text);
    drop(text);

    let (gaz, fold_gaz) = gazetteers(docs, &labels, opts, log);
    let k = fold_gaz.len();

    // static features and gold classes of every training document
    let mut rng = Rng::new(opts.seed ^ 0x7469746c65);
    let data: Vec<(DocFeats, Vec<Vec<usize>>)> = docs
        .iter()
        .enumerate()
        .map(|(i, d)| {
            let title = (rng.next_u64() % 1_000_000) as f64 / 1_000_000.0 < opts.title_case;
            let res = Resources {
                gaz: &fold_gaz[i % k],
                casing: &casing,
                clusters: &clusters,
                n_types,
            };
            let words = words_of(d);
            let feats = if title {
                let t: Vec<Vec<String>> = words.iter().map(|s| truecase.title(s)).collect();
                extract(&res, &t)
            } else {
                extract(&res, &words)
            };
            let gold = d
                .sentences
                .iter()
                .map(|s| {
                    let tags: Vec<&str> = s.iter().map(|(_, l)| l.as_str()).collect();
                    labels.encode(&tags)
                })
                .collect();
            (feats, gold)
        })
        .collect();
    drop(fold_gaz);
    log(&format!(
        "features extracted: {} docs, {} feature ids",
        data.len(),
        data.iter().map(|d| d.0.feats.len()).sum::<usize>()
    ));

    let model = fit(&data, &labels, None, None, opts, log);
    let stage2 = opts
        .two_stage
        .then(|| second_stage(&data, &labels, opts, log));
    let table = |p: &Perceptron| {
        Table::from_perceptron(p, 0.0, usize::MAX).expect("NER classes fit a table")
    };
    Ner::new(
        labels,
        gaz,
        casing,
        clusters,
        table(&model),
        stage2.as_ref().map(table),
    )
}

/// Trains one stage on the documents `subset` (all when `None`).
fn fit(
    data: &[(DocFeats, Vec<Vec<usize>>)],
    labels: &Labels,
    subset: Option<&[usize]>,
    stage1: Option<&[Vec<Vec<usize>>]>,
    opts: &NerTrainOptions,
    log: &mut dyn FnMut(&str),
) -> Perceptron {
    let mut trainer = Trainer::new(labels.n_classes());
    let mut rng = Rng::new(opts.seed);
    let mut order: Vec<usize> = match subset {
        Some(s) => s.to_vec(),
        None => (0..data.len()).collect(),
    };
    for it in 0..opts.iterations {
        rng.shuffle(&mut order);
        let mut learn = Learn {
            trainer: &mut trainer,
            buf: Vec::new(),
            errors: 0,
            seen: 0,
        };
        for &i in &order {
            let (feats, gold) = &data[i];
            let s1 = stage1.map(|s| s[i].as_slice());
            decode(&mut learn, labels, feats, Some(gold), s1);
        }
        let (e, s) = (learn.errors, learn.seen);
        log(&format!(
            "stage {}, iteration {}: token error {:.4} ({e} of {s})",
            if stage1.is_some() { 2 } else { 1 },
            it + 1,
            e as f64 / s.max(1) as f64
        ));
    }
    let model = trainer.finish(opts.prune);
    log(&format!("model: {} features", model.n_features()));
    model
}

/// The gazetteers of names seen in training: the full one the model ships,
/// and one per fold (each without its fold's documents) to train on, so the
/// model learns how far a gazetteer match of an unseen name is worth.
fn gazetteers(
    docs: &[NerDoc],
    labels: &Labels,
    opts: &NerTrainOptions,
    log: &mut dyn FnMut(&str),
) -> (Gazetteer, Vec<Gazetteer>) {
    let extra = |g: &mut Gazetteer| {
        let mut buf = String::new();
        for (ws, ty) in &opts.entities {
            if let Some(t) = labels.types.iter().position(|x| x == ty) {
                let ids: Vec<u64> = ws.iter().map(|w| lower_id(w, &mut buf)).collect();
                g.add(&ids, t, 1);
            }
        }
    };
    let n_types = labels.types.len();
    let all: Vec<&NerDoc> = docs.iter().collect();
    let mut gaz = Gazetteer::new(n_types);
    add_entities(&mut gaz, labels, &all);
    extra(&mut gaz);
    log(&format!("gazetteer: {} entries", gaz.len()));
    // jackknifing needs enough documents per fold to mean anything
    let k = if docs.len() >= 10 * opts.gaz_folds {
        opts.gaz_folds.max(1)
    } else {
        1
    };
    let fold_gaz: Vec<Gazetteer> = (0..k)
        .map(|f| {
            let mut g = Gazetteer::new(n_types);
            if k > 1 {
                let rest: Vec<&NerDoc> = docs
                    .iter()
                    .enumerate()
                    .filter(|(i, _)| i % k != f)
                    .map(|(_, d)| d)
                    .collect();
                add_entities(&mut g, labels, &rest);
            } else {
                add_entities(&mut g, labels, &all);
            }
            extra(&mut g);
            g
        })
        .collect();
    (gaz, fold_gaz)
}

/// The second stage, trained on first-stage labels of every training
/// document from models that did not see it (jackknife), so that it learns
/// how far to trust them.
fn second_stage(
    data: &[(DocFeats, Vec<Vec<usize>>)],
    labels: &Labels,
    opts: &NerTrainOptions,
    log: &mut dyn FnMut(&str),
) -> Perceptron {
    // first-stage labels of every training document from models that did
    // not see it (jackknife), so that the second stage learns how far
    // to trust them
    let k = opts.stage_folds.max(2);
    let mut s1: Vec<Vec<Vec<usize>>> = vec![Vec::new(); data.len()];
    for f in 0..k {
        let train_idx: Vec<usize> = (0..data.len()).filter(|i| i % k != f).collect();
        let m = fit(data, labels, Some(&train_idx), None, opts, &mut |_| {});
        for i in (0..data.len()).filter(|i| i % k == f) {
            s1[i] = decode_beam(&m, labels, &data[i].0, None, super::BEAM);
        }
        log(&format!("stage 1, fold {}: done", f + 1));
    }
    fit(data, labels, None, Some(&s1), opts, log)
}
