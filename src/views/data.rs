//! `#/data`: the tables behind the app and their downloads (CSV, RFC 4180,
//! UTF-8 after a byte-order mark, with fixed headers; and the whole corpus
//! as JSON), made in the browser so they work offline.

use explainer_core::route::View;
use explainer_core::site::DATA_FILES;
use explainer_core::timeline::chart::measures;
use explainer_core::timeline::table::{Rows, nit_table};
use leptos::prelude::*;

use crate::components::{Cite, ScrollTable, nit_cell};
use crate::corpus::{CORPUS_JSON, use_corpus};
use crate::download::download;

/// The data page.
#[component]
pub fn Data() -> impl IntoView {
    let corpus = use_corpus();
    let (error, set_error) = signal(None::<String>);

    let downloads = DATA_FILES
        .iter()
        .map(|d| {
            let on_click = move |_| {
                set_error.set(download(d.name, d.mime, &d.contents(corpus, CORPUS_JSON)).err());
            };
            view! {
                <li>
                    <button type="button" class="download" on:click=on_click>
                        {format!("Download {}", d.name)}
                    </button>
                    " "
                    <span>{d.about}</span>
                </li>
            }
        })
        .collect_view();

    let doc = corpus.fiw.doc.0.clone();
    let indicator_rows = corpus
        .fiw
        .indicators()
        .map(|(_, sub, ind)| {
            let question = corpus.question(ind).unwrap_or_default().to_owned();
            view! {
                <tr>
                    <th scope="row"><a href=View::Indicator(ind.code.to_string()).href()>{ind.code.0.clone()}</a></th>
                    <td>{question}</td>
                    <td>{sub.name.clone()}</td>
                    <td class="num">{format!("{} of {}", ind.score, ind.max)}</td>
                    <td><Cite doc=doc.clone() anchor=ind.question.anchor.clone() label="source"/></td>
                </tr>
            }
        })
        .collect_view();

    view! {
        <section class="view data" data-testid="data">
            <h1 tabindex="-1">"Data"</h1>
            <p>
                "The tables behind this explainer, to check, reuse and cite. The CSV files follow "
                "RFC 4180 in UTF-8, with fixed column headers; each starts with a byte-order "
                "mark, so that spreadsheets such as Excel show every letter and quotation mark "
                "as written. They are made in your browser from the data the page already "
                "holds: nothing is fetched."
            </p>
            <h2>"Downloads"</h2>
            <ul class="downloads">{downloads}</ul>
            <p role="alert" class="error">{move || error.get()}</p>

            <h2 id="indicators-heading">"Indicator scores"</h2>
            <ScrollTable labelled_by="indicators-heading" columns=&["Code", "Question", "Subcategory", "Score", "Source"]>
                {indicator_rows}
            </ScrollTable>

            <NitTable/>

            <h2>"How to cite"</h2>
            <p>
                "Cite the source documents, which this explainer quotes; each figure's "
                "“source” link opens the passage it rests on. The app's own judgments (a "
                "recommendation's status, an event's direction or themes) are labelled as "
                "the app's wherever they appear."
            </p>
        </section>
    }
}

/// Nations in Transit ratings: editions down, measures across.
#[component]
fn NitTable() -> impl IntoView {
    let corpus = use_corpus();
    let measures = measures();
    let head = measures
        .iter()
        .map(|m| view! { <th scope="col">{m.name()}</th> })
        .collect_view();
    let body = nit_table(&corpus.nit, Rows::ByDocument)
        .into_iter()
        .map(|row| {
            let doc = row.doc.unwrap_or_default();
            let doc_name = corpus
                .document(doc)
                .map_or(doc.to_owned(), |d| d.edition.clone());
            let cells = row.cells.into_iter().map(nit_cell).collect_view();
            view! {
                <tr>
                    <th scope="row">{row.edition.to_string()}</th>
                    <td>{doc_name}</td>
                    {cells}
                </tr>
            }
        })
        .collect_view();
    view! {
        <h2 id="nit-heading">"Nations in Transit ratings"</h2>
        <p>"1 is the most democratic, 7 the least. * computed by this explainer as the mean of the seven category ratings, rounded to two decimals; the source does not state it."</p>
        <div class="table-scroll" role="region" aria-labelledby="nit-heading" tabindex="0">
            <table class="data-table">
                <thead><tr><th scope="col">"Edition"</th><th scope="col">"Source"</th>{head}</tr></thead>
                <tbody>{body}</tbody>
            </table>
        </div>
    }
}
