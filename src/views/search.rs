//! `#/search?q=…`: every result of a site-wide search, grouped by kind, so
//! a search can be shared and read past the header panel's caps. Its own
//! box replaces the address as the reader types (no history entry per
//! keystroke).

use explainer_core::search::{Kind, Outcome, page_address};
use leptos::prelude::*;

use crate::components::{group_heading, hit_view, search_index};
use crate::router::{use_replace_route, use_route};

/// The search page.
#[component]
pub fn Search() -> impl IntoView {
    let route = use_route();
    let replace = use_replace_route();
    let text = Memo::new(move |_| route.with(|r| r.param("q").unwrap_or_default().to_owned()));
    let outcome = Memo::new(move |_| text.with(|q| search_index().search(q, usize::MAX)));

    let status = move || match outcome.get() {
        Outcome::TooShort => "Type at least 2 letters to search.".to_owned(),
        Outcome::Found(r) => format!("{} for “{}”", r.count_text(), text.get().trim()),
    };
    let groups = move || match outcome.get() {
        Outcome::TooShort => Vec::new(),
        Outcome::Found(r) => r
            .groups
            .into_iter()
            .map(|g| {
                let id = format!("search-page-{}", g.kind.id());
                let labelled_by = id.clone();
                let hits = g.hits.into_iter().map(hit_view).collect_view();
                view! {
                    <section class="search-group" aria-labelledby=labelled_by data-kind=g.kind.id()>
                        <h2 id=id>{group_heading(g.kind, g.total)}</h2>
                        <ul>{hits}</ul>
                    </section>
                }
            })
            .collect::<Vec<_>>(),
    };
    // "a, b, c and d, and e": one kind's label has an "and" of its own.
    let mut kinds = Kind::ALL
        .iter()
        .map(|k| k.label().to_lowercase())
        .collect::<Vec<_>>();
    let last = kinds.pop().unwrap_or_default();
    let kinds = format!("{}, and {last}", kinds.join(", "));

    view! {
        <section class="view search-page" data-testid="search-page">
            <h1 tabindex="-1">"Search"</h1>
            <p class="lede">{format!("Across {kinds}. Every word must match; case and accents do not matter.")}</p>
            <form role="search" aria-label="Search the explainer" on:submit=|ev| ev.prevent_default()>
                <label for="search-page-q">"Search for"</label>
                <input id="search-page-q" type="search" autocomplete="off" spellcheck="false"
                    prop:value=move || text.get()
                    on:input=move |ev| replace.go(&page_address(&event_target_value(&ev)))/>
            </form>
            <p class="search-status" role="status" data-testid="search-page-count">{status}</p>
            <div class="search-results">{groups}</div>
        </section>
    }
}
