//! What else in the corpus bears on a question: the timeline's events and
//! the recommendations, each list short with the rest folded under "Show
//! all", and the Nations in Transit category most linked to it as a small
//! chart, its ratings and their sources a table folded under it.

use explainer_core::corpus::{NitCategory, NitMeasure, NitRating};
use explainer_core::timeline::chart::Scale;
use explainer_core::walkthrough;
use leptos::prelude::*;

use crate::components::{
    Cite, ScrollTable, ShortList, event_item, rating_axes, recommendation_item,
};
use crate::corpus::use_corpus;

/// How many of a related list show before "Show all".
const SHOWN: usize = 5;

/// The events, recommendations and Nations in Transit category that bear on
/// the question.
#[component]
pub(super) fn Related(code: &'static str) -> impl IntoView {
    let corpus = use_corpus();
    let events: Vec<AnyView> = walkthrough::events_for(corpus, code)
        .into_iter()
        .map(|e| event_item(e).into_any())
        .collect();
    let items: Vec<AnyView> = walkthrough::items_for(corpus, code)
        .into_iter()
        .map(|i| {
            let status = corpus
                .status(i.status.as_str())
                .map_or_else(String::new, |s| s.label.clone());
            recommendation_item(
                i,
                Some(format!("Status assessed by this explainer: {status}")),
            )
            .into_any()
        })
        .collect();
    let nit = walkthrough::nit_categories_for(corpus, code)
        .first()
        .map(|&(category, links)| view! { <NitSeries category=category links=links/> });
    view! {
        <ShortList id="events-heading" title="On the timeline" noun=("event", "events") shown=SHOWN items=events/>
        <ShortList id="items-heading" title="Recommendations and pledges" noun=("recommendation or pledge", "recommendations and pledges") shown=SHOWN items=items/>
        {nit}
    }
}

/// The small chart's drawing: width, and the plot's height.
const W: f64 = 320.0;
const H: f64 = 120.0;

/// A category's ratings as a line over the editions, the first and last
/// labelled: the table below has every figure and its source.
fn sparkline(ratings: &[&NitRating]) -> AnyView {
    let editions = ratings.iter().map(|r| r.edition);
    let years = (
        editions.clone().min().unwrap_or(0),
        editions.max().unwrap_or(0),
    );
    let sc = Scale::new(years, ratings.iter().map(|r| r.rating), W, H);
    let points = explainer_core::timeline::chart::polyline(&sc, ratings);
    let dots = ratings
        .iter()
        .map(|r| view! { <circle cx=sc.x(r.edition) cy=sc.y(r.rating) r="3.5"/> })
        .collect_view();
    view! {
        <svg class="nit-spark" viewBox=format!("0 0 {W} {}", H + 22.0) aria-hidden="true" data-testid="nit-spark">
            {rating_axes(&sc)}
            <polyline points=points/>
            {dots}
        </svg>
    }
    .into_any()
}

/// A Nations in Transit category's ratings over the editions: a small
/// chart, and the table of ratings with their sources folded under it.
#[component]
fn NitSeries(category: NitCategory, links: usize) -> impl IntoView {
    let corpus = use_corpus();
    let measure = NitMeasure::from(category);
    let mut ratings: Vec<&NitRating> = corpus
        .nit
        .ratings
        .iter()
        .filter(|r| r.measure == measure)
        .collect();
    explainer_core::order::sort_by_key(&mut ratings, |r| r.edition);
    ratings.dedup_by_key(|r| r.edition);
    let summary = match (ratings.first(), ratings.last()) {
        (Some(a), Some(b)) => format!(
            "From {} in the {} edition to {} in the {} edition.",
            a.rating, a.edition, b.rating, b.edition
        ),
        _ => String::new(),
    };
    let chart = sparkline(&ratings);
    let rows = ratings
        .into_iter()
        .map(|r| {
            let source = r
                .anchor
                .clone()
                .map(|a| view! { <Cite doc=r.doc.as_str() anchor=a/> });
            view! {
                <tr>
                    <th scope="row">{r.edition.to_string()}</th>
                    <td class="num">{r.rating.to_string()}</td>
                    <td>{source}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <section aria-labelledby="nit-series-heading">
            <h2 id="nit-series-heading">{format!("Nations in Transit: {}", category.name())}</h2>
            <p>
                {format!(
                    "The Nations in Transit category that this explainer's events and recommendations on this question are most often linked to ({}). ",
                    explainer_core::site::count(links, "link", "links")
                )}
                "Ratings run from 1 (most democratic) to 7 (least democratic). "
                <span data-testid="nit-summary">{summary}</span>
            </p>
            {chart}
            <details class="nit-series-table">
                <summary>"Every edition's rating, with its source"</summary>
                <ScrollTable labelled_by="nit-series-heading" columns=&["Edition", "Rating", "Source"]>
                    {rows}
                </ScrollTable>
            </details>
        </section>
    }
}
