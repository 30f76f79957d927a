//! `newsgraph train tagger|parser|ner|attribution|types|relations|pronouns|mention-types`: reproduces the shipped models from
//! the public data, deterministically (fixed seeds), and writes the files
//! the binary embeds (`models/*.bin`; rebuild to embed them).

use super::Global;
use anyhow::{anyhow, Context};
use newsgraph::analyse::models::{Model as AModel, Source};
use newsgraph::analyse::Analyzer;
use newsgraph_nlp::attribution::{polnear, tags, Attributor};
use newsgraph_nlp::conllu::ConlluSentence;
use newsgraph_nlp::lemma::Lemmatizer;
use newsgraph_nlp::mention_type;
use newsgraph_nlp::ner::clusters::{self, WordClusters};
use newsgraph_nlp::ner::Ner;
use newsgraph_nlp::pronoun;
use newsgraph_nlp::tagger::Tagger;
use newsgraph_nlp::typed;
use newsgraph_nlp::Doc;
use newsgraph_nlp::{conll2003, corpus};
use std::path::{Path, PathBuf};
use std::time::Instant;

#[derive(Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Model {
    /// Part-of-speech tagger and lemmatiser (tagger.bin, lemma.bin): UD EWT train + GUM train.
    Tagger,
    /// Dependency parser (parser.bin): UD EWT train + GUM train, tags predicted
    /// by 5 jackknifed taggers, 12 epochs, pruned.
    Parser,
    /// Named-entity recogniser (ner.bin): CoNLL-2003 eng.train, casing from the
    /// UD EWT and GUM training texts, names from GUM's training documents.
    Ner,
    /// Attribution tagger (attribution.bin): PolNeAR train, analysed by the
    /// other four models (those of --models, else the embedded ones).
    Attribution,
    /// Types of common nouns (noun_types.tsv): the mentions they head in GUM
    /// train.
    Types,
    /// Typed relations between named entities (relations.bin): CoNLL04
    /// train, analysed by the tagger, lemmatiser, parser and NER (those of
    /// --models, else the embedded ones).
    Relations,
    /// Pronoun resolver (pronouns.bin): GUM train's coreference, its texts
    /// analysed by the tagger, lemmatiser, parser and NER (those of
    /// --models, else the embedded ones).
    Pronouns,
    /// Mention typer (mention_types.bin): the types of GUM train's mentions
    /// that common nouns head, their texts analysed by the tagger,
    /// lemmatiser, parser and NER (those of --models, else the embedded
    /// ones).
    MentionTypes,
}

#[derive(clap::Args)]
pub struct TrainArgs {
    /// Which model to train.
    #[arg(value_enum)]
    pub model: Model,
    /// The data folder (with ud_en_ewt/, gum/, conll2003/, polnear/, conll04/).
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
    /// Word vectors in GloVe's text format (`scripts/glove-export OUT`):
    /// `ner` needs them (its word clusters come from them); `types` then
    /// also types the frequent words GUM does not type by their nearest
    /// typed neighbours.
    #[arg(long)]
    pub vectors: Option<PathBuf>,
}

/// The word clusters of the vectors `--vectors` names (`scripts/glove-export`).
fn word_clusters(a: &TrainArgs) -> anyhow::Result<WordClusters> {
    let Some(path) = &a.vectors else {
        anyhow::bail!(
            "the NER uses word clusters learnt from word vectors: \
             run `scripts/glove-export /tmp/glove.txt` and give `--vectors /tmp/glove.txt`"
        );
    };
    let vectors =
        newsgraph_nlp::vectors::WordVectors::read(path, clusters::WORDS).map_err(|e| anyhow!(e))?;
    let clusters = WordClusters::learn(&vectors, clusters::WORDS, clusters::DEPTH);
    eprintln!(
        "word clusters: {} words of {}, {} levels",
        clusters.len(),
        path.display(),
        clusters::DEPTH
    );
    Ok(clusters)
}

