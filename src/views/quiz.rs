//! `#/quiz`: guess the score.

use leptos::prelude::*;

/// The quiz.
#[component]
pub fn Quiz() -> impl IntoView {
    view! {
        <section class="view quiz" data-testid="quiz">
            <h1 tabindex="-1">"Quiz"</h1>
        </section>
    }
}
