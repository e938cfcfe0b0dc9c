//! The chart's geometry: the drawing's width in steps, the years its axis
//! spans, and where a year and a rating go in the drawing. Apart from the
//! series and changes, since it knows nothing of the corpus but ratings.

use crate::corpus::{NitRating, Rating};

/// Where years and ratings go in a drawing `width` × `height` units.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Scale {
    /// The first year on the axis.
    pub first: u16,
    /// The last year on the axis.
    pub last: u16,
    /// The most democratic rating shown (top).
    pub best: Rating,
    /// The least democratic rating shown (bottom).
    pub worst: Rating,
    /// Drawing width.
    pub width: f64,
    /// Drawing height of the plot area (below it go the year labels).
    pub height: f64,
}

/// The widest drawing: on a wider box the chart scales up, labels with it.
pub const MAX_WIDTH: f64 = 720.0;
/// The narrowest drawing: on a narrower box the chart scales down a little
/// rather than crowd its labels.
pub const MIN_WIDTH: f64 = 280.0;

/// The drawing width for a box `css_px` wide: as wide as the box, so that a
/// label of 12 units shows at 12 pixels, within [`MIN_WIDTH`] and
/// [`MAX_WIDTH`], and in steps of 20 so that resizing a window by a few
/// pixels does not redraw the chart. Not a finite width: the widest.
pub fn drawing_width(css_px: f64) -> f64 {
    if !css_px.is_finite() {
        return MAX_WIDTH;
    }
    ((css_px / 20.0).floor() * 20.0).clamp(MIN_WIDTH, MAX_WIDTH)
}

/// Which years the chart's axis spans, and why.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Span {
    /// The years the reader set, within the events'.
    Events(u16, u16),
    /// The editions rated, because the reader set no years: the events'
    /// 1989–2021 would leave the ratings' lines a third of the width.
    Editions(u16, u16),
}

impl Span {
    /// The axis's first and last year.
    pub fn years(self) -> (u16, u16) {
        match self {
            Span::Events(a, b) | Span::Editions(a, b) => (a, b),
        }
    }
}

/// The axis's years for a filter's `from` and `to`, within the events'
/// `years`: the editions rated when neither is set (see [`Span`]).
pub fn span(
    from: Option<u16>,
    to: Option<u16>,
    years: (u16, u16),
    editions: Option<(u16, u16)>,
) -> Span {
    let (first, last) = years;
    match (from, to, editions) {
        (None, None, Some((a, b))) => Span::Editions(a.clamp(first, last), b.clamp(first, last)),
        _ => {
            let clamp = |y: u16| y.clamp(first, last);
            Span::Events(clamp(from.unwrap_or(first)), clamp(to.unwrap_or(last)))
        }
    }
}

/// The ratings plot's height for a drawing `width` wide: lower on a phone,
/// where the chart and its key would otherwise push the events screens down.
pub fn plot_height(width: f64) -> f64 {
    if width < 480.0 { 150.0 } else { 220.0 }
}

/// Space left of the plot for the rating labels.
pub const LEFT: f64 = 44.0;
/// Space right of the plot.
pub const RIGHT: f64 = 20.0;
/// Space above the plot, where the axis's label goes.
pub const TOP: f64 = 26.0;

impl Scale {
    /// A scale for the years `first..=last` (swapped if reversed) and a
    /// rating range covering every rating given, widened to whole halves and
    /// kept within 1–7. With no ratings, the whole scale.
    pub fn new(
        (first, last): (u16, u16),
        ratings: impl IntoIterator<Item = Rating>,
        width: f64,
        height: f64,
    ) -> Self {
        let (first, last) = (first.min(last), first.max(last));
        let (mut best, mut worst) = (u16::MAX, 0);
        for r in ratings {
            best = best.min(r.0);
            worst = worst.max(r.0);
        }
        if best > worst {
            (best, worst) = (100, 700);
        }
        let best = (best / 50 * 50).max(100);
        let worst = worst.div_ceil(50).saturating_mul(50).min(700);
        // A flat range still needs height.
        let (best, worst) = if best == worst {
            (best.saturating_sub(50).max(100), (worst + 50).min(700))
        } else {
            (best, worst)
        };
        Self {
            first,
            last,
            best: Rating(best),
            worst: Rating(worst),
            width,
            height,
        }
    }

    /// The horizontal position of a year (its middle).
    pub fn x(&self, year: u16) -> f64 {
        let inner = self.width - LEFT - RIGHT;
        let span = f64::from(self.last - self.first);
        if span == 0.0 {
            return LEFT + inner / 2.0;
        }
        LEFT + inner * f64::from(year.saturating_sub(self.first)) / span
    }

    /// The vertical position of a rating: the best at the top.
    pub fn y(&self, rating: Rating) -> f64 {
        let span = f64::from(self.worst.0 - self.best.0).max(1.0);
        let inner = self.height - TOP;
        TOP + inner * f64::from(rating.0.saturating_sub(self.best.0)) / span
    }

    /// Whether a year is on the axis.
    pub fn shows(&self, year: u16) -> bool {
        (self.first..=self.last).contains(&year)
    }

    /// Years to label: every 1, 2, 5 or 10 years, whichever gives at most
    /// ten labels, on multiples of the step.
    pub fn year_ticks(&self) -> Vec<u16> {
        let span = self.last - self.first;
        let step = [1, 2, 5, 10, 20, 50]
            .into_iter()
            .find(|s| span / s < 10)
            .unwrap_or(100);
        (self.first..=self.last).filter(|y| y % step == 0).collect()
    }

    /// Ratings to label: every half point of the range shown.
    pub fn rating_ticks(&self) -> Vec<Rating> {
        (self.best.0..=self.worst.0)
            .step_by(50)
            .map(Rating)
            .collect()
    }
}

/// An SVG `points` list for a series' ratings within the scale's years.
pub fn polyline(scale: &Scale, points: &[&NitRating]) -> String {
    points
        .iter()
        .filter(|p| scale.shows(p.edition))
        .map(|p| format!("{:.1},{:.1}", scale.x(p.edition), scale.y(p.rating)))
        .collect::<Vec<_>>()
        .join(" ")
}
