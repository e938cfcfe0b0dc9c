//! The scenario address `#/what-if?s=D1.2,E2.3`: its canonical form, the
//! round trip, every kind of malformed piece, and that no input panics.

use crate::support;

use explainer_core::method::{Problem, ProblemKind, Scenario};
use explainer_core::route::Route;
use support::{Rng, report};

/// Parses `param`; expects the canonical form `applied` and these problems.
fn check(param: &str, applied: &str, problems: &[(&str, ProblemKind)]) {
    let report = report();
    let (scenario, found) = Scenario::from_param(&report, param);
    assert_eq!(
        scenario.to_param(&report),
        applied,
        "applied from {param:?}"
    );
    let found: Vec<(&str, ProblemKind)> =
        found.iter().map(|p| (p.piece.as_str(), p.kind)).collect();
    assert_eq!(found, problems, "problems in {param:?}");
}

#[test]
fn valid_addresses() {
    check("", "", &[]);
    check("D1.2", "D1.2", &[]);
    check("E2.3,D1.2", "D1.2,E2.3", &[]);
    check("d1.2,e2.3", "D1.2,E2.3", &[]);
    check(" D1.2 , E2.3 ", "D1.2,E2.3", &[]);
    check("D1.2,,E2.3,", "D1.2,E2.3", &[]);
    check("D1.0", "", &[]); // the report's own score: nothing changes
    check("G4.4,A1.4", "A1.4,G4.4", &[]);
    check("A1.02", "A1.2", &[]);
}

#[test]
fn malformed_pieces_are_reported_and_the_rest_applied() {
    use ProblemKind::*;
    check("X9.7", "", &[("X9.7", UnknownCode)]);
    check("X9.7,D1.2", "D1.2", &[("X9.7", UnknownCode)]);
    check("D1.5", "", &[("D1.5", OutOfRange)]);
    check("D1.-1", "", &[("D1.-1", OutOfRange)]);
    check(
        "D1.99999999999999999999999",
        "",
        &[("D1.99999999999999999999999", OutOfRange)],
    );
    check("D1", "", &[("D1", Malformed)]);
    check("D1.", "", &[("D1.", Malformed)]);
    check("D1.x", "", &[("D1.x", Malformed)]);
    check("D1.2.3", "", &[("D1.2.3", Malformed)]);
    check(".2", "", &[(".2", Malformed)]);
    check("D1.-0", "", &[("D1.-0", OutOfRange)]);
    check("D1.-", "", &[("D1.-", Malformed)]);
    check("D1.+2", "", &[("D1.+2", Malformed)]);
    check("X9.x", "", &[("X9.x", Malformed)]);
    check("X9.9", "", &[("X9.9", UnknownCode)]);
    check("D1=2", "", &[("D1=2", Malformed)]);
    check("D1.2,D1.3", "D1.2", &[("D1.3", Duplicate)]);
    check("D1.2,d1.2", "D1.2", &[("d1.2", Duplicate)]);
    check(
        "D1.9,D1.2",
        "",
        &[("D1.9", OutOfRange), ("D1.2", Duplicate)],
    );
    check(
        "A1.4,Z1.1,B2.7,oops,C3.1",
        "A1.4,C3.1",
        &[
            ("Z1.1", UnknownCode),
            ("B2.7", OutOfRange),
            ("oops", Malformed),
        ],
    );
}

#[test]
fn problems_read_as_short_messages() {
    let report = report();
    let (_, problems) = Scenario::from_param(&report, "X9.7,D1.5,D1,A1.1,A1.2");
    let words: Vec<String> = problems.iter().map(Problem::to_string).collect();
    assert_eq!(
        words,
        [
            "X9.7 (no such indicator)",
            "D1.5 (scores run from 0 to 4)",
            "D1 (not an indicator and a score, such as D1.2)",
            "A1.2 (this indicator is already set earlier)",
        ]
    );
    let long = "é".repeat(40);
    let (_, problems) = Scenario::from_param(&report, &long);
    assert_eq!(
        problems[0].to_string().chars().count(),
        24 + 1 + " (not an indicator and a score, such as D1.2)".len()
    );
}

#[test]
fn addresses_round_trip() {
    let report = report();
    let mut rng = Rng::new(5);
    for _ in 0..2000 {
        let scenario = rng.scenario(&report);
        let param = scenario.to_param(&report);
        let (back, problems) = Scenario::from_param(&report, &param);
        assert_eq!(back, scenario, "via {param}");
        assert!(problems.is_empty(), "{param}: {problems:?}");
        // Canonical: formatting what was parsed gives the same text.
        assert_eq!(back.to_param(&report), param);
        // Through the app's router, as written and as `Route` re-encodes it.
        let hash = scenario.to_hash(&report);
        let route = Route::parse(&hash).expect("an app address");
        assert_eq!(Scenario::from_route(&report, &route).0, scenario, "{hash}");
        let reencoded = Route::parse(&route.to_hash()).unwrap();
        assert_eq!(Scenario::from_route(&report, &reencoded).0, scenario);
    }
}

#[test]
fn hashes_are_readable() {
    let report = report();
    let stated = Scenario::stated(&report);
    assert_eq!(stated.to_hash(&report), "#/what-if");
    let s = stated.clone().with("E2", 3).with("D1", 2);
    assert_eq!(s.to_hash(&report), "#/what-if?s=D1.2,E2.3");
    let route = Route::parse("#/what-if?s=d1.2%2Ce2.3&other=1").unwrap();
    assert_eq!(Scenario::from_route(&report, &route), (s, vec![]));
    let bare = Route::parse("#/what-if").unwrap();
    assert_eq!(Scenario::from_route(&report, &bare), (stated, vec![]));
}

#[test]
fn parsing_never_panics_and_always_gives_a_valid_scenario() {
    let report = report();
    let alphabet: Vec<char> = "AaDdGgXz019459.,,..- %+é€\u{0}\u{FFFD}😀".chars().collect();
    let mut rng = Rng::new(6);
    for _ in 0..20_000 {
        let len = rng.below(24) as usize;
        let input: String = (0..len).map(|_| *rng.pick(&alphabet)).collect();
        let (scenario, problems) = Scenario::from_param(&report, &input);
        assert!(scenario.scores().all(|(_, s)| s <= 4), "{input:?}");
        assert_eq!(scenario.scores().count(), 25);
        // Every non-empty piece is either applied or reported.
        let pieces = input.split(',').filter(|p| !p.trim().is_empty()).count();
        assert!(problems.len() <= pieces, "{input:?}");
        let _ = problems.iter().map(ToString::to_string).count();
        let _ = Route::parse(&format!("#/what-if?s={input}"))
            .map(|r| Scenario::from_route(&report, &r));
    }
}
