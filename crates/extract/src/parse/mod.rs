//! One parser per report format. Each turns a verbatim source text into a
//! document body (sections, paragraphs, notes, lists) and the figures the
//! format carries, and fails with a message naming the line it could not
//! place rather than guessing.

pub mod fiw;
pub mod fpc;
pub mod hrw;
pub mod nit2008;
pub mod nit2018;
mod scores;

use crate::builder::{Body, ErratumSpec};
use explainer_core::corpus::{Anchor, DocId, FiwReport, NitCategory, Rating, ScoreChange};

/// A report format the tool can read, as named in `corpus/manifest.toml`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Format {
    /// A Freedom in the World country report.
    FiwCountryReport,
    /// A Nations in Transit country report with a ratings table (2018 style).
    NitTableReport,
    /// A Nations in Transit country report with ratings in prose (2008 style).
    NitProseReport,
    /// A Human Rights Watch World Report country chapter.
    HrwCountryChapter,
    /// A Foreign Policy Centre article with conclusions and recommendations.
    FpcArticle,
}

/// A row of a ratings table, as read.
#[derive(Clone, Debug, PartialEq)]
pub struct TableRow {
    /// The row's paragraph.
    pub anchor: Anchor,
    /// The category, or `None` for the democracy score row.
    pub category: Option<NitCategory>,
    /// (edition, rating) pairs.
    pub values: Vec<(u16, Rating)>,
}

/// A rating stated in prose.
#[derive(Clone, Debug, PartialEq)]
pub struct ProseRating {
    /// The paragraph.
    pub anchor: Anchor,
    /// The category, or `None` for the democracy score.
    pub category: Option<NitCategory>,
    /// The edition rated.
    pub edition: u16,
    /// The rating.
    pub rating: Rating,
}

/// What a parser found besides the text.
#[derive(Debug)]
pub enum Facts {
    /// Freedom in the World scores (the report's `doc` is filled in later).
    Fiw(FiwReport),
    /// Nations in Transit figures.
    Nit(NitFacts),
    /// Nothing beyond the text.
    Text,
}

/// Nations in Transit figures as stated in one document.
#[derive(Debug, Default)]
pub struct NitFacts {
    /// The main ratings table's rows.
    pub table: Vec<TableRow>,
    /// Per-category tables repeated at the head of each section.
    pub section_tables: Vec<TableRow>,
    /// Ratings stated in prose (such as a headline democracy score).
    pub prose: Vec<ProseRating>,
    /// Stated changes (and non-changes) with reasons.
    pub changes: Vec<ScoreChange>,
}

/// A parsed document.
#[derive(Debug)]
pub struct Parsed {
    /// The text.
    pub body: Body,
    /// The figures.
    pub facts: Facts,
}

/// Parses `text` in `format` as document `doc`, applying `errata`.
pub fn parse(
    format: Format,
    doc: &DocId,
    text: &str,
    errata: &[ErratumSpec],
) -> Result<Parsed, Vec<String>> {
    match format {
        Format::FiwCountryReport => fiw::parse(doc, text, errata),
        Format::NitTableReport => nit2018::parse(doc, text, errata),
        Format::NitProseReport => nit2008::parse(doc, text, errata),
        Format::HrwCountryChapter => hrw::parse(doc, text, errata),
        Format::FpcArticle => fpc::parse(doc, text, errata),
    }
}

/// Shortens a line for an error message.
pub fn excerpt(s: &str) -> String {
    let s = s.trim();
    match s.char_indices().nth(60) {
        Some((i, _)) => format!("{}…", &s[..i]),
        None => s.to_owned(),
    }
}
