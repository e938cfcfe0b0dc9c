//! The first views the build renders to HTML (`src/bin/prerender.rs`), so
//! that a reader sees the view they opened before the app has arrived: the
//! page fetches `first/<key>.html` for its address, shows it, and only then
//! loads the app, which takes its place.
//!
//! Only addresses without a query are rendered: a query (a filter, a
//! what-if's scores) changes what the view shows, and the page cannot know
//! it at build time. Other addresses show the page's loading line, as
//! before.

use crate::corpus::Corpus;
use crate::embed::Widget;
use crate::route::{Route, View};

/// The folder of the rendered first views, beside the page.
pub const FIRST_VIEW_DIR: &str = "first";

/// Every address rendered: the site's views that need no id, each question,
/// and each widget (with each question's).
pub fn first_views(corpus: &Corpus) -> Vec<Route> {
    let codes = || {
        corpus
            .fiw
            .indicators()
            .map(|(_, _, i)| i.code.as_str().to_owned())
    };
    let mut views = vec![
        View::Overview,
        View::Rating,
        View::AllQuestions,
        View::Method,
        View::WhatIf,
        View::Timeline,
        View::Recommendations,
        View::Sources,
        View::Disagreements,
        View::Data,
        View::About,
    ];
    views.extend(codes().map(View::Indicator));
    views.extend(
        [
            Widget::Rating,
            Widget::RatingsChart,
            Widget::Timeline,
            Widget::Recommendations,
            Widget::WhatIf,
        ]
        .into_iter()
        .chain(codes().map(Widget::Indicator))
        .map(View::Embed),
    );
    views.into_iter().map(Route::new).collect()
}

/// How the box of a view's ratings chart follows the window, for the views
/// that draw it: the chart draws itself to its box's width, in steps of 20
/// (`timeline::chart::drawing_width`), so the build renders one variant per
/// step, and the page picks the one its window calls for. The figures are
/// the page's layout (the margins and padding around the chart, the
/// column's widest), checked by the end-to-end tests at a phone's and a
/// desktop's width.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ChartBox {
    /// The window's width less the box's, in CSS pixels.
    pub inset: u32,
    /// The box's widest, if the column stops growing.
    pub widest: Option<u32>,
}

/// The chart's box in `route`'s view, if the view draws the ratings chart.
pub fn chart_box(route: &Route) -> Option<ChartBox> {
    match route.view {
        View::Timeline => Some(ChartBox {
            inset: 42,
            widest: Some(694),
        }),
        View::Embed(Widget::RatingsChart) => Some(ChartBox {
            inset: 34,
            widest: None,
        }),
        _ => None,
    }
}

/// The chart's drawing widths, one variant each.
pub fn chart_widths() -> impl Iterator<Item = u32> {
    (280..=720).step_by(20)
}

/// The key of a variant of a rendering with a chart `width` wide.
pub fn variant(key: &str, width: u32) -> String {
    format!("{key}@{width}")
}

/// The key of a route's rendering: its address without `#/` (`rating/D1`,
/// `embed/rating`), `index` for the overview. The page's script computes
/// the same from the address bar ([`script`]), and adds the [`variant`]'s
/// width where the view has a chart.
pub fn key(route: &Route) -> String {
    match route.to_hash().trim_start_matches("#/") {
        "" => "index".to_owned(),
        path => path.to_owned(),
    }
}

/// Whether the page's drawing (its key as the page's script marks it,
/// `timeline@360` for a chart's variant) is the rendering of `route`: only
/// then may the app take its parts over as they are.
pub fn is_drawing_of(drawn: &str, route: &Route) -> bool {
    let base = drawn.split_once('@').map_or(drawn, |(base, _)| base);
    base == key(route)
}

/// The file of a key's rendering, relative to the page.
pub fn file(key: &str) -> String {
    format!("{FIRST_VIEW_DIR}/{key}.html")
}

/// About how many elements of the drawing a slow phone lays out in one
/// frame: the rest is held back and shown over the next frames.
pub const PART_SIZE: usize = 100;

