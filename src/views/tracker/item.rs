//! `#/recommendations/<id>`: one item's evidence trail. Its words and who
//! made it, this explainer's assessment (labelled as such, dated, with the
//! quotes it rests on), the reader's own updates beside it, and the
//! questions and timeline events it bears on.

use explainer_core::corpus::Item;
use explainer_core::route::View;
use explainer_core::tracker::catalogue::theme_label;
use explainer_core::tracker::wording;
use leptos::prelude::*;

use super::item_text;
use super::reader_data::StorageNotices;
use super::updates::ReaderUpdates;
use crate::components::{
    Cite, DisagreementNotice, RelatedSection, StatusVocabulary, event_item, indicator_item,
};
use crate::corpus::use_corpus;

/// One item with its evidence trail.
#[component]
pub fn Recommendation(
    /// The item, found from the address's id.
    item: &'static Item,
) -> impl IntoView {
    let corpus = use_corpus();
    let status = corpus.status(item.status.as_str());
    let doc = corpus.document(item.text.doc.as_str());
    let themes: Vec<String> = item.themes.iter().map(|t| theme_label(*t)).collect();
    let evidence = item
        .evidence
        .iter()
        .map(|q| {
            view! {
                <li><q>{corpus.quote_text(q).unwrap_or_default()}</q>" "<Cite quote=q.clone()/></li>
            }
        })
        .collect_view();
    let indicators = item
        .indicators
        .iter()
        .map(|code| indicator_item(code.as_str()))
        .collect_view();
    let events = item
        .events
        .iter()
        .filter_map(|e| corpus.event(e.as_str()))
        .map(event_item)
        .collect_view();
    let no_events = item.events.is_empty().then(|| {
        view! { <p class="muted">"This explainer links no timeline event to it."</p> }
    });

    view! {
        <article class="view tracker-item" data-testid="tracker-item">
            <p class="breadcrumb"><a href=View::Recommendations.href()>"Recommendations and pledges"</a>{format!(" › {}", item.kind.word())}</p>
            <h1 tabindex="-1">{item.headline(item_text(item))}</h1>
            <p class="tr-parties">{format!("{}, {}", item.parties(), item.date.human())}</p>
            <StorageNotices/>
            <blockquote class="tr-text">
                <p>{item_text(item)}</p>
                <footer><Cite quote=item.text.clone()/></footer>
            </blockquote>
            <dl class="facts">
                <dt>"Kind"</dt><dd>{item.kind.word()}</dd>
                <dt>"Made"</dt><dd>{item.date.human()}</dd>
                <dt>"By"</dt><dd>{item.from.clone()}</dd>
                <dt>"To"</dt><dd>{item.to.clone()}</dd>
                <dt>"Themes"</dt><dd>{themes.join(", ")}<span class="muted">" (this explainer's)"</span></dd>
                <dt>"Source"</dt><dd>{doc.map(|d| d.title.clone())}</dd>
            </dl>
            <div class="tr-columns">
                <section class="tr-assessment" aria-labelledby="tr-assessment-heading" data-testid="tr-assessment">
                    <h2 id="tr-assessment-heading">"This explainer's assessment"</h2>
                    <p class="tr-assessed">
                        <span class="tr-badge">{status.map(|s| s.label.clone())}</span>
                        {wording::status_as_of(item).map(|as_of| format!(" {as_of}"))}
                    </p>
                    <p class="muted">{status.map(|s| s.meaning.clone())}</p>
                    <p><span class="app-label">"Why: "</span>{item.status_rationale.clone()}</p>
                    <h3>"Evidence"</h3>
                    <ul class="related">{evidence}</ul>
                    <p class="muted">
                        "The status is this explainer's judgment from the quoted evidence, not the sources' own. "
                        "Each quote opens its passage in the source."
                    </p>
                </section>
                <ReaderUpdates item=item/>
            </div>
            <DisagreementNotice about=corpus.contradictions_about_item(item.id.as_str()).collect()/>
            <RelatedSection id="tr-questions-heading" title="Questions of the rating it bears on">
                {indicators}
            </RelatedSection>
            <section aria-labelledby="tr-events-heading">
                <h2 id="tr-events-heading">"Timeline events that are its evidence"</h2>
                <ul class="related">{events}</ul>
                {no_events}
            </section>
            <details class="tr-vocab">
                <summary>"The statuses this explainer uses"</summary>
                <StatusVocabulary/>
            </details>
        </article>
    }
    .into_any()
}
