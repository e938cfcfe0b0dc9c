//! The embedded corpus: the JSON written by `explainer-extract`, compiled
//! into the binary and deserialized once, on first use.
//!
//! Parsing is timed with the Performance API (`corpus-parse` measure) so the
//! benchmark can report it.

use std::sync::OnceLock;

use explainer_core::corpus::Corpus;

/// The corpus exactly as generated; also what the `corpus.json` download
/// serves, so the download is byte-for-byte the validated file.
pub const CORPUS_JSON: &str = include_str!("../corpus/corpus.json");

static CORPUS: OnceLock<Result<Corpus, String>> = OnceLock::new();

/// The corpus, parsed on first call. An error means a broken build (the file
/// is validated when it is generated), and the app shows it instead of a
/// blank page.
pub fn corpus() -> Result<&'static Corpus, &'static str> {
    CORPUS
        .get_or_init(|| {
            let performance = web_sys::window().and_then(|w| w.performance());
            if let Some(p) = &performance {
                let _ = p.mark("corpus-parse-start");
            }
            let parsed = serde_json::from_str(CORPUS_JSON).map_err(|e| e.to_string());
            if let Some(p) = &performance {
                let _ = p.measure_with_start_mark("corpus-parse", "corpus-parse-start");
            }
            parsed
        })
        .as_ref()
        .map_err(String::as_str)
}

/// The corpus inside the app shell, where [`corpus`] has already succeeded.
pub fn use_corpus() -> &'static Corpus {
    corpus().expect("the shell renders views only once the corpus has loaded")
}
