//! The address format: every view and meaningful state lives in the URL
//! fragment (`#/rating/D1`, `#/timeline?theme=media`), so deep links work on
//! any static host and from a file opened from disk.
//!
//! Parsing never fails: an address that names no view becomes
//! [`View::NotFound`], so the app always has something to show. Parsing and
//! formatting round-trip ([`Route::parse`] of [`Route::to_hash`] gives the
//! route back), which the tests below pin.

use std::fmt::Write as _;

use crate::embed::Widget;

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

/// The app's top-level sections, in navigation order.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Section {
    /// The overview.
    Overview,
    /// The walkthrough of the rating.
    Rating,
    /// The scoring method.
    Method,
    /// The what-if sandbox.
    WhatIf,
    /// The quiz.
    Quiz,
    /// The timeline.
    Timeline,
    /// The recommendations tracker.
    Recommendations,
    /// The source documents.
    Sources,
    /// Tables and downloads.
    Data,
    /// About the app.
    About,
}

impl Section {
    /// Every section, in navigation order.
    pub const ALL: [Section; 10] = [
        Section::Overview,
        Section::Rating,
        Section::Method,
        Section::WhatIf,
        Section::Quiz,
        Section::Timeline,
        Section::Recommendations,
        Section::Sources,
        Section::Data,
        Section::About,
    ];

