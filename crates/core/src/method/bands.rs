//! The conversion tables of Freedom House, *Freedom in the World 2019
//! Methodology* ("Scores to ratings", Tables 1 and 2, and "Status"), as data.
//!
//! Every total maps to exactly one rating: a total above a table's highest
//! band takes rating 1, one below its lowest band takes rating 7 (the
//! methodology says so for Political Rights, whose total can fall below 0
//! through the discretionary "Add Q"; Civil Liberties cannot, and is treated
//! alike so that the lookup is total). The Freedom Rating is held exactly, in
//! half-points, never as a float.

use crate::corpus::FiwStatus;
use std::fmt;

/// One row of a conversion table: totals `min..=max` give `rating`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Band {
    /// The rating, 1 (most free) to 7 (least free).
    pub rating: u8,
    /// The lowest total in the band.
    pub min: i16,
    /// The highest total in the band.
    pub max: i16,
}

const fn band(rating: u8, min: i16, max: i16) -> Band {
    Band { rating, min, max }
}

/// Political Rights total (0–40) to rating, best band first.
///
/// Source: Freedom House, Freedom in the World 2019 Methodology, Table 1.
/// Totals below 0 (possible only through "Add Q") also give 7.
pub const POLITICAL_RIGHTS_BANDS: [Band; 7] = [
    band(1, 36, 40),
    band(2, 30, 35),
    band(3, 24, 29),
    band(4, 18, 23),
    band(5, 12, 17),
    band(6, 6, 11),
    band(7, 0, 5),
];

/// Civil Liberties total (0–60) to rating, best band first.
///
/// Source: Freedom House, Freedom in the World 2019 Methodology, Table 2.
pub const CIVIL_LIBERTIES_BANDS: [Band; 7] = [
    band(1, 53, 60),
    band(2, 44, 52),
    band(3, 35, 43),
    band(4, 26, 34),
    band(5, 17, 25),
    band(6, 8, 16),
    band(7, 0, 7),
];

/// The two categories of indicators.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Category {
    /// Political Rights (subcategories A–C, 0–40 points).
    PoliticalRights,
    /// Civil Liberties (subcategories D–G, 0–60 points).
    CivilLiberties,
}

impl Category {
    /// Both categories, in the report's order.
    pub const ALL: [Category; 2] = [Category::PoliticalRights, Category::CivilLiberties];

    /// The corpus id: `political-rights` or `civil-liberties`.
    pub fn id(self) -> &'static str {
        match self {
            Self::PoliticalRights => "political-rights",
            Self::CivilLiberties => "civil-liberties",
        }
    }

    /// The category for a corpus id.
    pub fn from_id(id: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|c| c.id() == id)
    }

    /// "Political Rights" or "Civil Liberties".
    pub fn label(self) -> &'static str {
        match self {
            Self::PoliticalRights => "Political Rights",
            Self::CivilLiberties => "Civil Liberties",
        }
    }

    /// The conversion table, best band (rating 1) first.
    pub fn bands(self) -> &'static [Band; 7] {
        match self {
            Self::PoliticalRights => &POLITICAL_RIGHTS_BANDS,
            Self::CivilLiberties => &CIVIL_LIBERTIES_BANDS,
        }
    }

    /// The rating (1–7) for a total.
    pub fn rating(self, total: i16) -> u8 {
        self.position(total).band.rating
    }

    /// Where a total sits in the table: its band and how far from each edge.
    pub fn position(self, total: i16) -> BandPosition {
        let bands = self.bands();
        let index = bands
            .iter()
            .position(|b| total >= b.min)
            .unwrap_or(bands.len() - 1);
        BandPosition {
            category: self,
            total,
            band: bands[index],
            better: index.checked_sub(1).map(|i| bands[i]),
            worse: bands.get(index + 1).copied(),
        }
    }
}

/// A total's place in its conversion table.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct BandPosition {
    /// Whose table.
    pub category: Category,
    /// The total.
    pub total: i16,
    /// The band the total falls in.
    pub band: Band,
    /// The next better band (rating one lower), if any.
    pub better: Option<Band>,
    /// The next worse band (rating one higher), if any.
    pub worse: Option<Band>,
}

