//! Where the sources disagree: one disagreement with every claim quoted and
//! cited (for the list of them all), and the notice an event or a
//! recommendation shows when the sources disagree about it.

use explainer_core::corpus::Contradiction;
use explainer_core::route::{Route, View};
use leptos::prelude::*;

use crate::components::Cite;
use crate::corpus::use_corpus;

/// The claims of one disagreement, each quoted with its source, and this
/// explainer's note on it.
fn claims_and_note(c: &'static Contradiction) -> impl IntoView {
    let corpus = use_corpus();
    let claims = c
        .claims
        .iter()
        .map(|q| {
            let words = corpus.quote_text(q).unwrap_or_default();
            view! { <li><q>{words}</q>" "<Cite quote=q.clone()/></li> }
        })
        .collect_view();
    view! {
        <ul class="disagreement-claims">{claims}</ul>
        <p><span class="app-label">"This explainer's note: "</span>{c.note.as_str()}</p>
    }
}

/// One disagreement as an item of the list of them all, with `more`
/// (what it bears on) after its note.
pub fn disagreement_item(c: &'static Contradiction, more: impl IntoView) -> impl IntoView {
    view! {
        <li class="disagreement" data-testid="disagreement">
            <h2>{c.topic.as_str()}</h2>
            {claims_and_note(c)}
            {more}
        </li>
    }
}

/// "The sources disagree": every disagreement about what a page shows,
/// with both sides, or nothing when there is none.
#[component]
pub fn DisagreementNotice(
    /// The disagreements about the page's event or recommendation.
    about: Vec<&'static Contradiction>,
) -> impl IntoView {
    (!about.is_empty()).then(|| {
        let all = Route::new(View::Disagreements).to_hash();
        let each = about
            .into_iter()
            .map(|c| {
                view! {
                    <li>
                        <h3>{c.topic.as_str()}</h3>
                        {claims_and_note(c)}
                    </li>
                }
            })
            .collect_view();
        view! {
            <aside class="disagreement-notice" aria-labelledby="disagree-heading" data-testid="disagreement-notice">
                <h2 id="disagree-heading">"The sources disagree"</h2>
                <p>"Both sides are kept, each with its source; neither is corrected."</p>
                <ul>{each}</ul>
                <p><a href=all>"Every place where the sources disagree"</a></p>
            </aside>
        }
    })
}
