//! Notes which trained models exist under `models/`, so the binary embeds
//! them (`include_bytes!`) and a checkout without one still builds: the
//! `train` command can then produce it.

fn main() {
    println!("cargo:rerun-if-changed=../../models");
    for name in [
        "tagger",
        "lemma",
        "parser",
        "ner",
        "attribution",
        "relations",
        "pronouns",
        "mention_types",
    ] {
        let path = format!("../../models/{name}.bin");
        println!("cargo:rerun-if-changed={path}");
        println!("cargo::rustc-check-cfg=cfg(model_{name})");
        if std::path::Path::new(&path).exists() {
            println!("cargo:rustc-cfg=model_{name}");
        }
    }
}