impl BandPosition {
    /// How many more points would reach the better band (1 on the upper
    /// edge); `None` in the best band.
    pub fn points_to_better(&self) -> Option<i16> {
        self.better.map(|b| b.min.saturating_sub(self.total))
    }

    /// How many fewer points would drop to the worse band (1 on the lower
    /// edge: "one point less would make it 6"); `None` in the worst band.
    pub fn points_to_worse(&self) -> Option<i16> {
        self.worse.map(|b| self.total.saturating_sub(b.max))
    }

    /// One point more would improve the rating.
    pub fn on_upper_edge(&self) -> bool {
        self.points_to_better() == Some(1)
    }

    /// One point less would worsen the rating.
    pub fn on_lower_edge(&self) -> bool {
        self.points_to_worse() == Some(1)
    }

    /// A note for a total on a band's edge: "one point less would make it
    /// 6", "one point more would make it 6"; `None` inside a band.
    pub fn edge_note(&self) -> Option<String> {
        let notes: Vec<String> = [
            (self.on_lower_edge(), "less", self.worse),
            (self.on_upper_edge(), "more", self.better),
        ]
        .into_iter()
        .filter_map(|(edge, word, band)| {
            let band = band.filter(|_| edge)?;
            Some(format!("one point {word} would make it {}", band.rating))
        })
        .collect();
        (!notes.is_empty()).then(|| notes.join("; "))
    }
}

/// The Freedom Rating: the average of the two ratings, 1.0–7.0 in steps of
/// 0.5, held exactly as the sum of the two ratings (its number of
/// half-points).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct FreedomRating(u8);

impl FreedomRating {
    /// The average of a Political Rights and a Civil Liberties rating.
    pub fn from_ratings(political_rights: u8, civil_liberties: u8) -> Self {
        Self(political_rights + civil_liberties)
    }

    /// The rating with this many half-points (2 = 1.0 … 14 = 7.0), for
    /// the tests that walk every rating.
    #[cfg(test)]
    pub(crate) fn from_half_points(half_points: u8) -> Option<Self> {
        (2..=14).contains(&half_points).then_some(Self(half_points))
    }

    /// Twice the rating: 12 for 6.0, 11 for 5.5.
    pub fn half_points(self) -> u8 {
        self.0
    }

    /// The status the rating gives.
    pub fn status(self) -> FiwStatus {
        STATUS_BANDS
            .iter()
            .find(|b| self >= b.min && self <= b.max)
            .map_or(FiwStatus::NotFree, |b| b.status)
    }
}

impl fmt::Display for FreedomRating {
    /// `6.0`, `5.5`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let half = if self.0 % 2 == 1 { 5 } else { 0 };
        write!(f, "{}.{half}", self.0 / 2)
    }
}

/// One row of the status table: Freedom Ratings `min..=max` give `status`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct StatusBand {
    /// The status.
    pub status: FiwStatus,
    /// The best (lowest) Freedom Rating with this status.
    pub min: FreedomRating,
    /// The worst (highest) Freedom Rating with this status.
    pub max: FreedomRating,
}

/// Freedom Rating to status, freest first: 1.0–2.5 Free, 3.0–5.0 Partly
/// Free, 5.5–7.0 Not Free.
///
/// Source: Freedom House, Freedom in the World 2019 Methodology, "Status".
pub const STATUS_BANDS: [StatusBand; 3] = [
    StatusBand {
        status: FiwStatus::Free,
        min: FreedomRating(2),
        max: FreedomRating(5),
    },
    StatusBand {
        status: FiwStatus::PartlyFree,
        min: FreedomRating(6),
        max: FreedomRating(10),
    },
    StatusBand {
        status: FiwStatus::NotFree,
        min: FreedomRating(11),
        max: FreedomRating(14),
    },
];

/// How free a status is: 0 for Free, 1 for Partly Free, 2 for Not Free.
pub fn status_rank(status: FiwStatus) -> u8 {
    match status {
        FiwStatus::Free => 0,
        FiwStatus::PartlyFree => 1,
        FiwStatus::NotFree => 2,
    }
}
