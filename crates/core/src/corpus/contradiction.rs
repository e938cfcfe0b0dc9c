//! Contradictions between (or within) sources. Both sides are kept, each
//! cited; neither is silently preferred. A contradiction may name the
//! timeline events and tracker items it concerns, so that each of them can
//! say that the sources disagree about it.

use super::ids::{ContradictionId, EventId, ItemId};
use super::quote::Quote;
use serde::{Deserialize, Serialize};

/// Two or more claims that cannot all be right, as the sources state them.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Contradiction {
    /// Unique.
    pub id: ContradictionId,
    /// What the claims are about (the project's words).
    pub topic: String,
    /// The claims, each quoted from its source.
    pub claims: Vec<Quote>,
    /// What the project makes of it (the project's words).
    pub note: String,
    /// True when the extraction tool found it by comparing figures; false
    /// when it was recorded by hand in `corpus/curated/contradictions.toml`.
    #[serde(default, skip_serializing_if = "is_false")]
    pub detected: bool,
    /// The timeline events the disagreement bears on (each must exist).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub events: Vec<EventId>,
    /// The tracker items the disagreement bears on (each must exist).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub items: Vec<ItemId>,
}

impl Contradiction {
    /// Whether the disagreement bears on this event.
    pub fn concerns_event(&self, id: &str) -> bool {
        self.events.iter().any(|e| e == id)
    }

    /// Whether the disagreement bears on this item.
    pub fn concerns_item(&self, id: &str) -> bool {
        self.items.iter().any(|i| i == id)
    }
}

fn is_false(b: &bool) -> bool {
    !*b
}
