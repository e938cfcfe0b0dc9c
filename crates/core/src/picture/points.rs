//! The score breakdown as a picture: the 100 points by subcategory, each
//! question's points filled where Freedom House awarded them and hollow
//! where it withheld them, under its code.

use crate::corpus::Corpus;

use super::colour;
use super::frame::{Frame, PAD, Picture, framed};
use super::svg::{Svg, Type};

const WIDTH: f64 = 480.0;
/// A point's square, and the step from one to the next.
const SQUARE: f64 = 12.0;
const STEP: f64 = 15.0;
/// Between one question's points and the next question's.
const QUESTION_GAP: f64 = 12.0;
/// A subcategory's row: its name, then its questions' codes and points.
const ROW: f64 = 58.0;
const NAME: Type = Type::plain(13.0, colour::FG);
const SMALL: Type = Type::plain(11.0, colour::MUTED);
/// The key's words.
pub const AWARDED: &str = "awarded";
/// See [`AWARDED`].
pub const WITHHELD: &str = "withheld";

/// The picture of every question's points, framed.
pub fn points(corpus: &Corpus, frame: &Frame) -> Picture {
    let fiw = &corpus.fiw;
    let mut body = Svg::default();
    let mut y = 0.0;
    let square = |body: &mut Svg, x: f64, y: f64, on: bool| {
        let fill = if on { colour::LINK } else { colour::BG };
        body.rect((x, y, SQUARE, SQUARE), fill, Some(colour::LINK));
    };
    // The key first, as a reader meets it.
    square(&mut body, 0.0, y, true);
    body.text(
        SQUARE + 5.0,
        y + 10.5,
        SMALL,
        &format!("{AWARDED} ({})", fiw.score),
    );
    square(&mut body, 110.0, y, false);
    body.text(
        110.0 + SQUARE + 5.0,
        y + 10.5,
        SMALL,
        &format!("{WITHHELD} ({})", fiw.max - fiw.score),
    );
    y += 26.0;
    for c in &fiw.categories {
        y += 18.0;
        body.text(
            0.0,
            y,
            NAME.bold(),
            &format!("{}: {} of {}", c.name, c.score, c.max),
        );
        y += 8.0;
        for s in &c.subcategories {
            body.text(0.0, y + 16.0, NAME, &format!("{}. {}", s.letter, s.name));
            body.text(
                WIDTH - 2.0 * PAD,
                y + 16.0,
                SMALL.anchored("end"),
                &format!("{} of {}", s.score, s.max),
            );
            let mut x = 0.0;
            for i in &s.indicators {
                body.text(x, y + 32.0, SMALL, i.code.as_str());
                for k in 0..i.max {
                    square(&mut body, x + f64::from(k) * STEP, y + 37.0, k < i.score);
                }
                x += f64::from(i.max) * STEP + QUESTION_GAP;
            }
            y += ROW;
        }
        y += 6.0;
    }
    framed(frame, WIDTH, y, body)
}
