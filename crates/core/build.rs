//! Reads the word lists of `lexicons/` (see `lexicons/README.md`) and writes
//! one perfect-hash map per list into `OUT_DIR`, which the modules of
//! `src/lexicon/` include. A malformed line, an unknown class or a word
//! listed twice fails the build with the file and line. The city gazetteer
//! (`ontologies/cities.tsv`) becomes a map too, so that no run parses it.

use std::collections::HashMap;
use std::fmt::Write as _;
use std::path::Path;

/// One word list: its file, the static it becomes, the enum of its classes
/// and the classes the file may use (lower-case; the variant is the class
/// with its first letter upper-cased).
struct List {
    file: &'static str,
    map: &'static str,
    ty: &'static str,
    classes: &'static [&'static str],
}

const NOUN_CLASSES: &[&str] = &[
    "time",
    "group",
    "organization",
    "artifact",
    "place",
    "event",
];

const LISTS: &[List] = &[
    List {
        file: "nouns.tsv",
        map: "NOUNS",
        ty: "NounClass",
        classes: NOUN_CLASSES,
    },
    List {
        file: "class_nouns.tsv",
        map: "CLASS_NOUNS",
        ty: "NounClass",
        classes: &["organization", "place", "artifact"],
    },
    List {
        file: "units.tsv",
        map: "UNITS",
        ty: "UnitClass",
        classes: &["length", "mass", "volume", "ratio", "time", "money"],
    },
    List {
        file: "light_nouns.tsv",
        map: "LIGHT_NOUNS",
        ty: "LightNounClass",
        classes: &["kind", "amount", "number"],
    },
    List {
        file: "attribution.tsv",
        map: "ATTRIBUTION",
        ty: "SpeechClass",
        classes: &[
            "saying",
            "remark",
            "accusation",
            "attribution",
            "adjective",
            "ascription",
        ],
    },
    List {
        file: "content_nouns.tsv",
        map: "CONTENT_NOUNS",
        ty: "ContentClass",
        classes: &["statement", "belief", "possibility"],
    },
    List {
        file: "modality.tsv",
        map: "MODALITY",
        ty: "ClauseModifier",
        classes: &[
            "hedge",
            "negation",
            "refusal",
            "intention",
            "past",
            "possibility",
        ],
    },
    List {
        file: "function_words.tsv",
        map: "FUNCTION_WORDS",
        ty: "FunctionWordClass",
        classes: &[
            "personal",
            "wh",
            "demonstrative",
            "quantifier",
            "indefinite",
            "locative",
        ],
    },
    List {
        file: "quantifier_pronouns.tsv",
        map: "QUANTIFIER_PRONOUNS",
        ty: "QuantifierClass",
        classes: &["quantifier"],
    },
    List {
        file: "label_modifiers.tsv",
        map: "LABEL_MODIFIERS",
        ty: "ModifierClass",
        classes: &["quantifier", "identity", "sequence", "size"],
    },
    List {
        file: "determiners.tsv",
        map: "DETERMINERS",
        ty: "DeterminerClass",
        classes: &[
            "article",
            "demonstrative",
            "possessive",
            "number",
            "quantifier",
        ],
    },
    List {
        file: "particles.tsv",
        map: "PARTICLES",
        ty: "ParticleClass",
        classes: &["particle"],
    },
    List {
        file: "company_suffixes.tsv",
        map: "COMPANY_SUFFIXES",
        ty: "SuffixClass",
        classes: &["form", "holding"],
    },
    List {
        file: "titles.tsv",
        map: "TITLES",
        ty: "TitleClass",
        classes: &["courtesy", "profession", "office"],
    },
    List {
        file: "invariant_nouns.tsv",
        map: "INVARIANT_NOUNS",
        ty: "InvariantClass",
        classes: &["plural", "invariant", "field", "singular"],
    },
];

/// The class a word of `attribution.tsv` needs for a third column (the
/// verb its claim is recorded with); no other line has one.
const WITH_CLAIM_VERB: &str = "adjective";

