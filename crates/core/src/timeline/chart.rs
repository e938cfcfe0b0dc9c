//! The Nations in Transit chart without a DOM: one series per measure, the
//! changes between editions with the reason a source states (if any), and
//! the geometry that puts editions on the same year axis as the events.
//!
//! The rating scale runs from 1 (most democratic) to 7 (least); the chart
//! draws 1 at the top, so a line going down means a worse rating. The
//! vertical range is fixed by all ratings (not by the lines shown), so
//! hiding a line never moves the others.

use crate::corpus::{
    Corpus, Document, NitCategory, NitData, NitMeasure, NitRating, Rating, ScoreChange,
};

/// The seven categories in the reports' order, then the democracy score.
pub fn measures() -> [NitMeasure; 8] {
    let c = NitCategory::ALL;
    [
        c[0].into(),
        c[1].into(),
        c[2].into(),
        c[3].into(),
        c[4].into(),
        c[5].into(),
        c[6].into(),
        NitMeasure::DemocracyScore,
    ]
}

/// One measure's ratings, one per edition, by edition.
#[derive(Clone, Debug, PartialEq)]
pub struct Series<'c> {
    /// What is rated.
    pub measure: NitMeasure,
    /// The ratings; where two documents rate an edition, the first in the
    /// corpus's order.
    pub points: Vec<&'c NitRating>,
}

/// Every measure's series, in [`measures`] order.
pub fn series(nit: &NitData) -> Vec<Series<'_>> {
    measures()
        .into_iter()
        .map(|measure| {
            let mut points: Vec<&NitRating> = Vec::new();
            for r in nit.ratings.iter().filter(|r| r.measure == measure) {
                if !points.iter().any(|p| p.edition == r.edition) {
                    points.push(r);
                }
            }
            crate::order::sort_by_key(&mut points, |p| p.edition);
            Series { measure, points }
        })
        .collect()
}

/// The first and last editions rated, if any.
pub fn editions(nit: &NitData) -> Option<(u16, u16)> {
    let editions = nit.ratings.iter().map(|r| r.edition);
    Some((editions.clone().min()?, editions.max()?))
}

/// A measure's rating in the edition of `year` and in the next edition, in
/// that order. An edition reports on the year before it (Nations in Transit
/// 2018 covers 2017), so for an event of `year` the first is from before
/// it and the second is the first that can reflect it. Where two documents
/// rate an edition, the first in the corpus's order, as in [`series`].
pub fn around(nit: &NitData, measure: NitMeasure, year: u16) -> [Option<&NitRating>; 2] {
    let find = |edition: u16| {
        nit.ratings
            .iter()
            .find(|r| r.measure == measure && r.edition == edition)
    };
    [find(year), year.checked_add(1).and_then(find)]
}

/// The documents whose tables or text state ratings, newest edition first.
pub fn rating_documents(corpus: &Corpus) -> Vec<(u16, &Document)> {
    let mut docs: Vec<(u16, &Document)> = Vec::new();
    for r in corpus.nit.ratings.iter().filter(|r| !r.computed) {
        let Some(doc) = corpus.document(r.doc.as_str()) else {
            continue;
        };
        match docs.iter_mut().find(|(_, d)| d.id == doc.id) {
            Some((edition, _)) => *edition = (*edition).max(r.edition),
            None => docs.push((r.edition, doc)),
        }
    }
    crate::order::sort_by_key(&mut docs, |(edition, _)| std::cmp::Reverse(*edition));
    docs
}

/// What an edition's year means, in the documents' own terms: "An edition
/// reports on the year before it: Nations in Transit 2018 covers events of
/// 2017; Nations in Transit 2008, events of 2007." None without documents.
pub fn edition_note(corpus: &Corpus) -> Option<String> {
    let docs = rating_documents(corpus);
    let (first, rest) = docs.split_first()?;
    let mut note = format!(
        "An edition reports on the year before it: {} covers {}",
        first.1.edition, first.1.covers
    );
    for (_, d) in rest {
        note.push_str(&format!("; {}, {}", d.edition, d.covers));
    }
    note.push('.');
    Some(note)
}

/// A rating that differs from the previous edition's.
#[derive(Clone, Debug, PartialEq)]
pub struct Change<'c> {
    /// What is rated.
    pub measure: NitMeasure,
    /// The edition with the new rating.
    pub edition: u16,
    /// The previous edition's rating.
    pub from: Rating,
    /// This edition's rating.
    pub to: Rating,
    /// Where a source states this change and its reason.
    pub stated: Option<&'c ScoreChange>,
}

/// Every change between consecutive editions of each series, in
/// [`measures`] order, then by edition, each with the statement of it if a
/// source gives one (same edition and measure, and the same `from` where
/// the statement gives one).
pub fn changes(nit: &NitData) -> Vec<Change<'_>> {
    let mut out = Vec::new();
    for s in series(nit) {
        for pair in s.points.windows(2) {
            let (before, after) = (pair[0], pair[1]);
            if before.rating == after.rating {
                continue;
            }
            let stated = nit.changes.iter().find(|c| {
                c.edition == after.edition
                    && c.measure == s.measure
                    && c.to == after.rating
                    && c.from.is_none_or(|f| f == before.rating)
            });
            out.push(Change {
                measure: s.measure,
                edition: after.edition,
                from: before.rating,
                to: after.rating,
                stated,
            });
        }
    }
    out
}

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

