//! The smallest change on the committed corpus: Kazakhstan's answers, and
//! random scenarios checked against a brute force over every split of added
//! points between Political Rights and Civil Liberties.

use crate::support;

use explainer_core::corpus::{FiwReport, FiwStatus};
use explainer_core::method::{
    Category, INDICATOR_MAX, Scenario, Split, minimal_splits, smallest_change,
};
use support::{Rng, report, status_by_average};

const CASES: u64 = 1000;

/// Every (PR, CL) addition within headroom that reaches `target`, keeping
/// those with the fewest points.
fn brute_force(report: &FiwReport, from: &Scenario, target: FiwStatus) -> Vec<(i16, i16)> {
    let a = from.assess(report);
    let [hp, hc] = from.headroom(report);
    let rank = |s: FiwStatus| s as u8;
    let mut best: Vec<(i16, i16)> = Vec::new();
    for p in 0..=hp {
        for c in 0..=hc {
            let pr = Category::PoliticalRights.rating(a.political_rights.score + p);
            let cl = Category::CivilLiberties.rating(a.civil_liberties.score + c);
            if rank(status_by_average(pr, cl)) > rank(target) {
                continue;
            }
            match best.first() {
                Some(&(bp, bc)) if bp + bc < p + c => {}
                Some(&(bp, bc)) if bp + bc == p + c => best.push((p, c)),
                _ => best = vec![(p, c)],
            }
        }
    }
    best.sort_unstable();
    best
}

fn points(split: &Split) -> (i16, i16) {
    (
        split.political_rights.points(),
        split.civil_liberties.points(),
    )
}

#[test]
fn kazakhstan_smallest_change_to_partly_free() {
    let report = report();
    let from = Scenario::stated(&report);
    let change = smallest_change(&report, &from, FiwStatus::PartlyFree).unwrap();
    assert_eq!(change.points(), 7);
    assert_eq!(change.options.len(), 1);
    let split = change.chosen();
    assert_eq!(points(split), (7, 0));
    assert_eq!(
        (split.political_rights.from, split.political_rights.to),
        (7, 5)
    );
    assert_eq!(
        (split.civil_liberties.from, split.civil_liberties.to),
        (5, 5)
    );
    assert_eq!(split.freedom_rating.to_string(), "5.0");
    assert_eq!(
        split.describe(),
        "7 more points: 7 in Political Rights would make the Political Rights rating 5, \
         Freedom Rating 5.0, Partly Free"
    );
    let raised: Vec<(&str, u8, u8)> = change
        .raised
        .iter()
        .map(|c| (c.code.as_str(), c.from, c.to))
        .collect();
    assert_eq!(
        raised,
        [
            ("A1", 0, 2),
            ("A2", 0, 2),
            ("B2", 0, 1),
            ("C1", 0, 1),
            ("C3", 0, 1)
        ]
    );
    assert_eq!(
        change.scenario.assess(&report).status,
        FiwStatus::PartlyFree
    );
    assert_eq!(
        change.scenario.to_param(&report),
        "A1.2,A2.2,B2.1,C1.1,C3.1"
    );
}

#[test]
fn kazakhstan_smallest_change_to_free() {
    let report = report();
    let from = Scenario::stated(&report);
    let change = smallest_change(&report, &from, FiwStatus::Free).unwrap();
    assert_eq!(change.points(), 40);
    let splits: Vec<(i16, i16)> = change.options.iter().map(points).collect();
    assert_eq!(splits, [(31, 9)]);
    assert_eq!(
        change.chosen().describe(),
        "40 more points: 31 in Political Rights and 9 in Civil Liberties would make \
         the Political Rights rating 1 and the Civil Liberties rating 4, \
         Freedom Rating 2.5, Free"
    );
    let a = change.scenario.assess(&report);
    assert_eq!(
        (a.political_rights.score, a.civil_liberties.score),
        (36, 26)
    );
    assert_eq!(a.status, FiwStatus::Free);
    assert_eq!(brute_force(&report, &from, FiwStatus::Free), [(31, 9)]);
}