/// The meaningful lines of a list: (line number, fields), `#` comments and
/// blank lines left out.
fn lines(path: &str, text: &str) -> Vec<(usize, Vec<String>)> {
    let mut out = Vec::new();
    for (i, raw) in text.lines().enumerate() {
        let line = raw.split('#').next().unwrap_or("");
        if line.trim().is_empty() {
            continue;
        }
        let fields: Vec<String> = line
            .trim_end()
            .split('\t')
            .map(|f| f.trim().to_string())
            .collect();
        let n = i + 1;
        for f in &fields {
            if f.is_empty() || f.contains(char::is_whitespace) {
                fail(path, n, "malformed line: expected `word<TAB>class`, one tab between fields, no empty field and no spaces");
            }
            if f.chars().any(char::is_uppercase) {
                fail(
                    path,
                    n,
                    &format!("`{f}` is not lower-case (lookups lower-case the word)"),
                );
            }
        }
        out.push((n, fields));
    }
    out
}

fn fail(path: &str, line: usize, msg: &str) -> ! {
    panic!("\n{path}:{line}: {msg}\n")
}

fn variant(class: &str) -> String {
    let mut c = class.chars();
    c.next()
        .map(|f| f.to_uppercase().chain(c).collect())
        .unwrap_or_default()
}

fn read(dir: &Path, file: &str) -> (String, String) {
    let path = dir.join(file);
    println!("cargo:rerun-if-changed={}", path.display());
    let shown = format!("lexicons/{file}");
    let text = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("\n{shown}: cannot read it: {e}\n"));
    (shown, text)
}

/// The map of one list, and for `attribution.tsv` that of its claim verbs.
fn generate(dir: &Path, list: &List) -> String {
    let (path, text) = read(dir, list.file);
    let mut map = phf_codegen::Map::new();
    let mut claim_verbs = phf_codegen::Map::new();
    let mut seen: HashMap<String, usize> = HashMap::new();
    let with_verbs = list.file == "attribution.tsv";
    for (n, fields) in lines(&path, &text) {
        let (word, class) = match fields.as_slice() {
            [w, c] => (w, c),
            [w, c, v] if with_verbs && c == WITH_CLAIM_VERB => {
                claim_verbs.entry(w.clone(), &format!("{v:?}"));
                (w, c)
            }
            _ => fail(&path, n, "malformed line: expected `word<TAB>class`"),
        };
        if with_verbs && class == WITH_CLAIM_VERB && fields.len() != 3 {
            fail(
                &path,
                n,
                "an adjective needs a third column: the verb of its claim",
            );
        }
        if !list.classes.contains(&class.as_str()) {
            let expected = list.classes.join(", ");
            fail(
                &path,
                n,
                &format!("unknown class `{class}` (one of: {expected})"),
            );
        }
        if let Some(first) = seen.insert(word.clone(), n) {
            fail(
                &path,
                n,
                &format!("`{word}` is listed twice (first on line {first})"),
            );
        }
        map.entry(word.clone(), &format!("{}::{}", list.ty, variant(class)));
    }
    let mut out = String::new();
    writeln!(
        out,
        "/// Generated from `{path}`.\npub(crate) static {}: phf::Map<&'static str, {}> = {};",
        list.map,
        list.ty,
        map.build()
    )
    .unwrap();
    if with_verbs {
        writeln!(
            out,
            "/// Generated from the third column of `{path}`.\npub(crate) static CLAIM_VERBS: phf::Map<&'static str, &'static str> = {};",
            claim_verbs.build()
        )
        .unwrap();
    }
    out
}

/// `idioms.tsv`: `predicate<TAB>object` pairs, as predicate -> objects.
fn idioms(dir: &Path) -> String {
    let (path, text) = read(dir, "idioms.tsv");
    let mut by_predicate: Vec<(String, Vec<String>)> = Vec::new();
    let mut seen: HashMap<(String, String), usize> = HashMap::new();
    for (n, fields) in lines(&path, &text) {
        let [p, o] = fields.as_slice() else {
            fail(&path, n, "malformed line: expected `predicate<TAB>object`")
        };
        if let Some(first) = seen.insert((p.clone(), o.clone()), n) {
            fail(
                &path,
                n,
                &format!("`{p} {o}` is listed twice (first on line {first})"),
            );
        }
        match by_predicate.iter_mut().find(|(q, _)| q == p) {
            Some((_, objects)) => objects.push(o.clone()),
            None => by_predicate.push((p.clone(), vec![o.clone()])),
        }
    }
    let mut map = phf_codegen::Map::new();
    for (p, objects) in &by_predicate {
        map.entry(p.as_str(), &format!("&{objects:?}"));
    }
    format!(
        "/// Generated from `{path}`.\npub(crate) static IDIOMS: phf::Map<&'static str, &'static [&'static str]> = {};\n",
        map.build()
    )
}

