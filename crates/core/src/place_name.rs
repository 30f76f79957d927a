/// The form of a place name that lookups compare: lower case, without a
/// leading "the", periods and apostrophes, spaces collapsed ("The U.S." and
/// "the us" meet). Shared by the gazetteer and `build.rs`, which keys the
/// city map with it.
pub fn normalise(text: &str) -> String {
    let t = text.trim().replace(['.', '’'], "").replace('\'', "");
    let lower = t.to_lowercase();
    let lower = lower.strip_prefix("the ").unwrap_or(&lower);
    lower.split_whitespace().collect::<Vec<_>>().join(" ")
}
