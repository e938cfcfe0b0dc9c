//! The site-wide search: one box across the questions (code, question and
//! reasoning), the timeline's events (title, summary, quoted words), the
//! recommendations and pledges (their words and who made them to whom) and
//! every paragraph and note of the source documents.
//!
//! An [`Index`] folds all of that text once (see [`crate::timeline::fold`]:
//! case, accents, apostrophes and punctuation do not matter), so a keystroke
//! costs only substring searches. [`Index::search`] reads the reader's text
//! as a [`Query`](crate::timeline::Query) (the timeline's: folded words, every one of which must
//! occur, as a substring so a word still being typed already matches) and
//! gives [`Results`]: the matches grouped by [`Kind`] in a fixed order, each
//! group capped with its full count, and for each shown match its address,
//! its title and a short snippet around the first match, with the matched
//! words as byte ranges on character boundaries for `<mark>`.
//!
//! A query whose words are all single letters (or none at all) is
//! [`Outcome::TooShort`]: it would match nearly everything.
//!
//! ```
//! # use explainer_core::search::Kind;
//! assert_eq!(Kind::ALL[0].label(), "Questions");
//! ```

mod index;
mod snippet;

pub use index::{Index, IndexBuilder};
pub use snippet::snippet;

use std::ops::Range;

use crate::timeline::split_highlights;

/// The fewest characters the longest word of a query must have.
pub const MIN_WORD_CHARS: usize = 2;
/// How many results of each kind the search box shows.
pub const BOX_CAP: usize = 5;
/// The longest search text read, in characters (as the timeline's).
pub const MAX_QUERY_CHARS: usize = crate::timeline::MAX_QUERY_CHARS;

/// What a result is, in the order the groups are shown.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Kind {
    /// One of the 25 questions.
    Indicator,
    /// A timeline event.
    Event,
    /// A recommendation or pledge.
    Item,
    /// A paragraph or note of a source document.
    Passage,
}

impl Kind {
    /// Every kind, in display order.
    pub const ALL: [Kind; 4] = [Kind::Indicator, Kind::Event, Kind::Item, Kind::Passage];

    /// The group's heading.
    pub fn label(self) -> &'static str {
        match self {
            Kind::Indicator => "Questions",
            Kind::Event => "Timeline events",
            Kind::Item => "Recommendations and pledges",
            Kind::Passage => "Source passages",
        }
    }

    /// A short id, for keys and test hooks.
    pub fn id(self) -> &'static str {
        match self {
            Kind::Indicator => "question",
            Kind::Event => "event",
            Kind::Item => "item",
            Kind::Passage => "passage",
        }
    }
}

/// A text with the byte ranges to mark: sorted, disjoint, on character
/// boundaries of `text`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct Marked {
    /// The text to show.
    pub text: String,
    /// The matched words.
    pub marks: Vec<Range<usize>>,
}

impl Marked {
    /// The text as `(piece, marked)` runs, in order, covering all of it.
    pub fn pieces(&self) -> Vec<(&str, bool)> {
        split_highlights(&self.text, &self.marks)
    }
}

/// One match.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Hit {
    /// Stable for the thing matched, whatever the query: `question:D1`,
    /// `event:<id>`, `item:<id>`, `passage:<doc>:<anchor>`.
    pub key: String,
    /// Where choosing it goes (`#/rating/D1`, `#/timeline/<id>`,
    /// `#/recommendations/<id>`, or the passage with its first match
    /// highlighted, `#/sources/<doc>?at=<anchor>&hl=<start>-<end>`).
    pub address: String,
    /// What it is called, with the matched words marked.
    pub title: Marked,
    /// A short stretch of its text around the first match (or its opening
    /// words when only the title matched); `None` when it has no text.
    pub snippet: Option<Marked>,
}

/// The matches of one kind.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Group {
    /// What they are.
    pub kind: Kind,
    /// How many match in all.
    pub total: usize,
    /// The first of them, up to the cap asked for.
    pub hits: Vec<Hit>,
}

impl Group {
    /// How many matches the cap left out.
    pub fn more(&self) -> usize {
        self.total - self.hits.len()
    }
}

/// What a search found: the non-empty groups in [`Kind::ALL`] order.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Results {
    /// Matches over all groups.
    pub total: usize,
    /// The groups with at least one match.
    pub groups: Vec<Group>,
}

impl Results {
    /// The reader's words for the count: "No results", "1 result",
    /// "12 results".
    pub fn count_text(&self) -> String {
        match self.total {
            0 => "No results".to_owned(),
            1 => "1 result".to_owned(),
            n => format!("{n} results"),
        }
    }

    /// Every shown hit, in display order (the order arrow keys move in).
    pub fn hits(&self) -> impl Iterator<Item = &Hit> {
        self.groups.iter().flat_map(|g| g.hits.iter())
    }
}

/// The answer to one query.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Outcome {
    /// Nothing to search for yet: no word of [`MIN_WORD_CHARS`] characters.
    TooShort,
    /// The matches (perhaps none).
    Found(Results),
}

impl Outcome {
    /// The results, if the search ran.
    pub fn results(&self) -> Option<&Results> {
        match self {
            Self::Found(r) => Some(r),
            Self::TooShort => None,
        }
    }
}

/// The address of the search page for `text`: `#/search?q=…`.
pub fn page_address(text: &str) -> String {
    crate::route::Route {
        view: crate::route::View::Search,
        query: vec![("q".to_owned(), text.to_owned())],
    }
    .to_hash()
}