/// Below this drawing width the chart, given no years, spans the editions
/// rather than all the events' years: 1989–2021 on a phone would leave the
/// ratings' lines a third of the width.
pub const NARROW: f64 = 560.0;

/// Which years the chart's axis spans, and why.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Span {
    /// The filter's years, or all the events' years when it sets none.
    Events(u16, u16),
    /// The editions rated, because the drawing is narrow and no years are
    /// set.
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
/// `years`, on a drawing `width` units wide (see [`NARROW`]).
pub fn span(
    from: Option<u16>,
    to: Option<u16>,
    years: (u16, u16),
    editions: Option<(u16, u16)>,
    width: f64,
) -> Span {
    let (first, last) = years;
    match (from, to, editions) {
        (None, None, Some((a, b))) if width < NARROW => {
            Span::Editions(a.clamp(first, last), b.clamp(first, last))
        }
        _ => {
            let clamp = |y: u16| y.clamp(first, last);
            Span::Events(clamp(from.unwrap_or(first)), clamp(to.unwrap_or(last)))
        }
    }
}

/// Space left of the plot for the rating labels.
pub const LEFT: f64 = 44.0;
/// Space right of the plot.
pub const RIGHT: f64 = 20.0;
/// Space above the plot.
pub const TOP: f64 = 10.0;

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

#[cfg(test)]
mod tests {
    #[test]
    fn a_narrow_chart_spans_the_editions_unless_years_are_set() {
        let (events, editions) = ((1989, 2021), Some((2007, 2018)));
        assert_eq!(
            span(None, None, events, editions, NARROW - 20.0),
            Span::Editions(2007, 2018)
        );
        assert_eq!(
            span(None, None, events, editions, NARROW),
            Span::Events(1989, 2021)
        );
        // Years the reader set always win, clamped to the events'.
        assert_eq!(
            span(Some(1995), None, events, editions, MIN_WIDTH),
            Span::Events(1995, 2021)
        );
        assert_eq!(
            span(None, Some(2030), events, editions, MIN_WIDTH),
            Span::Events(1989, 2021)
        );
        assert_eq!(
            span(None, None, events, None, MIN_WIDTH),
            Span::Events(1989, 2021)
        );
        assert_eq!(Span::Editions(2007, 2018).years(), (2007, 2018));
    }

    use super::*;

    #[test]
    fn drawing_width_follows_the_box_within_bounds() {
        assert_eq!(drawing_width(1000.0), MAX_WIDTH);
        assert_eq!(drawing_width(720.0), 720.0);
        assert_eq!(drawing_width(639.0), 620.0);
        assert_eq!(drawing_width(352.0), 340.0);
        assert_eq!(drawing_width(256.0), MIN_WIDTH);
        assert_eq!(drawing_width(0.0), MIN_WIDTH);
        assert_eq!(drawing_width(f64::NAN), MAX_WIDTH);
        assert_eq!(drawing_width(f64::INFINITY), MAX_WIDTH);
    }

    fn check_ticks(years: (u16, u16), expected: &[u16]) {
        let s = Scale::new(years, [], 100.0, 100.0);
        assert_eq!(s.year_ticks(), expected, "{years:?}");
    }

    #[test]
    fn year_ticks_stay_few() {
        check_ticks((2015, 2018), &[2015, 2016, 2017, 2018]);
        check_ticks((2007, 2018), &[2008, 2010, 2012, 2014, 2016, 2018]);
        check_ticks((1989, 2021), &[1990, 1995, 2000, 2005, 2010, 2015, 2020]);
        check_ticks((2017, 2017), &[2017]);
        check_ticks((2018, 2015), &[2015, 2016, 2017, 2018]);
    }

    fn check_range(ratings: &[u16], expected: (u16, u16)) {
        let s = Scale::new((2000, 2001), ratings.iter().map(|&r| Rating(r)), 1.0, 1.0);
        assert_eq!((s.best.0, s.worst.0), expected, "{ratings:?}");
    }

    #[test]
    fn rating_range_in_whole_halves_within_the_scale() {
        check_range(&[550, 675], (550, 700));
        check_range(&[632, 671], (600, 700));
        check_range(&[700], (650, 700));
        check_range(&[100], (100, 150));
        check_range(&[], (100, 700));
    }

    #[test]
    fn positions() {
        let s = Scale::new(
            (2000, 2010),
            [Rating(500), Rating(700)],
            200.0 + LEFT + RIGHT,
            110.0,
        );
        assert_eq!(s.x(2000), LEFT);
        assert_eq!(s.x(2010), LEFT + 200.0);
        assert_eq!(s.x(2005), LEFT + 100.0);
        assert_eq!(s.y(Rating(500)), TOP);
        assert_eq!(s.y(Rating(700)), 110.0);
        assert_eq!(s.y(Rating(600)), TOP + 50.0);
        assert_eq!(
            s.rating_ticks(),
            [
                Rating(500),
                Rating(550),
                Rating(600),
                Rating(650),
                Rating(700)
            ]
        );
        let one = Scale::new((2017, 2017), [], 100.0 + LEFT + RIGHT, 10.0);
        assert_eq!(one.x(2017), LEFT + 50.0);
    }
}
