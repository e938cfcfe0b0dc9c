//! The result of a what-if scenario in words, as the view and the widget
//! both say it, on Kazakhstan's real scores.

use explainer_core::method::{Category, Scenario, sentences};

use crate::support::report;

#[test]
fn the_status_line_opens_with_the_total_and_the_freedom_rating() {
    let report = report();
    let a = Scenario::stated(&report).assess(&report);
    assert_eq!(
        sentences::status_lead(&a),
        "22 of 100, Freedom Rating 6.0: "
    );
}

#[test]
fn a_category_line_gives_the_edge_note_only_when_asked() {
    let report = report();
    let a = Scenario::stated(&report).assess(&report);
    let check =
        |c, edge, expected: &str| assert_eq!(sentences::category_line(&a, c, edge), expected);
    check(
        Category::CivilLiberties,
        true,
        "Civil Liberties: 17 of 60, rating 5. On the band's edge: one point less would make it 6.",
    );
    check(
        Category::CivilLiberties,
        false,
        "Civil Liberties: 17 of 60, rating 5.",
    );
    check(
        Category::PoliticalRights,
        true,
        "Political Rights: 5 of 40, rating 7. On the band's edge: one point more would make it 6.",
    );
    check(
        Category::PoliticalRights,
        false,
        "Political Rights: 5 of 40, rating 7.",
    );
}

#[test]
fn the_stated_line_ends_as_the_caller_says() {
    let report = report();
    let a = Scenario::stated(&report).assess(&report);
    assert_eq!(
        sentences::stated_line(&a, "."),
        "Freedom House's scores: 22 of 100, Not Free. By its methodology, that is a Freedom Rating of 6.0."
    );
    assert!(sentences::stated_line(&a, "; and so on.").ends_with("Rating of 6.0; and so on."));
}

#[test]
fn the_changes_line_lists_each_change_or_says_there_is_none() {
    let report = report();
    let stated = Scenario::stated(&report);
    assert_eq!(
        sentences::changes_line(&stated.changes(&report)),
        "No score changed: these are Freedom House's own scores."
    );
    let a1 = stated.score("A1").expect("A1 is scored");
    let b2 = stated.score("B2").expect("B2 is scored");
    let changed = stated.with("A1", (a1 + 1) % 5).with("B2", (b2 + 2) % 5);
    assert_eq!(
        sentences::changes_line(&changed.changes(&report)),
        format!(
            "Scores changed: A1 from {a1} to {}, B2 from {b2} to {}.",
            (a1 + 1) % 5,
            (b2 + 2) % 5
        )
    );
}
