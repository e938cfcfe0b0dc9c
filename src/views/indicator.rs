//! `#/rating/<code>`: one step of the walkthrough. The question, its score,
//! Freedom House's reasoning, where the step sits among the 25 and the
//! running tally, and what else in the corpus bears on the question.
//! Arrow keys move between questions; Home and End go to the first and last.

use explainer_core::corpus::{NitCategory, NitMeasure};
use explainer_core::route::View;
use explainer_core::walkthrough::{self, Step};
use leptos::prelude::*;

use crate::components::{
    AfterPaint, Cite, Pips, RelatedSection, ScrollTable, event_item, reasoning, recommendation_item,
};
use crate::corpus::use_corpus;
use crate::router::use_push_route;

/// One question of the walkthrough.
#[component]
pub fn Indicator(
    /// The question's step, found from the address's code.
    step: Step<'static>,
) -> impl IntoView {
    let corpus = use_corpus();
    keyboard_navigation(&step);

    let doc = corpus.fiw.doc.as_str();
    let ind = step.indicator;
    let question = corpus.question(ind).unwrap_or_default();
    let code = ind.code.as_str();
    let (letter, sub_name, sub_score, sub_max) = step.subcategory;

    let reasoning = reasoning(ind, true);

    let progress = format!("{:.1}%", step.number as f64 / step.count as f64 * 100.0);
    // The running figure counts from the first question to this one; the
    // subcategory's is its whole total.
    let first = corpus
        .fiw
        .indicators()
        .next()
        .map(|(_, _, i)| i.code.as_str());
    let span = match first {
        Some(first) if first != code => format!("{first} to {code}"),
        _ => code.to_owned(),
    };

    view! {
        <article class="view indicator" data-testid="indicator">
            <p class="breadcrumb">
                <a href=View::Rating.href()>"The 25 questions"</a>
                {format!(" › {} › {letter}. {sub_name}", step.category)}
            </p>
            <p class="progress-text">{format!("Question {} of {}", step.number, step.count)}</p>
            <div class="progress" aria-hidden="true"><span style:width=progress></span></div>
            <h1 tabindex="-1"><span class="code">{code.to_owned()}</span>" "{question.to_owned()}</h1>
            <div class="step-score">
                <span class="step-score-label">"Freedom House's score: "</span>
                <Pips score=ind.score max=ind.max/>
                " "
                <Cite doc=doc anchor=ind.question.anchor.clone() label="source"/>
            </div>
            <p class="tally" data-testid="tally">
                {format!(
                    "So far, {span}: {} of the {} points. All of {letter}. {sub_name}: {sub_score} of {sub_max}.",
                    step.tally, step.total
                )}
            </p>
            <StepNav step=step.clone()/>
            <section aria-labelledby="reasoning-heading">
                <h2 id="reasoning-heading">"Freedom House's reasoning"</h2>
                {reasoning}
            </section>
            // Up to 30 list items: a frame later, so the question itself
            // shows within the frame of the key press.
            <AfterPaint>
                <Related code=code/>
                <StepNav step=step.clone() end=true/>
            </AfterPaint>
        </article>
    }
    .into_any()
}

/// Previous and next, as links, with the keyboard hint.
#[component]
fn StepNav(
    step: Step<'static>,
    /// The copy at the end of the page, named apart from the first so that
    /// the two landmarks can be told apart.
    #[prop(optional)]
    end: bool,
) -> impl IntoView {
    let label = format!(
        "Question {} of {}{}",
        step.number,
        step.count,
        if end { ", at the end of the page" } else { "" }
    );
    let prev = step.prev.map(|c| {
        view! { <a class="button-link" rel="prev" href=View::Indicator(c.to_string()).href()>{format!("← Previous: {c}")}</a> }
    });
    let next = match step.next {
        Some(c) => view! { <a class="button-link" rel="next" href=View::Indicator(c.to_string()).href()>{format!("Next: {c} →")}</a> }.into_any(),
        None => view! { <a class="button-link" href=View::Rating.href()>"All 25 questions"</a> }.into_any(),
    };
    view! {
        <nav class="step-nav" aria-label=label>
            {prev}{next}
            <p class="hint key-hint">"Keys: ← and → for previous and next, Home and End for the first and last question."</p>
        </nav>
    }
}

/// Arrow keys, Home and End move through the questions while this step is
/// shown; keys typed into a form control, or with a modifier, are left alone.
fn keyboard_navigation(step: &Step<'static>) {
    let corpus = use_corpus();
    let (prev, next) = (step.prev, step.next);
    let ends = walkthrough::ends(&corpus.fiw);
    let push = use_push_route();
    crate::components::on_window(leptos::ev::keydown, move |ev| {
        if !crate::keys::is_shortcut(&ev) {
            return;
        }
        let target = match ev.key().as_str() {
            "ArrowLeft" => prev,
            "ArrowRight" => next,
            "Home" => ends.map(|e| e.0),
            "End" => ends.map(|e| e.1),
            _ => return,
        };
        if let Some(code) = target {
            ev.prevent_default();
            push.go(&View::Indicator(code.to_string()).href());
        }
    });
}

/// The events, recommendations and Nations in Transit category that bear on
/// the question.
#[component]
fn Related(code: &'static str) -> impl IntoView {
    let corpus = use_corpus();
    let events = walkthrough::events_for(corpus, code)
        .into_iter()
        .map(event_item)
        .collect_view();
    let items = walkthrough::items_for(corpus, code)
        .into_iter()
        .map(|i| {
            let status = corpus
                .status(i.status.as_str())
                .map_or_else(String::new, |s| s.label.clone());
            recommendation_item(
                i,
                Some(format!("Status assessed by this explainer: {status}")),
            )
        })
        .collect_view();
    let nit = walkthrough::nit_categories_for(corpus, code)
        .first()
        .map(|&(category, links)| view! { <NitSeries category=category links=links/> });
    view! {
        <RelatedSection id="events-heading" title="On the timeline">{events}</RelatedSection>
        <RelatedSection id="items-heading" title="Recommendations and pledges">{items}</RelatedSection>
        {nit}
    }
}

/// A Nations in Transit category's ratings over the editions, each cited.
#[component]
fn NitSeries(category: NitCategory, links: usize) -> impl IntoView {
    let corpus = use_corpus();
    let measure = NitMeasure::from(category);
    let mut ratings: Vec<_> = corpus
        .nit
        .ratings
        .iter()
        .filter(|r| r.measure == measure)
        .collect();
    explainer_core::order::sort_by_key(&mut ratings, |r| r.edition);
    let rows = ratings
        .into_iter()
        .map(|r| {
            let source = r
                .anchor
                .clone()
                .map(|a| view! { <Cite doc=r.doc.as_str() anchor=a/> });
            view! {
                <tr>
                    <th scope="row">{r.edition.to_string()}</th>
                    <td class="num">{r.rating.to_string()}</td>
                    <td>{source}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <section aria-labelledby="nit-series-heading">
            <h2 id="nit-series-heading">{format!("Nations in Transit: {}", category.name())}</h2>
            <p>
                {format!(
                    "The Nations in Transit category that this explainer's events and recommendations on this question are most often linked to ({}). ",
                    explainer_core::site::count(links, "link", "links")
                )}
                "Ratings run from 1 (most democratic) to 7 (least democratic)."
            </p>
            <ScrollTable labelled_by="nit-series-heading" columns=&["Edition", "Rating", "Source"]>
                {rows}
            </ScrollTable>
        </section>
    }
}
