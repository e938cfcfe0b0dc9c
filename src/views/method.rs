//! `#/method`: how 25 questions of 4 points become two ratings and a status,
//! worked through with the country's own numbers. The bands are Freedom
//! House's published methodology, cited as such, not the country report.

use explainer_core::method::{Category, STATUS_BANDS, Scenario};
use explainer_core::route::View;
use leptos::prelude::*;

use crate::components::Cite;
use crate::corpus::use_corpus;

/// The method page.
#[component]
pub fn Method() -> impl IntoView {
    let corpus = use_corpus();
    let fiw = &corpus.fiw;
    let doc = fiw.doc.as_str();
    let assessment = Scenario::stated(fiw).assess(fiw);
    let count = fiw.indicators().count();
    let pr = assessment.political_rights;
    let cl = assessment.civil_liberties;
    let fr = assessment.freedom_rating;

    let category_lines = fiw
        .categories
        .iter()
        .map(|c| {
            let questions = c.subcategories.iter().map(|s| s.indicators.len()).sum::<usize>();
            let letters: Vec<&str> = c.subcategories.iter().map(|s| s.letter.as_str()).collect();
            view! {
                <li>
                    <strong>{c.name.clone()}</strong>
                    {format!(
                        ": {questions} questions in subcategories {}, up to {} points. {} scored {} of {}. ",
                        letters.join(", "), c.max, corpus.country, c.score, c.max
                    )}
                    <Cite doc=doc anchor=c.anchor.clone() label="source"/>
                </li>
            }
        })
        .collect_view();

    let status_rows = STATUS_BANDS
        .iter()
        .map(|b| {
            let here = b.min <= fr && fr <= b.max;
            view! {
                <tr class:here=here>
                    <th scope="row">{b.status.label()}</th>
                    <td>{format!("{} to {}", b.min, b.max)}</td>
                    <td>{here.then(|| format!("{}: {fr}", corpus.country))}</td>
                </tr>
            }
        })
        .collect_view();

    view! {
        <section class="view method" data-testid="method">
            <h1 tabindex="-1">"How the score becomes a status"</h1>
            <p class="lede">
                {format!(
                    "{count} questions, each scored from 0 to 4, make {} points. Freedom House turns the two category totals into two ratings from 1 (most free) to 7 (least free), and their average into a status.",
                    count * 4
                )}
            </p>
            <p class="notice">
                "The rules on this page come from Freedom House's "
                <cite>"Freedom in the World 2019 Methodology"</cite>
                " (“Scores to ratings”, Tables 1 and 2, and “Status”), not from the country report, "
                "which gives the scores but not these rules. This explainer cites them as reference data."
            </p>

            <h2>"1. Points"</h2>
            <ul>{category_lines}</ul>
            <p>
                "The methodology also has one discretionary Political Rights question that can only "
                "take points away (forced demographic change); it was not applied here."
            </p>

            <h2>"2. Totals become ratings"</h2>
            <div class="band-tables">
                <BandTable category=Category::PoliticalRights total=pr.score/>
                <BandTable category=Category::CivilLiberties total=cl.score/>
            </div>

            <h2>"3. Ratings become a status"</h2>
            <p>
                {format!(
                    "The Freedom Rating is the average of the two ratings: ({} + {}) / 2 = {fr}. Averages from 1.0 to 2.5 are Free, 3.0 to 5.0 Partly Free, 5.5 to 7.0 Not Free.",
                    pr.rating, cl.rating
                )}
            </p>
            <table class="data-table bands">
                <caption>"Freedom Rating to status"</caption>
                <thead><tr><th scope="col">"Status"</th><th scope="col">"Freedom Rating"</th><th scope="col">"Here"</th></tr></thead>
                <tbody>{status_rows}</tbody>
            </table>
            <p class="result">
                {format!("{}: {fr}, ", corpus.country)}
                <strong>{assessment.status.label()}</strong>
                {format!(", as the report states ({}). ", fiw.status.label())}
                <Cite doc=doc anchor=fiw.status_anchor.clone() label="source"/>
            </p>
            <p><a class="button-link" href=View::WhatIf.href()>"Try changing the scores in the what-if sandbox"</a></p>
        </section>
    }
}

/// One category's bands, with the country's total marked.
#[component]
fn BandTable(category: Category, total: i16) -> impl IntoView {
    let position = category.position(total);
    let rows = category
        .bands()
        .iter()
        .map(|b| {
            let here = b.rating == position.band.rating;
            let range = if b.min <= 0 && category == Category::PoliticalRights {
                format!("{} or less", b.max)
            } else {
                format!("{} to {}", b.min, b.max)
            };
            view! {
                <tr class:here=here>
                    <th scope="row">{b.rating.to_string()}</th>
                    <td>{range}</td>
                    <td>{here.then(|| format!("total {total}"))}</td>
                </tr>
            }
        })
        .collect_view();
    let note = position
        .edge_note()
        .map(|n| format!("On the band's edge: {n}."));
    view! {
        <div>
            <table class="data-table bands">
                <caption>{format!("{} total to rating", category.label())}</caption>
                <thead><tr><th scope="col">"Rating"</th><th scope="col">"Total"</th><th scope="col">"Here"</th></tr></thead>
                <tbody>{rows}</tbody>
            </table>
            <p>{format!("{} {total} gives rating {}. ", category.label(), position.band.rating)}{note}</p>
        </div>
    }
}
