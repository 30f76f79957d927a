//! The recipe of the shipped parser: UD EWT train + GUM train, with tags
//! predicted by taggers that never saw the sentence (5-fold jackknifing, so
//! the parser learns from the kind of tags it gets at run time), 12 epochs,
//! then pruned to weights of magnitude 0.5 or more, at most 300,000 features
//! (the strongest; measured on EWT dev, this keeps more accuracy than
//! 600,000 features with weights of 1 or more).
//! `newsgraph train parser` and the `train_parser` example both use it.

use super::train::{train, TrainOptions};
use super::Parser;
use crate::conllu::ConlluSentence;
use crate::corpus;
use crate::tagger::Tagger;
use std::path::Path;

/// `sentences` with UPOS and XPOS predicted by `k` taggers, each trained
/// (5 epochs, seed 1) on the other folds (sentence `i` is in fold `i % k`).
pub fn jackknife_tags(
    sentences: &[ConlluSentence],
    k: usize,
    log: &mut dyn FnMut(&str),
) -> Vec<ConlluSentence> {
    let mut tagged = sentences.to_vec();
    for fold in 0..k {
        let rest: Vec<&ConlluSentence> = sentences
            .iter()
            .enumerate()
            .filter(|(i, _)| i % k != fold)
            .map(|(_, s)| s)
            .collect();
        let tagger = Tagger::train(&rest, 5, 1);
        let (mut right, mut total) = (0usize, 0usize);
        for (i, s) in tagged.iter_mut().enumerate() {
            if i % k != fold {
                continue;
            }
            let words: Vec<&str> = s.words.iter().map(|w| w.form.as_str()).collect();
            let tags = tagger.tag_words(&words);
            for (w, (u, x)) in s.words.iter_mut().zip(tags) {
                total += 1;
                right += (w.upos == u) as usize;
                w.upos = u;
                w.xpos = x;
            }
        }
        log(&format!(
            "jackknife fold {fold}: upos {:.4}",
            right as f64 / total.max(1) as f64
        ));
    }
    tagged
}

/// Trains the shipped parser from `data_dir` (the folder with `ud_en_ewt/` and `gum/`).
pub fn shipped(data_dir: &Path, log: &mut dyn FnMut(&str)) -> Result<Parser, String> {
    let sentences = corpus::read_training_sentences(data_dir)?;
    let tagged = jackknife_tags(&sentences, 5, log);
    let refs: Vec<&ConlluSentence> = tagged.iter().collect();
    Ok(train(&refs, &TrainOptions::default(), log))
}
