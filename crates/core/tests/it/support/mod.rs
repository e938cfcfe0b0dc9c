//! Shared by the core's tests: the committed corpus and a small seeded
//! random generator (deterministic, so a failure always reproduces).

#![allow(dead_code)]

use explainer_core::corpus::{Corpus, FiwReport, FiwStatus};
use explainer_core::method::Scenario;

const JSON: &str = include_str!("../../../../../corpus/corpus.json");

/// The report of the committed corpus.
pub fn report() -> FiwReport {
    let corpus: Corpus = serde_json::from_str(JSON).expect("corpus/corpus.json deserialises");
    corpus.fiw
}

/// The status by the methodology's words, computed apart from the tables.
pub fn status_by_average(pr: u8, cl: u8) -> FiwStatus {
    let twice = u16::from(pr) + u16::from(cl);
    match twice {
        0..=5 => FiwStatus::Free,
        6..=10 => FiwStatus::PartlyFree,
        _ => FiwStatus::NotFree,
    }
}

/// xorshift64*: enough randomness for test inputs, no dependency.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Self {
        Self(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1)
    }

    pub fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    /// A number in `0..n`.
    pub fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }

    /// An index in `0..n`.
    pub fn index(&mut self, n: usize) -> usize {
        self.below(n as u64) as usize
    }

    /// True one time in `one_in`.
    pub fn chance(&mut self, one_in: u64) -> bool {
        self.below(one_in) == 0
    }

    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len() as u64) as usize]
    }

    /// A scenario drawn so that every band is reached: each score uniform,
    /// or all scores near one level, or the report's with a few changed.
    pub fn scenario(&mut self, report: &FiwReport) -> Scenario {
        let mode = self.below(3);
        let level = self.below(5) as u8;
        let codes: Vec<String> = report
            .indicators()
            .map(|(_, _, i)| i.code.to_string())
            .collect();
        let mut s = Scenario::stated(report);
        for code in codes {
            let score = match mode {
                0 => self.below(5) as u8,
                1 => (level + self.below(2) as u8).min(4),
                _ if self.below(6) == 0 => self.below(5) as u8,
                _ => continue,
            };
            assert!(s.set(&code, score));
        }
        s
    }
}