#[test]
fn a_status_already_reached_needs_nothing() {
    let report = report();
    let from = Scenario::stated(&report);
    let change = smallest_change(&report, &from, FiwStatus::NotFree).unwrap();
    assert_eq!(change.points(), 0);
    assert!(change.raised.is_empty());
    assert_eq!(change.scenario, from);
    assert_eq!(
        change.chosen().describe(),
        "No more points needed: Freedom Rating 6.0, Not Free"
    );
    let free = smallest_change(&report, &change.scenario, FiwStatus::Free).unwrap();
    let again = smallest_change(&report, &free.scenario, FiwStatus::PartlyFree).unwrap();
    assert_eq!(again.points(), 0, "Free is at least Partly Free");
}

#[test]
fn smallest_change_matches_brute_force() {
    let report = report();
    let mut rng = Rng::new(3);
    let mut ties = 0;
    for case in 0..CASES {
        let from = if case == 0 {
            Scenario::stated(&report)
        } else {
            rng.scenario(&report)
        };
        for target in [FiwStatus::Free, FiwStatus::PartlyFree, FiwStatus::NotFree] {
            let expected = brute_force(&report, &from, target);
            let mut found: Vec<(i16, i16)> = minimal_splits(&report, &from, target)
                .iter()
                .map(points)
                .collect();
            found.sort_unstable();
            assert_eq!(
                found,
                expected,
                "{target:?} from {}",
                from.to_param(&report)
            );
            ties += usize::from(found.len() > 1);
            check_applied(&report, &from, target);
        }
    }
    assert!(ties > 10, "the cases should include ties, found {ties}");
}

fn check_applied(report: &FiwReport, from: &Scenario, target: FiwStatus) {
    let change = smallest_change(report, from, target).expect("always reachable");
    let (before, after) = (from.assess(report), change.scenario.assess(report));
    let split = change.chosen();
    assert_eq!(
        after.political_rights.score - before.political_rights.score,
        split.political_rights.points()
    );
    assert_eq!(
        after.civil_liberties.score - before.civil_liberties.score,
        split.civil_liberties.points()
    );
    assert_eq!(after.status, split.status);
    assert_eq!(after.freedom_rating, split.freedom_rating);
    assert!(after.status as u8 <= target as u8);
    let raised: i16 = change
        .raised
        .iter()
        .map(|c| {
            assert!(c.from < c.to && c.to <= INDICATOR_MAX, "{c:?}");
            i16::from(c.to - c.from)
        })
        .sum();
    assert_eq!(raised, change.points());
    // Ties come freest first, then with fewer Political Rights points.
    let keys: Vec<_> = change
        .options
        .iter()
        .map(|s| (s.freedom_rating, s.political_rights.points()))
        .collect();
    assert!(keys.windows(2).all(|w| w[0] < w[1]), "{keys:?}");
}

#[test]
fn points_go_to_the_lowest_scores_first() {
    let report = report();
    let mut rng = Rng::new(4);
    for _ in 0..CASES {
        let from = rng.scenario(&report);
        let change = smallest_change(&report, &from, FiwStatus::Free).unwrap();
        // Within a category, a raised indicator never ends more than one
        // point above any indicator of that category left below 4.
        for category in Category::ALL {
            let scores: Vec<(u8, bool)> = report
                .indicators()
                .filter(|(c, _, _)| Category::from_id(&c.id) == Some(category))
                .map(|(_, _, i)| {
                    let code = i.code.as_str();
                    let to = change.scenario.score(code).unwrap();
                    (to, to != from.score(code).unwrap())
                })
                .collect();
            let lowest_left = scores.iter().map(|&(s, _)| s).min().unwrap();
            for &(to, raised) in &scores {
                assert!(!raised || to <= lowest_left + 1, "{category:?} {scores:?}");
            }
        }
    }
}
