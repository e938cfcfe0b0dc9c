//! Pieces shared by the list and the event page: the date, the explainer's
//! judgment (direction and themes, never by colour alone), highlighted text,
//! the sources line and the stated aim against the observed effect.

use std::ops::Range;

use explainer_core::corpus::{Event, Quote};
use explainer_core::timeline::{
    direction_label, direction_symbol, split_highlights, theme_label, type_label,
};
use leptos::prelude::*;

use crate::components::Cite;
use crate::corpus::use_corpus;

/// The date as precise as the sources give it, machine-readable too.
pub fn date(event: &Event) -> impl IntoView + use<> {
    view! { <time class="date" datetime=event.date.to_string()>{event.date.human()}</time> }
}

/// Direction as symbol, words and colour; themes as words; the type. Marked
/// as the explainer's judgment.
pub fn judgment(event: &Event) -> impl IntoView + use<> {
    let d = event.direction;
    let themes = event
        .themes
        .iter()
        .map(|&t| view! { <li class="tl-theme">{theme_label(t)}</li> })
        .collect_view();
    view! {
        <div class="tl-judgment">
            <span class="visually-hidden">"The explainer's judgment: "</span>
            <span class=format!("tl-dir tl-dir-{}", d.id())>
                <span aria-hidden="true">{direction_symbol(d)}" "</span>{direction_label(d)}
            </span>
            <span class="tl-type">"type: "{type_label(event.kind)}</span>
            <ul class="tl-themes" aria-label="Themes">{themes}</ul>
        </div>
    }
}

/// Direction alone, as symbol, words and colour, marked as the explainer's
/// judgment: for a widget's one-line event.
pub fn direction(event: &Event) -> impl IntoView + use<> {
    let d = event.direction;
    view! {
        <span class=format!("tl-dir tl-dir-{}", d.id())>
            <span class="visually-hidden">"The explainer's judgment: "</span>
            <span aria-hidden="true">{direction_symbol(d)}" "</span>{direction_label(d)}
        </span>
    }
}

/// `text` with `<mark>` around `ranges` (any ranges are safe).
pub fn highlighted(text: &'static str, ranges: &[Range<usize>]) -> AnyView {
    if ranges.is_empty() {
        return text.into_any();
    }
    split_highlights(text, ranges)
        .into_iter()
        .map(|(piece, marked)| {
            if marked {
                view! { <mark>{piece}</mark> }.into_any()
            } else {
                piece.into_any()
            }
        })
        .collect_view()
        .into_any()
}

/// One link per document the event cites, to its first passage there.
pub fn sources(event: &'static Event) -> impl IntoView + use<> {
    let mut firsts: Vec<&Quote> = Vec::new();
    for q in event.quotes() {
        if !firsts.iter().any(|f| f.doc == q.doc) {
            firsts.push(q);
        }
    }
    let links = firsts
        .into_iter()
        .map(|q| view! { <li><Cite quote=q.clone()/></li> })
        .collect_view();
    view! {
        <div class="tl-sources">
            <span>"Sources: "</span>
            <ul>{links}</ul>
        </div>
    }
}

/// A quote from the corpus with its citation.
pub fn quote(q: &Quote) -> impl IntoView + use<> {
    let text = use_corpus().quote_text(q).unwrap_or_default();
    view! {
        <blockquote class="tl-quote">
            <p>"“"{text}"”"</p>
            <footer><Cite quote=q.clone()/></footer>
        </blockquote>
    }
}

/// The stated aim and the observed effect side by side, when the sources
/// give both.
pub fn stated_observed(event: &Event) -> Option<impl IntoView + use<>> {
    let (Some(aim), Some(effect)) = (&event.stated_aim, &event.observed_effect) else {
        return None;
    };
    Some(view! {
        <div class="tl-reform">
            <div>
                <p class="tl-reform-label">"Stated aim"</p>
                {quote(aim)}
            </div>
            <div>
                <p class="tl-reform-label">"Observed effect"</p>
                {quote(effect)}
            </div>
        </div>
    })
}
