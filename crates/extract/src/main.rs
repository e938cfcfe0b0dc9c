//! Build-time tool: reads `corpus/sources/*.txt` and `corpus/curated/*.toml`
//! and writes `corpus/corpus.json`.
//!
//! `cargo run -p explainer-extract` regenerates the file and prints counts;
//! `cargo run -p explainer-extract -- --check` only checks that the committed
//! file is up to date. Either exits non-zero, listing every problem, if the
//! inputs do not make a valid corpus. `-- --ledger-draft` prints draft
//! entries for `corpus/curated/coverage.toml`, one for each sentence the
//! coverage finder finds that is neither quoted nor set aside yet.

use explainer_extract::build::{Counts, build};
use explainer_extract::{REGENERATE, corpus_dir};
use std::process::ExitCode;

/// Prints draft ledger entries for every sentence not yet accounted for.
fn ledger_draft(dir: &std::path::Path) -> ExitCode {
    match explainer_extract::build::assemble(dir) {
        Ok(corpus) => {
            print!("{}", explainer_extract::build::ledger_draft(&corpus));
            ExitCode::SUCCESS
        }
        Err(errors) => {
            for e in &errors {
                eprintln!("  - {e}");
            }
            ExitCode::FAILURE
        }
    }
}

fn main() -> ExitCode {
    let dir = corpus_dir();
    let check = match std::env::args().nth(1).as_deref() {
        None => false,
        Some("--check") => true,
        Some("--ledger-draft") => return ledger_draft(&dir),
        Some(other) => {
            eprintln!(
                "unknown argument {other:?}; usage: {REGENERATE} [-- --check | -- --ledger-draft]"
            );
            return ExitCode::from(2);
        }
    };
    let built = match build(&dir) {
        Ok(b) => b,
        Err(errors) => {
            eprintln!("the corpus is not valid ({} problems):", errors.len());
            for e in &errors {
                eprintln!("  - {e}");
            }
            return ExitCode::FAILURE;
        }
    };
    let path = dir.join("corpus.json");
    if check {
        let current = std::fs::read_to_string(&path).unwrap_or_default();
        if current != built.json {
            eprintln!(
                "corpus/corpus.json is out of date with its inputs; run `{REGENERATE}` from the workspace root"
            );
            return ExitCode::FAILURE;
        }
        println!("corpus/corpus.json is up to date");
        return ExitCode::SUCCESS;
    }
    if let Err(e) = std::fs::write(&path, &built.json) {
        eprintln!("{}: {e}", path.display());
        return ExitCode::FAILURE;
    }
    println!("wrote corpus/corpus.json ({} bytes)", built.json.len());
    println!("{}", Counts(&built.corpus));
    ExitCode::SUCCESS
}
