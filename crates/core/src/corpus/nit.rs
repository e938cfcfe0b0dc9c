//! Nations in Transit: ratings per edition and category, and the stated
//! changes with their reasons.
//!
//! Ratings are kept in hundredths ([`Rating`]) so that sums and averages are
//! exact. A rating is either stated by a document (it has an anchor) or
//! computed by this project from stated ratings (`computed: true`, no
//! anchor); only democracy scores are ever computed. A democracy score is the
//! mean of the seven category ratings rounded to the nearest hundredth
//! ([`democracy_score`]).

use super::ids::{Anchor, DocId};
use serde::{Deserialize, Serialize};
use std::fmt;

/// One of the seven Nations in Transit categories.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum NitCategory {
    /// Electoral Process.
    ElectoralProcess,
    /// Civil Society.
    CivilSociety,
    /// Independent Media.
    IndependentMedia,
    /// National Democratic Governance.
    NationalDemocraticGovernance,
    /// Local Democratic Governance.
    LocalDemocraticGovernance,
    /// Judicial Framework and Independence.
    JudicialFrameworkAndIndependence,
    /// Corruption.
    Corruption,
}

impl NitCategory {
    /// All seven, in the order of the Nations in Transit 2018 ratings table.
    pub const ALL: [NitCategory; 7] = [
        Self::ElectoralProcess,
        Self::CivilSociety,
        Self::IndependentMedia,
        Self::NationalDemocraticGovernance,
        Self::LocalDemocraticGovernance,
        Self::JudicialFrameworkAndIndependence,
        Self::Corruption,
    ];

    /// The name as the reports write it.
    pub fn name(self) -> &'static str {
        match self {
            Self::ElectoralProcess => "Electoral Process",
            Self::CivilSociety => "Civil Society",
            Self::IndependentMedia => "Independent Media",
            Self::NationalDemocraticGovernance => "National Democratic Governance",
            Self::LocalDemocraticGovernance => "Local Democratic Governance",
            Self::JudicialFrameworkAndIndependence => "Judicial Framework and Independence",
            Self::Corruption => "Corruption",
        }
    }

    /// The kebab-case id, as in the curated files.
    pub fn id(self) -> &'static str {
        match self {
            Self::ElectoralProcess => "electoral-process",
            Self::CivilSociety => "civil-society",
            Self::IndependentMedia => "independent-media",
            Self::NationalDemocraticGovernance => "national-democratic-governance",
            Self::LocalDemocraticGovernance => "local-democratic-governance",
            Self::JudicialFrameworkAndIndependence => "judicial-framework-and-independence",
            Self::Corruption => "corruption",
        }
    }

    /// The category whose name (as the reports write it) is `name`.
    pub fn from_name(name: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|c| c.name() == name.trim())
    }
}

/// What a rating rates: one category, or the democracy score (their mean).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum NitMeasure {
    /// Electoral Process.
    ElectoralProcess,
    /// Civil Society.
    CivilSociety,
    /// Independent Media.
    IndependentMedia,
    /// National Democratic Governance.
    NationalDemocraticGovernance,
    /// Local Democratic Governance.
    LocalDemocraticGovernance,
    /// Judicial Framework and Independence.
    JudicialFrameworkAndIndependence,
    /// Corruption.
    Corruption,
    /// The Democracy Score.
    DemocracyScore,
}

impl NitMeasure {
    /// The category, unless this is the democracy score.
    pub fn category(self) -> Option<NitCategory> {
        NitCategory::ALL
            .into_iter()
            .find(|c| NitMeasure::from(*c) == self)
    }

    /// The name as the reports write it.
    pub fn name(self) -> &'static str {
        self.category().map_or("Democracy Score", NitCategory::name)
    }
}

impl From<NitCategory> for NitMeasure {
    fn from(c: NitCategory) -> Self {
        match c {
            NitCategory::ElectoralProcess => Self::ElectoralProcess,
            NitCategory::CivilSociety => Self::CivilSociety,
            NitCategory::IndependentMedia => Self::IndependentMedia,
            NitCategory::NationalDemocraticGovernance => Self::NationalDemocraticGovernance,
            NitCategory::LocalDemocraticGovernance => Self::LocalDemocraticGovernance,
            NitCategory::JudicialFrameworkAndIndependence => Self::JudicialFrameworkAndIndependence,
            NitCategory::Corruption => Self::Corruption,
        }
    }
}

