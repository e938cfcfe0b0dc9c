//! A view's filters folded behind one control, which shows the filters in
//! force as chips: on a phone the form's selects would otherwise fill the
//! first screens before anything they filter. Open from the start when a
//! filter is in force, so the reader sees what narrowed the list.

use leptos::prelude::*;

/// The filters (`children`) under a `<details>` whose summary reads
/// `label` and lists `chips`.
#[component]
pub fn FilterFold(
    /// What the control says, such as "Filter and group".
    label: &'static str,
    /// The filters in force, each a short phrase.
    #[prop(into)]
    chips: Signal<Vec<String>>,
    children: Children,
) -> impl IntoView {
    let open = !chips.with_untracked(Vec::is_empty);
    let shown = move || {
        chips.with(|chips| {
            if chips.is_empty() {
                view! { <span class="ff-none">"none in force"</span> }.into_any()
            } else {
                chips
                    .iter()
                    .map(|c| view! { <span class="chip">{c.clone()}</span> })
                    .collect_view()
                    .into_any()
            }
        })
    };
    view! {
        <details class="filter-fold" open=open>
            <summary>
                <span class="ff-label">{label}</span>
                <span class="visually-hidden">": "</span>
                <span class="ff-chips" data-testid="filter-chips">{shown}</span>
            </summary>
            {children()}
        </details>
    }
}
