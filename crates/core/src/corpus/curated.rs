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

/// One status in the tracker's vocabulary.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Status {
    /// Unique, such as `no-action`.
    pub id: StatusId,
    /// A short label, such as "No action".
    pub label: String,
    /// What the status means, in one sentence.
    pub meaning: String,
}

/// A recommendation (someone asked someone to act) or a pledge (someone
/// promised to act).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ItemKind {
    /// A recommendation.
    Recommendation,
    /// A pledge.
    Pledge,
}

impl ItemKind {
    /// The word for it at the start of a line: "Recommendation", "Pledge".
    pub fn word(self) -> &'static str {
        match self {
            Self::Recommendation => "Recommendation",
            Self::Pledge => "Pledge",
        }
    }

    /// The kebab-case id.
    pub fn id(self) -> &'static str {
        match self {
            Self::Recommendation => "recommendation",
            Self::Pledge => "pledge",
        }
    }
}

/// Whether a party is named: the curated data writes "not stated" (perhaps
/// with a note in brackets) where the source names none.
fn named(party: &str) -> bool {
    !party.starts_with("not stated")
}

impl Item {
    /// Who made it to whom, for headings and links: "Foreign Policy Centre
    /// to Government of Kazakhstan". A party the source does not name is
    /// left out rather than shown as "not stated": "President Tokayev",
    /// "Recommendation to Kazakhstan", "Pledge, by a party not stated".
    pub fn parties(&self) -> String {
        let kind = self.kind.word();
        match (named(&self.from), named(&self.to)) {
            (true, true) => format!("{} to {}", self.from, self.to),
            (true, false) => self.from.clone(),
            (false, true) => format!("{kind} to {}", self.to),
            (false, false) => format!("{kind}, by a party not stated"),
        }
    }

    /// What it is and who made it to whom, for a line under its words:
    /// "Recommendation by Foreign Policy Centre to Government of Kazakhstan",
    /// "Pledge by President Tokayev", "Pledge, by a party not stated".
    pub fn origin(&self) -> String {
        let kind = self.kind.word();
        match (named(&self.from), named(&self.to)) {
            (true, true) => format!("{kind} by {} to {}", self.from, self.to),
            (true, false) => format!("{kind} by {}", self.from),
            (false, true) => format!("{kind} to {}", self.to),
            (false, false) => format!("{kind}, by a party not stated"),
        }
    }
}

/// A recommendation or pledge in the tracker, with its assessed status.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Item {
    /// Unique.
    pub id: ItemId,
    /// Recommendation or pledge.
    pub kind: ItemKind,
    /// The recommendation or pledge in the source's words.
    pub text: Quote,
    /// Which part of a pledge or recommendation this item tracks, when
    /// several items share the same words ("media"): the project's words.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub part: Option<String>,
    /// Who recommended or pledged.
    pub from: String,
    /// Whom it was addressed to.
    pub to: String,
    /// When it was made.
    pub date: PartialDate,
    /// Themes (the project's judgment).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub themes: Vec<Theme>,
    /// Related Freedom in the World indicators.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub indicators: Vec<IndicatorCode>,
    /// Related Nations in Transit categories.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub nit_categories: Vec<NitCategory>,
    /// Timeline events that are evidence about it.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub events: Vec<EventId>,
    /// The assessed status (the project's judgment).
    pub status: StatusId,
    /// The date the status was assessed for.
    pub status_as_of: PartialDate,
    /// Why the status was chosen (the project's words).
    pub status_rationale: String,
    /// The sources' words the status rests on: at least one.
    pub evidence: Vec<Quote>,
}

impl Item {
    /// The part, as it follows the item's words in a heading:
    /// " (media part)", or nothing.
    pub fn part_suffix(&self) -> String {
        self.part
            .as_deref()
            .map_or_else(String::new, |p| format!(" ({p} part)"))
    }

    /// Every quote the item cites: its own text and its evidence.
    pub fn quotes(&self) -> impl Iterator<Item = &Quote> {
        std::iter::once(&self.text).chain(self.evidence.iter())
    }
}
