//! The address format: every view and meaningful state lives in the URL
//! fragment (`#/rating/D1`, `#/timeline?theme=media`), so deep links work on
//! any static host and from a file opened from disk.
//!
//! Parsing never fails: an address that names no view becomes
//! [`View::NotFound`], so the app always has something to show. Parsing and
//! formatting round-trip ([`Route::parse`] of [`Route::to_hash`] gives the
//! route back), which the tests below pin.

mod percent;
mod section;
mod widget;

pub use percent::{percent_decode, percent_encode};
pub use section::Section;
pub use widget::Widget;

/// One view of the app, with the path parameters it needs.
///
/// Identifiers (indicator codes, event ids, …) are kept as text here: whether
/// they name something is a question for the corpus, not for the address.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum View {
    /// `#/`: the headline figures and the way into each tool.
    Overview,
    /// `#/rating`: the 25 indicators at a glance.
    Rating,
    /// `#/rating/all`: all 25 questions with their reasoning on one page,
    /// to read through or print.
    AllQuestions,
    /// `#/rating/<code>`: one step of the walkthrough. The code is upper-cased,
    /// so `#/rating/d1` and `#/rating/D1` are the same step.
    Indicator(String),
    /// `#/method`: how scores become ratings and a status.
    Method,
    /// `#/what-if`: the scenario sandbox.
    WhatIf,
    /// `#/quiz`: guess the score.
    Quiz,
    /// `#/timeline`: the reform timeline.
    Timeline,
    /// `#/timeline/<event>`: one event.
    Event(String),
    /// `#/recommendations`: the tracker.
    Recommendations,
    /// `#/recommendations/<id>`: one recommendation or pledge.
    Recommendation(String),
    /// `#/sources`: the list of source documents.
    Sources,
    /// `#/sources/<doc>`: one document, readable in full.
    Source(String),
    /// `#/sources/disagreements`: every place where the sources disagree,
    /// with both sides.
    Disagreements,
    /// `#/data`: tables and downloads.
    Data,
    /// `#/about`: what this is and how it works.
    About,
    /// `#/embed/…`: a widget for another site's page, without the site's
    /// header and footer (see [`crate::embed`]).
    Embed(Widget),
    /// Anything else; keeps the path (each segment percent-encoded the one
    /// canonical way) so the page can echo it and it reads back the same.
    NotFound(String),
    /// `#/search?q=…`: every match of a site-wide search.
    Search,
}

/// A parsed address: the view and the query parameters, in their order.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Route {
    /// Which view to show.
    pub view: View,
    /// Decoded `key=value` pairs after `?`, in the order written.
    pub query: Vec<(String, String)>,
}

impl Route {
    /// A route to `view` with no query.
    pub fn new(view: View) -> Self {
        Self {
            view,
            query: Vec::new(),
        }
    }

    /// Parses a location fragment, with or without its leading `#`.
    ///
    /// The empty fragment and `#/` are the overview. Returns `None` for a
    /// fragment that is not an app address at all (`#main`, an in-page
    /// anchor): the caller keeps the current view rather than calling it
    /// unknown.
    pub fn parse(fragment: &str) -> Option<Self> {
        let fragment = fragment.strip_prefix('#').unwrap_or(fragment);
        if fragment.is_empty() {
            return Some(Self::new(View::Overview));
        }
        let rest = fragment.strip_prefix('/')?;
        let (path, query) = match rest.split_once('?') {
            Some((path, query)) => (path, query),
            None => (rest, ""),
        };
        let segments: Vec<String> = path
            .split('/')
            .filter(|s| !s.is_empty())
            .map(percent_decode)
            .collect();
        let segments: Vec<&str> = segments.iter().map(String::as_str).collect();
        let view = match segments.as_slice() {
            [] => View::Overview,
            ["rating"] => View::Rating,
            ["rating", all] if all.eq_ignore_ascii_case("all") => View::AllQuestions,
            ["rating", code] => View::Indicator(code.to_ascii_uppercase()),
            ["method"] => View::Method,
            ["what-if"] => View::WhatIf,
            ["quiz"] => View::Quiz,
            ["timeline"] => View::Timeline,
            ["timeline", id] => View::Event((*id).to_owned()),
            ["recommendations"] => View::Recommendations,
            ["recommendations", id] => View::Recommendation((*id).to_owned()),
            ["sources"] => View::Sources,
            ["sources", "disagreements"] => View::Disagreements,
            ["sources", doc] => View::Source((*doc).to_owned()),
            ["data"] => View::Data,
            ["about"] => View::About,
            ["embed", rest @ ..] => View::Embed(Widget::from_segments(rest)),
            ["search"] => View::Search,
            _ => View::NotFound(
                segments
                    .iter()
                    .fold(String::new(), |path, s| path + "/" + &percent_encode(s)),
            ),
        };
        Some(Self {
            view,
            query: parse_query(query),
        })
    }

