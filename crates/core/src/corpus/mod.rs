//! The structured corpus: the typed model that the extraction tool writes as
//! JSON and the app reads once at start.
