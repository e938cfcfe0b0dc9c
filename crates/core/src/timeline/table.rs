//! The Nations in Transit ratings as a table, editions down and the
//! measures of [`measures`] across, for the data page (a row per edition and
//! document that rates it) and the timeline chart's table (a row per
//! edition). One builder, so both tables hold the same figures.

use super::chart::measures;
use crate::corpus::{NitData, NitRating};

/// How the table's rows are cut.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Rows {
    /// One row per edition; where two documents rate it, the first in the
    /// corpus's order (as the chart's series do).
    ByEdition,
    /// One row per edition and document that rates it, by edition, then by
    /// the document's id.
    ByDocument,
}

/// One row of the table.
#[derive(Clone, Debug, PartialEq)]
pub struct NitRow<'a> {
    /// The edition (the year in the report's title).
    pub edition: u16,
    /// The document of the row, with [`Rows::ByDocument`]; none otherwise.
    pub doc: Option<&'a str>,
    /// The rating of each of [`measures`], in that order, if any.
    pub cells: Vec<Option<&'a NitRating>>,
}

/// The editions × measures table of `nit`, with rows cut as `rows` says.
pub fn nit_table(nit: &NitData, rows: Rows) -> Vec<NitRow<'_>> {
    let mut keys: Vec<(u16, Option<&str>)> = nit
        .ratings
        .iter()
        .map(|r| {
            let doc = (rows == Rows::ByDocument).then_some(r.doc.as_str());
            (r.edition, doc)
        })
        .collect();
    keys.sort_unstable();
    keys.dedup();
    keys.into_iter()
        .map(|(edition, doc)| NitRow {
            edition,
            doc,
            cells: measures()
                .into_iter()
                .map(|m| {
                    nit.ratings.iter().find(|r| {
                        r.edition == edition
                            && r.measure == m
                            && doc.is_none_or(|d| r.doc.as_str() == d)
                    })
                })
                .collect(),
        })
        .collect()
}