fn write(dir: &Path, name: &str, bytes: &[u8]) -> anyhow::Result<()> {
    std::fs::create_dir_all(dir).with_context(|| format!("cannot create {}", dir.display()))?;
    let p = dir.join(name);
    std::fs::write(&p, bytes).with_context(|| format!("cannot write {}", p.display()))?;
    eprintln!("wrote {} ({:.1} MB)", p.display(), bytes.len() as f64 / 1e6);
    Ok(())
}

/// The pipeline up to the NER: the models of --models, else the embedded ones.
fn analyzer_to_ner(g: &Global) -> anyhow::Result<Analyzer> {
    let source = match &g.models {
        Some(d) => Source::Directory(d),
        None => Source::Embedded,
    };
    Ok(Analyzer::with_models(
        &source,
        &[AModel::Tagger, AModel::Lemma, AModel::Parser, AModel::Ner],
    )?)
}

/// The relation classifier, trained on the CoNLL04 file `path` as the
/// pipeline analyses its sentences.
fn relations(
    g: &Global,
    path: &Path,
    opts: &typed::train::TrainOptions,
    log: &mut dyn FnMut(&str),
) -> anyhow::Result<typed::RelationClassifier> {
    let sentences = typed::conll04::read(path).map_err(|e| anyhow!(e))?;
    let analyzer = analyzer_to_ner(g)?;
    let mut examples = Vec::with_capacity(sentences.len());
    for (i, s) in sentences.iter().enumerate() {
        let doc = analyzer
            .analyse_text(&s.text())
            .map_err(|e| anyhow!("{}: sentence {}: {e}", path.display(), i + 1))?;
        examples.push(typed::train::Example::new(s, doc));
    }
    log(&format!(
        "relations: {} training sentences analysed",
        examples.len()
    ));
    Ok(typed::train::train(&examples, opts, log))
}

/// The epochs and seed of a model trained on GUM's documents (the pronoun
/// resolver, the mention typer): the shipped ones unless `--iterations` or
/// `--seed` say otherwise.
fn gum_model_options(a: &TrainArgs) -> pronoun::train::TrainOptions {
    let mut opts = pronoun::train::TrainOptions::default();
    if let Some(n) = a.iterations {
        opts.iterations = n;
    }
    opts.seed = a.seed;
    opts
}

/// GUM's documents (the dev ones if `dev`, else the training ones) as the
/// pipeline up to the NER analyses them, each made an example by `make`
/// from its analysis and its text with the mentions.
fn gum_examples<T>(
    g: &Global,
    data: &Path,
    dev: bool,
    make: impl Fn(Doc, &newsgraph_nlp::gum::GumText) -> T,
) -> anyhow::Result<Vec<T>> {
    let docs = corpus::read_gum_documents(data, dev).map_err(|e| anyhow!(e))?;
    let analyzer = analyzer_to_ner(g)?;
    docs.iter()
        .map(|(name, sentences)| {
            let gum = newsgraph_nlp::gum::gum_text(sentences);
            let doc = analyzer
                .analyse_text(&gum.text)
                .map_err(|e| anyhow!("{name}: {e}"))?;
            Ok(make(doc, &gum))
        })
        .collect()
}

/// GUM's documents with their pronouns' antecedents (see [`gum_examples`]).
pub fn pronoun_examples(
    g: &Global,
    data: &Path,
    dev: bool,
) -> anyhow::Result<Vec<pronoun::train::Example>> {
    gum_examples(g, data, dev, pronoun::train::Example::new)
}

/// GUM's documents with the types of the mentions their common nouns head
/// (see [`gum_examples`]).
pub fn mention_type_examples(
    g: &Global,
    data: &Path,
    dev: bool,
) -> anyhow::Result<Vec<mention_type::train::Example>> {
    gum_examples(g, data, dev, mention_type::train::Example::new)
}

