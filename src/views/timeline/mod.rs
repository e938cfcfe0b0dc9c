//! The reform timeline (`#/timeline`) and one event (`#/timeline/<event>`).
//!
//! The filter lives in the address; this view reads it on each change and
//! computes the matching events with `explainer-core`. Every event is
//! rendered once and shown or hidden, so a filter change or a keystroke
//! touches attributes and a few highlighted titles, not the whole list.

mod chart;
mod event;
mod filters;
mod list;
mod parts;

use std::sync::OnceLock;

use explainer_core::corpus::Corpus;
use explainer_core::route::Section;
use explainer_core::timeline::{Filter, Match, Query, SearchIndex, facets, hits};
use leptos::prelude::*;

use crate::corpus::use_corpus;
use crate::router::use_route;

pub use event::Event;

// For the widgets (`views::embed`): the chart, and an event's date and the
// explainer's judgment of it.
pub(crate) use chart::NitChart;
pub(crate) use parts::{date as event_date, judgment as event_judgment};

/// The search index, built once: folding every event's text is the costly
/// part of a search, and the corpus never changes.
pub(crate) fn index(corpus: &Corpus) -> &'static SearchIndex {
    static INDEX: OnceLock<SearchIndex> = OnceLock::new();
    INDEX.get_or_init(|| SearchIndex::new(corpus))
}

/// What the list needs to know about the current filter.
#[derive(Clone, Copy)]
struct Shown {
    /// Per event (corpus order): where the search matched it, or `None` if
    /// it is filtered out.
    found: Memo<Vec<Option<Match>>>,
    /// `found` one animation frame later: the highlights follow from it, so
    /// a keystroke updates which events show at once and redraws their
    /// highlighted words in the next frame rather than in the same one.
    marks: ReadSignal<Vec<Option<Match>>>,
    /// The search, for highlighting quotes.
    query: Memo<Query>,
}

/// A copy of `source` that follows it one animation frame later.
fn next_frame<T: Clone + Send + Sync + 'static>(source: Memo<T>) -> ReadSignal<T> {
    let (value, set_value) = signal(source.get_untracked());
    Effect::new(move |_| {
        let latest = source.get();
        // A frame after the view is gone the signal is disposed: nothing to do.
        request_animation_frame(move || {
            let _ = set_value.try_set(latest);
        });
    });
    value
}

/// The timeline of events with its filters and the ratings chart.
#[component]
pub fn Timeline() -> impl IntoView {
    let corpus = use_corpus();
    let route = use_route();
    let parsed = Memo::new(move |_| route.with(|r| Filter::from_route(r, corpus)));
    let filter = Memo::new(move |_| parsed.with(|p| p.0.clone()));
    let found = Memo::new(move |_| {
        let mut found = vec![None; corpus.events.len()];
        for hit in filter.with(|f| hits(corpus, index(corpus), f)) {
            found[hit.position] = Some(hit.found);
        }
        found
    });
    let counts = Memo::new(move |_| filter.with(|f| facets(corpus, index(corpus), f)));
    let query = Memo::new(move |_| filter.with(|f| Query::new(&f.query)));
    let marks = next_frame(found);
    let shown = Shown {
        found,
        marks,
        query,
    };

    let notices = move || {
        parsed.with(|(_, notices)| {
            (!notices.is_empty()).then(|| {
                let items = notices
                    .iter()
                    .map(|n| view! { <li>{n.to_string()}</li> })
                    .collect_view();
                view! {
                    <div class="notice" role="status" data-testid="timeline-notices">
                        <p>"Part of this address was not understood and is ignored:"</p>
                        <ul>{items}</ul>
                    </div>
                }
            })
        })
    };

    view! {
        <section class="view timeline" data-testid="timeline">
            <h1 tabindex="-1">{Section::Timeline.label()}</h1>
            <p class="lede">
                "Laws, elections, court cases, protests and international decisions, "
                "dated as precisely as the sources give them, each with the sources' own words."
            </p>
            <p class="muted">
                "Themes and direction (whether an event widens or narrows rights) are this explainer's "
                "judgments, drawn from the quoted evidence. Filters and search are kept in the address: copy it to share the view."
            </p>
            {notices}
            <button type="button" class="tl-skip" on:click=|_| list::focus_first()>"Skip to the events"</button>
            <filters::Filters filter=filter counts=counts/>
            <chart::NitChart filter=filter counts=counts/>
            <list::EventList shown=shown/>
        </section>
    }
}
