//! The page for an address that names nothing: says so, echoes the address as
//! text, and offers the way back.

use explainer_core::route::View;
use leptos::prelude::*;

use crate::corpus::use_corpus;

/// The not-found page for a question code the report does not have, with
/// the range of the codes it has.
pub fn question(code: &str) -> AnyView {
    let mut codes = use_corpus()
        .fiw
        .indicators()
        .map(|(_, _, i)| i.code.as_str());
    let hint = codes
        .next()
        .zip(codes.last())
        .map(|(first, last)| format!("The questions run from {first} to {last}."));
    view! { <NotFound path=format!("/rating/{code}") hint=hint/> }.into_any()
}

/// Not-found page for an unknown address.
#[component]
pub fn NotFound(
    /// The address as the reader wrote it (shown as text, never as markup).
    #[prop(into)]
    path: String,
    /// What the address could have named instead ("The questions run from
    /// A1 to G4.").
    #[prop(default = None)]
    hint: Option<String>,
) -> impl IntoView {
    view! {
        <section class="view not-found" data-testid="not-found">
            <h1 tabindex="-1">"Page not found"</h1>
            <p>
                "There is no page at "
                <code>{format!("#{path}")}</code>
                ". The link may be mistyped or from a newer version of this explainer."
            </p>
            {hint.map(|h| view! { <p data-testid="not-found-hint">{h}</p> })}
            <ul>
                <li><a href=View::Overview.href()>"Go to the overview"</a></li>
                <li><a href=View::Rating.href()>"See the 25 questions"</a></li>
            </ul>
        </section>
    }
}
