//! `#/quiz`: guess the score. A start screen (the order: the report's or
//! shuffled), then each question with Freedom House's evidence and the score
//! hidden, five large buttons (or the keys 0–4) to guess, the score revealed
//! (and announced), and at the end a tally against Freedom House's own. The
//! same page prints as a worksheet with empty score boxes and an answer key.
//!
//! The state is an `explainer_core::quiz::Quiz` in a signal; it lives in
//! memory only and is never sent anywhere. It also survives a visit to a cited passage and the way back,
//! because leaving the view keeps the quiz for the rest of the page's life.

mod question;
mod tally;
mod worksheet;

use std::cell::RefCell;

use explainer_core::quiz::{Order, Quiz as QuizState};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::corpus::use_corpus;
use question::Question;
use tally::Tally;
use worksheet::Worksheet;

thread_local! {
    /// The quiz in progress when the view was left, so that following a
    /// citation and coming back does not lose the class's game.
    static KEPT: RefCell<Option<QuizState>> = const { RefCell::new(None) };
}

/// What the quiz shows: derived from the state, so that a guess re-renders
/// only the reveal, not the whole question.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Screen {
    Start,
    Asking {
        /// Report index of the question.
        index: usize,
        /// Position in the asking order, from 1.
        number: usize,
        /// How many questions are asked.
        count: usize,
    },
    Over,
}

/// The quiz.
#[component]
pub fn Quiz() -> impl IntoView {
    let quiz = RwSignal::new(KEPT.with_borrow_mut(Option::take));
    on_cleanup(move || {
        let state = quiz.try_get_untracked().flatten();
        KEPT.with_borrow_mut(|kept| *kept = state);
    });
    keyboard(quiz);

    let screen = Memo::new(move |_| {
        quiz.with(|q| match q {
            None => Screen::Start,
            Some(q) => match q.current() {
                Some(index) => Screen::Asking {
                    index,
                    number: q.number(),
                    count: q.len(),
                },
                None => Screen::Over,
            },
        })
    });
    let restart = move || {
        quiz.set(None);
        focus_soon("#main h1");
    };

    view! {
        <section class="view quiz" data-testid="quiz">
            <div class="quiz-play">
                <h1 tabindex="-1">"Guess the score"</h1>
                {move || match screen.get() {
                    Screen::Start => view! { <Start quiz=quiz/> }.into_any(),
                    Screen::Asking { index, number, count } => view! {
                        <Question quiz=quiz index=index number=number count=count on_restart=restart/>
                    }
                    .into_any(),
                    Screen::Over => view! { <Tally quiz=quiz on_restart=restart/> }.into_any(),
                }}
            </div>
            <Worksheet/>
        </section>
    }
}

/// The start screen: what the quiz is, the choice of order, and the
/// worksheet.
#[component]
fn Start(quiz: RwSignal<Option<QuizState>>) -> impl IntoView {
    let corpus = use_corpus();
    let count = corpus.fiw.indicators().count();
    let shuffled = RwSignal::new(false);
    let start = move |_| {
        let order = if shuffled.get_untracked() {
            // Milliseconds since 1970: a different order each time, and the
            // same generator on every machine.
            Order::Shuffled(js_sys::Date::now() as u64)
        } else {
            Order::Sequential
        };
        quiz.set(Some(QuizState::new(count, order)));
        focus_soon(".quiz-focus");
    };
    view! {
        <p class="lede">
            {format!(
                "Freedom House answers {count} questions about {} and scores each from 0 to 4 points. \
                 For each question, read the evidence Freedom House gives, guess its score, then see the score it gave. \
                 At the end, your scores are turned into ratings and a status by Freedom House's method, beside its own.",
                corpus.country
            )}
        </p>
        <fieldset class="quiz-order">
            <legend>"Order of the questions"</legend>
            <label>
                <input
                    type="radio"
                    name="quiz-order"
                    value="sequential"
                    prop:checked=move || !shuffled.get()
                    on:change=move |_| shuffled.set(false)
                />
                " The report's order"
            </label>
            <label>
                <input
                    type="radio"
                    name="quiz-order"
                    value="shuffled"
                    prop:checked=move || shuffled.get()
                    on:change=move |_| shuffled.set(true)
                />
                " Shuffled"
            </label>
        </fieldset>
        <div class="quiz-actions">
            <button type="button" class="quiz-primary" on:click=start>"Start the quiz"</button>
            <PrintButton/>
        </div>
        <p class="hint">
            "Keys: 0 to 4 to guess; Enter or → for the next question. "
            "Your answers stay in this browser tab and are sent nowhere."
        </p>
    }
}

/// Prints the worksheet (the page's print style shows only the worksheet).
#[component]
fn PrintButton() -> impl IntoView {
    view! {
        <button type="button" on:click=move |_| { let _ = window().print(); }>"Print worksheet"</button>
    }
}

/// Keys 0–4 guess, Enter and → move on once the score is shown. Keys typed
/// into a form control or with a modifier are left alone, and so is Enter on
/// a button or link, which the browser turns into a click.
fn keyboard(quiz: RwSignal<Option<QuizState>>) {
    let handle = window_event_listener(leptos::ev::keydown, move |ev| {
        if ev.repeat() || !crate::keys::is_shortcut(&ev) {
            return;
        }
        let tag = crate::keys::focused_tag();
        let key = ev.key();
        let handled = match key.as_str() {
            "0" | "1" | "2" | "3" | "4" => key.parse().is_ok_and(|guess| answer(quiz, guess)),
            "Enter" if matches!(tag.as_str(), "BUTTON" | "A" | "SUMMARY") => false,
            "Enter" | "ArrowRight" => advance(quiz),
            _ => false,
        };
        if handled {
            ev.prevent_default();
        }
    });
    on_cleanup(move || handle.remove());
}

/// Records a guess for the question being asked; focus moves to the button
/// that moves on. False if there is no question or it is answered.
fn answer(quiz: RwSignal<Option<QuizState>>, guess: u8) -> bool {
    let mut answered = false;
    quiz.maybe_update(|q| {
        answered = q.as_mut().is_some_and(|q| q.answer(guess));
        answered
    });
    if answered {
        focus_soon(".quiz-next");
    }
    answered
}

/// Moves to the next question (or the tally) once the score is shown; focus
/// moves to the new question's heading.
fn advance(quiz: RwSignal<Option<QuizState>>) -> bool {
    let mut moved = false;
    quiz.maybe_update(|q| {
        moved = q.as_mut().is_some_and(QuizState::advance);
        moved
    });
    if moved {
        focus_soon(".quiz-focus");
    }
    moved
}

/// Focuses the element matching `selector` once the view has updated.
fn focus_soon(selector: &'static str) {
    request_animation_frame(move || {
        let element = document()
            .query_selector(selector)
            .ok()
            .flatten()
            .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok());
        if let Some(element) = element {
            let _ = element.focus();
        }
    });
}
