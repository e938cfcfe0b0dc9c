//! The reform timeline (`#/timeline`) and one event (`#/timeline/<event>`).

use explainer_core::route::Section;
use leptos::prelude::*;

use super::Coming;

/// The timeline of events with its filters and the ratings chart.
#[component]
pub fn Timeline() -> impl IntoView {
    view! { <Coming section=Section::Timeline/> }
}

/// One event with its quotes and links.
#[component]
pub fn Event(
    /// The event's id, as in the address.
    id: String,
) -> impl IntoView {
    let _ = id;
    view! { <Coming section=Section::Timeline/> }
}
