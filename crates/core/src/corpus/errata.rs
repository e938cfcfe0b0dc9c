//! Errata: corrections of damage done to the source texts when they were
//! extracted (a dropped letter, a `?` for a lost character, two words run
//! together). The texts themselves are never edited; the corpus carries the
//! corrected text and, for every paragraph an erratum changed, the raw text.
//!
//! Every erratum's raw text occurs exactly once in its source (checked by
//! the extraction tool against the source files), so each correction is
//! applied in exactly one place.

use super::ids::{Anchor, DocId, ErratumId};
use serde::{Deserialize, Serialize};

/// One correction to one source text.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Erratum {
    /// Unique.
    pub id: ErratumId,
    /// The document corrected.
    pub doc: DocId,
    /// The paragraph or note the correction applies to.
    pub anchor: Anchor,
    /// The text as received.
    pub raw: String,
    /// The text as corrected.
    pub correction: String,
    /// What the damage is and what the correction rests on.
    pub why: String,
}
