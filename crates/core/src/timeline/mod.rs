//! The timeline's filters and text search, with no DOM: what the reader
//! chose ([`Filter`]), how it reads from and writes to the address
//! ([`address`]), the search over titles, summaries and quoted words
//! ([`search`], [`fold`]), the matching events and the counts beside each
//! control ([`apply()`], [`facets()`]), years ([`mod@years`]), the readers'
//! words for each value ([`labels`]) and the Nations in Transit chart
//! ([`chart`]) and table ([`table`]).
//!
//! The view builds one [`SearchIndex`] when the corpus loads, reads the
//! filter from the route on each address change, and calls [`hits()`] (or
//! [`apply()`]) and [`facets()`]; a control writes [`Filter::to_hash`] of the
//! changed filter to the address; the reset link is
//! `Filter::default().to_hash()`, `#/timeline`.
//!
//! ```
//! # use explainer_core::corpus::Theme;
//! # use explainer_core::timeline::Filter;
//! let mut filter = Filter::default();
//! filter.themes.insert(Theme::Media);
//! filter.from = Some(2015);
//! assert_eq!(filter.to_hash(), "#/timeline?theme=media&from=2015");
//! ```

pub mod address;
pub mod apply;
pub mod chart;
pub mod control;
pub mod describe;
pub mod event;
pub mod facet;
pub mod filter;
pub mod fold;
pub mod labels;
pub mod notice;
pub mod search;
pub mod table;
pub mod years;

pub use address::KEYS;
pub use apply::{Facets, Hit, apply, facets, hits, hits_and_facets};
pub use describe::describe;
pub use event::{Neighbours, items_citing, neighbours};
pub use facet::{Facet, FacetSet};
pub use filter::Filter;
pub use labels::{direction_label, direction_symbol, latest_summary, theme_label, type_label};
pub use notice::Notice;
pub use search::{Match, Query, SearchIndex, highlight, split_highlights};
pub use years::{YearGroup, group_by_year, year_range, years};

/// The largest year an address may give. Here, not in `address`, because
/// `notice` (which says why a year was ignored) needs it too.
pub const MAX_YEAR: u16 = 9999;
/// The longest search text an address may give, in characters.
pub const MAX_QUERY_CHARS: usize = 200;
