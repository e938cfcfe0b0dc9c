//! The events, grouped by year: a list with a heading per year and each
//! event an article that takes focus. Every event is rendered once; a
//! filter change only toggles `hidden` and re-renders the highlights that
//! changed. Arrow keys move between the shown events, Enter opens one.

use explainer_core::corpus::Event;
use explainer_core::route::View;
use std::ops::Range;

use explainer_core::timeline::{Match, Query, YearGroup, group_by_year, highlight};
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::HtmlElement;

use super::{Shown, Slot, parts};
use crate::components::{Cite, fill_in_batches};
use crate::corpus::use_corpus;

/// The quotes the search matched, highlighted: shown only for an event
/// whose title and summary do not contain the words, to say why it matched.
fn matched_quotes(event: &'static Event, found: &[usize], query: &Query) -> impl IntoView + use<> {
    let corpus = use_corpus();
    let quotes: Vec<_> = event.quotes().collect();
    let items = found
        .iter()
        .filter_map(|&i| quotes.get(i).copied())
        .map(|q| {
            let text = corpus.quote_text(q).unwrap_or_default();
            let ranges = highlight(text, query);
            view! {
                <li>"“"{parts::highlighted(text, &ranges)}"” "<Cite quote=q.clone()/></li>
            }
        })
        .collect_view();
    view! {
        <div class="tl-found">
            <p class="tl-found-label">"The search words in the sources:"</p>
            <ul>{items}</ul>
        </div>
    }
}

/// One event in the list. It reads only its own slot, and each part that a
/// search can change has its own memo, so a keystroke re-renders only what
/// changed; a hidden event keeps its last highlights rather than being
/// re-rendered.
fn item(event: &'static Event, slot: Slot) -> impl IntoView {
    let hidden = Memo::new(move |_| slot.found.with(Option::is_none));
    let part = move |pick: fn(&Match) -> &Vec<Range<usize>>| {
        Memo::new(move |_| {
            slot.marks
                .with(|m| m.as_ref().map(|(m, _)| pick(m).clone()).unwrap_or_default())
        })
    };
    let title_marks = part(|m| &m.title);
    let summary_marks = part(|m| &m.summary);
    let quote_marks = Memo::new(move |_| {
        slot.marks.with(|m| {
            m.as_ref()
                .filter(|(m, _)| m.title.is_empty() && m.summary.is_empty() && !m.quotes.is_empty())
                .map(|(m, query)| (m.quotes.clone(), query.clone()))
        })
    });
    let heading = format!("ev-{}", event.id);
    let labelled_by = heading.clone();
    let title = move || title_marks.with(|r| parts::highlighted(&event.title, r));
    let summary = move || summary_marks.with(|r| parts::highlighted(&event.summary, r));
    let quotes = move || {
        quote_marks.with(|q| {
            q.as_ref()
                .map(|(found, query)| matched_quotes(event, found, query))
        })
    };
    view! {
        <li class="tl-item" hidden=hidden>
            <article class="tl-event" tabindex="0" aria-labelledby=labelled_by data-id=event.id.as_str()>
                {parts::date(event)}
                <h4 id=heading><a href=View::Event(event.id.to_string()).href()>{title}</a></h4>
                {parts::judgment(event)}
                <p class="tl-text">{summary}</p>
                {parts::stated_observed(event)}
                {quotes}
                {parts::sources(event)}
            </article>
        </li>
    }
}

/// The events currently shown, as elements, in order.
fn shown_articles() -> Vec<HtmlElement> {
    let Ok(all) = document().query_selector_all(".tl-list article") else {
        return Vec::new();
    };
    (0..all.length())
        .filter_map(|i| all.item(i)?.dyn_into::<HtmlElement>().ok())
        .filter(|a| a.offset_parent().is_some())
        .collect()
}

/// Moves focus to the first event shown, for keyboard users who would
/// otherwise tab through every filter.
pub fn focus_first() {
    if let Some(first) = shown_articles().first() {
        let _ = first.focus();
    }
}

