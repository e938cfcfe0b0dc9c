//! Contradictions between (or within) sources. Both sides are kept, each
//! cited; neither is silently preferred.

use super::ids::ContradictionId;
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
}

fn is_false(b: &bool) -> bool {
    !*b
}
