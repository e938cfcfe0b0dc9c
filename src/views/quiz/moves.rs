//! How the reader moves through the quiz: the keys, a guess, on to the
//! next question and back to the one before, each keeping the tab's saved
//! copy in step, and where focus goes after a move.

use explainer_core::quiz::Quiz as QuizState;
use leptos::prelude::*;

use crate::components::{FocusTarget, focus_after_frame};

/// Keys 0–4 guess, Enter and → move on once the score is shown, ← goes
/// back to the question before. Keys typed into a form control or with a
/// modifier are left alone, and so is Enter on a button or link, which the
/// browser turns into a click.
pub(super) fn keyboard(quiz: RwSignal<Option<QuizState>>) {
    crate::components::on_window(leptos::ev::keydown, move |ev| {
        if ev.repeat() || !crate::keys::is_shortcut(&ev) {
            return;
        }
        let tag = crate::keys::focused_tag();
        let key = ev.key();
        let handled = match key.as_str() {
            "0" | "1" | "2" | "3" | "4" => key.parse().is_ok_and(|guess| answer(quiz, guess)),
            "Enter" if matches!(tag.as_str(), "BUTTON" | "A" | "SUMMARY") => false,
            "Enter" | "ArrowRight" => advance(quiz),
            "ArrowLeft" => back(quiz),
            _ => false,
        };
        if handled {
            ev.prevent_default();
        }
    });
}

/// Records a guess for the question being asked; focus moves to the button
/// that moves on. False if there is no question or it is answered.
pub(super) fn answer(quiz: RwSignal<Option<QuizState>>, guess: u8) -> bool {
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
pub(super) fn advance(quiz: RwSignal<Option<QuizState>>) -> bool {
    move_to(quiz, QuizState::advance)
}

/// Moves back to the question before (or from the tally to the last one),
/// shown with its guess and score; focus moves to its heading.
pub(super) fn back(quiz: RwSignal<Option<QuizState>>) -> bool {
    move_to(quiz, QuizState::back)
}

/// Moves the quiz by `step`; focus follows to the heading if it moved.
fn move_to(quiz: RwSignal<Option<QuizState>>, step: fn(&mut QuizState) -> bool) -> bool {
    let mut moved = false;
    quiz.maybe_update(|q| {
        moved = q.as_mut().is_some_and(step);
        moved
    });
    if moved {
        focus_soon(".quiz-focus");
    }
    moved
}

/// Focuses the element matching `selector` once the view has updated.
pub(super) fn focus_soon(selector: &'static str) {
    focus_after_frame(FocusTarget::Selector(selector));
}
