//! Freedom House's status grid as a picture: every pair of a Political
//! Rights and a Civil Liberties rating, coloured and lettered by the status
//! their average gives, with a scenario's cell and Freedom House's marked.

use crate::corpus::FiwStatus;
use crate::method::FreedomRating;

use super::colour;
use super::frame::{Frame, Picture, framed};
use super::svg::{Svg, Type};

const WIDTH: f64 = 520.0;
const CELL: f64 = 44.0;
const LEFT: f64 = 140.0;
const TOP: f64 = 40.0;
const LABEL: Type = Type::plain(12.0, colour::MUTED);
const CELL_TYPE: Type = Type::plain(13.0, colour::FG).anchored("middle");
/// The marks' words in the key.
pub const HERE_LABEL: &str = "● this scenario";
/// See [`HERE_LABEL`].
pub const STATED_LABEL: &str = "◇ Freedom House's scores";

/// A status's letters and fill.
fn look(status: FiwStatus) -> (&'static str, &'static str) {
    match status {
        FiwStatus::Free => ("F", colour::FREE),
        FiwStatus::PartlyFree => ("PF", colour::PARTLY),
        FiwStatus::NotFree => ("NF", colour::NOT_FREE),
    }
}

/// The grid with `here` (Political Rights, Civil Liberties) and `stated`
/// marked, framed.
pub fn status_grid(here: (u8, u8), stated: (u8, u8), frame: &Frame) -> Picture {
    let mut body = Svg::default();
    body.text(
        LEFT,
        12.0,
        LABEL,
        "Civil Liberties rating (1 most free, 7 least)",
    );
    body.text(0.0, TOP + 3.5 * CELL, LABEL, "Political Rights");
    body.text(0.0, TOP + 3.5 * CELL + 15.0, LABEL, "rating");
    for n in 1..=7u8 {
        let at = f64::from(n - 1) * CELL;
        body.text(
            LEFT + at + CELL / 2.0,
            TOP - 8.0,
            LABEL.anchored("middle"),
            &n.to_string(),
        );
        body.text(
            LEFT - 10.0,
            TOP + at + CELL / 2.0 + 4.0,
            LABEL.anchored("end"),
            &n.to_string(),
        );
    }
    for pr in 1..=7u8 {
        for cl in 1..=7u8 {
            let (x, y) = (
                LEFT + f64::from(cl - 1) * CELL,
                TOP + f64::from(pr - 1) * CELL,
            );
            let (letters, fill) = look(FreedomRating::from_ratings(pr, cl).status());
            body.rect((x, y, CELL, CELL), fill, Some(colour::BG));
            let marks = match ((pr, cl) == here, (pr, cl) == stated) {
                (true, true) => " ●◇",
                (true, false) => " ●",
                (false, true) => " ◇",
                (false, false) => "",
            };
            body.text(
                x + CELL / 2.0,
                y + CELL / 2.0 + 4.5,
                CELL_TYPE,
                &format!("{letters}{marks}"),
            );
            if (pr, cl) == here {
                body.raw(&format!(
                    "<rect x=\"{:.1}\" y=\"{:.1}\" width=\"{:.1}\" height=\"{:.1}\" fill=\"none\" stroke=\"{}\" stroke-width=\"3\"/>",
                    x + 1.5,
                    y + 1.5,
                    CELL - 3.0,
                    CELL - 3.0,
                    colour::FG
                ));
            }
        }
    }
    let mut y = TOP + 7.0 * CELL + 22.0;
    let mut x = 0.0;
    for (letters, fill, words) in [
        ("F", colour::FREE, "Free"),
        ("PF", colour::PARTLY, "Partly Free"),
        ("NF", colour::NOT_FREE, "Not Free"),
    ] {
        body.rect((x, y - 13.0, 28.0, 18.0), fill, None);
        body.text(x + 14.0, y, CELL_TYPE, letters);
        body.text(x + 34.0, y, LABEL, words);
        x += 130.0;
    }
    y += 22.0;
    body.text(0.0, y, LABEL, &format!("{HERE_LABEL}   {STATED_LABEL}"));
    framed(frame, WIDTH, y + 6.0, body)
}
