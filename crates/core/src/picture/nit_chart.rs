//! The Nations in Transit ratings as a picture: the editions rated, a line
//! per category and the democracy score, each with its own colour, dash and
//! marker, the axis labelled and the key on the picture.

use crate::corpus::Corpus;
use crate::timeline::chart::{
    KEY_SAMPLE, LEFT, LOOKS, RIGHT, Scale, changes, editions, key_layout, label_x, marker,
    measures, polyline, series,
};

use super::colour;
use super::frame::{Frame, PAD, Picture, framed};
use super::svg::{Svg, Type};

const WIDTH: f64 = 720.0;
const PLOT: f64 = 260.0;
const TICK: Type = Type::plain(12.0, colour::MUTED);
/// What the axis measures, written above it (short enough for a phone).
pub const AXIS_LABEL: &str = "Rating: 1 most democratic, 7 least";
/// The key's entries after the lines.
pub const RING_LABEL: &str = "Ringed: reason given";
/// See [`RING_LABEL`].
pub const COMPUTED_LABEL: &str = "Hollow: computed";

/// The chart of every rating in the corpus, framed.
pub fn nit_chart(corpus: &Corpus, frame: &Frame) -> Picture {
    let inner = WIDTH - 2.0 * PAD;
    let years = editions(&corpus.nit).unwrap_or((2007, 2018));
    let scale = Scale::new(
        years,
        corpus.nit.ratings.iter().map(|r| r.rating),
        inner,
        PLOT,
    );
    let mut body = Svg::default();
    body.text(
        0.0,
        12.0,
        TICK,
        &format!("{AXIS_LABEL} (higher on the chart is more democratic)"),
    );
    for r in scale.rating_ticks() {
        let y = scale.y(r);
        body.line((LEFT, y), (inner - RIGHT, y), colour::BORDER, 1.0, "");
        body.text(LEFT - 6.0, y + 4.0, TICK.anchored("end"), &r.to_string());
    }
    for year in scale.year_ticks() {
        body.text(
            scale.x(year),
            PLOT + 18.0,
            TICK.anchored("middle"),
            &year.to_string(),
        );
    }
    let explained: Vec<_> = changes(&corpus.nit)
        .into_iter()
        .filter(|c| c.stated.is_some())
        .map(|c| (c.measure, c.edition))
        .collect();
    for (i, s) in series(&corpus.nit).iter().enumerate() {
        let look = LOOKS[i];
        body.raw(&format!(
            "<polyline points=\"{}\" fill=\"none\" stroke=\"{}\" stroke-width=\"{}\" stroke-dasharray=\"{}\"/>",
            polyline(&scale, &s.points),
            look.colour,
            look.width,
            look.dash
        ));
        for p in &s.points {
            let (x, y) = (scale.x(p.edition), scale.y(p.rating));
            if explained.contains(&(s.measure, p.edition)) {
                body.raw(&format!(
                    "<circle cx=\"{x:.1}\" cy=\"{y:.1}\" r=\"8\" fill=\"none\" stroke=\"{}\" stroke-width=\"1.5\"/>",
                    colour::FG
                ));
            }
            let fill = if p.computed { colour::BG } else { look.colour };
            body.raw(&format!(
                "<path d=\"{}\" fill=\"{fill}\" stroke=\"{}\" stroke-width=\"1.5\"/>",
                marker(i, x, y),
                if p.computed { look.colour } else { colour::BG }
            ));
        }
    }
    let names: Vec<&str> = measures()
        .iter()
        .map(|m| m.name())
        .chain([RING_LABEL, COMPUTED_LABEL])
        .collect();
    let key = key_layout(inner, &names);
    let top = PLOT + 34.0;
    for (i, (&(x, y), name)) in key.at.iter().zip(&names).enumerate() {
        let (x, y) = (x, top + y);
        let mid = y + 6.0;
        match LOOKS.get(i) {
            Some(look) => {
                body.line((x, mid), (x + KEY_SAMPLE, mid), look.colour, 2.0, look.dash);
                body.raw(&format!("<path d=\"{}\" fill=\"{}\"/>", marker(i, x + KEY_SAMPLE / 2.0, mid), look.colour));
            }
            None if i == LOOKS.len() => body.raw(&format!(
                "<circle cx=\"{:.1}\" cy=\"{mid:.1}\" r=\"6\" fill=\"none\" stroke=\"{}\" stroke-width=\"1.5\"/>",
                x + KEY_SAMPLE / 2.0,
                colour::FG
            )),
            None => body.raw(&format!(
                "<path d=\"{}\" fill=\"{}\" stroke=\"{}\" stroke-width=\"2\"/>",
                marker(0, x + KEY_SAMPLE / 2.0, mid),
                colour::BG,
                colour::MUTED
            )),
        }
        body.text(label_x(x), y + 10.0, TICK.anchored("start"), name);
    }
    framed(frame, WIDTH, top + key.height, body)
}
