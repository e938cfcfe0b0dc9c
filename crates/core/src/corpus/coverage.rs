//! The coverage ledger: proof that the timeline and the tracker miss
//! nothing the sources report.
//!
//! [`find`] reads every sentence of running text in the sources (paragraphs,
//! list items and transcript speech; not headings, tables, captions, page
//! furniture or notes) and keeps those that state a dated happening (a year,
//! a month, or a date relative to the document's period such as "during the
//! year": [`is_dated`]) or that ask for something or promise it (asks, urges,
//! calls on, recommends, pledges, commits, promises, "should", or a stated
//! concern: [`asks`]). A dated sentence is accounted for when a timeline
//! event quotes it; an ask, when a tracker item quotes it. Every other
//! sentence found must be set aside by hand in `corpus/curated/coverage.toml`
//! with a [`Reason`]; [`super::validate()`] reports each sentence that is
//! neither quoted nor set aside, and each entry that no longer fits a
//! sentence the finder finds, so a new source or edition cannot slip
//! through unread.
//!
//! The finder is deliberately generous (a month's name is a date even when a
//! sentence only mentions it); what it over-finds is set aside with the
//! reason [`Reason::Wording`], visibly, rather than missed silently.

use super::ids::{DocId, EventId, ItemId};
use super::{Corpus, ParagraphKind, Quote};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::ops::Range;

mod ledger;
mod sentences;

pub use ledger::{Counts, Row, counts, ledger};
pub use sentences::{asks, is_dated, sentences};

/// Why a sentence the finder found is not quoted by an event or an item.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Reason {
    /// Context rather than a happening: history the timeline starts after,
    /// how an institution or a law works, a standing state of affairs.
    Background,
    /// Part of a happening or an ask the corpus already has (named in
    /// [`SetAside::of`]), told again or in more detail in this sentence.
    Duplicate,
    /// A source's summary of a period (a year, a category) whose
    /// happenings the timeline holds one by one.
    Summary,
    /// An outlook, an expectation or a plan, not something that happened.
    Forecast,
    /// A figure restated: a count, a share, a total, a rating the ratings
    /// data already holds.
    Figure,
    /// The source's own judgment or analysis, not a happening or someone's
    /// ask.
    Assessment,
    /// The words the finder matched neither date a happening nor ask for
    /// anything here ("a pledge of secrecy", a year in a programme's name).
    Wording,
    /// A happening or ask the project has yet to file as an event or an
    /// item; the note says why (for example, no event type fits it).
    Deferred,
}

impl Reason {
    /// Every reason, in the order the ledger's counts list them.
    pub const ALL: [Reason; 8] = [
        Self::Background,
        Self::Duplicate,
        Self::Summary,
        Self::Forecast,
        Self::Figure,
        Self::Assessment,
        Self::Wording,
        Self::Deferred,
    ];

    /// The kebab-case id, as in the curated file.
    pub fn id(self) -> &'static str {
        match self {
            Self::Background => "background",
            Self::Duplicate => "duplicate",
            Self::Summary => "summary",
            Self::Forecast => "forecast",
            Self::Figure => "figure",
            Self::Assessment => "assessment",
            Self::Wording => "wording",
            Self::Deferred => "deferred",
        }
    }

    /// What the reason means, in a sentence, for the ledger's readers.
    pub fn meaning(self) -> &'static str {
        match self {
            Self::Background => {
                "Context rather than a happening: history, how an institution or law works, a standing state of affairs."
            }
            Self::Duplicate => {
                "Part of a happening or ask that an event or item already holds, told again in this sentence."
            }
            Self::Summary => {
                "A source's summary of a period whose happenings the timeline holds one by one."
            }
            Self::Forecast => "An outlook, expectation or plan, not something that happened.",
            Self::Figure => "A figure restated: a count, a share, a total, or a rating.",
            Self::Assessment => "The source's own judgment or analysis, not a happening or an ask.",
            Self::Wording => {
                "The words the finder matched neither date a happening nor ask for anything here."
            }
            Self::Deferred => {
                "A happening or ask not yet filed as an event or item; the note says why."
            }
        }
    }
}

