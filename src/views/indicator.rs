//! `#/rating/<code>`: one step of the walkthrough. The question, its score,
//! Freedom House's reasoning, where the step sits among the 25 and the
//! running tally, and what else in the corpus bears on the question.
//! Arrow keys move between questions; Home and End go to the first and last.

use explainer_core::corpus::{Item, NitCategory, NitMeasure};
use explainer_core::route::View;
use explainer_core::walkthrough::{self, Step};
use leptos::prelude::*;

use crate::components::{Cite, Pips, RelatedSection, ScrollTable, event_item, reasoning};
use crate::corpus::use_corpus;
use crate::router::{use_push_route, use_route};
use crate::views::NotFound;

/// One question of the walkthrough. It stays mounted from one question to
/// the next (see `views::render`) and follows the address itself: the
/// texts update in place and the lists are keyed, so a step rewrites only
/// what differs instead of every element of the page.
#[component]
pub fn Indicator() -> impl IntoView {
    let corpus = use_corpus();
    let route = use_route();
    // The code from the address (already upper-cased); kept while the
    // address moves on to another view and this page is being replaced.
    let code = Memo::new(move |previous: Option<&String>| {
        route.with(|r| match &r.view {
            View::Indicator(code) => code.clone(),
            _ => previous.cloned().unwrap_or_default(),
        })
    });
    let step = Memo::new(move |_| code.with(|c| walkthrough::step(&corpus.fiw, c)));
    // `None` while the code is a question: the page is built once and then
    // updated; an unknown code is the not-found page.
    let unknown = Memo::new(move |_| step.with(Option::is_none).then(|| code.get()));
    keyboard_navigation(step);
    move || match unknown.get() {
        Some(code) => view! { <NotFound path=format!("/rating/{code}")/> }.into_any(),
        None => step_page(step).into_any(),
    }
}

/// The page of a known question, reading the step as it changes.
fn step_page(step: Memo<Option<Step<'static>>>) -> impl IntoView {
    let corpus = use_corpus();
    let doc = corpus.fiw.doc.as_str();
    // What the step says, or the default while it is unknown (the page is
    // then about to be replaced by the not-found page).
    let read = move |f: fn(&Step<'static>) -> String| {
        move || step.with(|s| s.as_ref().map(f).unwrap_or_default())
    };
    let code = Memo::new(move |_| {
        step.with(|s| {
            s.as_ref()
                .map(|s| s.indicator.code.as_str())
                .unwrap_or_default()
        })
    });
    let question = move || {
        step.with(|s| {
            s.as_ref()
                .and_then(|s| corpus.question(s.indicator))
                .unwrap_or_default()
                .to_owned()
        })
    };
    let breadcrumb = read(|s| {
        let (letter, name, _, _) = s.subcategory;
        format!(" › {} › {letter}. {name}", s.category)
    });
    let progress_text = read(|s| format!("Question {} of {}", s.number, s.count));
    let progress = read(|s| format!("{:.1}%", s.number as f64 / s.count as f64 * 100.0));
    let tally = read(|s| {
        let (letter, name, score, max) = s.subcategory;
        format!(
            "Running tally after {}: {} of the {} points. {letter}. {name}: {score} of {max}.",
            s.indicator.code, s.tally, s.total
        )
    });
    let score = move || {
        step.with(|s| {
            s.as_ref().map(|s| {
                let ind = s.indicator;
                view! {
                    <Pips score=ind.score max=ind.max/>
                    " "
                    <Cite doc=doc anchor=ind.question.anchor.clone() label="source"/>
                }
            })
        })
    };

    view! {
        <article class="view indicator" data-testid="indicator">
            <p class="breadcrumb">
                <a href="#/rating">"The 25 questions"</a>
                {breadcrumb}
            </p>
            <p class="progress-text">{progress_text}</p>
            <div class="progress" aria-hidden="true"><span style:width=progress></span></div>
            <h1 tabindex="-1"><span class="code">{move || code.get().to_owned()}</span>" "{question}</h1>
            <div class="step-score">
                <span class="step-score-label">"Freedom House's score: "</span>
                {score}
            </div>
            <p class="tally" data-testid="tally">{tally}</p>
            <StepNav step=step/>
            <section aria-labelledby="reasoning-heading">
                <h2 id="reasoning-heading">"Freedom House's reasoning"</h2>
                <For each=move || [code.get()] key=|c| *c let(c)>
                    {corpus.fiw.indicator(c).map(|ind| reasoning(ind, true))}
                </For>
            </section>
            <Related code=code/>
            <StepNav step=step/>
        </article>
    }
}

