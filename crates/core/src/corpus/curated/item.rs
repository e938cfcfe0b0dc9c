//! The tracker's recommendations and pledges: the status vocabulary, the
//! kinds of item, and an item with its assessment and evidence.

use super::*;

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

/// The longest a headline's words run (see [`Item::headline`]).
const HEADLINE_MAX: usize = 90;

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

    /// The item's heading in its own words: the first sentence of `text`
    /// (its quote's text), cut at a word to at most `HEADLINE_MAX`
    /// characters with "…", its first letter capitalised, then the part.
    /// Not a quote, so not in quotation marks: the page quotes it in full.
    pub fn headline(&self, text: &str) -> String {
        let sentence = text
            .split_inclusive(". ")
            .next()
            .unwrap_or(text)
            .trim()
            .trim_end_matches('.');
        let mut words = String::new();
        for word in sentence.split_whitespace() {
            if words.chars().count() + 1 + word.chars().count() > HEADLINE_MAX - 1 {
                words.push('…');
                break;
            }
            if !words.is_empty() {
                words.push(' ');
            }
            words.push_str(word);
        }
        let mut chars = words.chars();
        let capital = chars.next().map(|c| c.to_uppercase().collect::<String>());
        capital.unwrap_or_default() + chars.as_str() + &self.part_suffix()
    }

    /// Every quote the item cites: its own text and its evidence.
    pub fn quotes(&self) -> impl Iterator<Item = &Quote> {
        std::iter::once(&self.text).chain(self.evidence.iter())
    }
}
