//! Freedom House's status grid: every pair of a Political Rights rating
//! (rows) and a Civil Liberties rating (columns), each cell the status
//! their average gives, with the scenario's cell and Freedom House's own
//! marked. A table, so it is its own text alternative: each cell's status
//! and marks are words to a screen reader; on screen, letters, colours and
//! symbols (always together).

use std::rc::Rc;

use explainer_core::corpus::FiwStatus;
use explainer_core::method::{Assessment, FreedomRating};
use explainer_core::picture::{Picture, status_frame, status_grid};
use explainer_core::route::Route;
use leptos::prelude::*;

use crate::components::address_of;
use crate::corpus::use_corpus;

/// The grid as a picture to download, for the scenario `assessment` at the
/// full app's `address` (where the scenario lives).
pub fn grid_picture(
    assessment: Signal<Assessment>,
    address: Signal<Route>,
) -> Rc<dyn Fn() -> Picture> {
    let corpus = use_corpus();
    let stated = explainer_core::method::Scenario::stated(&corpus.fiw).assess(&corpus.fiw);
    Rc::new(move || {
        let a = assessment.get_untracked();
        let frame = status_frame(corpus, &a, address.with_untracked(address_of));
        status_grid(
            (a.political_rights.rating, a.civil_liberties.rating),
            (
                stated.political_rights.rating,
                stated.civil_liberties.rating,
            ),
            &frame,
        )
    })
}

/// The short form shown in a cell, and the class that colours it.
fn cell_look(status: FiwStatus) -> (&'static str, &'static str) {
    match status {
        FiwStatus::Free => ("F", "sg-free"),
        FiwStatus::PartlyFree => ("PF", "sg-partly"),
        FiwStatus::NotFree => ("NF", "sg-not"),
    }
}

/// The grid, marking `here` (the scenario's ratings, Political Rights then
/// Civil Liberties) and `stated` (Freedom House's).
#[component]
pub fn StatusGrid(here: Signal<(u8, u8)>, stated: (u8, u8)) -> impl IntoView {
    let header = (1..=7u8)
        .map(|cl| view! { <th scope="col">{cl.to_string()}</th> })
        .collect_view();
    let rows = (1..=7u8)
        .map(|pr| {
            let cells = (1..=7u8)
                .map(|cl| {
                    let status = FreedomRating::from_ratings(pr, cl).status();
                    let (short, class) = cell_look(status);
                    let is_here = move || here.get() == (pr, cl);
                    let is_stated = stated == (pr, cl);
                    view! {
                        <td class=format!("sg-cell {class}") class:sg-here=is_here class:sg-stated=is_stated>
                            <span aria-hidden="true">{short}</span>
                            <span class="visually-hidden">{status.label()}</span>
                            {move || is_here().then(|| view! {
                                <span class="sg-mark" aria-hidden="true">"●"</span>
                                <span class="visually-hidden">", this scenario"</span>
                            })}
                            {is_stated.then(|| view! {
                                <span class="sg-mark" aria-hidden="true">"◇"</span>
                                <span class="visually-hidden">", Freedom House's scores"</span>
                            })}
                        </td>
                    }
                })
                .collect_view();
            view! { <tr><th scope="row">{pr.to_string()}</th>{cells}</tr> }
        })
        .collect_view();
    view! {
        <figure class="status-grid" data-testid="status-grid">
            <table>
                <caption>
                    "Where the scenario sits: the status for each Political Rights rating (rows) and Civil Liberties rating (columns)"
                </caption>
                <thead>
                    <tr>
                        <th scope="col"><span class="visually-hidden">"Political Rights rating"</span><span aria-hidden="true">"PR"</span></th>
                        {header}
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
            <figcaption class="sg-key">
                <span><span aria-hidden="true">"● "</span>"this scenario"</span>
                <span><span aria-hidden="true">"◇ "</span>"Freedom House's scores"</span>
                <span><span class="sg-swatch sg-free" aria-hidden="true">"F"</span>" Free"</span>
                <span><span class="sg-swatch sg-partly" aria-hidden="true">"PF"</span>" Partly Free"</span>
                <span><span class="sg-swatch sg-not" aria-hidden="true">"NF"</span>" Not Free"</span>
                <span>"1 is the most free, 7 the least. Rules: Freedom House, Freedom in the World 2019 Methodology."</span>
            </figcaption>
        </figure>
    }
}
