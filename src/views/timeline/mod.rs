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
use explainer_core::timeline::{
    Facets, Filter, Match, Query, SearchIndex, describe, hits_and_facets,
};
use leptos::prelude::*;

use crate::components::{DrawnPart, FilterFold};
use crate::corpus::use_corpus;
use crate::router::use_route;

pub use event::Event;

// For the widgets (`views::embed`): the chart, and an event's date and the
// explainer's judgment of it.
pub(crate) use chart::NitChart;
pub(crate) use parts::{date as event_date, direction as event_direction};

/// The search index for `filter`, built once on the first search: folding
/// every event's text is the costly part of a search, the corpus never
/// changes, and a timeline opened without a search need not pay for it (an
/// empty search matches every event without looking at the index).
pub(crate) fn index(corpus: &Corpus, filter: &Filter) -> &'static SearchIndex {
    static INDEX: OnceLock<SearchIndex> = OnceLock::new();
    static NONE: OnceLock<SearchIndex> = OnceLock::new();
    if Query::new(&filter.query).is_empty() {
        NONE.get_or_init(SearchIndex::default)
    } else {
        INDEX.get_or_init(|| SearchIndex::new(corpus))
    }
}

/// One event's place in the list. Each event has signals of its own, so a
/// filter change wakes only the events whose state changed: with every
/// event subscribed to one shared list, each change would walk and rebuild
/// a subscriber set of hundreds of entries per event.
#[derive(Clone, Copy)]
struct Slot {
    /// Where the search matched the event, or `None` if it is filtered out.
    found: RwSignal<Option<Match>>,
    /// What to highlight, with the search that found it: set one animation
    /// frame after `found`, so a keystroke updates which events show at once
    /// and redraws their highlighted words in the next frame. `None` when
    /// the search marks nothing; a hidden event keeps its last highlights.
    marks: RwSignal<Option<(Match, Query)>>,
}

/// What the list needs to know about the current filter.
#[derive(Clone, Copy)]
struct Shown {
    /// Per event (corpus order): where the search matched it, or `None` if
    /// it is filtered out.
    found: Memo<Vec<Option<Match>>>,
    /// Per event, in corpus order.
    slots: StoredValue<Vec<Slot>>,
}

impl Shown {
    /// The slot of the event at `position` in the corpus.
    fn slot(&self, position: usize) -> Slot {
        self.slots.with_value(|s| s[position])
    }
}

/// The highlights for one event, or `None` if the search marks nothing.
fn marks_for(found: &Match, query: &Query) -> Option<(Match, Query)> {
    query.marks().then(|| (found.clone(), query.clone()))
}

/// Per-event slots that follow `found` (at once) and `query` (highlights,
/// one frame later), each set only when its value changes.
fn slots(found: Memo<Vec<Option<Match>>>, query: Memo<Query>) -> StoredValue<Vec<Slot>> {
    let initial_query = query.get_untracked();
    let slots: Vec<Slot> = found.with_untracked(|f| {
        f.iter()
            .map(|m| Slot {
                found: RwSignal::new(m.clone()),
                marks: RwSignal::new(m.as_ref().and_then(|m| marks_for(m, &initial_query))),
            })
            .collect()
    });
    let stored = StoredValue::new(slots);
    Effect::new(move |_| {
        let latest = found.get();
        let query = query.get();
        stored.with_value(|slots| {
            for (slot, new) in slots.iter().zip(&latest) {
                if slot.found.with_untracked(|old| old != new) {
                    slot.found.set(new.clone());
                }
            }
        });
        // A frame after the view is gone the signals are disposed: nothing to do.
        request_animation_frame(move || {
            let Some(slots) = stored.try_get_value() else {
                return;
            };
            for (slot, new) in slots.iter().zip(&latest) {
                let Some(new) = new else { continue };
                let marks = marks_for(new, &query);
                if slot.marks.try_with_untracked(|old| old != &marks) == Some(true) {
                    let _ = slot.marks.try_set(marks);
                }
            }
        });
    });
    stored
}

/// On paper, where the controls are not printed: which events the page
/// shows and why.
#[component]
fn PrintedFilter(filter: Memo<Filter>, counts: Memo<Facets>) -> impl IntoView {
    let corpus = use_corpus();
    let total = corpus.events.len();
    let lines = move || {
        let lines = filter.with(|f| describe(f, corpus));
        if lines.is_empty() {
            view! { <p>"No filter: every event on this timeline."</p> }.into_any()
        } else {
            let items = lines
                .into_iter()
                .map(|l| view! { <li>{l}</li> })
                .collect_view();
            view! { <p>"Filtered by:"</p><ul>{items}</ul> }.into_any()
        }
    };
    view! {
        <div class="print-only tl-print-filter">
            <p>{move || filters::count_text(counts.with(|c| c.total), total)}</p>
            {lines}
        </div>
    }
}

/// The timeline of events with its filters and the ratings chart.
#[component]
pub fn Timeline() -> impl IntoView {
    let corpus = use_corpus();
    let route = use_route();
    let parsed = Memo::new(move |_| route.with(|r| Filter::from_route(r, corpus)));
    let filter = Memo::new(move |_| parsed.with(|p| p.0.clone()));
    // One search per keystroke serves both the list and the counts.
    let outcome = Memo::new(move |_| {
        let (hits, counts) = filter.with(|f| hits_and_facets(corpus, index(corpus, f), f));
        let mut found = vec![None; corpus.events.len()];
        for hit in hits {
            found[hit.position] = Some(hit.found);
        }
        (found, counts)
    });
    let found = Memo::new(move |_| outcome.with(|o| o.0.clone()));
    let counts = Memo::new(move |_| outcome.with(|o| o.1.clone()));
    let query = Memo::new(move |_| filter.with(|f| Query::new(&f.query)));
    let shown = Shown {
        found,
        slots: slots(found, query),
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
                "dated as precisely as the sources give them, each linked to the sources' own words."
            </p>
            <p class="muted">
                "Titles, summaries, themes and direction (whether an event widens or narrows rights) are "
                "this explainer's words and judgments, drawn from the quoted evidence; each event's page "
                "quotes the sources."
            </p>
            {notices}
            <button type="button" class="tl-skip" on:click=|_| list::focus_first()>"Skip to the events"</button>
            <FilterFold label="Filter and search" chips=Signal::derive(move || filter.with(|f| describe(f, corpus)))>
                <p class="hint">"Filters and search are kept in the address: copy it to share the view."</p>
                <DrawnPart name="tl-filters"><filters::Filters filter=filter counts=counts/></DrawnPart>
            </FilterFold>
            <PrintedFilter filter=filter counts=counts/>
            <DrawnPart name="tl-chart"><chart::NitChart filter=filter counts=counts/></DrawnPart>
            <DrawnPart name="tl-list"><list::EventList shown=shown/></DrawnPart>
        </section>
    }
}
