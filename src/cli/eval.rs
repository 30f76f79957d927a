//! `newsgraph eval parse FILE.conllu`, `newsgraph eval ner FILE`,
//! `newsgraph eval relations FILE.json` and `newsgraph eval attribution
//! SPLIT_DIR`: the shipped models scored on held-out data (parse and NER on
//! gold tokenisation; relations on CoNLL04 sentences joined by spaces;
//! attribution through the whole extraction, as `score_attribution.py`
//! scores `extract`).

use super::Global;
use anyhow::anyhow;
use newsgraph::analyse::models::{Model, Source};
use newsgraph::score::AttributionScores;
use newsgraph_nlp::attribution::polnear;
use newsgraph_nlp::conll2003;
use newsgraph_nlp::conllu::{self, ConlluSentence};
use newsgraph_nlp::eval_parse;
use newsgraph_nlp::lemma::Lemmatizer;
use newsgraph_nlp::ner::Ner;
use newsgraph_nlp::parser::Parser;
use newsgraph_nlp::tagger::Tagger;
use std::path::PathBuf;

#[derive(Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Task {
    /// Tagging, lemmas and dependencies on a CoNLL-U file (CoNLL 2018 scoring).
    Parse,
    /// Named entities on a CoNLL-2003 file (IOB1 or IOB2; conlleval scoring).
    Ner,
    /// Attributions and claims on a PolNeAR split (a folder with text/ and
    /// attributions/), scored as `score_attribution.py` scores `extract`.
    Attribution,
    /// Types of the common-noun mentions of GUM dev (FILE: the data folder
    /// with gum/), by the shipped word lists and learnt table, and by the
    /// word lists alone.
    Types,
    /// Typed relations on a CoNLL04 file (SpERT JSON), strict: both entity
    /// spans and the type right; end to end (the NER's entities), then with
    /// the gold entities given.
    Relations,
    /// Antecedents of third-person pronouns in GUM's dev documents (FILE:
    /// the data folder with gum/), by the shipped resolver and by the
    /// nearest noun that agrees.
    Pronouns,
}

#[derive(clap::Args)]
pub struct EvalArgs {
    #[arg(value_enum)]
    pub task: Task,
    /// The gold file (a PolNeAR split folder for `attribution`).
    pub file: PathBuf,
}

fn load(g: &Global, model: Model) -> anyhow::Result<std::borrow::Cow<'static, [u8]>> {
    let source = match &g.models {
        Some(d) => Source::Directory(d),
        None => Source::Embedded,
    };
    Ok(model.load(&source)?)
}

/// Tags, lemmatises and parses the gold words of `gold`.
pub fn predict(
    tagger: &Tagger,
    lemma: &Lemmatizer,
    parser: &Parser,
    gold: &[ConlluSentence],
) -> Vec<ConlluSentence> {
    gold.iter()
        .map(|s| {
            let words: Vec<&str> = s.words.iter().map(|w| w.form.as_str()).collect();
            let tags = tagger.tag_words(&words);
            let upos: Vec<&str> = tags.iter().map(|t| t.0.as_str()).collect();
            let xpos: Vec<&str> = tags.iter().map(|t| t.1.as_str()).collect();
            let tree = parser.parse_words(&words, &upos, &xpos);
            let mut p = s.clone();
            for (i, w) in p.words.iter_mut().enumerate() {
                w.upos = tags[i].0.clone();
                w.xpos = tags[i].1.clone();
                w.lemma = lemma.lemma(&w.form, &w.upos, &w.xpos);
                w.head = tree[i].0;
                w.deprel = tree[i].1.clone();
            }
            p
        })
        .collect()
}

pub fn run(g: &Global, a: EvalArgs) -> anyhow::Result<i32> {
    match a.task {
        Task::Parse => {
            let gold = conllu::read(&a.file).map_err(|e| anyhow!(e))?;
            let tagger = Tagger::from_bytes(&load(g, Model::Tagger)?)?;
            let lemma = Lemmatizer::from_bytes(&load(g, Model::Lemma)?)?;
            let parser = Parser::from_bytes(&load(g, Model::Parser)?)?;
            let pred = predict(&tagger, &lemma, &parser, &gold);
            let scores = eval_parse::score(&pred, &gold).map_err(|e| anyhow!(e))?;
            println!("{} sentences, {} words", gold.len(), scores.words);
            println!("{}", scores.line());
        }
        Task::Ner => {
            let docs = conll2003::read(&a.file).map_err(|e| anyhow!(e))?;
            let ner = Ner::from_bytes(&load(g, Model::Ner)?)?;
            let (scores, _) = ner.evaluate(&docs);
            print!("{}", scores.report());
            println!("{}", scores.line());
        }
        Task::Attribution => attribution(g, &a.file)?,
        Task::Types => {
            types(&a.file)?;
            mention_types(g, &a.file)?;
        }
        Task::Relations => relations(g, &a.file)?,
        Task::Pronouns => {
            let examples = super::train::pronoun_examples(g, &a.file, true)?;
            let resolver =
                newsgraph_nlp::pronoun::PronounResolver::from_bytes(&load(g, Model::Pronouns)?)?;
            let scores = newsgraph_nlp::pronoun::train::evaluate(&resolver, &examples);
            println!("{} GUM dev documents", examples.len());
            print!("{}", scores.report());
        }
    }
    Ok(0)
}