    /// The fragment for this route, with its leading `#`.
    pub fn to_hash(&self) -> String {
        let path = match &self.view {
            View::Overview => "/".to_owned(),
            View::Rating => "/rating".to_owned(),
            View::AllQuestions => "/rating/all".to_owned(),
            View::Indicator(code) => format!("/rating/{}", percent_encode(code)),
            View::Method => "/method".to_owned(),
            View::WhatIf => "/what-if".to_owned(),
            View::Quiz => "/quiz".to_owned(),
            View::Timeline => "/timeline".to_owned(),
            View::Event(id) => format!("/timeline/{}", percent_encode(id)),
            View::Recommendations => "/recommendations".to_owned(),
            View::Recommendation(id) => format!("/recommendations/{}", percent_encode(id)),
            View::Sources => "/sources".to_owned(),
            View::Source(doc) => format!("/sources/{}", percent_encode(doc)),
            View::Disagreements => "/sources/disagreements".to_owned(),
            View::Data => "/data".to_owned(),
            View::About => "/about".to_owned(),
            View::Embed(widget) => widget.path(),
            View::NotFound(path) => path.clone(),
            View::Search => "/search".to_owned(),
        };
        let mut out = format!("#{path}");
        for (i, (key, value)) in self.query.iter().enumerate() {
            out.push(if i == 0 { '?' } else { '&' });
            out.push_str(&percent_encode(key));
            out.push('=');
            out.push_str(&percent_encode(value));
        }
        out
    }

    /// This route with `key=value` added to its query.
    pub fn with(mut self, key: &str, value: impl Into<String>) -> Self {
        self.query.push((key.to_owned(), value.into()));
        self
    }

    /// The first value of query parameter `key`, if present.
    pub fn param(&self, key: &str) -> Option<&str> {
        self.query
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.as_str())
    }
}

impl View {
    /// The address of this view with no query, with its leading `#`: what a
    /// link's `href` holds. Every address the app writes is built here or by
    /// [`Route::to_hash`], which own the format.
    pub fn href(self) -> String {
        Route::new(self).to_hash()
    }

    /// The top-level section a view belongs to, for marking the current
    /// navigation link. `None` for the not-found page and the widgets.
    pub fn section(&self) -> Option<Section> {
        Some(match self {
            View::Overview => Section::Overview,
            View::Rating | View::AllQuestions | View::Indicator(_) => Section::Rating,
            View::Method => Section::Method,
            View::WhatIf => Section::WhatIf,
            View::Quiz => Section::Quiz,
            View::Timeline | View::Event(_) => Section::Timeline,
            View::Recommendations | View::Recommendation(_) => Section::Recommendations,
            View::Sources | View::Source(_) | View::Disagreements => Section::Sources,
            View::Data => Section::Data,
            View::About => Section::About,
            // A widget, the search page and a missing page belong to no
            // section.
            View::Embed(_) | View::NotFound(_) | View::Search => return None,
        })
    }
}

fn parse_query(query: &str) -> Vec<(String, String)> {
    query
        .split('&')
        .filter(|pair| !pair.is_empty())
        .map(|pair| match pair.split_once('=') {
            Some((k, v)) => (percent_decode(k), percent_decode(v)),
            None => (percent_decode(pair), String::new()),
        })
        .collect()
}

/// Whether `view` has a page: not a not-found page, and naming only a
/// question, document, event, item or widget that the corpus holds. A page
/// that does not exist has no link worth copying.
pub fn exists(view: &View, corpus: &crate::corpus::Corpus) -> bool {
    match view {
        View::NotFound(_) | View::Embed(Widget::Unknown(_)) => false,
        View::Indicator(code) | View::Embed(Widget::Indicator(code)) => {
            corpus.fiw.indicator(code).is_some()
        }
        View::Source(id) => corpus.document(id).is_some(),
        View::Event(id) => corpus.event(id).is_some(),
        View::Recommendation(id) => corpus.item(id).is_some(),
        _ => true,
    }
}

#[cfg(test)]
mod tests;
