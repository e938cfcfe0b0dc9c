//! One event's surroundings, for its page: the events before and after it
//! and the recommendations and pledges that cite it as evidence.

use crate::corpus::{Corpus, Event, Item};

/// The events on either side of one event, in the corpus's (date) order.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Neighbours<'c> {
    /// The event itself.
    pub event: &'c Event,
    /// The event before it, if any.
    pub prev: Option<&'c Event>,
    /// The event after it, if any.
    pub next: Option<&'c Event>,
}

/// The event with this id and its neighbours; `None` for an unknown id.
pub fn neighbours<'c>(corpus: &'c Corpus, id: &str) -> Option<Neighbours<'c>> {
    let at = corpus.events.iter().position(|e| e.id == id)?;
    Some(Neighbours {
        event: &corpus.events[at],
        prev: at.checked_sub(1).map(|i| &corpus.events[i]),
        next: corpus.events.get(at + 1),
    })
}

/// The recommendations and pledges that name the event as evidence, in the
/// corpus's order.
pub fn items_citing<'c>(corpus: &'c Corpus, id: &str) -> Vec<&'c Item> {
    corpus
        .items
        .iter()
        .filter(|i| i.events.iter().any(|e| e == id))
        .collect()
}
