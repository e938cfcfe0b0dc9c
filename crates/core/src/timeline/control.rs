//! One control's change applied to a [`Filter`]: the filter form reports
//! `(key, value, on)` for whichever control changed, and the view writes the
//! result to the address. Keys are those of the address.

use super::MAX_QUERY_CHARS;
use super::address::{FROM_KEY, QUERY_KEY, SOURCE_KEY, TO_KEY};
use super::facet::{Facet, FacetSet};
use super::filter::Filter;
use crate::corpus::{Corpus, Direction, EventType, Theme};

fn set<T: Facet>(set: &mut FacetSet<T>, value: &str, on: bool) {
    if let Some(v) = T::from_id(value) {
        if on {
            set.insert(v);
        } else {
            set.remove(v);
        }
    }
}

impl Filter {
    /// The filter after one control changed: a list value ticked (`on`) or
    /// unticked (`theme`, `direction`, `type`, `source`), a year chosen
    /// (`from`, `to`; an empty or unreadable value means any year), or the
    /// search text (`q`, cut to [`MAX_QUERY_CHARS`]). An unknown key or
    /// value changes nothing. `corpus` says which documents exist.
    pub fn with_control(&self, key: &str, value: &str, on: bool, corpus: &Corpus) -> Filter {
        let mut next = self.clone();
        match key {
            k if k == Theme::KEY => set(&mut next.themes, value, on),
            k if k == Direction::KEY => set(&mut next.directions, value, on),
            k if k == EventType::KEY => set(&mut next.types, value, on),
            SOURCE_KEY => {
                if let Some(doc) = corpus.documents.iter().find(|d| d.id == value) {
                    if on {
                        next.sources.insert(doc.id.clone());
                    } else {
                        next.sources.remove(&doc.id);
                    }
                }
            }
            FROM_KEY => next.from = value.trim().parse().ok(),
            TO_KEY => next.to = value.trim().parse().ok(),
            QUERY_KEY => next.query = value.chars().take(MAX_QUERY_CHARS).collect(),
            _ => {}
        }
        next
    }
}
