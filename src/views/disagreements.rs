//! `#/sources/disagreements`: every place where the sources disagree, or a
//! source disagrees with itself, with every claim quoted and cited and the
//! events and recommendations each bears on.

use explainer_core::route::{Route, Section, View};
use leptos::prelude::*;

use crate::components::disagreement_item;
use crate::corpus::use_corpus;

/// The list of every disagreement.
#[component]
pub fn Disagreements() -> impl IntoView {
    let corpus = use_corpus();
    let items = corpus
        .contradictions
        .iter()
        .map(|c| {
            let events = c.events.iter().filter_map(|id| corpus.event(id.as_str()));
            let items = c.items.iter().filter_map(|id| corpus.item(id.as_str()));
            let links = events
                .map(|e| {
                    let href = Route::new(View::Event(e.id.to_string())).to_hash();
                    view! { <li><a href=href>{e.title.as_str()}</a>" (timeline)"</li> }.into_any()
                })
                .chain(items.map(|i| {
                    let href = Route::new(View::Recommendation(i.id.to_string())).to_hash();
                    let words = explainer_core::corpus::text::first_words(
                        corpus.quote_text(&i.text).unwrap_or_default(),
                        12,
                    );
                    view! { <li><a href=href>{format!("“{words}”")}</a>{format!(" ({})", i.kind.word())}</li> }
                        .into_any()
                }))
                .collect::<Vec<_>>();
            let bears = (!links.is_empty()).then(|| {
                view! {
                    <p class="muted">"It bears on:"</p>
                    <ul class="related">{links}</ul>
                }
            });
            disagreement_item(c, bears)
        })
        .collect_view();
    let count = corpus.contradictions.len();
    view! {
        <section class="view disagreements-page" data-testid="disagreements">
            <p class="breadcrumb"><a href=Route::new(View::Sources).to_hash()>{Section::Sources.label()}</a>" › Disagreements"</p>
            <h1 tabindex="-1">"Where the sources disagree"</h1>
            <p class="lede">
                {format!("{count} places where two sources, or one source in two places, give different figures, dates, names, posts or charges. ")}
                "Both claims are kept, each with its source; neither is corrected. The topic and the note are this explainer's words."
            </p>
            <ul class="disagreements">{items}</ul>
        </section>
    }
}
