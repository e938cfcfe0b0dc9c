//! Years: the bounds for the year controls and the list grouped by year.

use crate::corpus::Corpus;

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

/// The events of one year, for the list view: the events themselves, or
/// their positions in the corpus.
#[derive(Clone, Debug, PartialEq)]
pub struct YearGroup<T> {
    /// The year.
    pub year: u16,
    /// Its events, in the order given.
    pub events: Vec<T>,
}

/// Groups events by their year, years ascending, each year's events in the
/// order given (events out of date order are still put in their year).
pub fn group_by_year<T>(
    events: impl IntoIterator<Item = T>,
    year: impl Fn(&T) -> u16,
) -> Vec<YearGroup<T>> {
    let mut groups: Vec<YearGroup<T>> = Vec::new();
    for event in events {
        let year = year(&event);
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
