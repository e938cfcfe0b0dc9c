//! The project's own curation: timeline events, and the tracker's
//! recommendations and pledges with their statuses.
//!
//! Themes, directions, statuses and links to indicators are this project's
//! judgments; every one rests on quoted evidence. [`super::validate()`] checks
//! that each event and each status has evidence, that every quote is a
//! span of words of the text it cites, and that every reference names
//! something.

use super::date::PartialDate;
use super::ids::{EventId, IndicatorCode, ItemId, StatusId};
use super::nit::NitCategory;
use super::quote::Quote;
use serde::{Deserialize, Serialize};

mod item;
pub use item::{Item, ItemKind, Status};

/// A theme for filtering the timeline and the tracker.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Theme {
    /// Elections.
    Elections,
    /// The constitution.
    Constitution,
    /// Media.
    Media,
    /// Civil society.
    CivilSociety,
    /// Freedom of assembly.
    Assembly,
    /// Religion.
    Religion,
    /// Labour rights.
    Labour,
    /// Courts, police, prisons.
    Justice,
    /// Corruption.
    Corruption,
    /// International relations.
    International,
}

impl Theme {
    /// All themes, in display order.
    pub const ALL: [Theme; 10] = [
        Self::Elections,
        Self::Constitution,
        Self::Media,
        Self::CivilSociety,
        Self::Assembly,
        Self::Religion,
        Self::Labour,
        Self::Justice,
        Self::Corruption,
        Self::International,
    ];

    /// The kebab-case id, as in the curated files.
    pub fn id(self) -> &'static str {
        match self {
            Self::Elections => "elections",
            Self::Constitution => "constitution",
            Self::Media => "media",
            Self::CivilSociety => "civil-society",
            Self::Assembly => "assembly",
            Self::Religion => "religion",
            Self::Labour => "labour",
            Self::Justice => "justice",
            Self::Corruption => "corruption",
            Self::International => "international",
        }
    }
}

/// Whether an event widened or narrowed rights, in this project's judgment.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Direction {
    /// Widened rights.
    Widens,
    /// Narrowed rights.
    Narrows,
    /// Some of each.
    Mixed,
    /// Neither.
    Neutral,
}

impl Direction {
    /// The kebab-case id.
    pub fn id(self) -> &'static str {
        match self {
            Self::Widens => "widens",
            Self::Narrows => "narrows",
            Self::Mixed => "mixed",
            Self::Neutral => "neutral",
        }
    }
}

/// What kind of event it was.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum EventType {
    /// A law, decree or constitutional change.
    Law,
    /// An election.
    Election,
    /// A court case or prosecution.
    Case,
    /// A protest or strike.
    Protest,
    /// An international decision or agreement.
    International,
}

impl EventType {
    /// The kebab-case id.
    pub fn id(self) -> &'static str {
        match self {
            Self::Law => "law",
            Self::Election => "election",
            Self::Case => "case",
            Self::Protest => "protest",
            Self::International => "international",
        }
    }
}

/// One dated event on the timeline.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Event {
    /// Unique, kebab-case.
    pub id: EventId,
    /// When, as precisely as the sources say.
    pub date: PartialDate,
    /// A short title (the project's words).
    pub title: String,
    /// A summary (the project's words).
    pub summary: String,
    /// Themes (the project's judgment).
    pub themes: Vec<Theme>,
    /// Direction (the project's judgment).
    pub direction: Direction,
    /// What kind of event.
    #[serde(rename = "type")]
    pub kind: EventType,
    /// Related Freedom in the World indicators.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub indicators: Vec<IndicatorCode>,
    /// Related Nations in Transit categories.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub nit_categories: Vec<NitCategory>,
    /// What the event was said to be for, in a source's words.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stated_aim: Option<Quote>,
    /// What a source says it did, in its words.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub observed_effect: Option<Quote>,
    /// The sources' words for it: at least one.
    pub evidence: Vec<Quote>,
}

impl Event {
    /// Every quote the event cites: evidence, stated aim, observed effect.
    pub fn quotes(&self) -> impl Iterator<Item = &Quote> {
        self.evidence
            .iter()
            .chain(self.stated_aim.iter())
            .chain(self.observed_effect.iter())
    }
}
