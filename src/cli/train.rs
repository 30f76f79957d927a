//! `newsgraph train tagger|parser|ner`: reproduces the shipped models from
//! the public data, deterministically (fixed seeds), and writes the files
//! the binary embeds (`models/*.bin`; rebuild to embed them).

use super::Global;
use anyhow::{anyhow, Context};
use newsgraph_nlp::conllu::ConlluSentence;
use newsgraph_nlp::lemma::Lemmatizer;
use newsgraph_nlp::ner::Ner;
use newsgraph_nlp::parser::Parser;
use newsgraph_nlp::tagger::Tagger;
use newsgraph_nlp::{conll2003, corpus};
use std::path::{Path, PathBuf};
use std::time::Instant;

#[derive(Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Model {
    /// Part-of-speech tagger and lemmatiser (tagger.bin, lemma.bin): UD EWT train + GUM train.
    Tagger,
    /// Dependency parser (parser.bin): UD EWT train + GUM train, tags predicted by the tagger.
    Parser,
    /// Named-entity recogniser (ner.bin): CoNLL-2003 eng.train, casing from the
    /// UD EWT and GUM training texts, names from GUM's training documents.
    Ner,
}

#[derive(clap::Args)]
pub struct TrainArgs {
    /// Which model to train.
    #[arg(value_enum)]
    pub model: Model,
    /// The data folder (with ud_en_ewt/, gum/, conll2003/).
    #[arg(long, default_value = "../shared/data")]
    pub data: PathBuf,
    /// Where to write the model files.
    #[arg(long, default_value = "models")]
    pub out: PathBuf,
    /// Training epochs (default: the shipped model's).
    #[arg(long)]
    pub iterations: Option<usize>,
    /// Seed of the shuffling.
    #[arg(long, default_value_t = 1)]
    pub seed: u64,
}

fn write(dir: &Path, name: &str, bytes: &[u8]) -> anyhow::Result<()> {
    std::fs::create_dir_all(dir).with_context(|| format!("cannot create {}", dir.display()))?;
    let p = dir.join(name);
    std::fs::write(&p, bytes).with_context(|| format!("cannot write {}", p.display()))?;
    eprintln!("wrote {} ({:.1} MB)", p.display(), bytes.len() as f64 / 1e6);
    Ok(())
}

/// Replaces the gold tags of `sentences` by the tagger's predictions (the
/// parser then learns from the tags it will see at run time).
pub fn predicted_tags(tagger: &Tagger, sentences: &[ConlluSentence]) -> Vec<ConlluSentence> {
    sentences
        .iter()
        .map(|s| {
            let words: Vec<&str> = s.words.iter().map(|w| w.form.as_str()).collect();
            let tags = tagger.tag_words(&words);
            let mut s = s.clone();
            for (w, (u, x)) in s.words.iter_mut().zip(tags) {
                w.upos = u;
                w.xpos = x;
            }
            s
        })
        .collect()
}

pub fn run(g: &Global, a: TrainArgs) -> anyhow::Result<i32> {
    let started = Instant::now();
    let mut log = |s: &str| eprintln!("{s}");
    match a.model {
        Model::Tagger => {
            let sents = corpus::read_training_sentences(&a.data).map_err(|e| anyhow!(e))?;
            let refs: Vec<&ConlluSentence> = sents.iter().collect();
            eprintln!("tagger: {} training sentences", refs.len());
            let tagger = Tagger::train(&refs, a.iterations.unwrap_or(5), a.seed);
            write(&a.out, "tagger.bin", &tagger.to_bytes())?;
            let lemma = Lemmatizer::train(&refs);
            write(&a.out, "lemma.bin", &lemma.to_bytes())?;
        }
        Model::Parser => {
            let sents = corpus::read_training_sentences(&a.data).map_err(|e| anyhow!(e))?;
            let tagger_bytes = match &g.models {
                Some(dir) => std::fs::read(dir.join("tagger.bin"))?,
                None => newsgraph::analyse::models::embedded("tagger")
                    .ok_or_else(|| anyhow!("no tagger model: train the tagger first"))?
                    .to_vec(),
            };
            let tagger = Tagger::from_bytes(&tagger_bytes)?;
            let tagged = predicted_tags(&tagger, &sents);
            let refs: Vec<&ConlluSentence> = tagged.iter().collect();
            eprintln!("parser: {} training sentences, predicted tags", refs.len());
            let parser = Parser::train(&refs, a.iterations.unwrap_or(12), a.seed, &mut log);
            write(&a.out, "parser.bin", &parser.to_bytes())?;
        }
        Model::Ner => {
            let path = a.data.join("conll2003/eng.train");
            let docs = conll2003::read(&path).map_err(|e| anyhow!(e))?;
            eprintln!("ner: {} training documents", docs.len());
            let mut opts =
                newsgraph_nlp::ner::recipe::shipped_options(&a.data).map_err(|e| anyhow!(e))?;
            if let Some(n) = a.iterations {
                opts.iterations = n;
            }
            opts.seed = a.seed;
            eprintln!(
                "ner: {} unlabelled sentences, {} extra gazetteer names",
                opts.unlabelled.len(),
                opts.entities.len()
            );
            let ner = Ner::train_with(&docs, &opts, &mut log);
            write(&a.out, "ner.bin", &ner.to_bytes())?;
        }
    }
    eprintln!("trained in {:.0} s", started.elapsed().as_secs_f64());
    Ok(0)
}
