//! The site footer: credits every source document and the methodology.

use leptos::prelude::*;

use crate::{corpus::use_corpus, site};

/// Footer crediting every source.
#[component]
pub fn Footer() -> impl IntoView {
    let sources = use_corpus()
        .documents
        .iter()
        .map(|d| {
            let by = d
                .author
                .as_ref()
                .map(|a| format!(" ({a})"))
                .unwrap_or_default();
            view! {
                <li>
                    {format!("{}{by}: ", d.publisher)}
                    <a href=format!("#/sources/{}", d.id)>{d.title.clone()}</a>
                </li>
            }
        })
        .collect_view();
    view! {
        <footer class="site-footer">
            <h2 class="footer-heading">"Sources"</h2>
            <ul>{sources}</ul>
            <p>{site::METHOD_CREDIT}</p>
            <p>
                "This explainer quotes these documents and links every figure to its passage; "
                "it is not published by, or affiliated with, their publishers. "
                <a href="#/about">"About this explainer"</a>
            </p>
        </footer>
    }
}
