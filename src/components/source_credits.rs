//! The list of source documents with their publishers, each linked to the
//! document in the source reader. Used by the footer and the about page.

use explainer_core::route::View;
use leptos::prelude::*;

use crate::corpus::use_corpus;

/// One line per source: "Publisher (author): Title", and with `detailed`
/// also the publication date and the period covered.
#[component]
pub fn SourceCredits(
    /// Add the date and the period covered.
    #[prop(optional)]
    detailed: bool,
) -> impl IntoView {
    let items = use_corpus()
        .documents
        .iter()
        .map(|d| {
            let by = d
                .author
                .as_ref()
                .map(|a| format!(" ({a})"))
                .unwrap_or_default();
            let details = detailed.then(|| format!(" ({}; {})", d.published, d.covers));
            view! {
                <li>
                    {format!("{}{by}: ", d.publisher)}
                    <a href=View::Source(d.id.to_string()).href()>{d.title.clone()}</a>
                    {details}
                </li>
            }
        })
        .collect_view();
    view! { <ul>{items}</ul> }
}
