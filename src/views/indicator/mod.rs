//! `#/rating/<code>`: one step of the walkthrough. The question, its score,
//! Freedom House's reasoning, where the step sits among the 25 and the
//! running tally, and what else in the corpus bears on the question.
//! Arrow keys move between questions; Home and End go to the first and last.

use explainer_core::route::View;
use explainer_core::walkthrough::{self, Step};
use leptos::prelude::*;

use crate::components::{AfterPaint, Cite, Pips, reasoning};
use crate::corpus::use_corpus;
use crate::router::use_push_route;

mod related;

use related::Related;

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
    // The copy at the end stays at the foot of the screen while the reader
    // reads the step (as the what-if's result does), so Previous and Next
    // are always at hand; the keys' hint is said once, at the top.
    let hint = (!end).then(|| {
        view! { <p class="hint key-hint">"Keys: ← and → for previous and next, Home and End for the first and last question."</p> }
    });
    view! {
        <nav class="step-nav" class:step-nav-end=end aria-label=label>
            {prev}{next}{hint}
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
