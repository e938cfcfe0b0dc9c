//! The chart's accessible alternative: the ratings as a table, editions
//! down and measures across, each value linked to its source.

use std::sync::LazyLock;

use explainer_core::corpus::NitMeasure;
use explainer_core::timeline::chart::measures;
use explainer_core::timeline::table::{Rows, nit_table};
use leptos::prelude::*;

use crate::components::{ScrollTable, nit_cell};
use crate::corpus::use_corpus;

/// Editions down, measures across, each value linked to its source.
#[component]
pub(super) fn RatingsTable() -> impl IntoView {
    let corpus = use_corpus();
    // The same for every table, so made once, not on each render.
    static COLUMNS: LazyLock<Vec<&'static str>> = LazyLock::new(|| {
        std::iter::once("Edition")
            .chain(measures().into_iter().map(NitMeasure::name))
            .collect()
    });
    let columns: &'static [&'static str] = COLUMNS.as_slice();
    let rows = nit_table(&corpus.nit, Rows::ByEdition)
        .into_iter()
        .map(|row| {
            let cells = row.cells.into_iter().map(nit_cell).collect_view();
            view! { <tr><th scope="row">{row.edition.to_string()}</th>{cells}</tr> }
        })
        .collect_view();
    view! {
        <p id="tl-table-heading" class="muted">
            "Nations in Transit ratings, 1 most democratic to 7 least. * computed by this explainer as the mean of the seven category ratings; the source does not state it."
        </p>
        <ScrollTable labelled_by="tl-table-heading" columns=columns testid="nit-table">{rows}</ScrollTable>
    }
}
