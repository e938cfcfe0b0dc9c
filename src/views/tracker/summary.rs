//! Counts of the shown items by assessed status and by theme: one table
//! each, whose bars are the picture and whose figures are the text.

use explainer_core::corpus::Item;
use explainer_core::tracker::catalogue::{summary, theme_label};
use leptos::prelude::*;

use crate::corpus::use_corpus;

/// The two tables for `items`.
#[component]
pub fn Summary(
    /// The items shown.
    #[prop(into)]
    items: Signal<Vec<&'static Item>>,
) -> impl IntoView {
    let corpus = use_corpus();
    let rows = move |by_status: bool| {
        items.with(|items| {
            let s = summary(items, corpus);
            // A status's bar takes its status's colour (`st-<id>`); a
            // theme's, the plain bar colour.
            let rows: Vec<(String, usize, String)> = if by_status {
                s.by_status
                    .iter()
                    .map(|(st, n)| (st.label.clone(), *n, format!("bar-fill st-{}", st.id.0)))
                    .collect()
            } else {
                s.by_theme
                    .iter()
                    .map(|(t, n)| (theme_label(*t), *n, "bar-fill".to_owned()))
                    .collect()
            };
            let max = rows.iter().map(|r| r.1).max().unwrap_or(0).max(1);
            rows.into_iter()
                .map(|(label, n, fill)| {
                    let width = format!("{:.1}%", n as f64 / max as f64 * 100.0);
                    view! {
                        <tr>
                            <th scope="row">{label}</th>
                            <td class="num">{n}</td>
                            <td class="bar-cell" aria-hidden="true">
                                <span class="bar"><span class=fill style:width=width></span></span>
                            </td>
                        </tr>
                    }
                })
                .collect_view()
        })
    };
    view! {
        <div class="tr-summary" data-testid="tr-summary">
            <table class="data-table">
                <caption>"By status assessed by this explainer"</caption>
                <thead><tr><th scope="col">"Status"</th><th scope="col">"Items"</th><th scope="col"><span class="visually-hidden">"Bar"</span></th></tr></thead>
                <tbody>{move || rows(true)}</tbody>
            </table>
            <table class="data-table">
                <caption>"By theme, as this explainer classifies them (an item may have several)"</caption>
                <thead><tr><th scope="col">"Theme"</th><th scope="col">"Items"</th><th scope="col"><span class="visually-hidden">"Bar"</span></th></tr></thead>
                <tbody>{move || rows(false)}</tbody>
            </table>
        </div>
    }
}