/// Previous and next, as links, with the keyboard hint.
#[component]
fn StepNav(step: Memo<Option<Step<'static>>>) -> impl IntoView {
    let prev = move || {
        step.with(|s| s.as_ref().and_then(|s| s.prev)).map(|c| {
            view! { <a class="button-link" rel="prev" href=format!("#/rating/{c}")>{format!("← Previous: {c}")}</a> }
        })
    };
    let next = move || {
        match step.with(|s| s.as_ref().and_then(|s| s.next)) {
        Some(c) => view! { <a class="button-link" rel="next" href=format!("#/rating/{c}")>{format!("Next: {c} →")}</a> }.into_any(),
        None => view! { <a class="button-link" href="#/rating">"All 25 questions"</a> }.into_any(),
    }
    };
    let label = move || {
        step.with(|s| {
            s.as_ref()
                .map(|s| format!("Question {} of {}", s.number, s.count))
                .unwrap_or_default()
        })
    };
    view! {
        <nav class="step-nav" aria-label=label>
            {prev}{next}
            <p class="hint">"Keys: ← and → for previous and next, Home and End for the first and last question."</p>
        </nav>
    }
}

/// Arrow keys, Home and End move through the questions while a question is
/// shown; keys typed into a form control, or with a modifier, are left alone.
fn keyboard_navigation(step: Memo<Option<Step<'static>>>) {
    let corpus = use_corpus();
    let ends = walkthrough::ends(&corpus.fiw);
    let push = use_push_route();
    let handle = window_event_listener(leptos::ev::keydown, move |ev| {
        if !crate::keys::is_shortcut(&ev) {
            return;
        }
        let Some((prev, next)) = step.with_untracked(|s| s.as_ref().map(|s| (s.prev, s.next)))
        else {
            return;
        };
        let target = match ev.key().as_str() {
            "ArrowLeft" => prev,
            "ArrowRight" => next,
            "Home" => ends.map(|e| e.0),
            "End" => ends.map(|e| e.1),
            _ => return,
        };
        if let Some(code) = target {
            ev.prevent_default();
            push.go(&format!("#/rating/{code}"));
        }
    });
    on_cleanup(move || handle.remove());
}

/// The events, recommendations and Nations in Transit category that bear on
/// the question, keyed so that what two questions share stays in place.
#[component]
fn Related(code: Memo<&'static str>) -> impl IntoView {
    let corpus = use_corpus();
    let events = move || code.with(|c| walkthrough::events_for(corpus, c));
    let items = move || code.with(|c| walkthrough::items_for(corpus, c));
    let nit = move || code.with(|c| walkthrough::nit_categories_for(corpus, c).first().copied());
    let item_view = move |i: &'static Item| {
        let status = corpus
            .status(i.status.as_str())
            .map_or_else(String::new, |s| s.label.clone());
        let text = corpus.quote_text(&i.text).unwrap_or_default().to_owned();
        view! {
            <li>
                <a href=format!("#/recommendations/{}", i.id)>{format!("{} to {}", i.from, i.to)}</a>
                {format!(" ({}): ", i.date.human())}
                <q>{text}</q>
                " "<span class="app-status">{format!("Status assessed by this explainer: {status}")}</span>
            </li>
        }
    };
    view! {
        <RelatedSection id="events-heading" title="On the timeline">
            <For each=events key=|e| e.id.as_str() let(e)>{event_item(e)}</For>
        </RelatedSection>
        <RelatedSection id="items-heading" title="Recommendations and pledges">
            <For each=items key=|i| i.id.as_str() let(i)>{item_view(i)}</For>
        </RelatedSection>
        <For each=move || nit().into_iter() key=|pair| *pair let((category, links))>
            <NitSeries category=category links=links/>
        </For>
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
    ratings.sort_by_key(|r| r.edition);
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
                    "The Nations in Transit category most often linked to this question in this explainer's events and recommendations ({links}). "
                )}
                "Ratings run from 1 (most democratic) to 7 (least democratic)."
            </p>
            <ScrollTable labelled_by="nit-series-heading" columns=&["Edition", "Rating", "Source"]>
                {rows}
            </ScrollTable>
        </section>
    }
}