/// A rating on the 1–7 scale, in hundredths (6.75 is `Rating(675)`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Rating(pub u16);

impl Rating {
    /// The rating as a number, for charts.
    pub fn as_f64(self) -> f64 {
        f64::from(self.0) / 100.0
    }
}

impl fmt::Display for Rating {
    /// Two decimals, as the reports write ratings: `6.75`, `6.50`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}.{:02}", self.0 / 100, self.0 % 100)
    }
}

/// The democracy score of seven category ratings: their mean, rounded to the
/// nearest hundredth. Ties cannot arise with ratings in quarter steps: a sum
/// of quarters divided by seven never ends in exactly half a hundredth.
/// (Half a hundredth would be rounded up.)
pub fn democracy_score(ratings: &[Rating]) -> Option<Rating> {
    if ratings.is_empty() {
        return None;
    }
    let n = ratings.len() as u32;
    let sum: u32 = ratings.iter().map(|r| u32::from(r.0)).sum();
    // round(sum / n) = floor((2 * sum + n) / (2 * n))
    Some(Rating(((2 * sum + n) / (2 * n)) as u16))
}

/// One rating for one edition, from one document.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct NitRating {
    /// The document that states it, or whose ratings it was computed from.
    pub doc: DocId,
    /// The edition (the year in the report's title).
    pub edition: u16,
    /// What is rated.
    pub measure: NitMeasure,
    /// The rating.
    pub rating: Rating,
    /// True when this project computed the value; false (and omitted from
    /// the JSON) when stated.
    #[serde(default, skip_serializing_if = "is_false")]
    pub computed: bool,
    /// The paragraph (table row or sentence) that states it; none if computed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub anchor: Option<Anchor>,
}

fn is_false(b: &bool) -> bool {
    !*b
}

/// A stated change (or non-change) of a rating, with its reason.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ScoreChange {
    /// The document that states it.
    pub doc: DocId,
    /// The edition whose rating is stated.
    pub edition: u16,
    /// What is rated.
    pub measure: NitMeasure,
    /// The previous edition's rating, where the text gives one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub from: Option<Rating>,
    /// The rating for this edition.
    pub to: Rating,
    /// The paragraph that states the change and its reason.
    pub anchor: Anchor,
}

/// All Nations in Transit figures in the corpus.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct NitData {
    /// Every rating, stated or computed, ordered by edition, then document,
    /// then measure.
    pub ratings: Vec<NitRating>,
    /// Every stated change, in document order.
    pub changes: Vec<ScoreChange>,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(ratings: &[u16], expected: Option<u16>) {
        let ratings: Vec<Rating> = ratings.iter().copied().map(Rating).collect();
        assert_eq!(
            democracy_score(&ratings),
            expected.map(Rating),
            "{ratings:?}"
        );
    }

    #[test]
    fn democracy_scores() {
        check(&[675, 550, 650, 675, 625, 600, 650], Some(632)); // 6.3214…
        check(&[675, 575, 675, 675, 625, 625, 650], Some(643)); // 6.4285…
        check(&[675, 675, 675, 675, 650, 675, 675], Some(671)); // 6.7142…
        check(&[100, 101], Some(101)); // 1.005 rounds up
        check(&[700], Some(700));
        check(&[], None);
    }

    #[test]
    fn display() {
        assert_eq!(Rating(650).to_string(), "6.50");
        assert_eq!(Rating(675).to_string(), "6.75");
        assert_eq!(Rating(700).to_string(), "7.00");
        assert_eq!(Rating(105).to_string(), "1.05");
    }

    #[test]
    fn names_and_ids() {
        for c in NitCategory::ALL {
            assert_eq!(NitCategory::from_name(c.name()), Some(c));
            let json = serde_json::to_string(&c).unwrap();
            assert_eq!(json, format!("\"{}\"", c.id()));
            assert_eq!(NitMeasure::from(c).category(), Some(c));
        }
        assert_eq!(NitMeasure::DemocracyScore.name(), "Democracy Score");
        assert_eq!(NitMeasure::DemocracyScore.category(), None);
    }
}
