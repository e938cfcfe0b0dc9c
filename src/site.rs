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
