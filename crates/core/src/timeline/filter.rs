//! What the reader has chosen to see: [`Filter`].
//!
//! Every constraint is optional and they combine by intersection: an event
//! is shown when it passes each one. Within one list (themes, directions,
//! types, sources) an event passes when it has ANY of the selected values;
//! an empty list is no constraint, so [`Filter::default`] shows everything.

use super::facet::FacetSet;
use crate::corpus::{Direction, DocId, Event, EventType, Theme};
use std::collections::BTreeSet;

/// The timeline's filters and text search.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Filter {
    /// Events with any of these themes.
    pub themes: FacetSet<Theme>,
    /// Events with any of these directions.
    pub directions: FacetSet<Direction>,
    /// Events of any of these types.
    pub types: FacetSet<EventType>,
    /// Events citing any of these documents (in their evidence, stated aim
    /// or observed effect).
    pub sources: BTreeSet<DocId>,
    /// Events in this year or later.
    pub from: Option<u16>,
    /// Events in this year or earlier.
    pub to: Option<u16>,
    /// The search text as the reader typed it (see
    /// [`super::search::Query`] for how it is read). Kept verbatim, spaces
    /// included, so that a search box bound to it never loses a keystroke.
    pub query: String,
}

impl Filter {
    /// True when nothing is constrained: every event is shown. A query of
    /// only spaces or punctuation constrains nothing.
    pub fn is_empty(&self) -> bool {
        self.themes.is_empty()
            && self.directions.is_empty()
            && self.types.is_empty()
            && self.sources.is_empty()
            && self.from.is_none()
            && self.to.is_none()
            && super::search::Query::new(&self.query).is_empty()
    }

    /// Whether the event passes the theme constraint.
    pub fn admits_themes(&self, event: &Event) -> bool {
        self.themes.is_empty() || self.themes.any_of(&event.themes)
    }

    /// Whether the event passes the direction constraint.
    pub fn admits_direction(&self, event: &Event) -> bool {
        self.directions.admits(event.direction)
    }

    /// Whether the event passes the type constraint.
    pub fn admits_type(&self, event: &Event) -> bool {
        self.types.admits(event.kind)
    }

    /// Whether the event passes the source constraint: it cites any of the
    /// selected documents.
    pub fn admits_sources(&self, event: &Event) -> bool {
        self.sources.is_empty() || event.quotes().any(|q| self.sources.contains(&q.doc))
    }

    /// Whether the year passes the year range (both ends inclusive). With
    /// `from` after `to` no year passes.
    pub fn admits_year(&self, year: u16) -> bool {
        self.from.is_none_or(|from| year >= from) && self.to.is_none_or(|to| year <= to)
    }

    /// Whether the event passes every constraint except the text search
    /// (which needs a [`super::SearchIndex`]; see [`super::apply()`]).
    pub fn admits_ignoring_query(&self, event: &Event) -> bool {
        self.admits_themes(event)
            && self.admits_direction(event)
            && self.admits_type(event)
            && self.admits_sources(event)
            && self.admits_year(event.date.year)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn year_bounds_are_inclusive() {
        let f = Filter {
            from: Some(2015),
            to: Some(2017),
            ..Filter::default()
        };
        let admitted: Vec<u16> = (2013..2020).filter(|&y| f.admits_year(y)).collect();
        assert_eq!(admitted, [2015, 2016, 2017]);
        let open = Filter {
            to: Some(2000),
            ..Filter::default()
        };
        assert!(open.admits_year(0) && open.admits_year(2000) && !open.admits_year(2001));
        let reversed = Filter {
            from: Some(2018),
            to: Some(2010),
            ..Filter::default()
        };
        assert!((2000..2030).all(|y| !reversed.admits_year(y)));
    }

    #[test]
    fn emptiness() {
        assert!(Filter::default().is_empty());
        let spaces = Filter {
            query: "  , ".into(),
            ..Filter::default()
        };
        assert!(spaces.is_empty());
        let mut f = Filter::default();
        f.types.insert(EventType::Law);
        assert!(!f.is_empty());
        let year = Filter {
            to: Some(2000),
            ..Filter::default()
        };
        assert!(!year.is_empty());
    }
}
