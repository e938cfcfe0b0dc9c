//! `#/`: what the explainer is and the way into each tool.

use explainer_core::route::Section;
use leptos::prelude::*;

use crate::site;

/// The overview page.
#[component]
pub fn Overview() -> impl IntoView {
    let tools = Section::ALL[1..]
        .iter()
        .map(|section| {
            view! {
                <li>
                    <a href=section.route().to_hash()>{section.label()}</a>
                </li>
            }
        })
        .collect_view();
    view! {
        <section class="view overview" data-testid="overview">
            <h1 tabindex="-1">{site::SUBJECT}</h1>
            <p class="lede">
                "An explainer of the rating, question by question, with the reforms behind it "
                "and what was recommended and promised. Every figure links to its source."
            </p>
            <nav aria-label="Tools">
                <ul class="tool-list">{tools}</ul>
            </nav>
        </section>
    }
}
