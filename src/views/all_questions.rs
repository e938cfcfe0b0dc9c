//! `#/rating/all`: all 25 questions on one page, each with its score and
//! Freedom House's reasoning, grouped by category and subcategory. For
//! reading straight through, and for print (the walkthrough on paper).

use explainer_core::route::View;
use leptos::prelude::*;

use crate::components::reasoning;
use crate::components::{Cite, Pips};
use crate::corpus::use_corpus;

/// The whole walkthrough on one page.
#[component]
pub fn AllQuestions() -> impl IntoView {
    let corpus = use_corpus();
    let fiw = &corpus.fiw;
    let doc = fiw.doc.as_str();
    let report = corpus.document(doc).map_or("", |d| d.edition.as_str());

    let categories = fiw
        .categories
        .iter()
        .map(|c| {
            let subcategories = c
                .subcategories
                .iter()
                .map(|s| {
                    let questions = s
                        .indicators
                        .iter()
                        .map(|i| {
                            let code = i.code.as_str();
                            view! {
                                <article class="aq-question" aria-labelledby=format!("aq-{code}")>
                                    <h4 id=format!("aq-{code}")>
                                        <a href=View::Indicator(code.to_string()).href()>
                                            <span class="code">{code}</span>" "
                                            {corpus.question(i).unwrap_or_default()}
                                        </a>
                                    </h4>
                                    <p class="aq-score">
                                        "Score: " <Pips score=i.score max=i.max/> " "
                                        <Cite doc=doc anchor=i.question.anchor.clone() label="source"/>
                                    </p>
                                    {reasoning(i, true)}
                                </article>
                            }
                        })
                        .collect_view();
                    view! {
                        <section class="aq-subcategory">
                            <h3>{format!("{}. {}: {} of {}", s.letter, s.name, s.score, s.max)}</h3>
                            {questions}
                        </section>
                    }
                })
                .collect_view();
            view! {
                <section class="aq-category">
                    <h2>{format!("{}: {} of {}", c.name, c.score, c.max)}</h2>
                    {subcategories}
                </section>
            }
        })
        .collect_view();

    view! {
        <section class="view all-questions" data-testid="all-questions">
            <p class="breadcrumb"><a href=View::Rating.href()>"The 25 questions"</a>" › All on one page"</p>
            <h1 tabindex="-1">"All 25 questions, with Freedom House's reasoning"</h1>
            <p class="lede">
                {format!("{} in {report}: {} of {} points, {}. ", corpus.country, fiw.score, fiw.max, fiw.status.label())}
                "Each question with its score and the report's reasoning, as in the step-by-step walkthrough."
            </p>
            <p class="no-print">
                <button type="button" on:click=|_| { let _ = window().print(); }>"Print"</button>
            </p>
            {categories}
        </section>
    }
}
