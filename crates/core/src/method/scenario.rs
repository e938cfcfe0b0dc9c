//! A scenario (one score 0–4 for each indicator, in the report's order) and
//! its assessment: subcategory and category totals, ratings, Freedom Rating
//! and status.
//!
//! Which indicator belongs to which subcategory and category comes from the
//! [`FiwReport`], never from code, so another country's report works
//! unchanged. The discretionary "Add Q" (which can only subtract from
//! Political Rights) is not modelled: it is 0, as in Kazakhstan 2019; the
//! band lookup already accepts totals below 0 should it ever be.

use super::bands::{BandPosition, Category, FreedomRating};
use crate::corpus::{FiwCategory, FiwReport, FiwStatus, IndicatorCode};

/// The highest score of one indicator.
pub const INDICATOR_MAX: u8 = 4;

/// A score for each indicator of a report, in the report's order.
///
/// A scenario belongs to the report it was made from; every score is within
/// 0–[`INDICATOR_MAX`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Scenario {
    scores: Vec<(IndicatorCode, u8)>,
}

/// One indicator's score moving: from the report's score to a scenario's,
/// or from a scenario's to the smallest change's.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Change {
    /// The indicator.
    pub code: IndicatorCode,
    /// The score before.
    pub from: u8,
    /// The score after.
    pub to: u8,
}

impl Scenario {
    /// The report's own scores (clamped to 0–4, which a valid corpus never
    /// needs).
    pub fn stated(report: &FiwReport) -> Self {
        let scores = report
            .indicators()
            .map(|(_, _, i)| (i.code.clone(), clamp_score(i.score)))
            .collect();
        Self { scores }
    }

    /// The score of an indicator (code as in the corpus, `D1`).
    pub fn score(&self, code: &str) -> Option<u8> {
        self.scores
            .iter()
            .find(|(c, _)| c.as_str() == code)
            .map(|&(_, s)| s)
    }

    /// Every indicator and its score, in the report's order.
    pub fn scores(&self) -> impl Iterator<Item = (&IndicatorCode, u8)> {
        self.scores.iter().map(|(c, s)| (c, *s))
    }

    /// Sets one score. Returns `false`, changing nothing, for an unknown
    /// code or a score above 4.
    pub fn set(&mut self, code: &str, score: u8) -> bool {
        if score > INDICATOR_MAX {
            return false;
        }
        match self.scores.iter_mut().find(|(c, _)| c.as_str() == code) {
            Some(slot) => {
                slot.1 = score;
                true
            }
            None => false,
        }
    }

    /// This scenario with one score set (unchanged if [`Self::set`] refuses).
    #[must_use]
    pub fn with(mut self, code: &str, score: u8) -> Self {
        self.set(code, score);
        self
    }

    /// The indicators whose score differs from the report's, in order.
    pub fn changes(&self, report: &FiwReport) -> Vec<Change> {
        report
            .indicators()
            .filter_map(|(_, _, i)| {
                let from = clamp_score(i.score);
                let to = self.score(i.code.as_str())?;
                (to != from).then(|| Change {
                    code: i.code.clone(),
                    from,
                    to,
                })
            })
            .collect()
    }

    /// Totals, ratings and status under this scenario. An indicator of the
    /// report that the scenario lacks counts with the report's score.
    pub fn assess(&self, report: &FiwReport) -> Assessment {
        let mut subcategories = Vec::new();
        let mut totals = [(0i16, 0i16); 2];
        for (index, c) in report.categories.iter().enumerate() {
            let Some(category) = category_of(index, c) else {
                continue;
            };
            for s in &c.subcategories {
                let mut sub = SubcategoryTotal {
                    letter: s.letter.clone(),
                    category,
                    score: 0,
                    max: 0,
                };
                for i in &s.indicators {
                    let score = self.score(i.code.as_str()).unwrap_or(clamp_score(i.score));
                    sub.score += i16::from(score);
                    sub.max += i16::from(INDICATOR_MAX);
                }
                let slot = &mut totals[category as usize];
                slot.0 += sub.score;
                slot.1 += sub.max;
                subcategories.push(sub);
            }
        }
        let [pr, cl] = Category::ALL.map(|category| {
            let (score, max) = totals[category as usize];
            CategoryTotal {
                category,
                score,
                max,
                rating: category.rating(score),
            }
        });
        let freedom_rating = FreedomRating::from_ratings(pr.rating, cl.rating);
        Assessment {
            subcategories,
            total: pr.score + cl.score,
            max: pr.max + cl.max,
            political_rights: pr,
            civil_liberties: cl,
            freedom_rating,
            status: freedom_rating.status(),
        }
    }

    /// How many points each category can still gain (every indicator up to
    /// 4), Political Rights first.
    pub fn headroom(&self, report: &FiwReport) -> [i16; 2] {
        let a = self.assess(report);
        [
            a.political_rights.max - a.political_rights.score,
            a.civil_liberties.max - a.civil_liberties.score,
        ]
    }
}

/// The category of the `index`-th category of a report: by its id, else by
/// position (the corpus lists Political Rights, then Civil Liberties).
pub(crate) fn category_of(index: usize, c: &FiwCategory) -> Option<Category> {
    Category::from_id(&c.id).or_else(|| Category::ALL.get(index).copied())
}

pub(crate) fn clamp_score(score: i16) -> u8 {
    // In range after the clamp, so the conversion cannot fail.
    u8::try_from(score.clamp(0, i16::from(INDICATOR_MAX))).unwrap_or(0)
}

/// A subcategory's total under a scenario.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SubcategoryTotal {
    /// The letter, `A` … `G`.
    pub letter: String,
    /// The category it belongs to.
    pub category: Category,
    /// The sum of its indicators' scores.
    pub score: i16,
    /// 4 per indicator.
    pub max: i16,
}

/// A category's total and rating under a scenario.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CategoryTotal {
    /// Which category.
    pub category: Category,
    /// The sum of its indicators' scores.
    pub score: i16,
    /// 4 per indicator (40 and 60).
    pub max: i16,
    /// The rating 1–7 from the methodology's table.
    pub rating: u8,
}

impl CategoryTotal {
    /// The total's band and its distance from each edge.
    pub fn position(&self) -> BandPosition {
        self.category.position(self.score)
    }
}

/// Everything the method derives from a scenario.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Assessment {
    /// Subcategory totals, in the report's order.
    pub subcategories: Vec<SubcategoryTotal>,
    /// Political Rights total and rating.
    pub political_rights: CategoryTotal,
    /// Civil Liberties total and rating.
    pub civil_liberties: CategoryTotal,
    /// The sum of both categories (0–100).
    pub total: i16,
    /// The highest possible total (100).
    pub max: i16,
    /// The average of the two ratings.
    pub freedom_rating: FreedomRating,
    /// The status the Freedom Rating gives.
    pub status: FiwStatus,
}

impl Assessment {
    /// One category's total and rating.
    pub fn category(&self, category: Category) -> &CategoryTotal {
        match category {
            Category::PoliticalRights => &self.political_rights,
            Category::CivilLiberties => &self.civil_liberties,
        }
    }

    /// A subcategory's total, by letter.
    pub fn subcategory(&self, letter: &str) -> Option<&SubcategoryTotal> {
        self.subcategories.iter().find(|s| s.letter == letter)
    }
}
