//! The quiz on the committed corpus: guesses become a scenario that the
//! method assesses, against Freedom House's own assessment.

use crate::support;

use explainer_core::corpus::FiwStatus;
use explainer_core::method::Scenario;
use explainer_core::quiz::{Order, Quiz, actual_scores};
use support::report;

/// Plays a whole quiz, guessing `guess(report index, actual score)`.
fn play(order: Order, guess: impl Fn(usize, u8) -> u8) -> Quiz {
    let actual = actual_scores(&report());
    let mut quiz = Quiz::new(actual.len(), order);
    while let Some(index) = quiz.current() {
        assert!(quiz.answer(guess(index, actual[index])));
        assert!(quiz.advance());
    }
    quiz
}

#[test]
fn exact_guesses_give_freedom_houses_assessment() {
    let report = report();
    let actual = actual_scores(&report);
    assert_eq!(actual.len(), 25);
    assert_eq!(actual.iter().map(|&s| u32::from(s)).sum::<u32>(), 22);
    let quiz = play(Order::Shuffled(7), |_, score| score);
    let t = quiz.tally(&actual);
    assert_eq!(
        (t.answered, t.exact, t.guessed_total, t.actual_total),
        (25, 25, 22, 22)
    );
    assert_eq!(
        quiz.scenario(&report).assess(&report),
        Scenario::stated(&report).assess(&report)
    );
    assert!(quiz.rows(&actual).iter().all(|r| r.difference() == Some(0)));
}

#[test]
fn generous_guesses_change_totals_ratings_and_status() {
    let report = report();
    let actual = actual_scores(&report);
    let quiz = play(Order::Sequential, |_, _| 4);
    let a = quiz.scenario(&report).assess(&report);
    assert_eq!(
        (a.political_rights.score, a.political_rights.rating),
        (40, 1)
    );
    assert_eq!((a.civil_liberties.score, a.civil_liberties.rating), (60, 1));
    assert_eq!(a.status, FiwStatus::Free);
    assert_eq!(quiz.tally(&actual).guessed_total, 100);
}

#[test]
fn unanswered_questions_keep_freedom_houses_score() {
    let report = report();
    let actual = actual_scores(&report);
    let mut quiz = Quiz::new(actual.len(), Order::Sequential);
    quiz.answer(4);
    let a = quiz.scenario(&report).assess(&report);
    assert_eq!(a.total, 22 + 4 - i16::from(actual[0]));
}
