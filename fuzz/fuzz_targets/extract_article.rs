//! Arbitrary text as an article through `Engine::extract` (as a whole-text
//! body, and as the plain-text reader reads it): never `Error::Panicked`,
//! and every span of the extraction (entity mentions, relations, sentences)
//! inside the text. The engine is built once (see `checks::engine`).
#![no_main]

#[path = "../../crates/extract/tests/common/checks.rs"]
mod checks;

libfuzzer_sys::fuzz_target!(
    init: {
        checks::engine();
    },
    |data: &[u8]| {
        let text = String::from_utf8_lossy(data);
        checks::check_extract_text(&text);
    }
);
