//! Build-time tool: reads `corpus/sources/*.txt` (verbatim, never edited),
//! `corpus/manifest.toml`, `corpus/errata.toml` and `corpus/curated/*.toml`
//! and writes `corpus/corpus.json`, the corpus the app loads.
//!
//! Native only; nothing here ships in the WebAssembly bundle. The pipeline
//! lives in [`build`]; the report formats in [`parse`].

pub mod blocks;
pub mod build;
pub mod builder;
pub mod contradictions;
pub mod coverage;
pub mod curated;
mod html;
pub mod loader;
pub mod locate;
pub mod manifest;
pub mod numbers;
pub mod page;
pub mod parse;
pub mod policy;
pub mod questions;
pub mod single;
pub mod split_glue;
pub mod styles;

use std::path::PathBuf;

/// The `corpus/` folder of this workspace, wherever the tool is run from.
pub fn corpus_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../corpus")
}

/// The command that regenerates `corpus/corpus.json`.
pub const REGENERATE: &str = "cargo run -p explainer-extract";