/// What a set-aside sentence is a duplicate of, or relates to: an event or
/// an item.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Related {
    /// A timeline event.
    Event(EventId),
    /// A tracker item.
    Item(ItemId),
}

impl Related {
    /// The id it names.
    pub fn id(&self) -> &str {
        match self {
            Self::Event(id) => id.as_str(),
            Self::Item(id) => id.as_str(),
        }
    }
}

/// A sentence the finder finds that no event or item quotes, and why.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SetAside {
    /// The whole sentence.
    pub sentence: Quote,
    /// Why it is not an event or an item.
    pub reason: Reason,
    /// The event or item it duplicates (required for
    /// [`Reason::Duplicate`]) or relates to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub of: Option<Related>,
    /// More, in the project's words.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

/// A sentence the finder keeps, and why.
#[derive(Clone, Debug, PartialEq)]
pub struct Found {
    /// The sentence, as a quote of its paragraph.
    pub sentence: Quote,
    /// It states a year, a month or a relative date.
    pub dated: bool,
    /// It asks, urges, calls on, recommends, pledges, commits, promises or
    /// states a concern.
    pub asks: bool,
}

/// Whether the finder reads paragraphs of this kind.
fn read(kind: ParagraphKind) -> bool {
    matches!(
        kind,
        ParagraphKind::Text | ParagraphKind::ListItem | ParagraphKind::Speech
    )
}

/// Every sentence of running text in the sources that is dated or asks, in
/// document and reading order.
pub fn find(corpus: &Corpus) -> Vec<Found> {
    let mut out = Vec::new();
    for d in &corpus.documents {
        for p in d.sections.iter().flat_map(|s| &s.paragraphs) {
            if !read(p.kind) {
                continue;
            }
            for r in sentences(&p.text) {
                let s = &p.text[r.clone()];
                let (dated, asks) = (is_dated(s), asks(s));
                if dated || asks {
                    out.push(Found {
                        sentence: quote(&d.id, p, r),
                        dated,
                        asks,
                    });
                }
            }
        }
    }
    out
}

fn quote(doc: &DocId, p: &super::Paragraph, r: Range<usize>) -> Quote {
    Quote {
        doc: doc.clone(),
        anchor: p.anchor.clone(),
        start: r.start as u32,
        end: r.end as u32,
        raw: false,
    }
}

/// Whether `q` quotes part of the sentence `s` (at least a few bytes of it,
/// so that a quote ending where the sentence begins does not count). The
/// span of a quote of the raw text is first carried over to the corrected
/// text ([`to_corrected`]).
fn overlaps(corpus: &Corpus, q: &Quote, s: &Quote) -> bool {
    if q.doc != s.doc || q.anchor != s.anchor {
        return false;
    }
    let (start, end) = if q.raw {
        let (Some(raw), Some(text)) = (
            corpus.raw_text_at(q.doc.as_str(), &q.anchor),
            corpus.text_at(q.doc.as_str(), &q.anchor),
        ) else {
            return false;
        };
        (
            to_corrected(raw, text, q.start as usize) as u32,
            to_corrected(raw, text, q.end as usize) as u32,
        )
    } else {
        (q.start, q.end)
    };
    start.max(s.start) + 8 <= end.min(s.end)
}

/// Where an offset into a raw text falls in its corrected text: unchanged
/// before the first correction, counted from the end after the last, and
/// in proportion in between (errata change a few bytes, so a quote's span
/// lands on the same sentence).
fn to_corrected(raw: &str, text: &str, offset: usize) -> usize {
    let (r, t) = (raw.as_bytes(), text.as_bytes());
    let prefix = r.iter().zip(t).take_while(|(a, b)| a == b).count();
    let room = r.len().min(t.len()) - prefix;
    let suffix = r
        .iter()
        .rev()
        .zip(t.iter().rev())
        .take(room)
        .take_while(|(a, b)| a == b)
        .count();
    if offset <= prefix {
        offset
    } else if offset >= r.len() - suffix {
        offset + t.len() - r.len()
    } else {
        let (rm, tm) = (r.len() - suffix - prefix, t.len() - suffix - prefix);
        prefix + (offset - prefix) * tm / rm.max(1)
    }
}

#[cfg(test)]
mod tests;
