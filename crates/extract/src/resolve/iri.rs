//! Stable IRIs: for articles (from the URL, else the content) and entities
//! (from their resolution key).

use newsgraph_core::Article;
use sha2::{Digest, Sha256};

/// Checks that `base` is an absolute IRI ending with `/` or `#`.
pub fn check_base(base: &str) -> Result<(), crate::Error> {
    let problem = |p: String| crate::Error::BaseIri {
        base: base.to_string(),
        problem: p,
    };
    oxiri::Iri::parse(base).map_err(|e| problem(format!("is not an IRI: {e}")))?;
    if !base.ends_with('/') && !base.ends_with('#') {
        return Err(problem("must end with '/' or '#'".into()));
    }
    Ok(())
}

fn short_hash(s: &str) -> String {
    let d = Sha256::digest(s.as_bytes());
    d.iter().take(8).map(|b| format!("{b:02x}")).collect()
}

/// The article's IRI: a hash of its URL when it has one (fragment and
/// trailing slash ignored), else of its title and body text, so the same
/// article read twice, from any file, gets the same IRI.
pub fn article_iri(base: &str, article: &Article) -> String {
    let identity = match &article.url {
        Some(u) if !u.trim().is_empty() => {
            let u = u.trim();
            let u = u.split('#').next().unwrap_or(u);
            format!("url:{}", u.trim_end_matches('/'))
        }
        _ => {
            let body: String = article
                .body_text()
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ");
            format!("text:{}\n{}", article.title.trim(), body)
        }
    };
    format!("{base}article/{}", short_hash(&identity))
}

/// The IRI of the entity with resolution key `key` (`zpmc`, `country/us`).
pub fn entity_iri(base: &str, key: &str) -> String {
    let path: Vec<String> = key.split('/').map(slug).collect();
    format!("{base}entity/{}", path.join("/"))
}

/// Lowercase letters and digits, other runs of characters as one `-`.
pub fn slug(s: &str) -> String {
    let mut out = String::new();
    let mut dash = false;
    for c in s.chars() {
        if c.is_alphanumeric() {
            if dash && !out.is_empty() {
                out.push('-');
            }
            dash = false;
            out.extend(c.to_lowercase());
        } else {
            dash = true;
        }
    }
    if out.is_empty() {
        short_hash(s)
    } else {
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_and_iris_are_stable() {
        assert_eq!(
            slug("Shanghai Zhenhua  Heavy-Industries"),
            "shanghai-zhenhua-heavy-industries"
        );
        assert_eq!(
            entity_iri("http://x/", "country/us"),
            "http://x/entity/country/us"
        );
        let a = Article {
            url: Some("https://example.com/a/".into()),
            ..Default::default()
        };
        let b = Article {
            url: Some("https://example.com/a#top".into()),
            title: "other".into(),
            ..Default::default()
        };
        assert_eq!(article_iri("http://x/", &a), article_iri("http://x/", &b));
        assert!(check_base("http://x/").is_ok());
        assert!(check_base("http://x").is_err());
        assert!(check_base("not an iri/").is_err());
    }
}
