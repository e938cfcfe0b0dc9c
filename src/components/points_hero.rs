//! The overview's picture of the rating: the 100 points, one square each,
//! filled where Freedom House awarded the point and hollow where it withheld
//! it, in a row per subcategory. Each question's squares are one link to its
//! step of the walkthrough, named by its code, score and question, so the
//! picture reads as 25 links to a screen reader; the subcategory table
//! below it is its text alternative.

use explainer_core::route::View;
use leptos::prelude::*;

use crate::corpus::use_corpus;

/// The 100 points by subcategory, each question's points a link.
#[component]
pub fn PointsHero() -> impl IntoView {
    let corpus = use_corpus();
    let fiw = &corpus.fiw;
    let withheld = fiw.max - fiw.score;
    let categories = fiw
        .categories
        .iter()
        .map(|c| {
            let rows = c
                .subcategories
                .iter()
                .map(|s| {
                    let questions = s
                        .indicators
                        .iter()
                        .map(|i| {
                            let question = corpus.question(i).unwrap_or_default();
                            let squares = (0..i.max)
                                .map(|k| {
                                    let class = if k < i.score { "hero-pt hero-pt-on" } else { "hero-pt" };
                                    view! { <span class=class></span> }
                                })
                                .collect_view();
                            view! {
                                <a class="hero-q" href=View::Indicator(i.code.to_string()).href() title=question>
                                    <span class="visually-hidden">{format!("{}: {} of {}. {question}", i.code, i.score, i.max)}</span>
                                    <span class="hero-pts" aria-hidden="true">{squares}</span>
                                </a>
                            }
                        })
                        .collect_view();
                    view! {
                        <li class="hero-row">
                            <span class="hero-sub" title=s.name.clone()>
                                {s.letter.to_string()}
                                <span class="visually-hidden">{format!(". {}, {} of {}:", s.name, s.score, s.max)}</span>
                            </span>
                            {questions}
                        </li>
                    }
                })
                .collect_view();
            view! {
                <div class="hero-cat">
                    <p class="hero-cat-name">{c.name.clone()}" "<span class="hero-cat-score">{format!("{}/{}", c.score, c.max)}</span></p>
                    <ul class="hero-rows">{rows}</ul>
                </div>
            }
        })
        .collect_view();
    view! {
        <figure class="hero" aria-labelledby="hero-caption" data-testid="points-hero">
            <figcaption id="hero-caption">
                {format!("The {} points: {} awarded, {} withheld. ", fiw.max, fiw.score, withheld)}
                <span class="hero-key"><span class="hero-pt hero-pt-on" aria-hidden="true"></span>" awarded "</span>
                <span class="hero-key"><span class="hero-pt" aria-hidden="true"></span>" withheld; "</span>
                "each group of squares is a question and opens its step."
            </figcaption>
            <div class="hero-cats">{categories}</div>
        </figure>
    }
}
