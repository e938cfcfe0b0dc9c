//! The widgets' other pictures: one question's score, the latest events,
//! and counts as bars. Plain layouts of words and marks, framed like the
//! charts, so that every widget can be put on a slide.

use super::colour;
use super::frame::{Frame, PAD, Picture, framed, wrap};
use super::svg::{Svg, Type};

const WIDTH: f64 = 560.0;
const TEXT: Type = Type::plain(14.0, colour::FG);
const SMALL: Type = Type::plain(12.0, colour::MUTED);

/// The characters of `t` that fit in the picture's inner width.
fn fits(t: Type) -> usize {
    ((WIDTH - 2.0 * PAD) / (t.size * 0.55)).floor() as usize
}

/// One question: its words (quoted, as the report asks it), and its score
/// as squares, filled where awarded.
pub fn question(question: &str, score: i16, max: i16, frame: &Frame) -> Picture {
    let mut body = Svg::default();
    let mut y = 0.0;
    for line in wrap(&format!("“{question}”"), fits(TEXT)) {
        y += 20.0;
        body.text(0.0, y, TEXT, &line);
    }
    y += 14.0;
    for k in 0..max {
        let fill = if k < score { colour::LINK } else { colour::BG };
        body.rect(
            (f64::from(k) * 26.0, y, 20.0, 20.0),
            fill,
            Some(colour::LINK),
        );
    }
    body.text(
        f64::from(max) * 26.0 + 8.0,
        y + 15.0,
        TEXT.bold(),
        &format!("{score} of {max} points"),
    );
    framed(frame, WIDTH, y + 24.0, body)
}

/// One event of a list: its date and direction, then its title.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EventLine {
    /// As the app shows it ("12 May 2016").
    pub date: String,
    /// The explainer's judgment of it, in words.
    pub direction: String,
    /// The explainer's title.
    pub title: String,
}

/// Events, each its date and direction, then its title.
pub fn events(lines: &[EventLine], frame: &Frame) -> Picture {
    let mut body = Svg::default();
    let mut y = 0.0;
    for e in lines {
        body.line((0.0, y), (WIDTH - 2.0 * PAD, y), colour::BORDER, 1.0, "");
        y += 18.0;
        body.text(0.0, y, SMALL, &format!("{} · {}", e.date, e.direction));
        for line in wrap(&e.title, fits(TEXT.bold())) {
            y += 19.0;
            body.text(0.0, y, TEXT.bold(), &line);
        }
        y += 10.0;
    }
    framed(frame, WIDTH, y, body)
}

/// One bar: its label, count and fill.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Bar {
    /// What is counted.
    pub label: String,
    /// How many.
    pub count: usize,
    /// The bar's colour.
    pub fill: &'static str,
}

/// Counts as labelled horizontal bars, the longest the widest.
pub fn bars(bars: &[Bar], frame: &Frame) -> Picture {
    const LABEL: f64 = 170.0;
    const ROW: f64 = 26.0;
    let inner = WIDTH - 2.0 * PAD;
    let max = bars.iter().map(|b| b.count).max().unwrap_or(0).max(1);
    let mut body = Svg::default();
    for (i, b) in bars.iter().enumerate() {
        let y = i as f64 * ROW;
        body.text(0.0, y + 16.0, TEXT, &b.label);
        let w = (inner - LABEL - 40.0) * b.count as f64 / max as f64;
        body.rect((LABEL, y + 4.0, w.max(1.0), 16.0), b.fill, None);
        body.text(LABEL + w + 6.0, y + 16.0, TEXT.bold(), &b.count.to_string());
    }
    framed(frame, WIDTH, bars.len() as f64 * ROW, body)
}
