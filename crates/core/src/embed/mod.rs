//! Embeddable widgets (`#/embed/…`): which views can be embedded in another
//! site's page, their addresses and titles, the full view each opens, the
//! snippet a news site pastes, and the message by which a widget tells its
//! host page its height.
//!
//! A widget's address is part of the route format ([`Widget`] lives in
//! [`crate::route`]); this module says what each widget is beside it.

pub mod data;
mod snippet;

use crate::corpus::{Corpus, Document};
use crate::route::{Route, View};

pub use crate::route::Widget;
pub use data::DataSet;
pub use snippet::{Scheme, Snippet, escape_html, frame_url, script_url};

/// The type of the height message, namespaced so that a host page can tell
/// it from every other message it receives.
pub const MESSAGE_TYPE: &str = "rating-explainer:height";
/// The version of the height message's shape.
pub const MESSAGE_VERSION: u32 = 1;
/// The smallest height, in CSS pixels, a widget reports or a host accepts.
pub const MIN_HEIGHT: u32 = 1;
/// The largest height, in CSS pixels, a widget reports or a host accepts.
pub const MAX_HEIGHT: u32 = 50_000;

impl Widget {
    /// The widget's name, for its title line, the iframe's `title` and the
    /// Embed dialog. An indicator's question is the caller's to add.
    pub fn title(&self) -> String {
        match self {
            Self::Rating => "Score breakdown".to_owned(),
            Self::Indicator(code) => format!("Question {code}"),
            Self::RatingsChart => "Nations in Transit ratings".to_owned(),
            Self::Timeline => "Reform timeline".to_owned(),
            Self::Recommendations => "Recommendations and pledges: counts".to_owned(),
            Self::WhatIf => "What-if scenario".to_owned(),
            Self::Unknown(_) => "Widget not found".to_owned(),
        }
    }

    /// The iframe's fixed height in the snippet, in CSS pixels: what the
    /// widget gets where a host page strips the script. Each is the tallest
    /// the widget is, in any of its variants, in a column 320 px wide (the
    /// narrowest a snippet is made for; wider, it is shorter), so that it is
    /// whole without the script; the host script fits the frame to it.
    /// `tests/e2e/embeds.test.mjs` measures every variant against these.
    pub fn default_height(&self) -> u32 {
        match self {
            Self::Rating => 1440,
            Self::Indicator(_) => 960,
            Self::RatingsChart => 940,
            Self::Timeline => 1040,
            Self::Recommendations => 1070,
            Self::WhatIf => 820,
            Self::Unknown(_) => 200,
        }
    }

    /// Which query keys the widget keeps from an address; the others are
    /// dropped when an Embed button makes a widget address.
    fn keeps(&self, key: &str) -> bool {
        match self {
            Self::Timeline | Self::Recommendations => true,
            Self::WhatIf => key == "s",
            _ => false,
        }
    }

    /// The full view's address for this widget's address (`query` as read
    /// from it), for the "Open the full view" link. `None` for an unknown
    /// widget, whose link goes to the overview.
    pub fn full_route(&self, query: &[(String, String)]) -> Route {
        let view = match self {
            Self::Rating => View::Rating,
            Self::Indicator(code) => View::Indicator(code.clone()),
            Self::RatingsChart | Self::Timeline => View::Timeline,
            Self::Recommendations => View::Recommendations,
            Self::WhatIf => View::WhatIf,
            Self::Unknown(_) => View::Overview,
        };
        Route {
            view,
            query: self.kept(query),
        }
    }

    /// This widget's address with the parts of `query` it keeps.
    pub fn route(&self, query: &[(String, String)]) -> Route {
        Route {
            view: View::Embed(self.clone()),
            query: self.kept(query),
        }
    }

    fn kept(&self, query: &[(String, String)]) -> Vec<(String, String)> {
        query
            .iter()
            .filter(|(k, _)| self.keeps(k))
            .cloned()
            .collect()
    }
}

/// How many events the timeline widget lists: the latest that match, so
/// that the widget stays the length of an article's figure; the full view
/// has the rest.
pub const TIMELINE_LIMIT: usize = 5;

/// The last `limit` of `matching` (events in date order): what the timeline
/// widget lists.
pub fn latest<T>(matching: &[T], limit: usize) -> &[T] {
    &matching[matching.len().saturating_sub(limit)..]
}

/// The documents a widget's figures and words come from, for its credit
/// line, in the corpus's order.
pub fn sources<'c>(widget: &Widget, corpus: &'c Corpus) -> Vec<&'c Document> {
    corpus
        .documents
        .iter()
        .filter(|d| match widget {
            Widget::Rating | Widget::Indicator(_) | Widget::WhatIf => d.id == corpus.fiw.doc,
            Widget::RatingsChart => corpus.nit.ratings.iter().any(|r| r.doc == d.id),
            Widget::Timeline | Widget::Recommendations | Widget::Unknown(_) => true,
        })
        .collect()
}

/// The widgets a full view offers to embed, with the view's state (its
/// filter or scenario) carried over: the timeline offers its events and its
/// chart, the overview and the 25 questions the score breakdown.
pub fn widgets_for(route: &Route) -> Vec<Route> {
    let widgets = match &route.view {
        View::Overview | View::Rating => vec![Widget::Rating],
        View::Indicator(code) => vec![Widget::Indicator(code.clone())],
        View::Timeline => vec![Widget::Timeline, Widget::RatingsChart],
        View::Recommendations => vec![Widget::Recommendations],
        View::WhatIf => vec![Widget::WhatIf],
        _ => Vec::new(),
    };
    widgets.iter().map(|w| w.route(&route.query)).collect()
}

/// The height a widget reports for a measured content height: rounded up
/// to whole pixels so that nothing is cut off, `None` if not a number or
/// outside [`MIN_HEIGHT`]..=[`MAX_HEIGHT`] (the host would refuse it).
pub fn reported_height(measured: f64) -> Option<u32> {
    if !measured.is_finite() {
        return None;
    }
    let up = measured.ceil();
    (f64::from(MIN_HEIGHT)..=f64::from(MAX_HEIGHT))
        .contains(&up)
        // In range, so the cast is exact.
        .then_some(up as u32)
}

/// The height message as JSON text, for the documentation and tests; the
/// app posts the same fields as an object.
pub fn height_message_json(height: u32, widget: &Route) -> String {
    format!(
        "{{\"type\":\"{MESSAGE_TYPE}\",\"version\":{MESSAGE_VERSION},\"height\":{height},\"widget\":{}}}",
        json_string(&widget.to_hash())
    )
}

/// A JSON string literal for `text`.
fn json_string(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if u32::from(c) < 0x20 => out.push_str(&format!("\\u{:04x}", u32::from(c))),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

#[cfg(test)]
mod tests;
