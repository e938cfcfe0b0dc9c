//! The crate's integration tests, one binary: each module is a suite of its own.

mod support;

mod address_fuzz;
mod csv_files;
mod embed_sources;
mod map;
mod method_address;
mod method_scoring;
mod method_sentences;
mod method_smallest;
mod pictures;
mod quiz_tally;
mod real_corpus;
mod search;
mod tidy;
mod timeline_address;
mod timeline_chart;
mod timeline_filter;
mod timeline_search;
mod timeline_table;
mod tracker_catalogue;
mod tracker_files;
mod tracker_form;
mod tracker_laws;
mod tracker_storage;
