//! The chart's unit tests: the axis's span and the drawing's geometry.

#[test]
fn the_chart_spans_the_editions_unless_years_are_set() {
    let (events, editions) = ((1989, 2021), Some((2007, 2018)));
    assert_eq!(
        span(None, None, events, editions),
        Span::Editions(2007, 2018)
    );
    // Years the reader set always win, clamped to the events'.
    assert_eq!(
        span(Some(1995), None, events, editions),
        Span::Events(1995, 2021)
    );
    assert_eq!(
        span(None, Some(2030), events, editions),
        Span::Events(1989, 2021)
    );
    assert_eq!(span(None, None, events, None), Span::Events(1989, 2021));
    assert_eq!(Span::Editions(2007, 2018).years(), (2007, 2018));
}

#[test]
fn a_phone_s_plot_is_lower() {
    assert!(plot_height(MIN_WIDTH) < plot_height(MAX_WIDTH));
    assert_eq!(plot_height(MAX_WIDTH), plot_height(480.0));
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
        TOP + 100.0,
    );
    assert_eq!(s.x(2000), LEFT);
    assert_eq!(s.x(2010), LEFT + 200.0);
    assert_eq!(s.x(2005), LEFT + 100.0);
    assert_eq!(s.y(Rating(500)), TOP);
    assert_eq!(s.y(Rating(700)), TOP + 100.0);
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
