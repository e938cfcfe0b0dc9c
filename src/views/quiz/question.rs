//! One question of the quiz: the question and Freedom House's evidence with
//! the score hidden, the five guesses, then the score revealed and announced.

use explainer_core::method::INDICATOR_MAX;
use explainer_core::quiz::Quiz as QuizState;
use leptos::prelude::*;

use super::moves::{advance, answer, back};
use crate::components::{Cite, Pips, reasoning};
use crate::corpus::use_corpus;

/// The question at report index `index`, asked as number `number` of
/// `count`.
#[component]
pub fn Question(
    /// The quiz in progress.
    quiz: RwSignal<Option<QuizState>>,
    /// The question's index in the report's order.
    index: usize,
    /// Its position in the asking order, from 1.
    number: usize,
    /// How many questions the quiz asks.
    count: usize,
    /// Starts again from the start screen.
    on_restart: impl Fn() + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let corpus = use_corpus();
    let Some((_, _, ind)) = corpus.fiw.indicators().nth(index) else {
        return ().into_any();
    };
    let doc = corpus.fiw.doc.as_str();
    let code = ind.code.as_str();
    let question = corpus.question(ind).unwrap_or_default();
    let score = ind.score;
    let guess = move || quiz.with(|q| q.as_ref().and_then(|q| q.guess(index)));

    let evidence = reasoning(ind, false);

    let choices = (0..=INDICATOR_MAX)
        .map(|points| {
            let unit = if points == 1 { "point" } else { "points" };
            let pressed = move || (guess() == Some(points)).to_string();
            let actual = move || guess().is_some() && i16::from(points) == score;
            view! {
                <button
                    type="button"
                    class="choice"
                    class:is-actual=actual
                    aria-label=format!("Guess {points} {unit}")
                    aria-pressed=pressed
                    disabled=move || guess().is_some()
                    on:click=move |_| {
                        answer(quiz, points);
                    }
                >
                    {points.to_string()}
                </button>
            }
        })
        .collect_view();

    // The announcement lives in an element that is in the page before the
    // guess, so that screen readers notice its text appear.
    let announcement = move || {
        guess().map(|g| {
            format!(
                "Freedom House scored it {score} of {}. {}",
                ind.max,
                verdict(g, score)
            )
        })
    };
    let revealed = move || {
        guess().map(|_| {
            let last = number == count;
            view! {
                <div class="reveal-detail">
                    <span class="reveal-label">"Freedom House's score:"</span>
                    <Pips score=score max=ind.max/>
                    <Cite doc=doc anchor=ind.question.anchor.clone() label="source"/>
                </div>
                <p class="reveal-why">"The evidence above is Freedom House's reasoning for this score."</p>
                <button type="button" class="quiz-next quiz-primary" on:click=move |_| { advance(quiz); }>
                    {if last { "See your tally →" } else { "Next question →" }}
                </button>
            }
        })
    };

    let progress = format!("{:.1}%", (number - 1) as f64 / count as f64 * 100.0);
    view! {
        <div class="quiz-bar">
            <p class="progress-text" id="quiz-progress" data-testid="quiz-progress">{format!("Question {number} of {count}")}</p>
            <div class="quiz-bar-actions">
                {(number > 1).then(|| view! {
                    <button type="button" class="quiz-back" on:click=move |_| { back(quiz); }>"← Previous question"</button>
                })}
                <button type="button" class="quiz-restart" on:click=move |_| on_restart()>"Restart"</button>
            </div>
        </div>
        <div class="progress" aria-hidden="true"><span style:width=progress></span></div>
        <h2 class="quiz-question quiz-focus" tabindex="-1" aria-describedby="quiz-progress">
            <span class="code">{code.to_owned()}</span>" "{question.to_owned()}
        </h2>
        <section class="evidence" aria-labelledby="evidence-heading">
            <h3 id="evidence-heading">"The evidence, as Freedom House gives it"</h3>
            {evidence}
        </section>
        <div class="choices" role="group" aria-labelledby="choices-label">
            <p id="choices-label" class="choices-label">"Your guess: how many points of 4?"</p>
            <div class="choice-row">{choices}</div>
            // Says what the two marks mean once both are shown.
            {move || guess().map(|g| {
                let key = if i16::from(g) == score {
                    "Filled and ringed: your guess is Freedom House's score."
                } else {
                    "Filled: your guess. Ringed: Freedom House's score."
                };
                view! { <p class="choice-key" aria-hidden="true">{key}</p> }
            })}
        </div>
        <div class="reveal">
            <p class="reveal-text" aria-live="polite" data-testid="quiz-reveal">{announcement}</p>
            {revealed}
        </div>
        <p class="hint key-hint">"Keys: 0 to 4 to guess; Enter or → for the next question; ← for the one before."</p>
    }
    .into_any()
}

/// How the guess compares: "You guessed 2: exactly right."
fn verdict(guess: u8, score: i16) -> String {
    let difference = i16::from(guess) - score;
    let points = |n: i16| {
        if n.abs() == 1 {
            "1 point".to_owned()
        } else {
            format!("{} points", n.abs())
        }
    };
    match difference {
        0 => format!("You guessed {guess}: exactly right."),
        d if d > 0 => format!("You guessed {guess}: {} higher.", points(d)),
        d => format!("You guessed {guess}: {} lower.", points(d)),
    }
}
