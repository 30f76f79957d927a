//! Tokenises a text file with newsgraph's tokeniser, runs the NER on it as
//! one document and prints the entities with their character spans.
//!
//! cargo run --release --example ner_text -- MODEL FILE

use newsgraph_nlp::ner::Ner;
use newsgraph_nlp::Component;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let ner = Ner::from_bytes(&std::fs::read(&args[0]).unwrap()).unwrap();
    let text = std::fs::read_to_string(&args[1]).unwrap();
    let mut doc = newsgraph_nlp::tokenize::tokenize(&text);
    ner.process(&mut doc).expect("the NER reads tokens only");
    for e in &doc.entities {
        let s: String = doc
            .text
            .chars()
            .skip(e.start)
            .take(e.end - e.start)
            .collect();
        println!("{}\t{}..{}\t{s}", e.label, e.start, e.end);
    }
}
