//! Integration tests: the real `newsgraph` binary on the example article,
//! each test in its own temporary directory (one test binary, modules by topic).

mod bad_input;
mod bench;
mod claims;
mod crash;
mod export;
mod external;
mod helper;
mod ingest;
mod nlp;
mod order;
mod query;
mod viz;
