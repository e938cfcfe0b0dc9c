//! The smallest change: the fewest points to add to a scenario (scores only
//! go up, each to at most 4) so that its status becomes a target status or
//! a freer one.
//!
//! Only the two category totals matter, and in a minimal answer each
//! category gains either nothing or exactly the points that reach the lowest
//! total of some better band. So the search tries every pair of bands (7 × 7)
//! within each category's headroom; the tests check it against a brute force
//! over every (Political Rights, Civil Liberties) pair of additions.
//!
//! Ties (several splits with the fewest points) are all returned, ordered by
//! the freest resulting Freedom Rating, then by fewer points in Political
//! Rights; the first is the one applied. The concrete scenario gives each
//! point, one at a time, to the category's lowest-scored indicator (the
//! earliest in the report on ties): it lifts the weakest questions first.

use super::bands::{Category, FreedomRating, status_rank};
use super::scenario::{Change, INDICATOR_MAX, Scenario, category_of};
use crate::corpus::{FiwReport, FiwStatus};

/// One category's total and rating, before and after a split.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RatingMove {
    /// Which category.
    pub category: Category,
    /// The total before.
    pub total_from: i16,
    /// The total after.
    pub total_to: i16,
    /// The rating before.
    pub from: u8,
    /// The rating after.
    pub to: u8,
}

impl RatingMove {
    fn new(category: Category, total_from: i16, points: i16) -> Self {
        let total_to = total_from + points;
        Self {
            category,
            total_from,
            total_to,
            from: category.rating(total_from),
            to: category.rating(total_to),
        }
    }

    /// The points added to the category.
    pub fn points(&self) -> i16 {
        self.total_to - self.total_from
    }
}

/// One way to split the added points between the two categories.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Split {
    /// Political Rights: points added, total and rating before and after.
    pub political_rights: RatingMove,
    /// Civil Liberties: points added, total and rating before and after.
    pub civil_liberties: RatingMove,
    /// The resulting Freedom Rating.
    pub freedom_rating: FreedomRating,
    /// The resulting status.
    pub status: FiwStatus,
}

impl Split {
    fn new(totals: [i16; 2], points: [i16; 2]) -> Self {
        let pr = RatingMove::new(Category::PoliticalRights, totals[0], points[0]);
        let cl = RatingMove::new(Category::CivilLiberties, totals[1], points[1]);
        let freedom_rating = FreedomRating::from_ratings(pr.to, cl.to);
        Self {
            political_rights: pr,
            civil_liberties: cl,
            freedom_rating,
            status: freedom_rating.status(),
        }
    }

    /// The points added in all.
    pub fn points(&self) -> i16 {
        self.political_rights.points() + self.civil_liberties.points()
    }

    /// The split in words: "7 more points: 7 in Political Rights would make
    /// the Political Rights rating 5, Freedom Rating 5.0, Partly Free".
    pub fn describe(&self) -> String {
        let moves: Vec<&RatingMove> = [&self.political_rights, &self.civil_liberties]
            .into_iter()
            .filter(|m| m.points() > 0)
            .collect();
        if moves.is_empty() {
            return format!(
                "No more points needed: Freedom Rating {}, {}",
                self.freedom_rating,
                self.status.label()
            );
        }
        let total = self.points();
        let plural = if total == 1 { "point" } else { "points" };
        let parts: Vec<String> = moves
            .iter()
            .map(|m| format!("{} in {}", m.points(), m.category.label()))
            .collect();
        let ratings: Vec<String> = moves
            .iter()
            .map(|m| format!("the {} rating {}", m.category.label(), m.to))
            .collect();
        format!(
            "{total} more {plural}: {} would make {}, Freedom Rating {}, {}",
            parts.join(" and "),
            ratings.join(" and "),
            self.freedom_rating,
            self.status.label()
        )
    }
}

