//! Criterion benchmarks of the stages on the example article: analysis
//! (tokenise, tag, lemmatise, parse, NER), extraction and resolution, RDF
//! mapping, and a batch written to an in-memory store. For corpus-level
//! figures (articles/s, quads/s, peak memory, the bulk loader's speed) run
//! `newsgraph bench`.

use criterion::{criterion_group, criterion_main, Criterion};
use newsgraph::extract::Registry;
use newsgraph::store::GraphStore;
use newsgraph::{pipeline, Engine};
use std::hint::black_box;

fn example() -> newsgraph::read::Article {
    let path =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/articles/zpmc-cranes.txt");
    newsgraph::read::read_file(&path)
        .into_iter()
        .next()
        .expect("one article")
        .expect("the example reads")
}

fn stages(c: &mut Criterion) {
    let article = example();
    let engine = Engine::new(
        newsgraph::vocab::DEFAULT_BASE,
        Registry::default_set(),
        None,
    )
    .expect("models embedded");
    c.bench_function("analyse example", |b| {
        b.iter(|| black_box(engine.analyzer().analyse(&article)))
    });
    c.bench_function("extract example (analysis included)", |b| {
        b.iter(|| black_box(engine.extract(&article)))
    });
    let ex = engine.extract(&article).expect("the example extracts");
    c.bench_function("map example to quads", |b| {
        b.iter(|| black_box(pipeline::graph(&ex, &article).unwrap()))
    });
    let batch: Vec<_> = (0..16)
        .map(|i| {
            let mut a = article.clone();
            a.url = Some(format!("https://example.com/{i}"));
            let mut ex = engine.extract_batch(std::slice::from_ref(&a));
            pipeline::graph(&ex.remove(0).unwrap(), &a).unwrap()
        })
        .collect();
    c.bench_function("write 16 articles to a store", |b| {
        b.iter_batched(
            || GraphStore::in_memory().unwrap(),
            |store| store.write_batch(&batch).unwrap(),
            criterion::BatchSize::LargeInput,
        )
    });
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(20);
    targets = stages
}
criterion_main!(benches);
