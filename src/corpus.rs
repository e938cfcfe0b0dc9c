//! The corpus the app reads, parsed once. The site embeds the whole corpus
//! ([`CORPUS_JSON`], [`load_embedded`]); the widgets' page fetches the
//! slice its widget shows and hands it to [`load`], so its module carries
//! no corpus of its own.
//!
//! Parsing is timed with the Performance API (`corpus-parse` measure) so the
//! benchmark can report it.

use std::sync::OnceLock;

use explainer_core::corpus::Corpus;

/// The corpus exactly as generated; also what the `corpus.json` download
/// serves, so the download is byte-for-byte the validated file.
pub const CORPUS_JSON: &str = include_str!("../corpus/corpus.json");

static CORPUS: OnceLock<Corpus> = OnceLock::new();

/// Parses `json` as the app's corpus, unless one is loaded already. A text
/// that cannot be read is not kept, so that a widget's retry reads a fresh
/// download; its error (a broken build or download, so rare) is shown by
/// the app instead of a blank page.
pub fn load(json: &str) -> Result<&'static Corpus, &'static str> {
    if let Some(loaded) = CORPUS.get() {
        return Ok(loaded);
    }
    let performance = if cfg!(target_arch = "wasm32") {
        web_sys::window().and_then(|w| w.performance())
    } else {
        None
    };
    if let Some(p) = &performance {
        let _ = p.mark("corpus-parse-start");
    }
    let parsed = serde_json::from_str(json);
    if let Some(p) = &performance {
        let _ = p.measure_with_start_mark("corpus-parse", "corpus-parse-start");
    }
    match parsed {
        Ok(corpus) => Ok(CORPUS.get_or_init(|| corpus)),
        Err(e) => Err(Box::leak(e.to_string().into_boxed_str())),
    }
}

/// The whole corpus, embedded in the site's module. An error means a broken
/// build (the file is validated when it is generated).
pub fn load_embedded() -> Result<&'static Corpus, &'static str> {
    load(CORPUS_JSON)
}

/// The corpus, once loaded.
pub fn corpus() -> Result<&'static Corpus, &'static str> {
    CORPUS.get().ok_or("the corpus is not loaded yet")
}

/// The corpus inside the app, where it has already loaded.
pub fn use_corpus() -> &'static Corpus {
    corpus().expect("views render only once the corpus has loaded")
}
