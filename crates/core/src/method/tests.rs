//! The tables, edge by edge: every band boundary of both categories, the
//! status boundaries, and the tables' shape (contiguous, complete, ordered).

use super::*;
use crate::corpus::FiwStatus;

fn check_rating(category: Category, total: i16, expected: u8) {
    assert_eq!(category.rating(total), expected, "{category:?} {total}");
}

#[test]
fn political_rights_band_edges() {
    use Category::PoliticalRights as PR;
    for (total, rating) in [
        (-4, 7),
        (-1, 7),
        (0, 7),
        (5, 7),
        (6, 6),
        (11, 6),
        (12, 5),
        (17, 5),
        (18, 4),
        (23, 4),
        (24, 3),
        (29, 3),
        (30, 2),
        (35, 2),
        (36, 1),
        (40, 1),
    ] {
        check_rating(PR, total, rating);
    }
}

#[test]
fn civil_liberties_band_edges() {
    use Category::CivilLiberties as CL;
    for (total, rating) in [
        (0, 7),
        (7, 7),
        (8, 6),
        (16, 6),
        (17, 5),
        (25, 5),
        (26, 4),
        (34, 4),
        (35, 3),
        (43, 3),
        (44, 2),
        (52, 2),
        (53, 1),
        (60, 1),
    ] {
        check_rating(CL, total, rating);
    }
}

#[test]
fn out_of_table_totals_take_the_end_ratings() {
    check_rating(Category::PoliticalRights, -100, 7);
    check_rating(Category::PoliticalRights, 41, 1);
    check_rating(Category::CivilLiberties, -1, 7);
    check_rating(Category::CivilLiberties, 61, 1);
    check_rating(Category::CivilLiberties, i16::MIN, 7);
    check_rating(Category::CivilLiberties, i16::MAX, 1);
}

#[test]
fn tables_are_contiguous_ordered_and_complete() {
    for (category, top) in [
        (Category::PoliticalRights, 40),
        (Category::CivilLiberties, 60),
    ] {
        let bands = category.bands();
        assert_eq!(bands[0].max, top, "{category:?}");
        assert_eq!(bands[6].min, 0, "{category:?}");
        for (i, b) in bands.iter().enumerate() {
            assert_eq!(usize::from(b.rating), i + 1, "{category:?}");
            assert!(b.min <= b.max, "{b:?}");
            if let Some(next) = bands.get(i + 1) {
                assert_eq!(next.max + 1, b.min, "{category:?} gap after {b:?}");
            }
        }
        // Every total is in exactly the band the lookup names.
        for total in 0..=top {
            let inside: Vec<u8> = bands
                .iter()
                .filter(|b| (b.min..=b.max).contains(&total))
                .map(|b| b.rating)
                .collect();
            assert_eq!(inside, [category.rating(total)], "{category:?} {total}");
        }
    }
}

fn check_status(pr: u8, cl: u8, shown: &str, status: FiwStatus) {
    let fr = FreedomRating::from_ratings(pr, cl);
    assert_eq!(fr.to_string(), shown, "{pr} {cl}");
    assert_eq!(fr.status(), status, "{pr} {cl}");
}

#[test]
fn status_edges() {
    check_status(1, 1, "1.0", FiwStatus::Free);
    check_status(2, 3, "2.5", FiwStatus::Free);
    check_status(3, 3, "3.0", FiwStatus::PartlyFree);
    check_status(2, 4, "3.0", FiwStatus::PartlyFree);
    check_status(5, 5, "5.0", FiwStatus::PartlyFree);
    check_status(4, 6, "5.0", FiwStatus::PartlyFree);
    check_status(5, 6, "5.5", FiwStatus::NotFree);
    check_status(7, 5, "6.0", FiwStatus::NotFree);
    check_status(7, 7, "7.0", FiwStatus::NotFree);
}

#[test]
fn status_table_covers_every_freedom_rating_once() {
    for h in 2..=14 {
        let fr = FreedomRating::from_half_points(h).unwrap();
        let n = STATUS_BANDS
            .iter()
            .filter(|b| b.min <= fr && fr <= b.max)
            .count();
        assert_eq!(n, 1, "{fr}");
    }
    assert_eq!(FreedomRating::from_half_points(1), None);
    assert_eq!(FreedomRating::from_half_points(15), None);
    assert_eq!(
        FreedomRating::from_half_points(11).unwrap().to_string(),
        "5.5"
    );
}

#[test]
fn band_positions_say_how_far_each_edge_is() {
    // Kazakhstan's Civil Liberties: the lowest total of band 5.
    let cl = Category::CivilLiberties.position(17);
    assert_eq!((cl.band.rating, cl.band.min, cl.band.max), (5, 17, 25));
    assert_eq!(cl.points_to_worse(), Some(1));
    assert_eq!(cl.points_to_better(), Some(9));
    assert!(cl.on_lower_edge() && !cl.on_upper_edge());
    // Kazakhstan's Political Rights: the top of band 7.
    let pr = Category::PoliticalRights.position(5);
    assert_eq!(pr.band.rating, 7);
    assert_eq!(pr.points_to_better(), Some(1));
    assert_eq!(pr.points_to_worse(), None);
    assert!(pr.on_upper_edge() && !pr.on_lower_edge());
    // The ends of the table.
    let best = Category::PoliticalRights.position(40);
    assert_eq!((best.better, best.points_to_worse()), (None, Some(5)));
    let below = Category::PoliticalRights.position(-3);
    assert_eq!((below.band.rating, below.points_to_better()), (7, Some(9)));
    let far = Category::CivilLiberties.position(i16::MIN);
    assert_eq!(far.points_to_better(), Some(i16::MAX));
    let middle = Category::CivilLiberties.position(30);
    assert!(!middle.on_lower_edge() && !middle.on_upper_edge());
    assert_eq!(middle.edge_note(), None);
    assert_eq!(
        cl.edge_note().as_deref(),
        Some("one point less would make it 6")
    );
    assert_eq!(
        pr.edge_note().as_deref(),
        Some("one point more would make it 6")
    );
}

#[test]
fn categories_have_ids_and_labels() {
    for c in Category::ALL {
        assert_eq!(Category::from_id(c.id()), Some(c));
    }
    assert_eq!(Category::from_id("other"), None);
    assert_eq!(Category::CivilLiberties.label(), "Civil Liberties");
    assert_eq!(status_rank(FiwStatus::Free), 0);
    assert_eq!(status_rank(FiwStatus::NotFree), 2);
}
