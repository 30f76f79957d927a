//! Runs the analysis and the attribution tagger over a PolNeAR split and
//! writes one `NAME.json` per text, in the extraction format (DESIGN.md,
//! "JSON extraction format": `article`, `entities`, `relations`,
//! `attributions`), for `../shared/tools/score_attribution.py`:
//!
//! cargo run --release -p newsgraph-extract --example eval_attribution -- \
//!     MODEL.bin ../shared/data/polnear/dev OUT_DIR
//! python3 ../shared/tools/score_attribution.py ../shared/data/polnear/dev OUT_DIR
//!
//! Each `text/NAME.txt` is analysed as it is (offsets are code points of
//! the file), as training analysed it. Prints the speed of the analysis and
//! of the attribution stage.

use newsgraph_extract::analyse::Analyzer;
use newsgraph_nlp::attribution::{is_negated, span_text, Attributor};
use newsgraph_nlp::Doc;
use serde_json::{json, Value};
use std::path::{Path, PathBuf};
use std::time::Instant;

/// The `attributions` list of one document.
fn attributions(m: &Attributor, doc: &Doc) -> Vec<Value> {
    m.find(doc)
        .iter()
        .map(|f| {
            let cue = f.cue.as_ref();
            let cue_lemma = cue.map(|c| {
                doc.tokens[c.clone()]
                    .iter()
                    .map(|t| t.lemma.to_lowercase())
                    .collect::<Vec<_>>()
                    .join("_")
            });
            json!({
                "source": null,
                "source_text": f.source.as_ref().map(|s| span_text(doc, s)),
                "cue": cue_lemma,
                "cue_start": cue.map(|c| doc.tokens[c.start].start),
                "cue_end": cue.map(|c| doc.tokens[c.end - 1].end),
                "start": doc.tokens[f.content.start].start,
                "end": doc.tokens[f.content.end - 1].end,
                "negated": cue.is_some_and(|c| is_negated(doc, c)),
                "modality": "asserted",
                "reported_by": null,
            })
        })
        .collect()
}

fn texts(split: &Path) -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = std::fs::read_dir(split.join("text"))
        .expect("SPLIT_DIR/text")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    v.sort();
    v
}

fn main() {
    let args: Vec<PathBuf> = std::env::args_os().skip(1).map(PathBuf::from).collect();
    if args.len() != 3 {
        eprintln!("usage: eval_attribution MODEL.bin SPLIT_DIR OUT_DIR");
        std::process::exit(2);
    }
    let t0 = Instant::now();
    let model = Attributor::from_bytes(&std::fs::read(&args[0]).expect("model")).expect("model");
    eprintln!("model loaded in {:.4}s", t0.elapsed().as_secs_f64());
    let analyzer = Analyzer::embedded().expect("analyzer");
    std::fs::create_dir_all(&args[2]).expect("OUT_DIR");
    let (mut tokens, mut t_analyse, mut t_attr) = (0usize, 0.0, 0.0);
    for path in texts(&args[1]) {
        let text = std::fs::read_to_string(&path).expect("text");
        let t1 = Instant::now();
        let doc = analyzer.analyse_text(&text).expect("analysis");
        let t2 = Instant::now();
        let attrs = attributions(&model, &doc);
        t_attr += t2.elapsed().as_secs_f64();
        t_analyse += (t2 - t1).as_secs_f64();
        tokens += doc.tokens.len();
        let name = path.file_stem().unwrap().to_string_lossy().into_owned();
        let out = json!({
            "article": {"iri": null, "title": name, "published": null, "url": null},
            "entities": [],
            "relations": [],
            "attributions": attrs,
        });
        let file = args[2].join(format!("{name}.json"));
        std::fs::write(file, serde_json::to_string_pretty(&out).unwrap()).expect("write");
    }
    eprintln!(
        "{tokens} tokens: analysis {:.0} tokens/s, attribution stage {:.0} tokens/s (+{:.1}% time)",
        tokens as f64 / t_analyse,
        tokens as f64 / t_attr,
        100.0 * t_attr / t_analyse
    );
}
