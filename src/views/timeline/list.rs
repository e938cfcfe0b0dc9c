//! The events, grouped by year: a list with a heading per year and each
//! event an article that takes focus. Every event is rendered once; a
//! filter change only toggles `hidden` and re-renders the highlights that
//! changed. Arrow keys move between the shown events, Enter opens one.

use explainer_core::corpus::Event;
use explainer_core::timeline::{Match, highlight};
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::HtmlElement;

use super::{Shown, parts};
use crate::components::Cite;
use crate::corpus::use_corpus;

/// Years with the positions (in the corpus) of their events, ascending.
fn years(events: &[Event]) -> Vec<(u16, Vec<usize>)> {
    let mut out: Vec<(u16, Vec<usize>)> = Vec::new();
    for (i, e) in events.iter().enumerate() {
        match out.binary_search_by_key(&e.date.year, |g| g.0) {
            Ok(at) => out[at].1.push(i),
            Err(at) => out.insert(at, (e.date.year, vec![i])),
        }
    }
    out
}

/// The quotes the search matched (when it matched any), highlighted.
fn matched_quotes(event: &'static Event, found: &Match, shown: Shown) -> Option<AnyView> {
    if found.quotes.is_empty() {
        return None;
    }
    let corpus = use_corpus();
    let quotes: Vec<_> = event.quotes().collect();
    let items = found
        .quotes
        .iter()
        .filter_map(|&i| quotes.get(i).copied())
        .map(|q| {
            let text = corpus.quote_text(q).unwrap_or_default();
            let ranges = shown.query.with_untracked(|query| highlight(text, query));
            view! {
                <li>"“"{parts::highlighted(text, &ranges)}"” "<Cite quote=q.clone()/></li>
            }
        })
        .collect_view();
    Some(
        view! {
            <div class="tl-found">
                <p class="tl-found-label">"The search words in the sources:"</p>
                <ul>{items}</ul>
            </div>
        }
        .into_any(),
    )
}

/// One event in the list.
fn item(event: &'static Event, position: usize, shown: Shown) -> impl IntoView {
    let found = Memo::new(move |_| shown.found.with(|f| f[position].clone()));
    let heading = format!("ev-{}", event.id);
    let labelled_by = heading.clone();
    let title = move || {
        found.with(|m| parts::highlighted(&event.title, m.as_ref().map_or(&[][..], |m| &m.title)))
    };
    let summary = move || {
        found.with(|m| {
            parts::highlighted(&event.summary, m.as_ref().map_or(&[][..], |m| &m.summary))
        })
    };
    let quotes = move || found.with(|m| m.as_ref().and_then(|m| matched_quotes(event, m, shown)));
    view! {
        <li class="tl-item" hidden=move || found.with(Option::is_none)>
            <article class="tl-event" tabindex="0" aria-labelledby=labelled_by data-id=event.id.as_str()>
                {parts::date(event)}
                <h4 id=heading><a href=format!("#/timeline/{}", event.id)>{title}</a></h4>
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
                let _ = window().location().set_hash(&format!("#/timeline/{id}"));
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

/// The list of events by year.
#[component]
pub fn EventList(shown: Shown) -> impl IntoView {
    let corpus = use_corpus();
    let groups = years(&corpus.events)
        .into_iter()
        .map(|(year, positions)| {
            let members = positions.clone();
            let empty = move || {
                shown
                    .found
                    .with(|f| members.iter().all(|&i| f[i].is_none()))
            };
            let items = positions
                .into_iter()
                .map(|i| item(&corpus.events[i], i, shown))
                .collect_view();
            let id = format!("tl-year-{year}");
            view! {
                <li class="tl-year" hidden=empty>
                    <h3 id=id.clone()>{year.to_string()}</h3>
                    <ol class="tl-events" aria-labelledby=id>{items}</ol>
                </li>
            }
        })
        .collect_view();
    view! {
        <section class="tl-list-section" aria-labelledby="tl-list-heading">
            <h2 id="tl-list-heading">"Events"</h2>
            <p class="hint">"Keys: ↑ and ↓ move between events, Enter opens one."</p>
            <ol class="tl-list" on:keydown=on_key>{groups}</ol>
            <p class="tl-none" hidden=move || shown.found.with(|f| f.iter().any(Option::is_some))>
                "No event matches these filters. "<a href="#/timeline">"Show all events"</a>
            </p>
        </section>
    }
}
