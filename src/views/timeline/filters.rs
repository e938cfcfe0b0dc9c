//! The filter form: themes, directions, types, source documents, years and
//! the search box, each with the count it would show, plus the number of
//! matching events (announced politely) and a reset link. One delegated
//! handler reads whichever control changed and replaces the address, so
//! keystrokes do not fill the history.

use explainer_core::corpus::{Direction, EventType, Theme};
use explainer_core::route::View;
use explainer_core::timeline::{
    Facet, Facets, Filter, direction_label, theme_label, type_label, year_range,
};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::corpus::use_corpus;
use crate::router::use_replace_route;

/// One checkbox of a list control.
fn check(
    key: &'static str,
    value: &'static str,
    label: &'static str,
    checked: impl Fn() -> bool + Send + Sync + 'static,
    count: impl Fn() -> usize + Send + Sync + 'static,
) -> impl IntoView {
    let id = format!("tl-{key}-{value}");
    view! {
        <span class="tl-check">
            <input type="checkbox" id=id.clone() name=key value=value prop:checked=checked/>
            <label for=id>{label}" "<span class="tl-n">{move || format!("({})", count())}</span></label>
        </span>
    }
}

/// A fieldset of checkboxes for one vocabulary.
fn facet_set<T: Facet + Send + Sync>(
    legend: &'static str,
    label: fn(T) -> &'static str,
    pick: fn(&Filter) -> &explainer_core::timeline::FacetSet<T>,
    counts: fn(&Facets) -> &[(T, usize)],
    filter: Memo<Filter>,
    facets: Memo<Facets>,
) -> impl IntoView {
    let boxes = T::ALL
        .iter()
        .map(|&v| {
            check(
                T::KEY,
                v.id(),
                label(v),
                move || filter.with(|f| pick(f).contains(v)),
                move || facets.with(|c| counts(c)[v.index()].1),
            )
        })
        .collect_view();
    view! { <fieldset class="tl-set"><legend>{legend}</legend>{boxes}</fieldset> }
}

/// How many events show, as a sentence.
pub(super) fn count_text(shown: usize, total: usize) -> String {
    if shown == total {
        format!("Showing all {total} events.")
    } else {
        format!("Showing {shown} of {total} events.")
    }
}

/// The filter form.
#[component]
pub fn Filters(
    /// The filter read from the address.
    filter: Memo<Filter>,
    /// Counts beside each choice, and the total.
    counts: Memo<Facets>,
) -> impl IntoView {
    let corpus = use_corpus();
    let replace = use_replace_route();
    let total = corpus.events.len();

    // Reads `name`, `value` and `checked` of the control that fired.
    let apply = move |ev: web_sys::Event, text: bool| {
        let Some(el) = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        else {
            return;
        };
        let name = el.get_attribute("name").unwrap_or_default();
        if (name == "q") != text {
            return;
        }
        let value = event_target_value(&ev);
        let on =
            el.get_attribute("type").as_deref() != Some("checkbox") || event_target_checked(&ev);
        let next = filter.with_untracked(|f| f.with_control(&name, &value, on, corpus));
        if filter.with_untracked(|f| f != &next) {
            replace.go(&next.to_hash());
        }
    };

    let sources = corpus
        .documents
        .iter()
        .enumerate()
        .map(|(i, d)| {
            let id = d.id.as_str();
            check(
                "source",
                id,
                d.edition.as_str(),
                move || filter.with(|f| f.sources.iter().any(|s| s == id)),
                move || counts.with(|c| c.sources.get(i).map_or(0, |s| s.1)),
            )
        })
        .collect_view();

    let (first, last) = year_range(corpus).unwrap_or((0, 0));
    let year_select = move |key: &'static str, label: &'static str| {
        let options = (first..=last)
            .map(|y| view! { <option value=y.to_string()>{y.to_string()}</option> })
            .collect_view();
        let id = format!("tl-{key}");
        let current = move || {
            filter
                .with(|f| if key == "from" { f.from } else { f.to })
                .map(|y| y.to_string())
                .unwrap_or_default()
        };
        view! {
            <span class="tl-year-pick">
                <label for=id.clone()>{label}</label>
                <select id=id name=key prop:value=current>
                    <option value="">"any year"</option>
                    {options}
                </select>
            </span>
        }
    };

    let count = move || count_text(counts.with(|c| c.total), total);

    view! {
        <form
            class="tl-filters"
            role="search"
            aria-label="Filter the events"
            on:submit=|ev| ev.prevent_default()
            on:input=move |ev| apply(ev, true)
            on:change=move |ev| apply(ev, false)
        >
            <div class="tl-search">
                <label for="tl-q">"Search titles, summaries and quotes"</label>
                <input
                    id="tl-q"
                    type="search"
                    name="q"
                    autocomplete="off"
                    prop:value=move || filter.with(|f| f.query.clone())
                />
            </div>
            {facet_set::<Theme>("Theme", theme_label, |f| &f.themes, |c| &c.themes, filter, counts)}
            {facet_set::<Direction>("Direction", direction_label, |f| &f.directions, |c| &c.directions, filter, counts)}
            {facet_set::<EventType>("Type", type_label, |f| &f.types, |c| &c.types, filter, counts)}
            <fieldset class="tl-set"><legend>"Source document"</legend>{sources}</fieldset>
            <fieldset class="tl-set tl-years-set">
                <legend>"Years"</legend>
                {year_select("from", "From")}
                {year_select("to", "To")}
            </fieldset>
            <div class="tl-summary-bar">
                <p class="tl-count" role="status" aria-live="polite" data-testid="timeline-count">{count}</p>
                <a class="button-link" href=View::Timeline.href() data-testid="timeline-reset">"Reset all filters"</a>
            </div>
        </form>
    }
}
