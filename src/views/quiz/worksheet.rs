//! The quiz as a printed worksheet: every question with its evidence and
//! empty score boxes, then an answer key on a page of its own. Hidden on
//! screen; `style/quiz.css` shows it, and only it, when the page is printed.

use leptos::prelude::*;

use crate::components::reasoning;
use crate::corpus::use_corpus;

/// The worksheet and its answer key, in the report's order.
#[component]
pub fn Worksheet() -> impl IntoView {
    let corpus = use_corpus();
    let fiw = &corpus.fiw;
    let doc = fiw.doc.as_str();
    let source = corpus
        .document(doc)
        .map(|d| format!("{}, {}", d.publisher, d.title))
        .unwrap_or_default();
    let count = fiw.indicators().count();

    let questions = fiw
        .indicators()
        .map(|(_, _, ind)| {
            let evidence = reasoning(ind, false);
            let boxes = (0..=ind.max)
                .map(|points| view! { <span class="score-box"><span class="box" aria-hidden="true">"□"</span>{format!(" {points}")}</span> })
                .collect_view();
            view! {
                <article class="ws-question">
                    <h3><span class="code">{ind.code.0.clone()}</span>" "{corpus.question(ind).unwrap_or_default().to_owned()}</h3>
                    {evidence}
                    <p class="score-boxes">"Your score: "{boxes}</p>
                </article>
            }
        })
        .collect_view();

    let key = fiw
        .indicators()
        .map(|(_, _, ind)| {
            view! {
                <tr>
                    <th scope="row">{ind.code.0.clone()}</th>
                    <td class="num">{format!("{} of {}", ind.score, ind.max)}</td>
                </tr>
            }
        })
        .collect_view();
    let categories = fiw
        .categories
        .iter()
        .map(|c| format!("{} {} of {}", c.name, c.score, c.max))
        .collect::<Vec<_>>()
        .join("; ");

    view! {
        <section class="worksheet" aria-labelledby="worksheet-title" data-testid="worksheet">
            <h2 id="worksheet-title">{format!("Guess the score: {}", corpus.country)}</h2>
            <p>
                {format!(
                    "Freedom House answers {count} questions and scores each from 0 (worst) to 4 (best). \
                     Read the evidence it gives for each question and tick the score you would give."
                )}
            </p>
            <p class="ws-name">"Name: ____________________   Date: ____________"</p>
            {questions}
            <p class="ws-source">{format!("Source: {source}.")}</p>
            <section class="answer-key" aria-labelledby="answer-key-title" data-testid="answer-key">
                <h2 id="answer-key-title">"Answer key"</h2>
                <table class="data-table">
                    <thead><tr><th scope="col">"Code"</th><th scope="col">"Score"</th></tr></thead>
                    <tbody>{key}</tbody>
                </table>
                <p>
                    {format!(
                        "Total {} of {}: {categories}. Status: {}.",
                        fiw.score, fiw.max, fiw.status.label()
                    )}
                </p>
            </section>
        </section>
    }
}
