//! A score drawn as pips: one square per point, filled if awarded, hollow if
//! withheld. The squares are decoration; the text "1 of 4" is always there
//! for screen readers (and shown beside the squares).

use leptos::prelude::*;

/// `score` of `max` as pips, with the figures in text.
#[component]
pub fn Pips(
    /// Points awarded.
    score: i16,
    /// Points possible.
    max: i16,
) -> impl IntoView {
    let squares = (0..max)
        .map(|i| {
            let class = if i < score {
                "pip pip-on"
            } else {
                "pip pip-off"
            };
            view! { <span class=class></span> }
        })
        .collect_view();
    view! {
        <span class="pips">
            <span class="pip-row" aria-hidden="true">{squares}</span>
            <span class="pip-text">{format!("{score} of {max}")}</span>
        </span>
    }
}
