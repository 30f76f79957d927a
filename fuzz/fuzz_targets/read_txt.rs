//! The txt reader on arbitrary bytes: articles or a clean error, never a
//! panic; every article's body ranges inside its text.
#![no_main]

#[path = "../../crates/extract/tests/common/checks.rs"]
mod checks;

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    checks::check_reader(data, newsgraph_read::Format::Txt);
});
