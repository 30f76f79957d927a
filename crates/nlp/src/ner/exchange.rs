//! Word clusters from unlabelled text by the exchange algorithm (Kneser & Ney
//! 1993; Martin, Liermann & Ney 1998): each word in turn moves to the class
//! that most raises the likelihood of a class bigram model,
//! `sum N(c,d) log N(c,d) - 2 sum N(c) log N(c)`. Words are lower-cased with
//! digits folded (the NER's lower-case key); clusterings at several
//! granularities give each word several cluster ids.

use super::clusters::Clusters;
use super::text::lower_word;
use crate::perceptron::string_id;
use rustc_hash::FxHashMap;

fn xlogx(x: f64) -> f64 {
    if x <= 0.0 {
        0.0
    } else {
        x * x.ln()
    }
}

/// Words seen fewer times than this share one vocabulary entry.
const MIN_COUNT: u32 = 2;

struct Corpus {
    /// lower-case form of each vocabulary entry (entry 0: rare words, 1: sentence boundary)
    words: Vec<String>,
    counts: Vec<f64>,
    /// per word: (right neighbour, count) and (left neighbour, count)
    right: Vec<Vec<(u32, f64)>>,
    left: Vec<Vec<(u32, f64)>>,
}

fn corpus(text: &[Vec<&str>]) -> Corpus {
    let mut buf = String::new();
    let mut freq: FxHashMap<String, u32> = FxHashMap::default();
    for s in text {
        for w in s {
            lower_word(w, &mut buf);
            *freq.entry(buf.clone()).or_default() += 1;
        }
    }
    let mut vocab: Vec<(String, u32)> = freq.into_iter().filter(|e| e.1 >= MIN_COUNT).collect();
    vocab.sort_unstable_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    let mut words = vec!["<rare>".to_string(), "<s>".to_string()];
    words.extend(vocab.into_iter().map(|e| e.0));
    let index: FxHashMap<&str, u32> = words
        .iter()
        .enumerate()
        .map(|(i, w)| (w.as_str(), i as u32))
        .collect();
    let n = words.len();
    let mut counts = vec![0.0; n];
    let mut pairs: FxHashMap<(u32, u32), u32> = FxHashMap::default();
    for s in text {
        let mut prev = 1u32;
        counts[1] += 1.0;
        for w in s {
            lower_word(w, &mut buf);
            let i = index.get(buf.as_str()).copied().unwrap_or(0);
            counts[i as usize] += 1.0;
            *pairs.entry((prev, i)).or_default() += 1;
            prev = i;
        }
        *pairs.entry((prev, 1)).or_default() += 1;
    }
    let mut pairs: Vec<((u32, u32), u32)> = pairs.into_iter().collect();
    pairs.sort_unstable();
    let mut right = vec![Vec::new(); n];
    let mut left = vec![Vec::new(); n];
    for ((a, b), c) in pairs {
        right[a as usize].push((b, c as f64));
        left[b as usize].push((a, c as f64));
    }
    Corpus {
        words,
        counts,
        right,
        left,
    }
}

