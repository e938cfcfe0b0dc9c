//! The product's name and subject for the app, from the corpus (see
//! `explainer_core::site`), with plain fallbacks if the corpus is unreadable.

use crate::corpus::corpus;

pub use explainer_core::site::METHOD_CREDIT;

/// The product's name, shown in the header and titles: "22/100, explained".
pub fn name() -> String {
    corpus().map_or_else(
        |_| "A freedom rating, explained".to_owned(),
        explainer_core::site::name,
    )
}

/// What the product explains: "Kazakhstan in Freedom in the World 2019".
pub fn subject() -> String {
    corpus().map_or_else(|_| String::new(), explainer_core::site::subject)
}

/// Whether this code runs in a browser. Natively it renders views to HTML
/// for the build (`src/bin/prerender.rs`), where there is no window to
/// read or timer to set: components skip such set-up when it is false.
pub const BROWSER: bool = cfg!(target_arch = "wasm32");