/// Scores the shipped relation classifier on the CoNLL04 file `path`.
fn relations(g: &Global, path: &std::path::Path) -> anyhow::Result<()> {
    use newsgraph_nlp::typed::{conll04, score, RelationClassifier};
    let sentences = conll04::read(path).map_err(|e| anyhow!(e))?;
    let source = match &g.models {
        Some(d) => Source::Directory(d),
        None => Source::Embedded,
    };
    let analyzer = newsgraph::analyse::Analyzer::with_models(
        &source,
        &[Model::Tagger, Model::Lemma, Model::Parser, Model::Ner],
    )?;
    let classifier = RelationClassifier::from_bytes(&load(g, Model::Relations)?)?;
    let (end_to_end, given) = score::evaluate(&sentences, &classifier, |text| {
        analyzer.analyse_text(text).map_err(|e| e.to_string())
    })
    .map_err(|e| anyhow!("{}: {e}", path.display()))?;
    println!(
        "{} sentences, {} gold relations",
        sentences.len(),
        end_to_end.gold
    );
    println!("with the gold entities given:");
    print!("{}", given.report(0.8));
    print!("{}", given.curve());
    println!("{} (gold entities)", given.line());
    println!("end to end (the NER's entities):");
    println!("{}", end_to_end.entity_line());
    print!("{}", end_to_end.report(0.8));
    print!("{}", end_to_end.curve());
    println!("{}", end_to_end.line());
    Ok(())
}

/// Types of the common-noun mentions of GUM dev under `data`: accuracy of
/// the shipped typing (word lists, then the learnt table) and of the word
/// lists alone.
fn types(data: &std::path::Path) -> anyhow::Result<()> {
    use newsgraph_core::lexicon::{noun_class, noun_type};
    use newsgraph_core::EntityType;
    let dev = newsgraph_nlp::corpus::read_gum_dev(data).map_err(|e| anyhow!(e))?;
    let name = |t: EntityType| match t {
        EntityType::Group => "group",
        EntityType::Organization => "organization",
        EntityType::Place => "place",
        EntityType::Artifact => "artifact",
        EntityType::Event => "event",
        EntityType::Time => "time",
        _ => "concept",
    };
    let acc = |predict: &dyn Fn(&str) -> EntityType| {
        let (right, total) =
            newsgraph_nlp::gum::NounTypes::accuracy(&dev, |l| name(predict(l)).to_string());
        (right, total, right as f64 / total.max(1) as f64)
    };
    let (r, n, a) = acc(&noun_type);
    let (lr, _, la) = acc(&|l| noun_class(l).map_or(EntityType::Concept, |c| c.entity_type()));
    println!("types: {n} common-noun mentions of GUM dev");
    println!("types accuracy={a:.3} ({r}/{n}); word lists alone {la:.3} ({lr}/{n})");
    Ok(())
}

/// The mention typer on GUM dev's documents as the pipeline analyses them:
/// the type of each mention a common noun heads, by the model, by the word
/// lists then the learnt table (what the extraction used before the
/// model), and by the word lists then the model.
fn mention_types(g: &Global, data: &std::path::Path) -> anyhow::Result<()> {
    use newsgraph_core::lexicon::{listed_noun_type, noun_class, noun_type};
    use newsgraph_nlp::mention_type::{train, MentionTyper, CLASSES};
    let examples = super::train::mention_type_examples(g, data, true)?;
    let typer = MentionTyper::from_bytes(&load(g, Model::MentionTypes)?)?;
    let class = |t: newsgraph_core::EntityType| {
        let name = format!("{t:?}").to_lowercase();
        CLASSES.iter().position(|c| *c == name).unwrap_or(0)
    };
    let lemma = |d: &newsgraph_nlp::Doc, h: usize| d.tokens[h].lemma.to_lowercase();
    let (m, n) = train::accuracy(&examples, |d, h| typer.predict(d, h));
    let (t, _) = train::accuracy(&examples, |d, h| class(noun_type(&lemma(d, h))));
    let (l, _) = train::accuracy(&examples, |d, h| {
        noun_class(&lemma(d, h)).map_or_else(|| typer.predict(d, h), |c| class(c.entity_type()))
    });
    let (u, _) = train::accuracy(&examples, |d, h| {
        listed_noun_type(&lemma(d, h)).map_or_else(|| typer.predict(d, h), class)
    });
    let pct = |x: usize| x as f64 / n.max(1) as f64;
    println!("mention types: {n} mentions headed by a common noun in GUM dev, as analysed");
    println!(
        "mention types accuracy={:.3} ({u}/{n}) as shipped (word lists, table, then model); model alone {:.3} ({m}/{n}); word lists then table {:.3} ({t}/{n}); word lists then model {:.3} ({l}/{n})",
        pct(u),
        pct(m),
        pct(t),
        pct(l)
    );
    Ok(())
}

/// Extracts every text of the PolNeAR split `dir` and scores the
/// attributions and claims against its annotations.
fn attribution(g: &Global, dir: &std::path::Path) -> anyhow::Result<()> {
    let gold = polnear::read_split(dir)
        .map_err(|e| anyhow!("{}: {e} (expected text/ and attributions/)", dir.display()))?;
    let engine = g.engine(&["rules".to_string()])?;
    let mut scores = AttributionScores::default();
    for doc in &gold {
        let path = dir.join("text").join(format!("{}.txt", doc.name));
        let article = newsgraph::read::read_file(&path)
            .into_iter()
            .next()
            .ok_or_else(|| anyhow!("{}: nothing read", path.display()))??;
        let ex = engine.extract(&article)?;
        scores.add(&article.text, &doc.attributions, &ex);
    }
    println!(
        "articles {}, gold attributions {}",
        scores.articles,
        gold.iter().map(|d| d.attributions.len()).sum::<usize>()
    );
    for line in scores.lines() {
        println!("{line}");
    }
    Ok(())
}
