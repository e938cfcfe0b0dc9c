//! A scenario in the address: `#/what-if?s=D1.2,E2.3` lists only the scores
//! that differ from the report's, as indicator code, dot, score, in the
//! report's order (A1 … G4), separated by commas.
//!
//! Guarantees: parsing never panics and always yields a scenario;
//! [`Scenario::from_param`] of [`Scenario::to_param`] gives the scenario
//! back; codes are read case-insensitively, leading zeros in a score are
//! accepted, and spaces around pieces are ignored, as are empty pieces (a
//! trailing comma). Every other deviation is a [`Problem`].
//!
//! A piece that is wrong is skipped and reported, and the valid pieces are
//! applied. A shared link that a chat app truncated or a reader mistyped
//! still shows most of the teacher's scenario, and the page can say exactly
//! what it left out ("ignored: X9.7 (no such indicator)") instead of
//! silently falling back to the report's scores. When one indicator appears
//! twice, the first piece decides and the later ones are reported.

use super::scenario::{INDICATOR_MAX, Scenario};
use crate::corpus::FiwReport;
use crate::route::{Route, View};
use std::fmt;

/// The query key of the scenario on `#/what-if`.
pub const SCENARIO_KEY: &str = "s";

/// What is wrong with one piece of a scenario address.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ProblemKind {
    /// Not `code.score`.
    Malformed,
    /// The code names no indicator of the report.
    UnknownCode,
    /// The score is not 0–4.
    OutOfRange,
    /// An earlier piece already set this indicator.
    Duplicate,
}

/// One piece of a scenario address that was ignored, and why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    /// The piece as written (spaces trimmed).
    pub piece: String,
    /// Why it was ignored.
    pub kind: ProblemKind,
}

impl fmt::Display for Problem {
    /// `X9.7 (no such indicator)`; a very long piece is shortened.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        const LONGEST: usize = 24;
        let piece: String = self.piece.chars().take(LONGEST).collect();
        let ellipsis = if self.piece.chars().nth(LONGEST).is_some() {
            "…"
        } else {
            ""
        };
        let why = match self.kind {
            ProblemKind::Malformed => "not an indicator and a score, such as D1.2",
            ProblemKind::UnknownCode => "no such indicator",
            ProblemKind::OutOfRange => "scores run from 0 to 4",
            ProblemKind::Duplicate => "this indicator is already set earlier",
        };
        write!(f, "{piece}{ellipsis} ({why})")
    }
}

impl Scenario {
    /// The changed scores as an address value: `D1.2,E2.3`, empty when the
    /// scenario is the report's.
    pub fn to_param(&self, report: &FiwReport) -> String {
        self.changes(report)
            .iter()
            .map(|c| format!("{}.{}", c.code, c.to))
            .collect::<Vec<_>>()
            .join(",")
    }

    /// The what-if address of this scenario: `#/what-if?s=D1.2,E2.3`, or
    /// `#/what-if` for the report's own scores. Commas are left as they are
    /// (they are allowed in a fragment); [`Route::to_hash`] would write them
    /// as `%2C`, which parses the same.
    pub fn to_hash(&self, report: &FiwReport) -> String {
        let param = self.to_param(report);
        let base = Route::new(View::WhatIf).to_hash();
        if param.is_empty() {
            base
        } else {
            format!("{base}?{SCENARIO_KEY}={param}")
        }
    }

    /// Reads an address value: the report's scores with every valid piece
    /// applied, and the pieces that were ignored.
    pub fn from_param(report: &FiwReport, param: &str) -> (Scenario, Vec<Problem>) {
        let mut scenario = Scenario::stated(report);
        let mut problems = Vec::new();
        let mut seen: Vec<String> = Vec::new();
        for piece in param.split(',').map(str::trim).filter(|p| !p.is_empty()) {
            let problem = |kind| Problem {
                piece: piece.to_owned(),
                kind,
            };
            match read_piece(report, piece) {
                Err(kind) => problems.push(problem(kind)),
                Ok((code, _)) if seen.contains(&code) => {
                    problems.push(problem(ProblemKind::Duplicate));
                }
                Ok((code, score)) => {
                    match score {
                        Some(score) => {
                            scenario.set(&code, score);
                        }
                        None => problems.push(problem(ProblemKind::OutOfRange)),
                    }
                    seen.push(code);
                }
            }
        }
        (scenario, problems)
    }

    /// The scenario of a route (its `s` value; none means the report's).
    pub fn from_route(report: &FiwReport, route: &Route) -> (Scenario, Vec<Problem>) {
        Self::from_param(report, route.param(SCENARIO_KEY).unwrap_or(""))
    }
}

/// A piece's indicator code (upper-cased, known to the report) and its
/// score, `None` when the score is a number outside 0–4.
fn read_piece(report: &FiwReport, piece: &str) -> Result<(String, Option<u8>), ProblemKind> {
    let (code, score) = piece.split_once('.').ok_or(ProblemKind::Malformed)?;
    let code = code.trim().to_ascii_uppercase();
    let score = parse_score(score.trim())?;
    if code.is_empty() {
        return Err(ProblemKind::Malformed);
    }
    report.indicator(&code).ok_or(ProblemKind::UnknownCode)?;
    Ok((code, score))
}

/// ASCII digits, optionally after a minus sign, else malformed; the value if
/// it is 0–4 (leading zeros allowed), `None` if it is another number.
fn parse_score(text: &str) -> Result<Option<u8>, ProblemKind> {
    let digits = text.strip_prefix('-').unwrap_or(text);
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return Err(ProblemKind::Malformed);
    }
    let negative = digits.len() < text.len();
    let score = match digits.trim_start_matches('0').as_bytes() {
        [] => Some(0),
        [d] => Some(d - b'0').filter(|&s| s <= INDICATOR_MAX),
        _ => None,
    };
    Ok(score.filter(|_| !negative))
}
