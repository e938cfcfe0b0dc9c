//! The site footer: credits the source documents and the methodology.

use leptos::prelude::*;

use crate::site;

/// Footer crediting every source.
#[component]
pub fn Footer() -> impl IntoView {
    view! {
        <footer class="site-footer">
            <p>"Sources:"</p>
            <ul>
                {site::SOURCES.iter().map(|s| view! { <li>{*s}</li> }).collect_view()}
            </ul>
            <p>{site::METHOD_CREDIT}</p>
            <p>
                "This explainer quotes these documents and links every figure to its passage; "
                "it is not published by, or affiliated with, their publishers. "
                <a href="#/sources">"Read the sources"</a>
                " · "
                <a href="#/about">"About this explainer"</a>
            </p>
        </footer>
    }
}
