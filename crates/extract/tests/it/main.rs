//! The crate's integration tests, one binary: each module is a suite of its own.

mod damaged_inputs;
mod page_edits;
mod real_sources;
mod single_file;
mod static_page;
