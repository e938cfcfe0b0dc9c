//! The address format's unit tests: each view's address parsed and written.

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
