//! Related items: list items for what bears on a page (timeline events and
//! questions of the walkthrough) and the section that lists them. Shared by
//! the walkthrough step, the event page and the tracker's item page so that
//! each reads the same everywhere.

use explainer_core::corpus::{Event, Item};
use explainer_core::route::View;
use leptos::prelude::*;

use crate::corpus::use_corpus;

/// An event: its date, and its title linking to its page.
pub fn event_item(event: &'static Event) -> impl IntoView {
    view! {
        <li>
            <span class="date">{event.date.human()}</span>": "
            <a href=View::Event(event.id.to_string()).href()>{event.title.as_str()}</a>
        </li>
    }
}

/// A recommendation or pledge: its words (which tell it apart; who made it
/// to whom is the same for many) linking to its page, then who made it to
/// whom and when. `status`, if given, follows.
pub fn recommendation_item(item: &'static Item, status: Option<String>) -> impl IntoView {
    let corpus = use_corpus();
    let words = corpus.quote_text(&item.text).unwrap_or_default();
    view! {
        <li>
            <a href=View::Recommendation(item.id.to_string()).href()>{format!("“{words}”{}", item.part_suffix())}</a>
            {format!(" ({}, {})", item.origin(), item.date.human())}
            {status.map(|s| view! { " "<span class="app-status">{s}</span> })}
        </li>
    }
}

/// A question: its code linking to its step of the walkthrough, and its words.
pub fn indicator_item(code: &str) -> impl IntoView {
    let corpus = use_corpus();
    let question = corpus
        .fiw
        .indicator(code)
        .and_then(|i| corpus.question(i))
        .unwrap_or_default();
    view! {
        <li><a href=View::Indicator(code.to_string()).href()>{code.to_owned()}</a>{format!(": {question}")}</li>
    }
}

/// A section of related items: a heading with `id` and `title`, and
/// `children` (list items) in a `ul.related`. With `empty_note`, the section
/// says so in a muted paragraph before the list when `empty` is set.
#[component]
pub fn RelatedSection(
    /// Id of the heading, which names the section.
    id: &'static str,
    /// The heading's text.
    title: &'static str,
    /// What to say when the list is empty, such as "None named.".
    #[prop(optional)]
    empty_note: Option<&'static str>,
    /// Whether the list is empty (only read with `empty_note`).
    #[prop(optional)]
    empty: bool,
    /// The list items.
    children: Children,
) -> impl IntoView {
    let list = view! { <ul class="related">{children()}</ul> };
    match empty_note {
        None => view! {
            <section aria-labelledby=id>
                <h2 id=id>{title}</h2>
                {list}
            </section>
        }
        .into_any(),
        Some(note) => view! {
            <section aria-labelledby=id>
                <h2 id=id>{title}</h2>
                {empty.then(|| view! { <p class="muted">{note}</p> })}
                {list}
            </section>
        }
        .into_any(),
    }
}
