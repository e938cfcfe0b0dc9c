//! The site search's panel under the header's box: a status line, the
//! results grouped by kind (a few each, the matched words marked), and
//! "Show all" for the search page. The box owns the words and whether the
//! panel is open; the panel only shows what they found.

use explainer_core::search::{Group, Hit, Kind, Outcome, Results, page_address};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::closest_link;
use super::search_hit::{group_heading, hit_view};

/// The panel's id, which the box names in `aria-controls`.
pub(super) const PANEL_ID: &str = "site-search-panel";

/// The links of the panel, in order: the results and "Show all".
pub(super) fn panel_links() -> Vec<web_sys::HtmlElement> {
    let Ok(list) = document().query_selector_all(&format!("#{PANEL_ID} a")) else {
        return Vec::new();
    };
    (0..list.length())
        .filter_map(|i| list.get(i))
        .filter_map(|n| n.dyn_into::<web_sys::HtmlElement>().ok())
        .collect()
}

/// What `outcome` found, if the search ran.
fn found<T>(outcome: &Option<Outcome>, f: impl FnOnce(&Results) -> T) -> Option<T> {
    outcome.as_ref().and_then(Outcome::results).map(f)
}

/// The group of `kind` in `results`, if any result is of that kind.
fn group_of(results: &Results, kind: Kind) -> Option<&Group> {
    results.groups.iter().find(|g| g.kind == kind)
}

/// The results of one kind: hidden when there are none.
fn kind_section(outcome: Memo<Option<Outcome>>, kind: Kind) -> impl IntoView {
    let group = move |f: fn(&Group) -> usize| {
        outcome.with(|o| found(o, |r| group_of(r, kind).map_or(0, f)).unwrap_or(0))
    };
    let total = move || group(|g| g.total);
    let hits = move || {
        outcome
            .with(|o| found(o, |r| group_of(r, kind).map(|g| g.hits.clone())))
            .flatten()
            .unwrap_or_default()
    };
    let more = move || {
        let n = group(Group::more);
        (n > 0).then(|| view! { <p class="search-more">{format!("and {n} more")}</p> })
    };
    let id = format!("site-search-{}", kind.id());
    let labelled_by = id.clone();
    view! {
        <section class="search-group" hidden=move || total() == 0 aria-labelledby=labelled_by
            data-kind=kind.id()>
            <h2 id=id>{move || group_heading(kind, total())}</h2>
            <ul>
                // Keyed by the whole result: one that a keystroke leaves as
                // it was is not rebuilt.
                <For each=hits key=|hit: &Hit| hit.clone() children=hit_view/>
            </ul>
            {more}
        </section>
    }
}

/// The panel: shown while `open` and `outcome` has something to say.
#[component]
pub(super) fn SearchPanel(
    /// What the box's words found (`None`: nothing searched).
    outcome: Memo<Option<Outcome>>,
    /// The box's words, for the search page's address.
    query: RwSignal<String>,
    /// Whether the panel is open; choosing a result closes it.
    open: RwSignal<bool>,
) -> impl IntoView {
    let status = move || match outcome.get() {
        None => String::new(),
        Some(Outcome::TooShort) => "Type at least 2 letters to search.".to_owned(),
        Some(Outcome::Found(r)) => r.count_text(),
    };
    let groups = Kind::ALL
        .into_iter()
        .map(|kind| kind_section(outcome, kind))
        .collect_view();
    let show_all = move || {
        let total = outcome.with(|o| found(o, |r| (r.hits().count() < r.total).then_some(r.total)));
        total.flatten().map(|n| {
            let href = query.with(|q| page_address(q.trim()));
            view! { <p class="search-all"><a href=href>{format!("Show all {n} results")}</a></p> }
        })
    };
    view! {
        <div id=PANEL_ID class="search-panel" hidden=move || !open.get() || outcome.with(Option::is_none)
            on:click=move |ev: web_sys::MouseEvent| {
                // Choosing a result closes the panel even when it is the
                // page already shown (no address change to close it).
                if closest_link(&ev, "a").is_some() {
                    open.set(false);
                }
            }>
            <p id="site-search-status" class="search-status" role="status"
                data-testid="search-count">{status}</p>
            {groups}
            {show_all}
            <p class="search-hint">"↑ ↓ move through the results, Enter opens, Esc closes."</p>
        </div>
    }
}
