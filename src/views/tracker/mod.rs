//! The recommendations tracker (`#/recommendations`) and one item
//! (`#/recommendations/<id>`).

use explainer_core::route::Section;
use leptos::prelude::*;

use super::Coming;

/// Every recommendation and pledge, with the reader's own updates.
#[component]
pub fn Recommendations() -> impl IntoView {
    view! { <Coming section=Section::Recommendations/> }
}

/// One item with its evidence trail.
#[component]
pub fn Recommendation(
    /// The item's id, as in the address.
    id: String,
) -> impl IntoView {
    let _ = id;
    view! { <Coming section=Section::Recommendations/> }
}
