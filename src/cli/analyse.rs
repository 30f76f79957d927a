//! `newsgraph analyse PATH...`: what the NLP models make of an article, as
//! CoNLL-U (tokens, lemmas, tags, heads, relations; named entities in MISC).

use super::Global;
use newsgraph::analyse::Analyzer;
use newsgraph_nlp::Doc;
use std::io::Write;
use std::path::PathBuf;

#[derive(clap::Args)]
pub struct AnalyseArgs {
    /// Articles to analyse (their body), or - for stdin.
    #[arg(required = true)]
    pub paths: Vec<PathBuf>,
    /// Write to this file instead of stdout.
    #[arg(long, short)]
    pub output: Option<PathBuf>,
}

/// Writes `doc` as CoNLL-U; `Entity=B-ORG` style labels and character
/// offsets go in MISC.
pub fn write_conllu(doc: &Doc, out: &mut dyn Write) -> std::io::Result<()> {
    let mut ent = vec![String::new(); doc.tokens.len()];
    for e in &doc.entities {
        for (k, t) in e.tokens.clone().enumerate() {
            ent[t] = format!("{}-{}", if k == 0 { "B" } else { "I" }, e.label);
        }
    }
    for (i, s) in doc.sentences.iter().enumerate() {
        writeln!(out, "# sent_id = {}", i + 1)?;
        let text: String = doc
            .text
            .chars()
            .skip(s.start)
            .take(s.end - s.start)
            .collect();
        writeln!(out, "# text = {}", text.replace('\n', " "))?;
        for t in s.tokens.clone() {
            let tok = &doc.tokens[t];
            let head = tok.head.map(|h| h - s.tokens.start + 1).unwrap_or(0);
            let mut misc = vec![format!("TokenRange={}:{}", tok.start, tok.end)];
            if !ent[t].is_empty() {
                misc.push(format!("Entity={}", ent[t]));
            }
            if !tok.space_after {
                misc.push("SpaceAfter=No".into());
            }
            let dash = |s: &str| {
                if s.is_empty() {
                    "_".to_string()
                } else {
                    s.to_string()
                }
            };
            writeln!(
                out,
                "{}\t{}\t{}\t{}\t{}\t_\t{}\t{}\t_\t{}",
                t - s.tokens.start + 1,
                tok.text,
                dash(&tok.lemma),
                tok.upos.as_str(),
                dash(&tok.xpos),
                head,
                tok.deprel.as_str(),
                misc.join("|")
            )?;
        }
        writeln!(out)?;
    }
    Ok(())
}

pub fn run(g: &Global, a: AnalyseArgs) -> anyhow::Result<i32> {
    let analyzer = match &g.models {
        Some(dir) => Analyzer::from_dir(dir)?,
        None => Analyzer::embedded()?,
    };
    let mut out = super::output(&a.output)?;
    let mut failed = 0;
    for r in newsgraph::read::read_inputs(&a.paths) {
        match r {
            Ok(article) => {
                for w in &article.warnings {
                    eprintln!("warning: {w}");
                }
                let analysed =
                    newsgraph::guard::contained(&article.source, || analyzer.analyse(&article));
                match analysed {
                    Ok(doc) => {
                        writeln!(out, "# newdoc id = {}", article.source)?;
                        write_conllu(&doc, &mut out)?;
                    }
                    Err(e) => {
                        failed += 1;
                        eprintln!("error: {e}");
                    }
                }
            }
            Err(e) => {
                failed += 1;
                eprintln!("error: {e}");
            }
        }
    }
    out.flush()?;
    Ok(if failed > 0 { 1 } else { 0 })
}
