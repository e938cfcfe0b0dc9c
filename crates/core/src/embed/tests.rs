//! The embed module's unit tests.

use super::*;
use crate::route::{Route, View};

fn widget(fragment: &str) -> Widget {
    match Route::parse(fragment).map(|r| r.view) {
        Some(View::Embed(w)) => w,
        other => panic!("{fragment:?} read as {other:?}"),
    }
}

#[test]
fn widget_addresses_parse() {
    assert_eq!(widget("#/embed/rating"), Widget::Rating);
    assert_eq!(widget("#/embed/rating/d1"), Widget::Indicator("D1".into()));
    assert_eq!(widget("#/embed/ratings-chart"), Widget::RatingsChart);
    assert_eq!(widget("#/embed/timeline?theme=media"), Widget::Timeline);
    assert_eq!(widget("#/embed/recommendations"), Widget::Recommendations);
    assert_eq!(widget("#/embed/what-if?s=A1.2"), Widget::WhatIf);
    assert_eq!(widget("#//embed//rating/"), Widget::Rating);
}

#[test]
fn unknown_widgets_are_a_not_found_widget() {
    assert_eq!(widget("#/embed"), Widget::Unknown(String::new()));
    assert_eq!(widget("#/embed/quiz"), Widget::Unknown("/quiz".into()));
    assert_eq!(
        widget("#/embed/rating/all"),
        Widget::Unknown("/rating/all".into())
    );
    assert_eq!(
        widget("#/embed/rating/D1/x"),
        Widget::Unknown("/rating/D1/x".into())
    );
    assert_eq!(
        widget("#/embed/%3Cb%3E"),
        Widget::Unknown("/%3Cb%3E".into())
    );
    // Only `embed` in first place makes a widget.
    assert_eq!(
        Route::parse("#/rating/embed").map(|r| r.view),
        Some(View::Indicator("EMBED".into()))
    );
}

#[test]
fn widget_addresses_round_trip() {
    for fragment in [
        "#/embed/rating",
        "#/embed/rating/G4",
        "#/embed/ratings-chart",
        "#/embed/timeline?theme=media&from=2015",
        "#/embed/recommendations?status=no-action",
        "#/embed/what-if?s=A1.2%2CD1.3",
        "#/embed",
        "#/embed/x/y%20z",
    ] {
        let route = Route::parse(fragment).unwrap();
        assert_eq!(route.to_hash(), fragment);
        assert_eq!(Route::parse(&route.to_hash()), Some(route));
    }
}

#[test]
fn each_widget_opens_its_full_view_with_its_state() {
    let q = |pairs: &[(&str, &str)]| -> Vec<(String, String)> {
        pairs
            .iter()
            .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
            .collect()
    };
    let full = |fragment: &str| {
        let route = Route::parse(fragment).unwrap();
        let View::Embed(w) = &route.view else {
            panic!("{fragment}")
        };
        w.full_route(&route.query).to_hash()
    };
    assert_eq!(full("#/embed/rating"), "#/rating");
    assert_eq!(full("#/embed/rating/d1"), "#/rating/D1");
    assert_eq!(full("#/embed/ratings-chart"), "#/timeline");
    assert_eq!(
        full("#/embed/timeline?theme=media&q=law"),
        "#/timeline?theme=media&q=law"
    );
    assert_eq!(
        full("#/embed/recommendations?group=theme"),
        "#/recommendations?group=theme"
    );
    assert_eq!(full("#/embed/what-if?s=A1.2&junk=1"), "#/what-if?s=A1.2");
    assert_eq!(full("#/embed/nope"), "#/");
    assert_eq!(
        Widget::WhatIf
            .route(&q(&[("x", "1"), ("s", "D1.4")]))
            .to_hash(),
        "#/embed/what-if?s=D1.4"
    );
}

#[test]
fn full_views_offer_their_widgets() {
    let offered = |fragment: &str| -> Vec<String> {
        widgets_for(&Route::parse(fragment).unwrap())
            .iter()
            .map(Route::to_hash)
            .collect()
    };
    assert_eq!(offered("#/"), ["#/embed/rating"]);
    assert_eq!(offered("#/rating"), ["#/embed/rating"]);
    assert_eq!(offered("#/rating/b2"), ["#/embed/rating/B2"]);
    assert_eq!(
        offered("#/timeline?theme=media"),
        ["#/embed/timeline?theme=media", "#/embed/ratings-chart"]
    );
    assert_eq!(offered("#/recommendations"), ["#/embed/recommendations"]);
    assert_eq!(offered("#/what-if?s=A1.0"), ["#/embed/what-if?s=A1.0"]);
    assert!(offered("#/quiz").is_empty());
    assert!(offered("#/embed/rating").is_empty());
    // Every widget offered reads back as a widget whose full view is the
    // offering view's kind.
    for fragment in [
        "#/",
        "#/rating/A1",
        "#/timeline?q=x",
        "#/recommendations",
        "#/what-if",
    ] {
        for hash in offered(fragment) {
            assert!(matches!(Route::parse(&hash).unwrap().view, View::Embed(_)));
        }
    }
}

