//! The tally as a picture: for each question, the reader's guess and
//! Freedom House's score on the 0–4 scale, joined by a line as long as the
//! difference. Hidden from screen readers: the question-by-question table
//! below it is its text alternative, with the same figures.

use explainer_core::quiz::Row;
use leptos::prelude::*;

/// Drawing width, left margin (the codes) and row height.
const W: f64 = 360.0;
const LEFT: f64 = 40.0;
const RIGHT: f64 = 16.0;
const ROW: f64 = 18.0;
/// Room above the rows for the scale's numbers.
const TOP: f64 = 22.0;

/// The horizontal position of a score.
fn x(score: u8) -> f64 {
    LEFT + (W - LEFT - RIGHT) * f64::from(score) / 4.0
}

/// One row per question: its code, Freedom House's score as a diamond and
/// the guess as a circle (none if not answered).
pub fn tally_chart(rows: &[(String, Row)]) -> impl IntoView + use<> {
    let height = TOP + ROW * rows.len() as f64 + 4.0;
    let scale = (0..=4u8)
        .map(|s| {
            view! {
                <line class="tl-grid" x1=x(s) x2=x(s) y1=TOP - 4.0 y2=height/>
                <text class="tl-tick" x=x(s) y="14" text-anchor="middle">{s.to_string()}</text>
            }
        })
        .collect_view();
    let marks = rows
        .iter()
        .enumerate()
        .map(|(i, (code, row))| {
            let y = TOP + ROW * i as f64 + ROW / 2.0;
            let fh = x(row.actual);
            let guess = row.guess.map(|g| {
                let gx = x(g);
                view! {
                    <line class="qt-gap" x1=fh x2=gx y1=y y2=y/>
                    <circle class="qt-guess" cx=gx cy=y r="5"/>
                }
            });
            view! {
                <text class="tl-tick" x="0" y=y + 4.0>{code.clone()}</text>
                {guess}
                <path class="qt-fh" d=format!("M{fh:.1} {:.1}l5 5-5 5-5-5z", y - 5.0)/>
            }
        })
        .collect_view();
    view! {
        <figure class="quiz-tally-chart" data-testid="quiz-tally-chart">
            <figcaption class="muted">
                <span class="qt-key" aria-hidden="true">"●"</span>" your guess, "
                <span class="qt-key qt-key-fh" aria-hidden="true">"◆"</span>" Freedom House's score, on the 0–4 scale; the line between them is the difference. The table below gives the same figures."
            </figcaption>
            <svg viewBox=format!("0 0 {W} {height}") aria-hidden="true">{scale}{marks}</svg>
        </figure>
    }
}