/// Assigns each vocabulary entry one of `k` classes.
fn exchange(c: &Corpus, k: usize, passes: usize, log: &mut dyn FnMut(&str)) -> Vec<u32> {
    let n = c.words.len();
    let mut class: Vec<u32> = (0..n).map(|i| (i % k) as u32).collect();
    let mut nn = vec![0.0f64; k * k]; // nn[a * k + b]: class bigram counts
    let mut nc = vec![0.0f64; k];
    for w in 0..n {
        nc[class[w] as usize] += c.counts[w];
        for &(v, x) in &c.right[w] {
            nn[class[w] as usize * k + class[v as usize] as usize] += x;
        }
    }
    let mut r = vec![0.0f64; k];
    let mut l = vec![0.0f64; k];
    let mut tr: Vec<usize> = Vec::new();
    let mut tl: Vec<usize> = Vec::new();
    for pass in 0..passes {
        let mut moved = 0;
        for w in 0..n {
            let a = class[w] as usize;
            let nw = c.counts[w];
            let mut s = 0.0;
            for &(v, x) in &c.right[w] {
                if v as usize == w {
                    s += x;
                    continue;
                }
                let cv = class[v as usize] as usize;
                if r[cv] == 0.0 {
                    tr.push(cv);
                }
                r[cv] += x;
            }
            for &(u, x) in &c.left[w] {
                if u as usize == w {
                    continue;
                }
                let cu = class[u as usize] as usize;
                if l[cu] == 0.0 {
                    tl.push(cu);
                }
                l[cu] += x;
            }
            // take w out of its class
            for &d in &tr {
                nn[a * k + d] -= r[d];
            }
            for &d in &tl {
                nn[d * k + a] -= l[d];
            }
            nn[a * k + a] -= s;
            nc[a] -= nw;
            // the gain of putting it into each class
            let gain = |b: usize, nn: &[f64], nc: &[f64]| -> f64 {
                let mut g = 0.0;
                for &d in &tr {
                    if d != b {
                        let x = nn[b * k + d];
                        g += xlogx(x + r[d]) - xlogx(x);
                    }
                }
                for &d in &tl {
                    if d != b {
                        let x = nn[d * k + b];
                        g += xlogx(x + l[d]) - xlogx(x);
                    }
                }
                let x = nn[b * k + b];
                g += xlogx(x + r[b] + l[b] + s) - xlogx(x);
                g - 2.0 * (xlogx(nc[b] + nw) - xlogx(nc[b]))
            };
            let mut best = a;
            let mut best_gain = gain(a, &nn, &nc);
            for b in 0..k {
                if b != a {
                    let g = gain(b, &nn, &nc);
                    if g > best_gain + 1e-9 {
                        best = b;
                        best_gain = g;
                    }
                }
            }
            let b = best;
            if b != a {
                moved += 1;
            }
            for &d in &tr {
                nn[b * k + d] += r[d];
            }
            for &d in &tl {
                nn[d * k + b] += l[d];
            }
            nn[b * k + b] += s;
            nc[b] += nw;
            class[w] = b as u32;
            for &d in &tr {
                r[d] = 0.0;
            }
            for &d in &tl {
                l[d] = 0.0;
            }
            tr.clear();
            tl.clear();
        }
        log(&format!(
            "clusters k={k}: pass {} moved {moved} of {n} words",
            pass + 1
        ));
    }
    class
}

/// Clusters the words of `text` into `k` and `4 k` classes.
pub(crate) fn cluster(
    text: &[Vec<&str>],
    k: usize,
    passes: usize,
    _seed: u64,
    log: &mut dyn FnMut(&str),
) -> Clusters {
    let c = corpus(text);
    log(&format!(
        "clusters: {} words in the vocabulary",
        c.words.len()
    ));
    let levels = [k, 4 * k];
    let assignments: Vec<Vec<u32>> = levels
        .iter()
        .map(|&k| exchange(&c, k, passes, log))
        .collect();
    let mut out = Clusters::default();
    for (w, word) in c.words.iter().enumerate().skip(2) {
        let ids = assignments
            .iter()
            .enumerate()
            .map(|(g, a)| ((g as u64) << 24) | a[w] as u64)
            .collect();
        out.insert(string_id(word), ids);
    }
    log(&format!("clusters: {} words clustered", out.len()));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn groups_words_that_share_contexts() {
        // two word classes with disjoint contexts
        let mut text: Vec<Vec<&str>> = Vec::new();
        for _ in 0..20 {
            for x in ["paris", "london", "berlin"] {
                text.push(vec!["flew", "to", x, "today"]);
            }
            for y in ["ran", "walked", "swam"] {
                text.push(vec!["she", y, "home", "today"]);
            }
        }
        let c = corpus(&text);
        let class = exchange(&c, 4, 5, &mut |_| {});
        let of = |w: &str| class[c.words.iter().position(|x| x == w).unwrap()];
        assert_eq!(of("paris"), of("london"));
        assert_eq!(of("paris"), of("berlin"));
        assert_eq!(of("ran"), of("swam"));
        assert_ne!(of("paris"), of("ran"));
    }
}
