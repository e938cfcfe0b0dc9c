//! The site footer: credits every source document and the methodology.

use explainer_core::route::View;
use leptos::prelude::*;

use crate::components::SourceCredits;
use crate::site;

/// Footer crediting every source.
#[component]
pub fn Footer() -> impl IntoView {
    view! {
        <footer class="site-footer">
            <h2 class="footer-heading">"Sources"</h2>
            <SourceCredits/>
            <p>{site::METHOD_CREDIT}</p>
            <p>
                "This explainer quotes these documents and links every figure it takes from them to its passage; "
                "it is not published by, or affiliated with, their publishers. "
                <a href=View::About.href()>"About this explainer"</a>
            </p>
        </footer>
    }
}
