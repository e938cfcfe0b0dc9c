//! Freedom in the World: the status, the two category totals, the
//! subcategories and the indicators, each pointing at the paragraphs that
//! state and explain them.
//!
//! The numbers are those the report states. [`super::validate()`] checks that
//! indicators add up to their subcategory, subcategories to their category
//! and categories to the total.

use super::document::TextRef;
use super::ids::{Anchor, DocId, IndicatorCode};
use serde::{Deserialize, Serialize};

/// A Freedom in the World status.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum FiwStatus {
    /// Free.
    Free,
    /// Partly Free.
    PartlyFree,
    /// Not Free.
    NotFree,
}

impl FiwStatus {
    /// The status as the reports write it.
    pub fn label(self) -> &'static str {
        match self {
            Self::Free => "Free",
            Self::PartlyFree => "Partly Free",
            Self::NotFree => "Not Free",
        }
    }

    /// The status written as in a report (`Not Free`), if it is one.
    pub fn from_label(s: &str) -> Option<Self> {
        [Self::Free, Self::PartlyFree, Self::NotFree]
            .into_iter()
            .find(|st| st.label() == s.trim())
    }
}

/// One country's Freedom in the World report.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct FiwReport {
    /// The document the figures come from.
    pub doc: DocId,
    /// The status.
    pub status: FiwStatus,
    /// The paragraph that states the status.
    pub status_anchor: Anchor,
    /// The total score.
    pub score: i16,
    /// The highest possible total.
    pub max: i16,
    /// The paragraph that states the total.
    pub total_anchor: Anchor,
    /// Political Rights, then Civil Liberties.
    pub categories: Vec<FiwCategory>,
    /// The paragraphs listing the year's key developments.
    pub key_developments: Vec<Anchor>,
}

/// Political Rights or Civil Liberties.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct FiwCategory {
    /// `political-rights` or `civil-liberties`.
    pub id: String,
    /// "Political Rights" or "Civil Liberties".
    pub name: String,
    /// The stated score.
    pub score: i16,
    /// The highest possible score.
    pub max: i16,
    /// The heading that states the score.
    pub anchor: Anchor,
    /// The subcategories, in order.
    pub subcategories: Vec<FiwSubcategory>,
}

/// A subcategory such as "A. Electoral Process".
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct FiwSubcategory {
    /// The letter, `A` … `G`.
    pub letter: String,
    /// The name in title case, such as "Electoral Process".
    pub name: String,
    /// The stated score.
    pub score: i16,
    /// The highest possible score.
    pub max: i16,
    /// The heading that states the score.
    pub anchor: Anchor,
    /// The indicators, in order.
    pub indicators: Vec<Indicator>,
}

/// One of the 25 questions, with its score and Freedom House's reasoning.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Indicator {
    /// `A1` … `G4`.
    pub code: IndicatorCode,
    /// The question: a span of the indicator's heading paragraph.
    pub question: TextRef,
    /// The stated score.
    pub score: i16,
    /// The highest possible score (4).
    pub max: i16,
    /// The paragraphs that explain the score, in order.
    pub narrative: Vec<Anchor>,
    /// A short name for the question, for tiles where it does not fit: the
    /// project's paraphrase (`corpus/curated/questions.toml`), not Freedom
    /// House's words.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub short: String,
}

impl FiwReport {
    /// Every indicator, in order, with its category and subcategory.
    pub fn indicators(&self) -> impl Iterator<Item = (&FiwCategory, &FiwSubcategory, &Indicator)> {
        self.categories.iter().flat_map(|c| {
            c.subcategories
                .iter()
                .flat_map(move |s| s.indicators.iter().map(move |i| (c, s, i)))
        })
    }

    /// The indicator with this code.
    pub fn indicator(&self, code: &str) -> Option<&Indicator> {
        self.indicators()
            .map(|(_, _, i)| i)
            .find(|i| i.code.as_str() == code)
    }
}
