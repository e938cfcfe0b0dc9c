//! The Nations in Transit chart without a DOM: one series per measure, the
//! changes between editions with the reason a source states (if any), and
//! the geometry that puts editions on the same year axis as the events.
//!
//! The rating scale runs from 1 (most democratic) to 7 (least); the chart
//! draws 1 at the top, so a line going down means a worse rating. The
//! vertical range is fixed by all ratings (not by the lines shown), so
//! hiding a line never moves the others.

use crate::corpus::{
    Corpus, Document, NitCategory, NitData, NitMeasure, NitRating, Rating, ScoreChange,
};

/// The seven categories in the reports' order, then the democracy score.
pub fn measures() -> [NitMeasure; 8] {
    let c = NitCategory::ALL;
    [
        c[0].into(),
        c[1].into(),
        c[2].into(),
        c[3].into(),
        c[4].into(),
        c[5].into(),
        c[6].into(),
        NitMeasure::DemocracyScore,
    ]
}

/// One measure's ratings, one per edition, by edition.
#[derive(Clone, Debug, PartialEq)]
pub struct Series<'c> {
    /// What is rated.
    pub measure: NitMeasure,
    /// The ratings; where two documents rate an edition, the first in the
    /// corpus's order.
    pub points: Vec<&'c NitRating>,
}

/// Every measure's series, in [`measures`] order.
pub fn series(nit: &NitData) -> Vec<Series<'_>> {
    measures()
        .into_iter()
        .map(|measure| {
            let mut points: Vec<&NitRating> = Vec::new();
            for r in nit.ratings.iter().filter(|r| r.measure == measure) {
                if !points.iter().any(|p| p.edition == r.edition) {
                    points.push(r);
                }
            }
            crate::order::sort_by_key(&mut points, |p| p.edition);
            Series { measure, points }
        })
        .collect()
}

/// The first and last editions rated, if any.
pub fn editions(nit: &NitData) -> Option<(u16, u16)> {
    let editions = nit.ratings.iter().map(|r| r.edition);
    Some((editions.clone().min()?, editions.max()?))
}

/// A measure's rating in the edition of `year` and in the next edition, in
/// that order. An edition reports on the year before it (Nations in Transit
/// 2018 covers 2017), so for an event of `year` the first is from before
/// it and the second is the first that can reflect it. Where two documents
/// rate an edition, the first in the corpus's order, as in [`series`].
pub fn around(nit: &NitData, measure: NitMeasure, year: u16) -> [Option<&NitRating>; 2] {
    let find = |edition: u16| {
        nit.ratings
            .iter()
            .find(|r| r.measure == measure && r.edition == edition)
    };
    [find(year), year.checked_add(1).and_then(find)]
}

/// The documents whose tables or text state ratings, newest edition first.
pub fn rating_documents(corpus: &Corpus) -> Vec<(u16, &Document)> {
    let mut docs: Vec<(u16, &Document)> = Vec::new();
    for r in corpus.nit.ratings.iter().filter(|r| !r.computed) {
        let Some(doc) = corpus.document(r.doc.as_str()) else {
            continue;
        };
        match docs.iter_mut().find(|(_, d)| d.id == doc.id) {
            Some((edition, _)) => *edition = (*edition).max(r.edition),
            None => docs.push((r.edition, doc)),
        }
    }
    crate::order::sort_by_key(&mut docs, |(edition, _)| std::cmp::Reverse(*edition));
    docs
}

/// What an edition's year means, in the documents' own terms: "An edition
/// reports on the year before it: Nations in Transit 2018 covers events of
/// 2017; Nations in Transit 2008, events of 2007." None without documents.
pub fn edition_note(corpus: &Corpus) -> Option<String> {
    let docs = rating_documents(corpus);
    let (first, rest) = docs.split_first()?;
    let mut note = format!(
        "An edition reports on the year before it: {} covers {}",
        first.1.edition, first.1.covers
    );
    for (_, d) in rest {
        note.push_str(&format!("; {}, {}", d.edition, d.covers));
    }
    note.push('.');
    Some(note)
}

/// A rating that differs from the previous edition's.
#[derive(Clone, Debug, PartialEq)]
pub struct Change<'c> {
    /// What is rated.
    pub measure: NitMeasure,
    /// The edition with the new rating.
    pub edition: u16,
    /// The previous edition's rating.
    pub from: Rating,
    /// This edition's rating.
    pub to: Rating,
    /// Where a source states this change and its reason.
    pub stated: Option<&'c ScoreChange>,
}

/// Every change between consecutive editions of each series, in
/// [`measures`] order, then by edition, each with the statement of it if a
/// source gives one (same edition and measure, and the same `from` where
/// the statement gives one).
pub fn changes(nit: &NitData) -> Vec<Change<'_>> {
    let mut out = Vec::new();
    for s in series(nit) {
        for pair in s.points.windows(2) {
            let (before, after) = (pair[0], pair[1]);
            if before.rating == after.rating {
                continue;
            }
            let stated = nit.changes.iter().find(|c| {
                c.edition == after.edition
                    && c.measure == s.measure
                    && c.to == after.rating
                    && c.from.is_none_or(|f| f == before.rating)
            });
            out.push(Change {
                measure: s.measure,
                edition: after.edition,
                from: before.rating,
                to: after.rating,
                stated,
            });
        }
    }
    out
}

mod geometry;
mod key;
mod marks;

pub use geometry::{
    LEFT, MAX_WIDTH, MIN_WIDTH, RIGHT, Scale, Span, TOP, drawing_width, plot_height, polyline, span,
};
pub use key::{KEY_ROW, KEY_SAMPLE, KeyLayout, entry_width, key_layout, label_x};
pub use marks::{LOOKS, LineLook, marker};

#[cfg(test)]
mod tests;
