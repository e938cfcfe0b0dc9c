//! Applying a [`Filter`]: the matching events, where the search matched
//! them, and the counts the controls show beside each choice.

use super::facet::{Facet, FacetSet};
use super::filter::Filter;
use super::search::{Match, Query, SearchIndex};
use crate::corpus::{Corpus, Direction, DocId, Event, EventType, Theme};

/// The events that pass every constraint of `filter`, in the corpus's
/// order (by date; events of the same date keep their order). `index` must
/// be built from `corpus`.
pub fn apply<'c>(corpus: &'c Corpus, index: &SearchIndex, filter: &Filter) -> Vec<&'c Event> {
    let query = Query::new(&filter.query);
    corpus
        .events
        .iter()
        .enumerate()
        .filter(|(i, e)| filter.admits_ignoring_query(e) && index.matches(*i, &query))
        .map(|(_, e)| e)
        .collect()
}

/// One event that passed a filter, with what to highlight.
#[derive(Clone, Debug, PartialEq)]
pub struct Hit<'c> {
    /// The event.
    pub event: &'c Event,
    /// Its position in [`Corpus::events`].
    pub position: usize,
    /// Where the search matched (empty without a search).
    pub found: Match,
}

/// Like [`apply()`], with each event's highlights.
pub fn hits<'c>(corpus: &'c Corpus, index: &SearchIndex, filter: &Filter) -> Vec<Hit<'c>> {
    hits_and_facets(corpus, index, filter).0
}

/// How many events each choice of each control would show, given the
/// other controls: the theme counts apply every constraint but the themes,
/// and so on. A theme's count is the number of events with that theme, so
/// "media (23)" reads the same whether or not media is ticked.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Facets {
    /// Events passing every constraint.
    pub total: usize,
    /// Per theme, in display order, every theme listed.
    pub themes: Vec<(Theme, usize)>,
    /// Per direction, in display order, every direction listed.
    pub directions: Vec<(Direction, usize)>,
    /// Per event type, in display order, every type listed.
    pub types: Vec<(EventType, usize)>,
    /// Per document, in the corpus's order, every document listed: events
    /// citing it.
    pub sources: Vec<(DocId, usize)>,
    /// Per year that has any event in the corpus, ascending, ignoring the
    /// year range.
    pub years: Vec<(u16, usize)>,
}

/// The counts for `filter` (see [`Facets`]). `index` must be built from
/// `corpus`.
pub fn facets(corpus: &Corpus, index: &SearchIndex, filter: &Filter) -> Facets {
    hits_and_facets(corpus, index, filter).1
}

/// [`hits()`] and [`facets()`] in one pass over the events, searching each
/// event at most once: what the timeline needs on every keystroke.
pub fn hits_and_facets<'c>(
    corpus: &'c Corpus,
    index: &SearchIndex,
    filter: &Filter,
) -> (Vec<Hit<'c>>, Facets) {
    let query = Query::new(&filter.query);
    let mut hits = Vec::new();
    let mut out = Facets {
        total: 0,
        themes: Theme::ALL.iter().map(|&t| (t, 0)).collect(),
        directions: Direction::ALL.iter().map(|&d| (d, 0)).collect(),
        types: EventType::ALL.iter().map(|&t| (t, 0)).collect(),
        sources: corpus.documents.iter().map(|d| (d.id.clone(), 0)).collect(),
        years: super::years::years(corpus)
            .into_iter()
            .map(|y| (y, 0))
            .collect(),
    };
    for (i, e) in corpus.events.iter().enumerate() {
        let pass = [
            filter.admits_themes(e),
            filter.admits_direction(e),
            filter.admits_type(e),
            filter.admits_sources(e),
            filter.admits_year(e.date.year),
        ];
        let failed = pass.iter().filter(|p| !**p).count();
        // An event counts toward a control when every other control admits
        // it: it fails none, or only that control.
        if failed > 1 {
            continue;
        }
        let Some(found) = index.find(i, &query) else {
            continue;
        };
        let others = |control: usize| failed == 0 || !pass[control];
        if failed == 0 {
            out.total += 1;
            hits.push(Hit {
                event: e,
                position: i,
                found,
            });
        }
        if others(0) {
            // A theme listed twice in an event counts once.
            let themes: FacetSet<Theme> = e.themes.iter().copied().collect();
            for t in themes.iter() {
                out.themes[t.index()].1 += 1;
            }
        }
        if others(1) {
            out.directions[e.direction.index()].1 += 1;
        }
        if others(2) {
            out.types[e.kind.index()].1 += 1;
        }
        if others(3) {
            for (doc, n) in &mut out.sources {
                if e.quotes().any(|q| &q.doc == doc) {
                    *n += 1;
                }
            }
        }
        if others(4)
            && let Some(slot) = out.years.iter_mut().find(|(y, _)| *y == e.date.year)
        {
            slot.1 += 1;
        }
    }
    (hits, out)
}
