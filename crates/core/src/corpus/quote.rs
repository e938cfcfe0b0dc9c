//! Quotes: a piece of a source, as (document, paragraph anchor, the words).
//!
//! The words are verbatim (see [`super::text`]) in the paragraph's text or
//! in its raw text, so the app can open the passage and highlight them.

use super::ids::{Anchor, DocId};
use serde::{Deserialize, Serialize};

/// A verbatim quote from one paragraph (or note) of one document.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Quote {
    /// The document quoted.
    pub doc: DocId,
    /// The paragraph (`p…`) or note (`n…`) that holds the words.
    pub anchor: Anchor,
    /// The words, as the curated data gives them.
    pub text: String,
}
