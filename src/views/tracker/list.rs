//! `#/recommendations`: every recommendation and pledge, filtered and
//! grouped as the address says, with counts, the status vocabulary, the
//! reader's latest update for each item, and the reader's files.

use explainer_core::corpus::Item;
use explainer_core::route::View;
use explainer_core::tracker::catalogue::{ItemFilter, Row, group, rows};
use explainer_core::tracker::wording;
use leptos::prelude::*;

use super::filters::Filters;
use super::reader_data::{ReaderData, StorageNotices};
use super::summary::Summary;
use super::{item_text, status_label};
use crate::components::StatusVocabulary;
use crate::components::{DrawnPart, FilterFold, fill_in_batches};
use crate::corpus::use_corpus;
use crate::router::use_route;
use crate::tracker_store::use_tracker;

/// The rows of the list built in one task: the first with the view, the
/// rest a batch per task after it.
const ROWS_PER_TASK: usize = 8;

/// Every recommendation and pledge, with the reader's own updates.
#[component]
pub fn Recommendations() -> impl IntoView {
    let corpus = use_corpus();
    let route = use_route();
    let parsed = Memo::new(move |_| route.with(|r| ItemFilter::from_query(&r.query, corpus)));
    let filter = Memo::new(move |_| parsed.with(|p| p.0.clone()));
    let items = Memo::new(move |_| filter.with(|f| f.apply(corpus)));

    let notices = move || {
        parsed.with(|(_, notices)| {
            (!notices.is_empty()).then(|| {
                let list: Vec<String> = notices.iter().map(ToString::to_string).collect();
                view! {
                    <p class="notice" role="alert" data-testid="filter-notices">
                        {format!("Part of the filter in this address was ignored: {}.", list.join("; "))}
                    </p>
                }
            })
        })
    };

    // One flat keyed list of headings and cards: a filter change adds and
    // removes cards, and a regrouping moves each item's card under its new
    // heading rather than building it again (building 76 cards took longer
    // than a frame; with `erase_components` each element also costs a
    // marker node).
    let shown_rows = Memo::new(move |_| {
        let by = filter.with(|f| f.group);
        items.with(|items| rows(&group(items, by, corpus)))
    });
    // The first rows are built with the list, the rest a batch per task
    // after its first frame: a first view (or the app taking over the
    // build's rendering of it, which has the same first rows) holds the
    // page for less. Marked busy until then, as every part that fills in
    // later is.
    let groups = move || {
        let (built, done) = fill_in_batches(move |built| {
            built * ROWS_PER_TASK < shown_rows.with_untracked(Vec::len)
        });
        let built_rows = move || {
            let mut all = shown_rows.get();
            if !done.get() {
                all.truncate(built.get() * ROWS_PER_TASK);
            }
            all
        };
        view! {
            <ul class="tr-list" aria-busy=move || (!done.get()).then_some("true")>
                <For each=built_rows key=Row::key let(row)>
                    {match row {
                        Row::Heading { heading, count } => {
                            view! { <li class="tr-group"><h2>{format!("{heading} ({count})")}</h2></li> }.into_any()
                        }
                        Row::Item { item, .. } => view! { <ItemCard item=item/> }.into_any(),
                    }}
                </For>
            </ul>
        }
    };

    view! {
        <section class="view tracker" data-testid="tracker">
            <h1 tabindex="-1">"Recommendations and pledges"</h1>
            <p class="lede">
                {wording::lede(corpus)}
                "You can add your own dated updates to any of them; they stay in this browser."
            </p>
            <StorageNotices/>
            {notices}
            // On a first view, each part is the drawing's until the task
            // after the view's first frame.
            <DrawnPart name="tr-summary">
                <Summary items=items/>
                <ReaderData/>
            </DrawnPart>
            <DrawnPart name="tr-filters">
                <FilterFold label="Filter and group" chips=Signal::derive(move || filter.with(|f| wording::active_filters(f, corpus)))>
                    <Filters filter=filter/>
                </FilterFold>
            </DrawnPart>
            <p role="status" class="tr-shown" data-testid="tr-shown">
                {move || {
                    let (n, total) = (items.with(Vec::len), corpus.items.len());
                    if filter.with(ItemFilter::is_active) {
                        format!("Showing {n} of {total}, grouped by {}.", filter.with(|f| f.group.label()))
                    } else {
                        format!("Showing all {total}, grouped by {}.", filter.with(|f| f.group.label()))
                    }
                }}
            </p>
            <DrawnPart name="tr-list"><div data-testid="tr-groups">{groups()}</div></DrawnPart>
            <DrawnPart name="tr-vocab">
                <section aria-labelledby="tr-vocab-heading">
                    <h2 id="tr-vocab-heading">"How this explainer judges status"</h2>
                    <p>
                        "The status is this explainer's judgment, not the sources': it rests on the "
                        "evidence quoted with each item and holds as of the date given."
                    </p>
                    <StatusVocabulary/>
                </section>
            </DrawnPart>
        </section>
    }
}

/// One item in the list: who to whom, when, its words, the assessed status
/// and the reader's latest update.
#[component]
fn ItemCard(item: &'static Item) -> impl IntoView {
    let corpus = use_corpus();
    let tracker = use_tracker();
    let id = item.id.as_str();
    let source = corpus
        .document(item.text.doc.as_str())
        .map_or_else(String::new, |d| d.edition.clone());
    let latest = move || {
        tracker.store.with(|s| {
            s.for_item(id).first().map(|u| {
                view! {
                    <p class="tr-mine" data-testid="tr-mine">
                        {format!("Your latest update: {}, {}", status_label(u.status.as_str()), u.date.human())}
                    </p>
                }
            })
        })
    };
    view! {
        <li class="tr-card" data-item=id>
            // The words name the card: who asked whom is the same for up to
            // 14 items.
            <h3><a href=View::Recommendation(id.to_string()).href()>{format!("“{}”{}", item_text(item), item.part_suffix())}</a></h3>
            <p class="tr-meta">{format!("{}, {}, in {source}", item.origin(), item.date.human())}</p>
            <p class="tr-assessed">
                <span class="tr-badge">{status_label(item.status.as_str())}</span>
                {wording::status_note(item)}
            </p>
            {latest}
        </li>
    }
}
