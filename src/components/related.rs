//! List items for what bears on a page: timeline events and questions of
//! the walkthrough. Shared by the walkthrough step, the event page and the
//! tracker's item page so that each reads the same everywhere.

use explainer_core::corpus::Event;
use leptos::prelude::*;

use crate::corpus::use_corpus;

/// An event: its date, and its title linking to its page.
pub fn event_item(event: &'static Event) -> impl IntoView {
    view! {
        <li>
            <span class="date">{event.date.human()}</span>": "
            <a href=format!("#/timeline/{}", event.id)>{event.title.as_str()}</a>
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
        <li><a href=format!("#/rating/{code}")>{code.to_owned()}</a>{format!(": {question}")}</li>
    }
}