/// The script that shows the rendered first view of the page's address (one
/// of `keys`, with its chart's box if it has one) in place of the page's
/// static content (`#static-page`), then lets the app load:
/// `window.firstView` is a promise the module loader waits for, settled once
/// the view is drawn, when there is none to draw, or after `wait_ms` if it
/// is slow to come. If the reader follows a link before the app has
/// started, the new address's view is drawn the same way.
///
/// The drawing is a task of its own after the page's parsing has ended (on
/// a slow phone, one task joined to the page's `DOMContentLoaded` is longer
/// than the two apart), and a long drawing is shown [`PART_SIZE`] elements
/// a frame (`first_view.js`). The app finds `data-first-view` on the static
/// content and takes the drawing over (see `DrawnPart`). The policy forbids
/// style attributes in markup, so the rendering carries its styles as
/// `data-first-style`, which the script applies through the DOM.
pub fn script(keys: &[(String, Option<ChartBox>)], wait_ms: u32) -> String {
    let list = keys
        .iter()
        .map(|(k, chart)| match chart {
            None => format!("'{k}':1"),
            Some(b) => format!("'{k}':[{},{}]", b.inset, b.widest.unwrap_or(100_000)),
        })
        .collect::<Vec<_>>()
        .join(",");
    // The page carries the code without its comments.
    let code: String = include_str!("first_view.js")
        .lines()
        .filter(|line| !line.trim_start().starts_with("//"))
        .map(|line| format!("{line}\n"))
        .collect();
    let code = code
        .replace("KEYS", &format!("{{{list}}}"))
        .replace("'DIR/", &format!("'{FIRST_VIEW_DIR}/"))
        .replace("WAIT_MS", &wait_ms.to_string())
        .replace("PART_SIZE", &PART_SIZE.to_string());
    format!("<script>\n{code}</script>\n  ")
}

/// Leptos' server rendering made ready for a page the app replaces: its
/// hydration markers (`<!>`) go; style attributes travel as
/// `data-first-style`, which the page's script applies through the DOM
/// (the policy forbids style attributes in markup); and an element whose
/// only content is the one space Leptos writes for an empty text (an empty
/// status line) is left empty, as the app leaves it, so that `:empty`
/// rules hide it alike and nothing moves when the app takes over.
pub fn tidy_rendering(html: &str) -> String {
    let html = html
        .replace("<!>", "")
        .replace(" style=\"", " data-first-style=\"");
    let mut out = String::with_capacity(html.len());
    let mut rest = html.as_str();
    while let Some(at) = rest.find("> </") {
        let (before, after) = rest.split_at(at + 1);
        out.push_str(before);
        let closing = &after[3..];
        let name: String = closing
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric())
            .collect();
        // The tag this `>` ends: an opening tag of the same element.
        let opened = out
            .rfind('<')
            .map(|lt| &out[lt + 1..])
            .and_then(|tag| tag.strip_prefix(name.as_str()))
            .is_some_and(|tail| tail.starts_with([' ', '>']));
        if !(opened && !name.is_empty() && closing[name.len()..].starts_with('>')) {
            out.push(' ');
        }
        rest = &after[1..];
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_rendering_loses_markers_style_attributes_and_lone_spaces() {
        assert_eq!(
            tidy_rendering(r#"<p role="status" class="e"> </p><span style="width:3px"> </span>"#),
            r#"<p role="status" class="e"></p><span data-first-style="width:3px"></span>"#
        );
        // A space between elements, or after other content, stays.
        let kept = "<p><b>a</b> </p><p>a </p><li><a>x</a> </li><p> <b>b</b></p><!>";
        assert_eq!(tidy_rendering(kept), kept.replace("<!>", ""));
        assert_eq!(
            tidy_rendering("<pre> </pre><p> </pa>"),
            "<pre></pre><p> </pa>"
        );
    }

    #[test]
    fn a_drawing_belongs_to_its_own_address_only() {
        let timeline = Route::parse("#/timeline").unwrap();
        assert!(is_drawing_of("timeline@360", &timeline));
        assert!(is_drawing_of("timeline", &timeline));
        assert!(!is_drawing_of("index", &timeline));
        // A filtered address is never drawn: the unfiltered drawing is not its.
        let filtered = Route::parse("#/timeline?theme=elections").unwrap();
        assert!(!is_drawing_of("timeline@360", &filtered));
        assert!(is_drawing_of(
            "rating/D1",
            &Route::parse("#/rating/D1").unwrap()
        ));
        assert!(!is_drawing_of(
            "rating/D2",
            &Route::parse("#/rating/D1").unwrap()
        ));
    }

    #[test]
    fn keys_follow_the_address() {
        assert_eq!(key(&Route::new(View::Overview)), "index");
        assert_eq!(key(&Route::new(View::Indicator("D1".into()))), "rating/D1");
        assert_eq!(
            key(&Route::new(View::Embed(Widget::Rating))),
            "embed/rating"
        );
        assert_eq!(file("rating/D1"), "first/rating/D1.html");
    }

    #[test]
    fn the_script_knows_every_key_and_settles_on_its_own() {
        let chart = chart_box(&Route::new(View::Timeline));
        let keys = [("index".to_owned(), None), ("timeline".to_owned(), chart)];
        let script = script(&keys, 3000);
        assert!(
            script.contains("var keys = {'index':1,'timeline':[42,694]};"),
            "{script}"
        );
        assert!(script.contains("setTimeout(summary, 3000)"));
        assert!(script.contains("n < 100"), "{script}");
        for placeholder in ["KEYS", "'DIR/", "WAIT_MS", "PART_SIZE", "//"] {
            assert!(!script.contains(placeholder), "{placeholder}: {script}");
        }
        assert!(script.contains("fetch('first/' + key + '.html')"));
    }
}
