//! The quiz in progress as one line of text, kept in the browser tab's
//! session storage so that a reload (a teacher's projector going to sleep, a
//! mistaken swipe) does not lose the class's game.
//!
//! `quiz1 <order> <position> <guesses>`: the report indices in asking order
//! joined by commas, the position of the question being asked, and one
//! character per question in the report's order, a digit 0–4 for a guess or
//! `-` for none. Reading checks everything a quiz promises (the order is a
//! permutation, every question before the position is answered) and refuses
//! the whole line otherwise, so a damaged value never yields a wrong quiz.

use std::fmt;

use super::Quiz;

/// Why a saved quiz was refused.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SavedQuizError(&'static str);

impl fmt::Display for SavedQuizError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.0)
    }
}

const TAG: &str = "quiz1";

/// The session-storage key of the quiz in progress.
pub const KEY: &str = "explainer.quiz";

impl Quiz {
    /// The quiz as one line (see the module's documentation).
    pub fn to_saved(&self) -> String {
        let order: Vec<String> = self.order.iter().map(ToString::to_string).collect();
        let guesses: String = self
            .guesses
            .iter()
            .map(|g| g.map_or('-', |g| char::from(b'0' + g)))
            .collect();
        format!("{TAG} {} {} {guesses}", order.join(","), self.position)
    }

    /// Reads a line written by [`Quiz::to_saved`] for a quiz of `count`
    /// questions.
    pub fn from_saved(line: &str, count: usize) -> Result<Self, SavedQuizError> {
        let mut parts = line.split(' ');
        let (Some(TAG), Some(order), Some(position), Some(guesses), None) = (
            parts.next(),
            parts.next(),
            parts.next(),
            parts.next(),
            parts.next(),
        ) else {
            return Err(SavedQuizError("not a saved quiz of this version"));
        };
        let order: Vec<usize> = order
            .split(',')
            .map(str::parse)
            .collect::<Result<_, _>>()
            .map_err(|_| SavedQuizError("the order is not a list of numbers"))?;
        let mut seen = vec![false; count];
        if order.len() != count
            || !order
                .iter()
                .all(|&i| i < count && !std::mem::replace(&mut seen[i], true))
        {
            return Err(SavedQuizError("the order does not ask each question once"));
        }
        let position: usize = position
            .parse()
            .map_err(|_| SavedQuizError("the position is not a number"))?;
        if position > count {
            return Err(SavedQuizError("the position is past the last question"));
        }
        let guesses: Vec<Option<u8>> = guesses
            .chars()
            .map(|c| match c {
                '-' => Ok(None),
                '0'..='4' => Ok(Some(c as u8 - b'0')),
                _ => Err(SavedQuizError("a guess is not 0 to 4")),
            })
            .collect::<Result<_, _>>()?;
        if guesses.len() != count {
            return Err(SavedQuizError("the guesses do not match the questions"));
        }
        if order[..position].iter().any(|&i| guesses[i].is_none()) {
            return Err(SavedQuizError("a question passed has no guess"));
        }
        Ok(Self {
            order,
            guesses,
            position,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::super::Order;
    use super::*;

    #[test]
    fn a_quiz_reads_back_as_it_was_at_every_step() {
        for order in [Order::Sequential, Order::Shuffled(7)] {
            let mut quiz = Quiz::new(25, order);
            for step in 0..25u8 {
                let line = quiz.to_saved();
                assert_eq!(Quiz::from_saved(&line, 25), Ok(quiz.clone()), "{line}");
                quiz.answer(step % 5);
                assert_eq!(Quiz::from_saved(&quiz.to_saved(), 25), Ok(quiz.clone()));
                quiz.advance();
            }
            assert!(quiz.current().is_none());
            assert_eq!(Quiz::from_saved(&quiz.to_saved(), 25), Ok(quiz.clone()));
            // Back over answered questions survives too.
            quiz.back();
            quiz.back();
            assert_eq!(Quiz::from_saved(&quiz.to_saved(), 25), Ok(quiz));
        }
    }

    #[test]
    fn the_line_is_plain() {
        let mut quiz = Quiz::new(3, Order::Sequential);
        quiz.answer(2);
        quiz.advance();
        assert_eq!(quiz.to_saved(), "quiz1 0,1,2 1 2--");
    }

    #[test]
    fn damaged_lines_are_refused_with_a_reason() {
        for line in [
            "",
            "quiz1",
            "quiz2 0,1,2 0 ---",
            "quiz1 0,1,2 0 ---  ",
            "quiz1 0,1 0 ---",
            "quiz1 0,1,1 0 ---",
            "quiz1 0,1,3 0 ---",
            "quiz1 0,1,x 0 ---",
            "quiz1 0,1,2 4 000",
            "quiz1 0,1,2 -1 ---",
            "quiz1 0,1,2 0 --",
            "quiz1 0,1,2 0 --5",
            "quiz1 0,1,2 1 ---",
            "quiz1 2,1,0 1 0--",
            "{\"order\":[0,1,2]}",
        ] {
            let refused = Quiz::from_saved(line, 3);
            assert!(refused.is_err(), "{line:?} read as {refused:?}");
            assert!(!refused.unwrap_err().to_string().is_empty());
        }
        assert!(Quiz::from_saved("quiz1 2,1,0 1 --0", 3).is_ok());
    }
}
