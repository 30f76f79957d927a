//! Prints the sentences of a text read from standard input, one a line,
//! tokens separated by " | " (to eyeball the tokeniser on real articles).
//!
//! Usage: cargo run --release --example tokenize_text < article.txt

use std::io::Read;

fn main() {
    let mut text = String::new();
    if let Err(e) = std::io::stdin().read_to_string(&mut text) {
        eprintln!("stdin: {e}");
        std::process::exit(1);
    }
    let doc = newsgraph_nlp::tokenize::tokenize(&text);
    for s in &doc.sentences {
        let words: Vec<&str> = doc.tokens[s.tokens.clone()]
            .iter()
            .map(|t| t.text.as_str())
            .collect();
        println!("{}", words.join(" | "));
    }
}
