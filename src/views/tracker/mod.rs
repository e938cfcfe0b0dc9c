//! The recommendations tracker (`#/recommendations`) and one item
//! (`#/recommendations/<id>`): the corpus's recommendations and pledges with
//! this explainer's assessed status, and beside it the reader's own dated
//! updates, kept in their browser (see `crate::tracker_store`).
//!
//! Files: `list` (the page of all items), `filters` (the filter form, kept
//! in the address), `summary` (counts by status and theme), `item` (one
//! item's evidence trail), `updates` (the reader's list and form:
//! `update_entry`, `update_form`, both acting through `editor`),
//! `reader_data` (storage notices, export and import).

mod editor;
mod filters;
mod form_field;
mod item;
mod list;
mod reader_data;
mod summary;
mod update_entry;
mod update_form;
mod updates;

use explainer_core::corpus::Item;

use crate::corpus::use_corpus;

pub use item::Recommendation;
pub use list::Recommendations;
/// For the tracker's widget (`views::embed`).
pub(crate) use summary::Summary;

/// A status's label, or its id if the corpus lacks it.
fn status_label(id: &str) -> String {
    use_corpus()
        .status(id)
        .map_or_else(|| id.to_owned(), |s| s.label.clone())
}

/// The item's words, as quoted from its source.
fn item_text(item: &Item) -> &'static str {
    use_corpus().quote_text(&item.text).unwrap_or_default()
}
