//! The `newsgraph` command: parses the command line and dispatches to
//! `cli`, one file per command. Exit codes: 0 success, 1 failure (or some
//! input failed), 2 usage error.

mod cli;

use clap::Parser;

fn main() {
    let args = cli::Cli::parse();
    match cli::run(args) {
        Ok(code) => std::process::exit(code),
        Err(e) => {
            eprintln!("error: {e:#}");
            std::process::exit(1);
        }
    }
}
