//! The quiz's unit tests: order, guesses, going back and the tally.

use super::*;

#[test]
fn sequential_quiz_asks_in_order_and_tallies() {
    let actual = [0, 1, 4, 2];
    let mut quiz = Quiz::new(4, Order::Sequential);
    for (i, guess) in [0u8, 3, 4, 1].into_iter().enumerate() {
        assert_eq!(quiz.current(), Some(i));
        assert_eq!(quiz.number(), i + 1);
        assert!(!quiz.advance(), "cannot skip an unanswered question");
        assert!(quiz.answer(guess));
        assert!(!quiz.answer(0), "an answer cannot be changed once shown");
        assert!(quiz.advance());
    }
    assert!(quiz.current().is_none());
    assert_eq!(quiz.current(), None);
    let t = quiz.tally(&actual);
    assert_eq!(t.answered, 4);
    assert_eq!(t.exact, 2);
    assert_eq!(t.higher, 1);
    assert_eq!(t.lower, 1);
    assert_eq!(t.within_one, 3);
    assert_eq!(t.guessed_total, 8);
    assert_eq!(t.actual_total, 7);
}

#[test]
fn back_shows_an_answered_question_and_forward_again() {
    let mut quiz = Quiz::new(3, Order::Shuffled(3));
    assert!(!quiz.back(), "nothing before the first question");
    assert_eq!(quiz.number(), 1);
    let first = quiz.current();
    quiz.answer(1);
    quiz.advance();
    let second = quiz.current();
    assert_eq!(quiz.number(), 2);
    assert!(quiz.back());
    assert_eq!(quiz.current(), first);
    assert_eq!(quiz.current().and_then(|i| quiz.guess(i)), Some(1));
    assert!(!quiz.answer(3), "the guess given stays");
    assert!(quiz.advance());
    assert_eq!(quiz.current(), second);
    assert_eq!(quiz.current().and_then(|i| quiz.guess(i)), None);
    assert!(!quiz.advance(), "still cannot skip an unanswered question");
    // From the tally, back to the last question.
    quiz.answer(0);
    quiz.advance();
    quiz.answer(4);
    quiz.advance();
    assert!(quiz.current().is_none());
    assert!(quiz.back());
    assert_eq!(quiz.number(), 3);
}

#[test]
fn guesses_are_clamped_to_the_scale() {
    let mut quiz = Quiz::new(1, Order::Sequential);
    quiz.answer(9);
    assert_eq!(quiz.guess(0), Some(4));
}

#[test]
fn shuffles_are_permutations_and_repeat_for_a_seed() {
    for seed in [0, 1, 42, u64::MAX] {
        let quiz = Quiz::new(25, Order::Shuffled(seed));
        let mut sorted = quiz.order().to_vec();
        sorted.sort_unstable();
        assert_eq!(sorted, (0..25).collect::<Vec<_>>(), "seed {seed}");
        assert_eq!(quiz.order(), Quiz::new(25, Order::Shuffled(seed)).order());
    }
    assert_ne!(
        Quiz::new(25, Order::Shuffled(1)).order(),
        Quiz::new(25, Order::Sequential).order()
    );
}

#[test]
fn rows_compare_each_guess_with_the_score() {
    let mut quiz = Quiz::new(3, Order::Sequential);
    quiz.answer(4);
    quiz.advance();
    quiz.answer(1);
    let labels: Vec<(Option<i16>, String)> = quiz
        .rows(&[2, 3, 0])
        .iter()
        .map(|r| (r.difference(), r.difference_label()))
        .collect();
    assert_eq!(
        labels,
        [
            (Some(2), "+2".to_owned()),
            (Some(-2), "−2".to_owned()),
            (None, "–".to_owned()),
        ]
    );
    assert_eq!(quiz.current().and_then(|i| quiz.guess(i)), Some(1));
    quiz.advance();
    assert_eq!(quiz.current().and_then(|i| quiz.guess(i)), None);
    let exact = Row {
        index: 0,
        guess: Some(3),
        actual: 3,
    };
    assert_eq!(exact.difference_label(), "0");
}

#[test]
fn partial_tally_counts_only_answered_questions() {
    let mut quiz = Quiz::new(3, Order::Sequential);
    quiz.answer(2);
    let t = quiz.tally(&[2, 4, 4]);
    assert_eq!((t.answered, t.exact, t.actual_total), (1, 1, 2));
    assert!(Quiz::new(0, Order::Sequential).is_empty());
}
