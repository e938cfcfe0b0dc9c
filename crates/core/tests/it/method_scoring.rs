//! The method on the committed corpus: Kazakhstan's real numbers, and
//! totals, ratings and status for random scenarios.

use crate::support;

use explainer_core::corpus::FiwStatus;
use explainer_core::method::{Category, Change, INDICATOR_MAX, Scenario};
use support::{Rng, report, status_by_average};

const CASES: u64 = 3000;

#[test]
fn kazakhstan_2019_as_the_method_computes_it() {
    let report = report();
    let a = Scenario::stated(&report).assess(&report);
    assert_eq!(
        (a.political_rights.score, a.political_rights.rating),
        (5, 7)
    );
    assert_eq!((a.civil_liberties.score, a.civil_liberties.rating), (17, 5));
    assert_eq!((a.total, a.max), (22, 100));
    assert_eq!(a.freedom_rating.to_string(), "6.0");
    assert_eq!(a.status, FiwStatus::NotFree);
    assert_eq!(a.status, report.status);
    assert!(a.civil_liberties.position().on_lower_edge());
}

#[test]
fn totals_equal_the_reports_stated_totals() {
    let report = report();
    let a = Scenario::stated(&report).assess(&report);
    assert_eq!((a.total, a.max), (report.score, report.max));
    let stated: Vec<(&str, i16, i16)> = report
        .categories
        .iter()
        .flat_map(|c| &c.subcategories)
        .map(|s| (s.letter.as_str(), s.score, s.max))
        .collect();
    let computed: Vec<(&str, i16, i16)> = a
        .subcategories
        .iter()
        .map(|s| (s.letter.as_str(), s.score, s.max))
        .collect();
    assert_eq!(computed, stated);
    for (c, category) in report.categories.iter().zip(Category::ALL) {
        let t = a.category(category);
        assert_eq!((t.score, t.max), (c.score, c.max), "{}", c.id);
        assert_eq!(Category::from_id(&c.id), Some(category));
    }
    assert_eq!(a.subcategory("G").map(|s| s.score), Some(8));
    assert_eq!(a.subcategory("Z"), None);
}

#[test]
fn for_any_scores_totals_are_sums_and_status_follows_the_bands() {
    let report = report();
    let mut rng = Rng::new(1);
    for _ in 0..CASES {
        let s = rng.scenario(&report);
        let a = s.assess(&report);
        let mut sums = [0i16; 2];
        for (sub, (c, sc)) in a.subcategories.iter().zip(
            report
                .categories
                .iter()
                .flat_map(|c| c.subcategories.iter().map(move |sc| (c, sc))),
        ) {
            let sum: i16 = sc
                .indicators
                .iter()
                .map(|i| i16::from(s.score(i.code.as_str()).unwrap()))
                .sum();
            assert_eq!((sub.letter.as_str(), sub.score), (sc.letter.as_str(), sum));
            sums[usize::from(c.id == "civil-liberties")] += sum;
        }
        assert_eq!(a.political_rights.score, sums[0]);
        assert_eq!(a.civil_liberties.score, sums[1]);
        assert_eq!(a.total, sums[0] + sums[1]);
        for t in [a.political_rights, a.civil_liberties] {
            let band = t.category.bands().iter().find(|b| b.rating == t.rating);
            let band = band.expect("a rating from the table");
            assert!((band.min..=band.max).contains(&t.score), "{t:?}");
        }
        let (pr, cl) = (a.political_rights.rating, a.civil_liberties.rating);
        assert_eq!(a.freedom_rating.half_points(), pr + cl);
        assert_eq!(a.status, status_by_average(pr, cl), "{pr} {cl}");
    }
}

#[test]
fn raising_a_score_never_makes_anything_worse() {
    let report = report();
    let mut rng = Rng::new(2);
    let codes: Vec<String> = report
        .indicators()
        .map(|(_, _, i)| i.code.to_string())
        .collect();
    for _ in 0..CASES {
        let s = rng.scenario(&report);
        let code = rng.pick(&codes);
        let score = s.score(code).unwrap();
        if score == INDICATOR_MAX {
            continue;
        }
        let (before, after) = (s.assess(&report), s.with(code, score + 1).assess(&report));
        assert_eq!(after.total, before.total + 1);
        assert!(after.freedom_rating <= before.freedom_rating);
        assert!(
            before.freedom_rating.half_points() - after.freedom_rating.half_points() <= 1,
            "one point moves the Freedom Rating by at most half a step"
        );
    }
}

#[test]
fn scenarios_refuse_bad_scores_and_codes() {
    let report = report();
    let mut s = Scenario::stated(&report);
    assert!(!s.set("D1", 5));
    assert!(!s.set("X9", 1));
    assert!(
        !s.set("d1", 1),
        "codes are exact here; the address upper-cases"
    );
    assert_eq!(s, Scenario::stated(&report));
    assert!(s.set("D1", 3));
    assert_eq!(
        s.changes(&report),
        [Change {
            code: "D1".into(),
            from: 0,
            to: 3
        }]
    );
    assert_eq!(s.headroom(&report), [35, 40]);
    assert_eq!(Scenario::stated(&report).headroom(&report), [35, 43]);
    assert_eq!(s.scores().count(), 25);
}
