//! Placeholder for a section that is not built yet. It names the section and
//! what it will hold, and shows no content it does not have.

use explainer_core::route::Section;
use leptos::prelude::*;

/// "Coming" page for a section still being built.
#[component]
pub fn Coming(
    /// The section the reader asked for.
    section: Section,
) -> impl IntoView {
    view! {
        <section class="view coming" data-testid="coming">
            <h1 tabindex="-1">{section.label()}</h1>
            <p class="notice">"Coming: this part of the explainer is not built yet."</p>
            <p>{promise(section)}</p>
            <p><a href="#/">"Back to the overview"</a></p>
        </section>
    }
}

/// What the section will hold, in one sentence.
fn promise(section: Section) -> &'static str {
    match section {
        Section::Overview => "The headline figures and the way into each tool.",
        Section::Rating => {
            "The 25 scored questions, one step at a time, with Freedom House's reasoning for each score."
        }
        Section::Method => "How 25 questions of 4 points become two ratings and a status.",
        Section::WhatIf => {
            "A sandbox: change any score and watch the totals, ratings and status follow."
        }
        Section::Quiz => "Guess each score from the evidence, then compare with Freedom House's.",
        Section::Timeline => "The reforms and crackdowns behind the rating, dated and sourced.",
        Section::Recommendations => "What was recommended and promised, and what became of it.",
        Section::Sources => "The five source documents, readable in full.",
        Section::Data => "The tables behind every view, as CSV and JSON downloads.",
        Section::About => {
            "What this explainer is, how its judgments are made, and how to embed and print it."
        }
    }
}
