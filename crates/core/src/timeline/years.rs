//! Years: the bounds for the year controls and the list grouped by year.

use crate::corpus::{Corpus, Event};

/// The first and last year of any event in the corpus, for the year
/// controls' bounds; `None` when there are no events.
pub fn year_range(corpus: &Corpus) -> Option<(u16, u16)> {
    let years = corpus.events.iter().map(|e| e.date.year);
    Some((years.clone().min()?, years.max()?))
}

/// Every year that has an event, ascending, each once.
pub fn years(corpus: &Corpus) -> Vec<u16> {
    let mut years: Vec<u16> = corpus.events.iter().map(|e| e.date.year).collect();
    years.sort_unstable();
    years.dedup();
    years
}

/// The events of one year, for the list view.
#[derive(Clone, Debug, PartialEq)]
pub struct YearGroup<'c> {
    /// The year.
    pub year: u16,
    /// Its events, in the order given.
    pub events: Vec<&'c Event>,
}

/// Groups events by year, years ascending, each year's events in the order
/// given (events out of date order are still put in their year).
pub fn group_by_year<'c>(events: &[&'c Event]) -> Vec<YearGroup<'c>> {
    let mut groups: Vec<YearGroup<'c>> = Vec::new();
    for &event in events {
        let year = event.date.year;
        match groups.binary_search_by_key(&year, |g| g.year) {
            Ok(i) => groups[i].events.push(event),
            Err(i) => groups.insert(
                i,
                YearGroup {
                    year,
                    events: vec![event],
                },
            ),
        }
    }
    groups
}