/// Arrow keys move focus between the shown events; Enter on an event opens
/// it. One handler for the whole list.
fn on_key(ev: web_sys::KeyboardEvent) {
    let Some(target) = ev.target().and_then(|t| t.dyn_into::<HtmlElement>().ok()) else {
        return;
    };
    if target.tag_name() != "ARTICLE" {
        return;
    }
    let step: i32 = match ev.key().as_str() {
        "Enter" => {
            if let Some(id) = target.get_attribute("data-id") {
                ev.prevent_default();
                let _ = window()
                    .location()
                    .set_hash(&View::Event(id.to_string()).href());
            }
            return;
        }
        "ArrowDown" => 1,
        "ArrowUp" => -1,
        _ => return,
    };
    let shown = shown_articles();
    let Some(at) = shown.iter().position(|a| a == &target) else {
        return;
    };
    if let Some(next) = shown.get((at as i32 + step).max(0) as usize) {
        ev.prevent_default();
        let _ = next.focus();
    }
}

/// Events built in one task while the list fills in: few enough that no
/// task blocks a slow phone for long. The first batch is built with the
/// page; the rest follow, a batch per task, in order.
const EVENTS_PER_TASK: usize = 6;

/// One year: its heading and its events.
fn year_group(year: u16, positions: &[usize], shown: Shown) -> impl IntoView + use<> {
    let corpus = use_corpus();
    let members: Vec<Slot> = positions.iter().map(|&i| shown.slot(i)).collect();
    let items = positions
        .iter()
        .zip(&members)
        .map(|(&i, &slot)| item(&corpus.events[i], slot))
        .collect_view();
    let empty = move || members.iter().all(|s| s.found.with(Option::is_none));
    let id = format!("tl-year-{year}");
    view! {
        <li class="tl-year" hidden=empty>
            <h3 id=id.clone()>{year.to_string()}</h3>
            <ol class="tl-events" aria-labelledby=id>{items}</ol>
        </li>
    }
}

/// Where each batch of years ends: consecutive years holding at least
/// [`EVENTS_PER_TASK`] events each (the last may hold fewer).
fn batch_ends(groups: &[YearGroup<usize>]) -> Vec<usize> {
    let mut ends = Vec::new();
    let mut events = 0;
    for (i, group) in groups.iter().enumerate() {
        events += group.events.len();
        if events >= EVENTS_PER_TASK || i + 1 == groups.len() {
            ends.push(i + 1);
            events = 0;
        }
    }
    ends
}

/// The list of events by year, marked busy while it fills in.
#[component]
pub fn EventList(shown: Shown) -> impl IntoView {
    let corpus = use_corpus();
    // Each year's events by their position in the corpus.
    let groups = group_by_year(0..corpus.events.len(), |&i| corpus.events[i].date.year);
    let ends = batch_ends(&groups);
    let batches = ends.len();
    let (built, _) = fill_in_batches(move |built| built < batches);
    let parts = ends
        .iter()
        .enumerate()
        .map(|(k, &end)| {
            let start = if k == 0 { 0 } else { ends[k - 1] };
            let part = groups[start..end].to_vec();
            let ready = Memo::new(move |_| built.get() > k);
            move || {
                ready.get().then(|| {
                    part.iter()
                        .map(|g| year_group(g.year, &g.events, shown))
                        .collect_view()
                })
            }
        })
        .collect_view();
    view! {
        <section class="tl-list-section" aria-labelledby="tl-list-heading">
            <h2 id="tl-list-heading">"Events"</h2>
            <p class="hint key-hint">"Keys: ↑ and ↓ move between events, Enter opens one."</p>
            <ol class="tl-list" on:keydown=on_key aria-busy=move || (built.get() < batches).then_some("true")>
                {parts}
            </ol>
            <p class="tl-none" hidden=move || shown.found.with(|f| f.iter().any(Option::is_some))>
                "No event matches these filters. "<a href=View::Timeline.href()>"Show all events"</a>
            </p>
        </section>
    }
}
