//! Checking a corpus once, at the edge, and reporting every problem at once.
//!
//! [`validate`] guarantees, when it returns `Ok`: ids are unique and
//! well-formed; every reference (anchor, note number, speaker, indicator
//! code, event id, status id, erratum id) names something; Freedom in the
//! World indicators add up to their subcategory, subcategories to their
//! category and categories to the total; every edition's stated democracy
//! score is the rounded mean of its seven category ratings; every quote is
//! a non-empty span of words of the paragraph it cites; every indicator has a narrative; every
//! event and every status has evidence, and no status is dated after the
//! newest source it cites or before the item itself; every erratum is
//! applied exactly where it says; every sentence the coverage finder finds
//! is quoted by an event or item or set aside in the ledger, and every
//! ledger entry fits a sentence that needs it.

mod coverage;
mod curated;
mod documents;
mod scores;

use super::Corpus;
use std::fmt;

/// What kind of problem a [`ValidationError`] is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ErrorKind {
    /// Two things of one kind share an id.
    DuplicateId,
    /// An id is not of the required form (kebab-case, `A1`, …).
    MalformedId,
    /// A reference names nothing.
    DanglingReference,
    /// Stated parts do not add up to a stated total.
    TotalMismatch,
    /// A stated democracy score is not the rounded mean of its ratings.
    AverageMismatch,
    /// A number is outside its scale.
    OutOfRange,
    /// A quote's span is empty, outside its text, not on character
    /// boundaries, padded with whitespace, or cites a raw text that does not
    /// exist.
    BadSpan,
    /// An indicator has no narrative paragraphs.
    EmptyNarrative,
    /// An event, a status or a contradiction has no (or too little) evidence.
    NoEvidence,
    /// A status is dated after the newest source it cites.
    StatusAfterSources,
    /// A status is dated before the item it assesses.
    StatusBeforeItem,
    /// An erratum is not applied where it says, or a paragraph claims one
    /// that does not exist.
    Erratum,
    /// A rating's `computed` flag disagrees with its citation.
    Provenance,
    /// A sentence the coverage finder finds is neither quoted by an event
    /// or item nor set aside in the ledger.
    Uncovered,
    /// A ledger entry does not fit: its sentence is not one the finder
    /// finds, quotes already account for it, it is listed twice, or a
    /// duplicate names nothing.
    Ledger,
}

/// One problem found in a corpus.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ValidationError {
    /// What kind of problem.
    pub kind: ErrorKind,
    /// Where: a path such as `events[3] 2017-03-amendments`.
    pub at: String,
    /// What is wrong, in a sentence.
    pub message: String,
}

impl fmt::Display for ValidationError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {} ({:?})", self.at, self.message, self.kind)
    }
}

/// Collects errors while the checks run.
#[derive(Default)]
pub(crate) struct Report {
    errors: Vec<ValidationError>,
}

impl Report {
    pub(crate) fn push(
        &mut self,
        kind: ErrorKind,
        at: impl Into<String>,
        message: impl Into<String>,
    ) {
        self.errors.push(ValidationError {
            kind,
            at: at.into(),
            message: message.into(),
        });
    }

    /// Reports every id that occurs more than once.
    pub(crate) fn unique<'a>(&mut self, what: &str, ids: impl IntoIterator<Item = &'a str>) {
        let mut seen = std::collections::BTreeSet::new();
        for id in ids {
            if !seen.insert(id) {
                self.push(ErrorKind::DuplicateId, what, format!("duplicate id {id:?}"));
            }
        }
    }
}

/// Checks the whole corpus and returns every problem found.
pub fn validate(corpus: &Corpus) -> Result<(), Vec<ValidationError>> {
    let mut report = Report::default();
    documents::check(corpus, &mut report);
    scores::check_fiw(corpus, &mut report);
    scores::check_nit(corpus, &mut report);
    curated::check(corpus, &mut report);
    coverage::check(corpus, &mut report);
    if report.errors.is_empty() {
        Ok(())
    } else {
        Err(report.errors)
    }
}
