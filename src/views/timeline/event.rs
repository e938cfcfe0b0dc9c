//! `#/timeline/<event>`: one event with its quotes and citations, the
//! questions and Nations in Transit categories it bears on, the
//! recommendations it is evidence for, and the events before and after it
//! (also on ← and →). An unknown id gets a plain message and the way back.

use explainer_core::corpus::NitMeasure;
use explainer_core::route::{Section, View};
use explainer_core::timeline::chart::{around, edition_note};
use explainer_core::timeline::{Neighbours, items_citing, neighbours};
use leptos::prelude::*;

use super::parts;
use crate::components::{
    Cite, DisagreementNotice, RelatedSection, indicator_item, recommendation_item,
};
use crate::corpus::use_corpus;

/// One event with its quotes and links.
#[component]
pub fn Event(
    /// The event's id, as in the address.
    id: String,
) -> impl IntoView {
    let corpus = use_corpus();
    let Some(n) = neighbours(corpus, &id) else {
        return view! {
            <section class="view not-found" data-testid="event-not-found">
                <h1 tabindex="-1">"Event not found"</h1>
                <p>"There is no event on the timeline with the id "<code>{id}</code>"."</p>
                <p><a href=View::Timeline.href()>"Back to the timeline"</a></p>
            </section>
        }
        .into_any();
    };
    keyboard_navigation(n);
    let event = n.event;

    let evidence = event.evidence.iter().map(parts::quote).collect_view();
    let indicators = event
        .indicators
        .iter()
        .map(|code| indicator_item(code.as_str()))
        .collect_view();
    // The edition of the event's year and the next, which reports on it.
    let categories = event
        .nit_categories
        .iter()
        .map(|&c| {
            let ratings = around(&corpus.nit, NitMeasure::from(c), event.date.year)
                .into_iter()
                .flatten()
                .enumerate()
                .map(|(k, r)| {
                    view! {
                        {if k == 0 { ": " } else { " → " }}
                        <Cite doc=r.doc.0.clone() anchor=r.anchor.clone().unwrap_or_default() label=format!("{} in the {} edition", r.rating, r.edition)/>
                    }
                })
                .collect_view();
            view! { <li>{c.name()}{ratings}</li> }
        })
        .collect_view();
    let editions_note = edition_note(corpus);
    let citing = items_citing(corpus, event.id.as_str());
    let no_items = citing.is_empty();
    let items = citing
        .into_iter()
        .map(|i| recommendation_item(i, None))
        .collect_view();
    view! {
        <article class="view tl-event-page" data-testid="event">
            <p class="breadcrumb"><a href=View::Timeline.href()>{Section::Timeline.label()}</a>{format!(" › {}", event.date.year)}</p>
            <p>{parts::date(event)}</p>
            <h1 tabindex="-1">{event.title.as_str()}</h1>
            {parts::judgment(event)}
            <p class="lede">{event.summary.as_str()}</p>
            <p class="muted">"Title, summary, themes and direction are this explainer's words and judgments; the quotes are the sources'."</p>
            {parts::stated_observed(event).map(|v| view! { <h2>"Stated aim and observed effect"</h2>{v} })}
            <section aria-labelledby="ev-quotes">
                <h2 id="ev-quotes">"What the sources say"</h2>
                {evidence}
            </section>
            <DisagreementNotice about=corpus.contradictions_about_event(event.id.as_str()).collect()/>
            <RelatedSection id="ev-questions" title="Questions of the rating it bears on"
                empty=event.indicators.is_empty() empty_note="None named.">
                {indicators}
            </RelatedSection>
            <RelatedSection id="ev-nit" title="Nations in Transit categories"
                empty=event.nit_categories.is_empty() empty_note="None named.">
                {categories}
            </RelatedSection>
            {editions_note.filter(|_| !event.nit_categories.is_empty()).map(|note| view! { <p class="muted">{note}</p> })}
            <RelatedSection id="ev-items" title="Recommendations and pledges it is evidence for"
                empty=no_items empty_note="None in this explainer.">
                {items}
            </RelatedSection>
            <EventNav n=n/>
        </article>
    }
    .into_any()
}

/// Previous and next events, as links.
#[component]
fn EventNav(n: Neighbours<'static>) -> impl IntoView {
    let link = |e: Option<&'static explainer_core::corpus::Event>,
                rel: &'static str,
                word: &'static str| {
        e.map(|e| {
            view! {
                <a class="button-link" rel=rel href=View::Event(e.id.to_string()).href()>
                    {format!("{word}: {} ({})", e.title, e.date.human())}
                </a>
            }
        })
    };
    view! {
        <nav class="step-nav" aria-label="Previous and next event">
            {link(n.prev, "prev", "← Previous")}
            {link(n.next, "next", "Next →")}
            <p class="hint key-hint">"Keys: ← and → for the previous and next event."</p>
        </nav>
    }
}

/// ← and → go to the previous and next event while this one is shown.
fn keyboard_navigation(n: Neighbours<'static>) {
    crate::components::on_window(leptos::ev::keydown, move |ev| {
        if !crate::keys::is_shortcut(&ev) {
            return;
        }
        let target = match ev.key().as_str() {
            "ArrowLeft" => n.prev,
            "ArrowRight" => n.next,
            _ => return,
        };
        if let Some(e) = target {
            ev.prevent_default();
            let _ = window()
                .location()
                .set_hash(&View::Event(e.id.to_string()).href());
        }
    });
}