    /// The short label used in navigation.
    pub fn label(self) -> &'static str {
        match self {
            Section::Overview => "Overview",
            Section::Rating => "The 25 questions",
            Section::Method => "Method",
            Section::WhatIf => "What if",
            Section::Quiz => "Quiz",
            Section::Timeline => "Timeline",
            Section::Recommendations => "Recommendations",
            Section::Sources => "Sources",
            Section::Data => "Data",
            Section::About => "About",
        }
    }

    /// What the section offers, in a line, for the overview's list of
    /// tools.
    pub fn blurb(self) -> &'static str {
        match self {
            Section::Overview => "The rating at a glance.",
            Section::Rating => "Each question with its score and Freedom House's reasoning.",
            Section::Method => "How the points become two ratings and a status.",
            Section::WhatIf => "Change any score and see the ratings and status follow.",
            Section::Quiz => "Guess each score from the evidence, alone or with a class.",
            Section::Timeline => {
                "The reforms and events behind the rating, with Nations in Transit's ratings."
            }
            Section::Recommendations => "What was recommended and promised, and what became of it.",
            Section::Sources => {
                "The source documents in full, with every passage the explainer cites."
            }
            Section::Data => "The tables behind the figures, and their downloads.",
            Section::About => "What this explainer is, and which words and judgments are its own.",
        }
    }

    /// The section's own address.
    pub fn route(self) -> Route {
        Route::new(match self {
            Section::Overview => View::Overview,
            Section::Rating => View::Rating,
            Section::Method => View::Method,
            Section::WhatIf => View::WhatIf,
            Section::Quiz => View::Quiz,
            Section::Timeline => View::Timeline,
            Section::Recommendations => View::Recommendations,
            Section::Sources => View::Sources,
            Section::Data => View::Data,
            Section::About => View::About,
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

/// Decodes `%XX` escapes and `+` (as a space, the form encoding browsers use
/// in queries). Malformed escapes are kept literally rather than rejected, and
/// byte sequences that are not UTF-8 are replaced, so any input decodes.
pub fn percent_decode(input: &str) -> String {
    let bytes = input.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'%' if i + 2 < bytes.len() => {
                match (hex_value(bytes[i + 1]), hex_value(bytes[i + 2])) {
                    (Some(hi), Some(lo)) => {
                        out.push(hi * 16 + lo);
                        i += 3;
                        continue;
                    }
                    _ => out.push(b'%'),
                }
            }
            b'+' => out.push(b' '),
            byte => out.push(byte),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// Encodes everything but unreserved characters (RFC 3986) so that a value
/// survives a round trip through the address bar.
pub fn percent_encode(input: &str) -> String {
    let mut out = String::with_capacity(input.len());
    for byte in input.bytes() {
        if byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b'_' | b'.' | b'~') {
            out.push(byte as char);
        } else {
            // Writing to a String cannot fail.
            let _ = write!(out, "%{byte:02X}");
        }
    }
    out
}

fn hex_value(byte: u8) -> Option<u8> {
    match byte {
        b'0'..=b'9' => Some(byte - b'0'),
        b'a'..=b'f' => Some(byte - b'a' + 10),
        b'A'..=b'F' => Some(byte - b'A' + 10),
        _ => None,
    }
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
mod tests {
    use super::*;

    fn check(fragment: &str, expected: View) {
        let route = Route::parse(fragment).expect("an app address");
        assert_eq!(route.view, expected, "parsing {fragment:?}");
    }

    #[test]
    fn views_parse() {
        check("", View::Overview);
        check("#", View::Overview);
        check("#/", View::Overview);
        check("/", View::Overview);
        check("#/rating", View::Rating);
        check("#/rating/", View::Rating);
        check("#/rating/all", View::AllQuestions);
        check("#/rating/ALL", View::AllQuestions);
        check("#/rating/D1", View::Indicator("D1".into()));
        check("#/rating/d1", View::Indicator("D1".into()));
        check("#/method", View::Method);
        check("#/what-if", View::WhatIf);
        check("#/quiz", View::Quiz);
        check("#/timeline", View::Timeline);
        check(
            "#/timeline/2017-03-reform",
            View::Event("2017-03-reform".into()),
        );
        check("#/recommendations", View::Recommendations);
        check(
            "#/recommendations/fpc-gov-1",
            View::Recommendation("fpc-gov-1".into()),
        );
        check("#/sources", View::Sources);
        check("#/sources/fiw2019", View::Source("fiw2019".into()));
        check("#/data", View::Data);
        check("#/sources/disagreements", View::Disagreements);
        check("#/about", View::About);
        check("#//about//", View::About);
        check("#/search", View::Search);
        check("#/search?q=free+press", View::Search);
    }

    #[test]
    fn links_are_built_from_views_and_queries() {
        assert_eq!(View::Overview.href(), "#/");
        assert_eq!(View::Indicator("D1".into()).href(), "#/rating/D1");
        assert_eq!(View::Event("a b".into()).href(), "#/timeline/a%20b");
        let at = Route::new(View::Source("fiw2019".into())).with("at", "n3");
        assert_eq!(at.to_hash(), "#/sources/fiw2019?at=n3");
        assert_eq!(Route::parse(&at.to_hash()), Some(at));
    }

    #[test]
    fn unknown_addresses_are_not_found() {
        check("#/nowhere", View::NotFound("/nowhere".into()));
        check(
            "#/rating/D1/extra",
            View::NotFound("/rating/D1/extra".into()),
        );
        check("#/Rating", View::NotFound("/Rating".into()));
        check("#/%3Cscript%3E", View::NotFound("/%3Cscript%3E".into()));
        check("#/%3cscript%3e", View::NotFound("/%3Cscript%3E".into()));
    }

    #[test]
    fn in_page_anchors_are_not_routes() {
        assert_eq!(Route::parse("#main"), None);
        assert_eq!(Route::parse("main"), None);
    }

    #[test]
    fn query_is_decoded_in_order() {
        let route = Route::parse("#/timeline?theme=media&from=2015&q=free+speech%21&flag").unwrap();
        assert_eq!(route.view, View::Timeline);
        assert_eq!(route.param("theme"), Some("media"));
        assert_eq!(route.param("from"), Some("2015"));
        assert_eq!(route.param("q"), Some("free speech!"));
        assert_eq!(route.param("flag"), Some(""));
        assert_eq!(route.param("missing"), None);
        assert_eq!(route.query.len(), 4);
    }

    #[test]
    fn malformed_escapes_are_kept_not_rejected() {
        assert_eq!(percent_decode("100%"), "100%");
        assert_eq!(percent_decode("%zz"), "%zz");
        assert_eq!(percent_decode("%4"), "%4");
        assert_eq!(percent_decode("%41%42"), "AB");
        assert_eq!(percent_decode("%FF"), "\u{FFFD}");
        assert_eq!(percent_decode("%C3%A9"), "é");
    }

    #[test]
    fn formatting_round_trips() {
        let routes = [
            Route::new(View::Overview),
            Route::new(View::Indicator("G4".into())),
            Route::new(View::Event("a b/c?d".into())),
            Route::new(View::Source("nit2018".into())),
            Route::new(View::NotFound("/x/y%20z".into())),
            Route {
                view: View::Search,
                query: vec![("q".into(), "“Café” & co=1 ¶ 12/é?".into())],
            },
            Route::new(View::Search),
            Route {
                view: View::Timeline,
                query: vec![
                    ("theme".into(), "civil-society".into()),
                    ("q".into(), "“extremist” & co=1".into()),
                ],
            },
        ];
        for route in routes {
            let hash = route.to_hash();
            assert_eq!(Route::parse(&hash).as_ref(), Some(&route), "via {hash}");
        }
    }

    #[test]
    fn every_section_routes_to_itself() {
        for section in Section::ALL {
            let route = section.route();
            let parsed = Route::parse(&route.to_hash()).unwrap();
            assert_eq!(parsed.view.section(), Some(section));
        }
        assert_eq!(View::NotFound("/x".into()).section(), None);
    }

    #[test]
    fn decoding_never_panics_on_odd_input() {
        // Truncated escapes at every position, multibyte text and stray bytes.
        let samples = [
            "%", "%%", "%%%", "a%", "a%4", "é%", "%E2%80", "++", "?&=&", "#/?==",
        ];
        for sample in samples {
            let _ = percent_decode(sample);
            let _ = Route::parse(&format!("#/{sample}"));
        }
    }
}
