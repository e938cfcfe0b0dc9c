//! The widget part of an address, after `#/embed`: which widget, read and
//! written the one canonical way. What each widget is (its title, height,
//! full view) is `crate::embed`'s.

use super::percent_encode;

/// One embeddable widget. The query of its address (a timeline filter, a
/// tracker filter, a what-if scenario) is the same as its full view's.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Widget {
    /// `#/embed/rating`: the score breakdown, every point of the 100.
    Rating,
    /// `#/embed/rating/<code>`: one question with its score and reasoning.
    /// The code is upper-cased, as in `#/rating/<code>`.
    Indicator(String),
    /// `#/embed/ratings-chart`: the Nations in Transit ratings chart.
    RatingsChart,
    /// `#/embed/timeline?<filters>`: the timeline's events under a filter.
    Timeline,
    /// `#/embed/recommendations?<filters>`: the tracker's counts by status
    /// and theme.
    Recommendations,
    /// `#/embed/what-if?s=<scenario>`: a what-if scenario's result.
    WhatIf,
    /// Anything else under `#/embed`; keeps the rest of the path (each
    /// segment percent-encoded the one canonical way, `""` for `#/embed`
    /// itself) so that it reads back the same.
    Unknown(String),
}

impl Widget {
    /// Reads the path segments after `embed` (already percent-decoded).
    pub fn from_segments(segments: &[&str]) -> Self {
        match segments {
            ["rating"] => Self::Rating,
            ["rating", code] if !code.eq_ignore_ascii_case("all") => {
                Self::Indicator(code.to_ascii_uppercase())
            }
            ["ratings-chart"] => Self::RatingsChart,
            ["timeline"] => Self::Timeline,
            ["recommendations"] => Self::Recommendations,
            ["what-if"] => Self::WhatIf,
            _ => Self::Unknown(
                segments
                    .iter()
                    .fold(String::new(), |path, s| path + "/" + &percent_encode(s)),
            ),
        }
    }

    /// The address path, starting `/embed`.
    pub fn path(&self) -> String {
        match self {
            Self::Rating => "/embed/rating".to_owned(),
            Self::Indicator(code) => format!("/embed/rating/{}", percent_encode(code)),
            Self::RatingsChart => "/embed/ratings-chart".to_owned(),
            Self::Timeline => "/embed/timeline".to_owned(),
            Self::Recommendations => "/embed/recommendations".to_owned(),
            Self::WhatIf => "/embed/what-if".to_owned(),
            Self::Unknown(rest) => format!("/embed{rest}"),
        }
    }
}
