//! A data table that scrolls sideways on narrow screens instead of
//! overflowing the page. The scrolling region is focusable (so keyboard users
//! can scroll it) and named by the heading that introduces it.

use leptos::prelude::*;

/// A table of `columns` with `children` as its body rows, inside a region
/// labelled by the element with id `labelled_by`.
#[component]
pub fn ScrollTable(
    /// Id of the heading that names the table.
    labelled_by: &'static str,
    /// Column headings.
    columns: &'static [&'static str],
    /// Extra classes for the table.
    #[prop(optional)]
    class: &'static str,
    /// `data-testid` for the table, if any.
    #[prop(optional)]
    testid: Option<&'static str>,
    /// The body rows.
    children: Children,
) -> impl IntoView {
    let head = columns
        .iter()
        .map(|c| view! { <th scope="col">{*c}</th> })
        .collect_view();
    view! {
        <div class="table-scroll" role="region" aria-labelledby=labelled_by tabindex="0">
            <table class=format!("data-table {class}") data-testid=testid>
                <thead><tr>{head}</tr></thead>
                <tbody>{children()}</tbody>
            </table>
        </div>
    }
}
