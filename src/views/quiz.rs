//! `#/quiz`: guess the score. A start screen (the order: the report's or
//! shuffled), then each question with Freedom House's evidence and the score
//! hidden, five large buttons (or the keys 0–4) to guess, the score revealed
//! (and announced), and at the end a tally against Freedom House's own. The
//! same page prints as a worksheet with empty score boxes and an answer key.
//!
//! The state is an `explainer_core::quiz::Quiz` in a signal, never sent
//! anywhere. It survives a visit to a cited passage and the way back
//! (leaving the view keeps it for the page's life), and a reload: each
//! change is written to the tab's session storage, and a saved line that
//! cannot be read is reported and left as it was until a new quiz starts.

mod moves;
mod question;
mod tally;
mod tally_chart;
mod worksheet;

use explainer_core::quiz::{Order, Quiz as QuizState, saved};
use leptos::prelude::*;

use crate::corpus::use_corpus;
use moves::{focus_soon, keyboard};
use question::Question;
use tally::Tally;
use worksheet::Worksheet;

/// The quiz in progress when the view was left, so that following a
/// citation and coming back does not lose the class's game. Provided by
/// the shell, which outlives the view.
#[derive(Clone, Copy)]
struct KeptQuiz(StoredValue<Option<QuizState>>);

/// Provides the place where a quiz left in progress is kept.
pub fn provide_kept_quiz() {
    provide_context(KeptQuiz(StoredValue::new(None)));
}

/// The session-storage key of the "Large type" choice.
const LARGE_KEY: &str = "explainer.quiz.large";

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

/// The tab's session storage, if the browser offers it.
fn session() -> Option<web_sys::Storage> {
    if !crate::site::BROWSER {
        return None;
    }
    window().session_storage().ok().flatten()
}

/// The quiz saved in this tab, or why it could not be read.
fn restore(count: usize) -> (Option<QuizState>, Option<String>) {
    let saved = session().and_then(|s| s.get_item(saved::KEY).ok().flatten());
    match saved.map(|line| QuizState::from_saved(&line, count)) {
        None => (None, None),
        Some(Ok(quiz)) => (Some(quiz), None),
        Some(Err(why)) => (None, Some(why.to_string())),
    }
}

/// Writes the quiz to the tab (or removes it once restarted). A failure
/// leaves the quiz in memory, as before.
fn keep(quiz: Option<&QuizState>) {
    let Some(storage) = session() else { return };
    let _ = match quiz {
        Some(q) => storage.set_item(saved::KEY, &q.to_saved()),
        None => storage.remove_item(saved::KEY),
    };
}

/// The quiz.
#[component]
pub fn Quiz() -> impl IntoView {
    let count = use_corpus().fiw.indicators().count();
    let KeptQuiz(kept) = expect_context();
    let (initial, unreadable) = match kept.try_update_value(Option::take).flatten() {
        Some(kept) => (Some(kept), None),
        None => restore(count),
    };
    let quiz = RwSignal::new(initial);
    // Said until a quiz starts, which writes over the unreadable line.
    let unreadable = RwSignal::new(unreadable);
    on_cleanup(move || {
        let state = quiz.try_get_untracked().flatten();
        // Gone only if the whole app is being taken down.
        let _ = kept.try_update_value(|k| *k = state);
    });
    // Every change after the first render is kept in the tab; the first
    // is what was read, or an unreadable line left for the reader to see.
    Effect::new(move |ran: Option<()>| {
        quiz.with(|q| {
            if ran.is_some() {
                keep(q.as_ref());
            }
            if q.is_some() {
                unreadable.set(None);
            }
        });
    });
    // A printout without the key leaves the next one (Ctrl+P) whole.
    let after_print = window_event_listener_untyped("afterprint", |_| {
        if let Ok(Some(sheet)) = document().query_selector(".worksheet") {
            let _ = sheet.remove_attribute("data-key");
        }
    });
    on_cleanup(move || after_print.remove());
    keyboard(quiz);
    let large =
        RwSignal::new(session().is_some_and(|s| s.get_item(LARGE_KEY).ok().flatten().is_some()));
    let toggle_large = move |_| {
        let on = !large.get_untracked();
        large.set(on);
        if let Some(s) = session() {
            let _ = if on {
                s.set_item(LARGE_KEY, "1")
            } else {
                s.remove_item(LARGE_KEY)
            };
        }
    };

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
        <section class="view quiz" class:quiz-large=move || large.get() data-testid="quiz">
            <div class="quiz-play">
                <div class="quiz-title">
                    <h1 tabindex="-1">"Guess the score"</h1>
                    <button type="button" class="quiz-size" aria-pressed=move || large.get().to_string() on:click=toggle_large>
                        "Large type"
                    </button>
                </div>
                {move || (screen.get() == Screen::Start).then(|| unreadable.get()).flatten().map(|why| view! {
                    <p class="notice" role="status" data-testid="quiz-unreadable">
                        {format!("The quiz saved in this tab could not be read ({why}), so a new one starts here. It stays saved until you start.")}
                    </p>
                })}
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
            <span class="key-hint">"Keys: 0 to 4 to guess; Enter or → for the next question; ← for the one before. "</span>
            "Your answers stay in this browser tab, through a reload, and are sent nowhere."
        </p>
    }
}

/// Prints the worksheet (the page's print style shows only the worksheet),
/// with its answer key or, for handing out before the answers, without.
#[component]
fn PrintButton() -> impl IntoView {
    view! {
        <button type="button" on:click=move |_| print_worksheet(true)>"Print worksheet"</button>
        <button type="button" on:click=move |_| print_worksheet(false)>"Print without the answer key"</button>
    }
}

/// Marks the worksheet with or without its key for the print style, and
/// prints. The mark is set on the element directly: the print dialog opens
/// before the next render.
fn print_worksheet(with_key: bool) {
    if let Ok(Some(sheet)) = document().query_selector(".worksheet") {
        let _ = sheet.set_attribute("data-key", if with_key { "shown" } else { "hidden" });
    }
    let _ = window().print();
}
