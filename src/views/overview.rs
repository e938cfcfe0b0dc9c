//! `#/`: the headline figures, each linked to the passage it comes from, and
//! the way into each tool.

use explainer_core::corpus::NitMeasure;
use explainer_core::route::Section;
use leptos::prelude::*;

use crate::components::{Cite, PointsHero};
use crate::corpus::use_corpus;

/// The overview page.
#[component]
pub fn Overview() -> impl IntoView {
    let corpus = use_corpus();
    let fiw = &corpus.fiw;
    let doc = fiw.doc.0.clone();
    let report = corpus
        .document(&doc)
        .map_or_else(String::new, |d| d.edition.clone());

    let categories = fiw
        .categories
        .iter()
        .map(|c| {
            view! {
                <div class="figure">
                    <dt>{c.name.clone()}</dt>
                    <dd>
                        <span class="figure-value">{format!("{}/{}", c.score, c.max)}</span>
                        " "
                        <Cite doc=doc.clone() anchor=c.anchor.clone() label="source"/>
                    </dd>
                </div>
            }
        })
        .collect_view();

    let subcategory_rows = fiw
        .categories
        .iter()
        .flat_map(|c| c.subcategories.iter())
        .map(|s| {
            let share = f64::from(s.score) / f64::from(s.max.max(1)) * 100.0;
            view! {
                <tr>
                    <th scope="row">{format!("{}. {}", s.letter, s.name)}</th>
                    <td class="num">{format!("{} of {}", s.score, s.max)}</td>
                    <td class="bar-cell" aria-hidden="true">
                        <span class="bar"><span class="bar-fill" style:width=format!("{share:.1}%")></span></span>
                    </td>
                    <td><Cite doc=doc.clone() anchor=s.anchor.clone() label="source"/></td>
                </tr>
            }
        })
        .collect_view();

    // The latest stated democracy score of the newest Nations in Transit edition.
    let democracy = corpus
        .nit
        .ratings
        .iter()
        .filter(|r| r.measure == NitMeasure::DemocracyScore && !r.computed)
        .max_by_key(|r| r.edition)
        .map(|r| {
            let nit_name = corpus
                .document(r.doc.as_str())
                .map_or_else(String::new, |d| d.edition.clone());
            view! {
                <section aria-labelledby="nit-heading">
                    <h2 id="nit-heading">{nit_name}</h2>
                    <p>
                        "Democracy Score "
                        <strong class="figure-value">{r.rating.to_string()}</strong>
                        " on a scale from 1 (most democratic) to 7 (least democratic). "
                        <Cite doc=r.doc.0.clone() anchor=r.anchor.clone().unwrap_or_default() label="source"/>
                    </p>
                </section>
            }
        });

    let tools = Section::ALL[1..]
        .iter()
        .map(|section| {
            view! {
                <li>
                    <a href=section.route().to_hash()>{section.label()}</a>
                    <span class="tool-blurb">{section.blurb()}</span>
                </li>
            }
        })
        .collect_view();

    view! {
        <section class="view overview" data-testid="overview">
            <h1 tabindex="-1">{format!("{}: {}/{}, {}", corpus.country, fiw.score, fiw.max, fiw.status.label())}</h1>
            <p class="lede">
                "Freedom House's rating in " <cite>{report.clone()}</cite>
                ", explained question by question, with the reforms behind it and what was "
                "recommended and promised. Every figure links to its source."
            </p>
            <PointsHero/>
            <dl class="figures">
                <div class="figure figure-main">
                    <dt>"Total"</dt>
                    <dd>
                        <span class="figure-value">{format!("{}/{}", fiw.score, fiw.max)}</span>
                        " "
                        <Cite doc=doc.clone() anchor=fiw.total_anchor.clone() label="source"/>
                    </dd>
                </div>
                <div class="figure figure-main">
                    <dt>"Status"</dt>
                    <dd>
                        <span class="figure-value">{fiw.status.label()}</span>
                        " "
                        <Cite doc=doc.clone() anchor=fiw.status_anchor.clone() label="source"/>
                    </dd>
                </div>
                {categories}
            </dl>
            <section aria-labelledby="sub-heading">
                <h2 id="sub-heading">"The seven subcategories"</h2>
                <table class="scores">
                    <caption>"Points awarded in each subcategory of " {report}</caption>
                    <thead>
                        <tr>
                            <th scope="col">"Subcategory"</th>
                            <th scope="col">"Score"</th>
                            <th scope="col"><span class="visually-hidden">"Share"</span></th>
                            <th scope="col">"Source"</th>
                        </tr>
                    </thead>
                    <tbody>{subcategory_rows}</tbody>
                </table>
            </section>
            {democracy}
            <nav aria-label="Tools">
                <h2>"Explore"</h2>
                <ul class="tool-list">{tools}</ul>
            </nav>
        </section>
    }
}
