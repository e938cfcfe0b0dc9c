//! `#/rating`: the 100 points at a glance. Each indicator is four pips,
//! filled for points awarded, hollow for points withheld, grouped by
//! subcategory and category; a table gives the same figures as text.

use std::rc::Rc;

use explainer_core::picture::{Picture, points, points_frame};
use explainer_core::route::{Route, View};
use leptos::prelude::*;

use crate::components::{PictureDownload, Pips, ScrollTable, address_of};
use crate::corpus::use_corpus;

/// Every point as a square, by category and subcategory, each indicator
/// linked to its step. Shared by this view and its widget.
#[component]
pub fn PointsPicture() -> impl IntoView {
    let corpus = use_corpus();
    let fiw = &corpus.fiw;
    let picture = fiw
        .categories
        .iter()
        .map(|c| {
            let subs = c
                .subcategories
                .iter()
                .map(|s| {
                    let tiles = s
                        .indicators
                        .iter()
                        .map(|i| {
                            // The question, for the pointer's tooltip and
                            // for screen readers: the tile shows only its code.
                            let question = corpus.question(i).unwrap_or_default();
                            view! {
                                <li>
                                    <a class="tile" href=View::Indicator(i.code.to_string()).href() title=question>
                                        <span class="tile-code">{i.code.0.clone()}</span>
                                        <span class="tile-words" aria-hidden="true">{i.short.clone()}</span>
                                        <span class="visually-hidden">{format!(" {question} ")}</span>
                                        <Pips score=i.score max=i.max/>
                                    </a>
                                </li>
                            }
                        })
                        .collect_view();
                    view! {
                        <div class="subcat">
                            <h3>{format!("{}. {}", s.letter, s.name)}" "<span class="subcat-score">{format!("{}/{}", s.score, s.max)}</span></h3>
                            <ul class="tiles">{tiles}</ul>
                        </div>
                    }
                })
                .collect_view();
            view! {
                <section class="category" aria-label=format!("{}: {} of {}", c.name, c.score, c.max)>
                    <h2>{c.name.clone()}" "<span class="subcat-score">{format!("{}/{}", c.score, c.max)}</span></h2>
                    {subs}
                </section>
            }
        })
        .collect_view();
    let draw: Rc<dyn Fn() -> Picture> = Rc::new(move || {
        points(
            corpus,
            &points_frame(corpus, address_of(&Route::new(View::Rating))),
        )
    });
    view! {
        <div class="points-picture">{picture}</div>
        <p class="muted tile-note">"The tiles' short names are this explainer's; each question's step quotes Freedom House's words."</p>
        <PictureDownload name="score-breakdown" what="the score breakdown" draw=draw/>
    }
}

/// The score breakdown.
#[component]
pub fn Rating() -> impl IntoView {
    let corpus = use_corpus();
    let fiw = &corpus.fiw;
    let withheld = fiw.max - fiw.score;

    let rows = fiw
        .indicators()
        .map(|(_, s, i)| {
            view! {
                <tr>
                    <th scope="row"><a href=View::Indicator(i.code.to_string()).href()>{i.code.0.clone()}</a></th>
                    <td>{corpus.question(i).unwrap_or_default().to_owned()}</td>
                    <td>{s.letter.clone()}</td>
                    <td class="num">{format!("{} of {}", i.score, i.max)}</td>
                </tr>
            }
        })
        .collect_view();

    let first = fiw
        .indicators()
        .next()
        .map(|(_, _, i)| i.code.0.clone())
        .unwrap_or_default();

    view! {
        <section class="view rating" data-testid="rating">
            <h1 tabindex="-1">"The 25 questions"</h1>
            <p class="lede">
                {format!(
                    "Freedom House asks 25 questions and scores each from 0 to 4 points. {} scored {} of {}: ",
                    corpus.country, fiw.score, fiw.max
                )}
                <strong>{format!("{} points awarded", fiw.score)}</strong>
                {format!(", {withheld} withheld. Each square below is one point: filled if awarded, hollow if withheld.")}
            </p>
            <p class="actions">
                <a class="button-link" href=View::Indicator(first.to_string()).href()>"Walk through the questions, one by one"</a>
                " "
                <a class="button-link" href=View::AllQuestions.href()>"All 25 with the reasoning, on one page (to read or print)"</a>
            </p>
            <PointsPicture/>
            <h2 id="questions-table">"All 25 questions as a table"</h2>
            <ScrollTable labelled_by="questions-table" columns=&["Code", "Question", "Subcategory", "Score"]>
                {rows}
            </ScrollTable>
        </section>
    }
}
