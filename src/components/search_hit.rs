//! A search result as both the header's panel and the search page show it:
//! a link with its title and snippet, the matched words marked, under its
//! group's heading.

use explainer_core::search::{Hit, Kind, Marked};
use leptos::prelude::*;

/// A text with its marked runs in `<mark>`.
pub fn marked_text(marked: &Marked) -> impl IntoView + use<> {
    marked
        .pieces()
        .into_iter()
        .map(|(piece, hit)| {
            let piece = piece.to_owned();
            if hit {
                view! { <mark>{piece}</mark> }.into_any()
            } else {
                piece.into_any()
            }
        })
        .collect_view()
}

/// One result: a link to its place, with its title and snippet.
pub fn hit_view(hit: Hit) -> impl IntoView {
    let snippet = hit
        .snippet
        .as_ref()
        .map(|s| view! { <span class="search-snippet">{marked_text(s)}</span> });
    view! {
        <li>
            <a class="search-hit" href=hit.address.clone()>
                <span class="search-title">{marked_text(&hit.title)}</span>
                {snippet}
            </a>
        </li>
    }
}

/// "Questions (3)", as the group's heading says it.
pub fn group_heading(kind: Kind, total: usize) -> String {
    format!("{} ({total})", kind.label())
}