/// The attribution model, trained on the PolNeAR split `dir` as the other
/// models analyse it.
fn attribution(g: &Global, dir: &Path, log: &mut dyn FnMut(&str)) -> anyhow::Result<Attributor> {
    let docs =
        polnear::read_split(dir).with_context(|| format!("cannot read {}", dir.display()))?;
    let analyzer = analyzer_to_ner(g)?;
    let mut analysed = Vec::with_capacity(docs.len());
    for d in &docs {
        let doc = analyzer
            .analyse_text(&d.text)
            .map_err(|e| anyhow!("{}: {e}", d.name))?;
        let gold = tags::encode(&doc.tokens, &d.attributions);
        analysed.push((doc, gold));
    }
    log(&format!(
        "attribution: {} training texts analysed",
        analysed.len()
    ));
    let refs: Vec<(&Doc, &[u8])> = analysed.iter().map(|(d, t)| (d, t.as_slice())).collect();
    Ok(Attributor::shipped(&refs, log))
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
        Model::Types => {
            let sents = corpus::read_gum_train(&a.data).map_err(|e| anyhow!(e))?;
            let mut types = newsgraph_nlp::gum::NounTypes::learn(&sents);
            eprintln!("types: {} common nouns typed", types.table.len());
            if let Some(path) = &a.vectors {
                let vectors = newsgraph_nlp::vectors::WordVectors::read(path, 50_000)
                    .map_err(|e| anyhow!(e))?;
                let n = types.extend_by_neighbours(&vectors, 50_000);
                eprintln!(
                    "types: {n} more words typed by their neighbours in {}",
                    path.display()
                );
            }
            write(&a.out, "noun_types.tsv", types.to_tsv().as_bytes())?;
        }
        Model::Parser => {
            if a.iterations.is_some() || a.seed != 1 {
                anyhow::bail!("the parser's recipe is fixed (12 epochs, seed 1); --iterations and --seed apply to the tagger and the NER");
            }
            let parser = newsgraph_nlp::parser::recipe::shipped(&a.data, &mut log)
                .map_err(|e| anyhow!(e))?;
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
            opts.clusters = word_clusters(&a)?;
            eprintln!(
                "ner: {} unlabelled sentences, {} extra gazetteer names",
                opts.unlabelled.len(),
                opts.entities.len()
            );
            let ner = Ner::train_with(&docs, &opts, &mut log);
            write(&a.out, "ner.bin", &ner.to_bytes())?;
        }
        Model::Attribution => {
            if a.iterations.is_some() || a.seed != 1 {
                anyhow::bail!("the attribution model's recipe is fixed (8 iterations, seed 1); --iterations and --seed apply to the tagger and the NER");
            }
            let m = attribution(g, &a.data.join("polnear/train"), &mut log)?;
            write(&a.out, "attribution.bin", &m.to_bytes())?;
        }
        Model::Relations => {
            let mut opts = typed::train::TrainOptions::default();
            if let Some(n) = a.iterations {
                opts.iterations = n;
            }
            opts.seed = a.seed;
            let path = a.data.join("conll04/conll04_train.json");
            let m = relations(g, &path, &opts, &mut log)?;
            eprintln!("relations: {} features", m.n_features());
            write(&a.out, "relations.bin", &m.to_bytes())?;
        }
        Model::Pronouns => {
            let opts = gum_model_options(&a);
            let examples = pronoun_examples(g, &a.data, false)?;
            log(&format!(
                "pronouns: {} GUM training documents analysed",
                examples.len()
            ));
            let m = pronoun::train::train(&examples, &opts, &mut log);
            eprintln!("pronouns: {} features", m.n_features());
            write(&a.out, "pronouns.bin", &m.to_bytes())?;
        }
        Model::MentionTypes => {
            let opts = gum_model_options(&a);
            let examples = mention_type_examples(g, &a.data, false)?;
            log(&format!(
                "mention types: {} GUM training documents analysed",
                examples.len()
            ));
            let m = mention_type::train::train(&examples, &opts, &mut log);
            eprintln!("mention types: {} features", m.n_features());
            write(&a.out, "mention_types.bin", &m.to_bytes())?;
        }
    }
    eprintln!("trained in {:.0} s", started.elapsed().as_secs_f64());
    Ok(0)
}