include!("src/place_name.rs");

/// `ontologies/cities.tsv` as a map from each normalised name (and the name
/// without diacritics) to its most populous city: `(id, name, country,
/// population)`.
fn cities(path: &Path) -> String {
    println!("cargo:rerun-if-changed={}", path.display());
    let text = std::fs::read_to_string(path)
        .unwrap_or_else(|e| panic!("\nontologies/cities.tsv: cannot read it: {e}\n"));
    let mut best: HashMap<String, (u32, String, String, u64)> = HashMap::new();
    for (n, line) in text.lines().enumerate() {
        if line.starts_with('#') {
            continue;
        }
        let cols: Vec<&str> = line.split('\t').collect();
        let bad = || -> ! {
            fail(
                "ontologies/cities.tsv",
                n + 1,
                "expected `id<TAB>name<TAB>ascii name<TAB>country<TAB>population`",
            )
        };
        let [id, name, folded, country, population] = cols[..] else {
            bad()
        };
        let (Ok(id), Ok(population)) = (id.parse::<u32>(), population.parse::<u64>()) else {
            bad()
        };
        for key in [name, folded].iter().filter(|k| !k.is_empty()) {
            let city = (id, name.to_string(), country.to_string(), population);
            let slot = best.entry(normalise(key)).or_insert_with(|| city.clone());
            if population > slot.3 {
                *slot = city;
            }
        }
    }
    let mut keys: Vec<&String> = best.keys().collect();
    keys.sort();
    let mut map = phf_codegen::Map::new();
    for k in keys {
        let (id, name, country, population) = &best[k];
        map.entry(
            k.clone(),
            &format!("({id}, {name:?}, {country:?}, {population})"),
        );
    }
    format!(
        "/// Generated from `ontologies/cities.tsv`.\npub(crate) static CITIES: phf::Map<&'static str, (u32, &'static str, &'static str, u64)> = {};\n",
        map.build()
    )
}

/// `models/noun_types.tsv` (the types of common nouns learnt from GUM,
/// `newsgraph train types`) as a map from lemma to type.
fn noun_types(path: &Path) -> String {
    println!("cargo:rerun-if-changed={}", path.display());
    let text = std::fs::read_to_string(path)
        .unwrap_or_else(|e| panic!("\nmodels/noun_types.tsv: cannot read it: {e}\n"));
    let mut map = phf_codegen::Map::new();
    for (n, line) in text.lines().enumerate() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let cols: Vec<&str> = line.split('\t').collect();
        let [lemma, ty, _, _] = cols[..] else {
            fail(
                "models/noun_types.tsv",
                n + 1,
                "expected `lemma<TAB>type<TAB>count<TAB>count`",
            )
        };
        map.entry(lemma.to_string(), &format!("{ty:?}"));
    }
    format!(
        "/// Generated from `models/noun_types.tsv`.\npub(crate) static LEARNED_NOUN_TYPES: phf::Map<&'static str, &'static str> = {};\n",
        map.build()
    )
}

fn main() {
    let manifest = std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR");
    let dir = Path::new(&manifest).join("../../lexicons");
    println!("cargo:rerun-if-changed={}", dir.display());
    let out = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    let write = |name: &str, code: String| {
        std::fs::write(Path::new(&out).join(name), code).expect("OUT_DIR is writable");
    };
    for list in LISTS {
        let stem = list.file.trim_end_matches(".tsv");
        write(&format!("lexicon_{stem}.rs"), generate(&dir, list));
    }
    write("lexicon_idioms.rs", idioms(&dir));
    write(
        "cities.rs",
        cities(&Path::new(&manifest).join("../../ontologies/cities.tsv")),
    );
    write(
        "noun_types.rs",
        noun_types(&Path::new(&manifest).join("../../models/noun_types.tsv")),
    );
}