#[test]
fn reported_heights_are_whole_and_in_range() {
    assert_eq!(reported_height(412.2), Some(413));
    assert_eq!(reported_height(412.0), Some(412));
    assert_eq!(reported_height(0.4), Some(1));
    assert_eq!(reported_height(0.0), None);
    assert_eq!(reported_height(-3.0), None);
    assert_eq!(reported_height(f64::NAN), None);
    assert_eq!(reported_height(f64::INFINITY), None);
    assert_eq!(reported_height(f64::from(MAX_HEIGHT)), Some(MAX_HEIGHT));
    assert_eq!(reported_height(f64::from(MAX_HEIGHT) + 0.5), None);
}

#[test]
fn the_height_message_has_the_documented_shape() {
    let route = Route::parse("#/embed/timeline?q=\"a\"").unwrap();
    assert_eq!(
        height_message_json(640, &route),
        "{\"type\":\"rating-explainer:height\",\"version\":1,\"height\":640,\"widget\":\"#/embed/timeline?q=%22a%22\"}"
    );
}

#[test]
fn the_snippet_has_iframe_noscript_and_script() {
    let widget = Route::parse("#/embed/timeline?theme=media&q=a\"b").unwrap();
    let full = Route::parse("#/timeline?theme=media&q=a\"b").unwrap();
    let html = Snippet {
        page_url: "https://example.org/explainer/index.html#/timeline",
        widget: &widget,
        full: &full,
        title: "Reform timeline",
        site: "22/100, explained",
        height: 720,
        scheme: Scheme::Reader,
    }
    .html();
    let lines: Vec<&str> = html.lines().collect();
    assert_eq!(lines.len(), 3, "{html}");
    assert_eq!(
        lines[0],
        "<iframe src=\"https://example.org/explainer/embed.html#/embed/timeline?theme=media&amp;q=a%22b\" \
         title=\"Reform timeline – 22/100, explained\" width=\"100%\" height=\"720\" loading=\"lazy\" \
         style=\"border:0;max-width:100%\"></iframe>"
    );
    assert_eq!(
        lines[1],
        "<noscript><p>Reform timeline: <a href=\"https://example.org/explainer/index.html#/timeline?theme=media&amp;q=a%22b\">open it in 22/100, explained</a>.</p></noscript>"
    );
    assert_eq!(
        lines[2],
        "<script src=\"https://example.org/explainer/embed.js\" async></script>"
    );
}

#[test]
fn the_script_sits_beside_the_page() {
    assert_eq!(script_url("https://a.org/"), "https://a.org/embed.js");
    assert_eq!(script_url("https://a.org"), "https://a.org/embed.js");
    assert_eq!(
        script_url("https://a.org/x/index.html?v=2#/rating"),
        "https://a.org/x/embed.js"
    );
    assert_eq!(
        script_url("http://127.0.0.1:8080/#/"),
        "http://127.0.0.1:8080/embed.js"
    );
    assert_eq!(
        script_url("file:///home/t/dist/index.html"),
        "file:///home/t/dist/embed.js"
    );
    assert_eq!(
        frame_url("https://a.org/x/index.html?v=2#/rating"),
        "https://a.org/x/embed.html"
    );
}

#[test]
fn escaping_leaves_no_markup() {
    assert_eq!(
        escape_html("<a href=\"x\">'&'</a>"),
        "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;"
    );
}

#[test]
fn the_timeline_widget_lists_the_latest() {
    let all: Vec<u32> = (0..25).collect();
    assert_eq!(latest(&all, 10), &all[15..]);
    assert_eq!(latest(&all[..3], 10), &all[..3]);
    assert!(latest::<u32>(&[], 10).is_empty());
}

#[test]
fn the_snippet_carries_the_chosen_colours_before_the_fragment() {
    let widget = Route::parse("#/embed/rating").unwrap();
    let full = Route::parse("#/rating").unwrap();
    let src = |page_url: &str, scheme: Scheme| {
        let html = Snippet {
            page_url,
            widget: &widget,
            full: &full,
            title: "Score breakdown",
            site: "22/100, explained",
            height: 900,
            scheme,
        }
        .html();
        html.split('"').nth(1).unwrap().to_owned()
    };
    let page = "https://example.org/kz/";
    assert_eq!(
        src(page, Scheme::default()),
        "https://example.org/kz/embed.html?scheme=light#/embed/rating"
    );
    assert_eq!(
        src(page, Scheme::Dark),
        "https://example.org/kz/embed.html?scheme=dark#/embed/rating"
    );
    assert_eq!(
        src(page, Scheme::Reader),
        "https://example.org/kz/embed.html#/embed/rating"
    );
    // A page opened with a query of its own gives it up for the widget's.
    assert_eq!(
        src("https://example.org/kz/?scheme=dark#/rating", Scheme::Light),
        "https://example.org/kz/embed.html?scheme=light#/embed/rating"
    );
    for scheme in Scheme::ALL {
        assert_eq!(Scheme::from_id(scheme.id()), Some(scheme));
        assert!(!scheme.label().is_empty());
    }
    assert_eq!(Scheme::from_id("blue"), None);
}
