//! Guess the score: the quiz's state and its tally, with no DOM.
//!
//! A quiz is an order of the questions (the report's, or shuffled from a
//! seed so that a class can share one order) and the reader's guesses. The
//! tally compares each guess with Freedom House's score. Nothing here leaves
//! the browser; the app keeps the state in the tab ([`saved`]).

pub mod saved;

pub use saved::SavedQuizError;

use crate::corpus::FiwReport;
use crate::method::Scenario;

/// The order in which questions are asked.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Order {
    /// The report's order, A1 to G4.
    Sequential,
    /// A shuffle determined by the seed.
    Shuffled(u64),
}

/// One quiz in progress.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Quiz {
    /// Indices into the report's list of indicators, in asking order.
    order: Vec<usize>,
    /// Guesses by report index (0–4), `None` until answered.
    guesses: Vec<Option<u8>>,
    /// Position in `order` of the question being asked.
    position: usize,
}

impl Quiz {
    /// A new quiz over `count` questions.
    pub fn new(count: usize, order: Order) -> Self {
        let mut indices: Vec<usize> = (0..count).collect();
        if let Order::Shuffled(seed) = order {
            shuffle(&mut indices, seed);
        }
        Self {
            order: indices,
            guesses: vec![None; count],
            position: 0,
        }
    }

    /// The report index of the question being asked, or `None` when the quiz
    /// is over.
    pub fn current(&self) -> Option<usize> {
        self.order.get(self.position).copied()
    }

    /// Position of the current question, counting from 1.
    pub fn number(&self) -> usize {
        self.position + 1
    }

    /// How many questions the quiz asks.
    pub fn len(&self) -> usize {
        self.order.len()
    }

    /// Whether the quiz asks no questions at all.
    pub fn is_empty(&self) -> bool {
        self.order.is_empty()
    }

    /// The guess for a question (report index), if given.
    pub fn guess(&self, index: usize) -> Option<u8> {
        self.guesses.get(index).copied().flatten()
    }

    /// Records a guess (clamped to 0–4) for the current question. Returns
    /// false when the quiz is over or the current question is answered.
    pub fn answer(&mut self, guess: u8) -> bool {
        match self.current() {
            Some(index) if self.guesses[index].is_none() => {
                self.guesses[index] = Some(guess.min(4));
                true
            }
            _ => false,
        }
    }

    /// Moves to the next question once the current one is answered.
    pub fn advance(&mut self) -> bool {
        match self.current() {
            Some(index) if self.guesses[index].is_some() => {
                self.position += 1;
                true
            }
            _ => false,
        }
    }

    /// Moves back to the question asked before, to see it again with its
    /// score; its guess stays as given. False at the first question.
    pub fn back(&mut self) -> bool {
        if self.position == 0 {
            return false;
        }
        self.position -= 1;
        true
    }

    /// The report indices in asking order.
    pub fn order(&self) -> &[usize] {
        &self.order
    }

    /// The report's scores with every answered question's score replaced by
    /// the guess: what the method makes of the reader's scores.
    pub fn scenario(&self, report: &FiwReport) -> Scenario {
        let mut scenario = Scenario::stated(report);
        let codes: Vec<String> = scenario
            .scores()
            .map(|(c, _)| c.as_str().to_owned())
            .collect();
        for (index, code) in codes.iter().enumerate() {
            if let Some(guess) = self.guess(index) {
                scenario.set(code, guess);
            }
        }
        scenario
    }

    /// One row per question, in the report's order, comparing the guess with
    /// the actual score (`actual` by report index).
    pub fn rows(&self, actual: &[u8]) -> Vec<Row> {
        actual
            .iter()
            .enumerate()
            .map(|(index, &actual)| Row {
                index,
                guess: self.guess(index),
                actual,
            })
            .collect()
    }

    /// Compares the guesses with the actual scores (by report index).
    pub fn tally(&self, actual: &[u8]) -> Tally {
        let mut tally = Tally::default();
        for (index, &score) in actual.iter().enumerate() {
            let Some(guess) = self.guess(index) else {
                continue;
            };
            tally.answered += 1;
            tally.guessed_total += u32::from(guess);
            tally.actual_total += u32::from(score);
            match guess.cmp(&score) {
                std::cmp::Ordering::Equal => tally.exact += 1,
                std::cmp::Ordering::Greater => tally.higher += 1,
                std::cmp::Ordering::Less => tally.lower += 1,
            }
            if guess.abs_diff(score) <= 1 {
                tally.within_one += 1;
            }
        }
        tally
    }
}

/// How the guesses compare with the actual scores.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Tally {
    /// Questions answered.
    pub answered: u32,
    /// Guesses equal to the score.
    pub exact: u32,
    /// Guesses at most one point off.
    pub within_one: u32,
    /// Guesses above the score (more generous than Freedom House).
    pub higher: u32,
    /// Guesses below the score (harsher than Freedom House).
    pub lower: u32,
    /// Sum of the guesses.
    pub guessed_total: u32,
    /// Sum of the actual scores of the answered questions.
    pub actual_total: u32,
}

/// One question's line in the tally.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Row {
    /// The question's index in the report's order.
    pub index: usize,
    /// The reader's guess, if the question was answered.
    pub guess: Option<u8>,
    /// Freedom House's score.
    pub actual: u8,
}

impl Row {
    /// Guess minus score: positive when the reader was more generous.
    pub fn difference(&self) -> Option<i16> {
        self.guess.map(|g| i16::from(g) - i16::from(self.actual))
    }

    /// The difference as a reader sees it: "0", "+2", "−1" (a minus sign, not
    /// a hyphen), or "–" (an en dash) for a question not answered.
    pub fn difference_label(&self) -> String {
        match self.difference() {
            None => "–".to_owned(),
            Some(0) => "0".to_owned(),
            Some(d) if d > 0 => format!("+{d}"),
            Some(d) => format!("−{}", d.unsigned_abs()),
        }
    }
}

/// The report's scores, in its order, clamped to the 0–4 scale: the
/// `actual` that [`Quiz::tally`] and [`Quiz::rows`] compare with.
pub fn actual_scores(report: &FiwReport) -> Vec<u8> {
    Scenario::stated(report).scores().map(|(_, s)| s).collect()
}

/// Fisher–Yates with a small xorshift generator: the same seed always gives
/// the same order, on every machine.
fn shuffle(items: &mut [usize], seed: u64) {
    let mut state = seed ^ 0x9E37_79B9_7F4A_7C15;
    if state == 0 {
        state = 1;
    }
    for i in (1..items.len()).rev() {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        let j = (state % (i as u64 + 1)) as usize;
        items.swap(i, j);
    }
}

#[cfg(test)]
mod tests;