/// The answer to "what is the least that would make it `target`?".
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SmallestChange {
    /// The status asked for (reached when the status is it or freer).
    pub target: FiwStatus,
    /// Every split with the fewest points, the applied one first.
    pub options: Vec<Split>,
    /// The starting scenario with the first split applied.
    pub scenario: Scenario,
    /// The indicators it raises, in the report's order.
    pub raised: Vec<Change>,
}

impl SmallestChange {
    /// The fewest points that reach the target (0 if already there).
    pub fn points(&self) -> i16 {
        self.options[0].points()
    }

    /// The applied split.
    pub fn chosen(&self) -> &Split {
        &self.options[0]
    }
}

/// The fewest points to add to `from` for `target` status or a freer one;
/// `None` if even every indicator at 4 would not reach it.
pub fn smallest_change(
    report: &FiwReport,
    from: &Scenario,
    target: FiwStatus,
) -> Option<SmallestChange> {
    let options = minimal_splits(report, from, target);
    let chosen = options.first()?;
    let mut scenario = from.clone();
    for category in Category::ALL {
        let points = chosen_points(chosen, category);
        raise(report, &mut scenario, category, points);
    }
    let raised = diff(from, &scenario);
    Some(SmallestChange {
        target,
        options,
        scenario,
        raised,
    })
}

fn chosen_points(split: &Split, category: Category) -> i16 {
    match category {
        Category::PoliticalRights => split.political_rights.points(),
        Category::CivilLiberties => split.civil_liberties.points(),
    }
}

/// Every split with the fewest points that reaches `target`, in the order
/// described in the module documentation.
pub fn minimal_splits(report: &FiwReport, from: &Scenario, target: FiwStatus) -> Vec<Split> {
    let a = from.assess(report);
    let totals = [a.political_rights.score, a.civil_liberties.score];
    let headroom = from.headroom(report);
    let needs = Category::ALL.map(|c| {
        let i = c as usize;
        let current = c.rating(totals[i]);
        c.bands()
            .iter()
            .filter(|b| b.rating <= current)
            .map(|b| {
                if b.rating == current {
                    0
                } else {
                    b.min - totals[i]
                }
            })
            .filter(|&need| need <= headroom[i])
            .collect::<Vec<i16>>()
    });
    let mut splits: Vec<Split> = needs[0]
        .iter()
        .flat_map(|&p| needs[1].iter().map(move |&c| Split::new(totals, [p, c])))
        .filter(|s| status_rank(s.status) <= status_rank(target))
        .collect();
    let Some(fewest) = splits.iter().map(Split::points).min() else {
        return splits;
    };
    splits.retain(|s| s.points() == fewest);
    crate::order::sort_by_key(&mut splits, |s| {
        (s.freedom_rating, s.political_rights.points())
    });
    splits
}

/// Adds `points` to a category, one at a time, each to its lowest-scored
/// indicator below 4 (the earliest in the report on ties).
fn raise(report: &FiwReport, scenario: &mut Scenario, category: Category, points: i16) {
    let codes: Vec<&str> = report
        .categories
        .iter()
        .enumerate()
        .filter(|(i, c)| category_of(*i, c) == Some(category))
        .flat_map(|(_, c)| &c.subcategories)
        .flat_map(|s| &s.indicators)
        .map(|i| i.code.as_str())
        .collect();
    for _ in 0..points {
        let lowest = codes
            .iter()
            .filter_map(|&code| Some((scenario.score(code)?, code)))
            .filter(|&(score, _)| score < INDICATOR_MAX)
            .min_by_key(|&(score, _)| score);
        match lowest {
            Some((score, code)) => {
                scenario.set(code, score + 1);
            }
            None => return,
        }
    }
}

fn diff(before: &Scenario, after: &Scenario) -> Vec<Change> {
    before
        .scores()
        .zip(after.scores())
        .filter(|((_, from), (_, to))| from != to)
        .map(|((code, from), (_, to))| Change {
            code: code.clone(),
            from,
            to,
        })
        .collect()
}
