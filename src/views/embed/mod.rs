//! `#/embed/…`: the widgets a news site can put in an article with an
//! iframe. No site header, footer or skip link: a title line with a link
//! that opens the full view in a new tab, the widget, and a credit line.
//! The addresses, titles, snippet and height message are
//! `explainer_core::embed`'s; this folder only renders them.
//!
//! Files: `frame` (the page around a widget: links open in a new tab, the
//! height goes to the host page), `widgets` (one component per widget,
//! reusing the full views' parts), `button` (the Embed button and its
//! dialog on the full views).

mod button;
mod frame;
mod pictures;
mod widgets;

use explainer_core::embed::{Widget, sources};
use explainer_core::route::View;
use leptos::prelude::*;

use crate::corpus::use_corpus;
use crate::router::use_route;
use crate::site;

pub use button::EmbedButtons;
pub use frame::{EmbedFrame, EmbedMain};

/// A widget's title: [`Widget::title`], with the question for an indicator.
pub fn title(widget: &Widget) -> String {
    let corpus = use_corpus();
    match widget {
        Widget::Indicator(code) => match corpus.fiw.indicator(code) {
            Some(i) => format!("{code}: {}", corpus.question(i).unwrap_or_default()),
            None => Widget::Unknown(String::new()).title(),
        },
        other => other.title(),
    }
}

/// One widget with its title line and credit.
#[component]
pub fn Embed(
    /// Which widget.
    widget: Widget,
) -> impl IntoView {
    let corpus = use_corpus();
    let route = use_route();
    let full = {
        let widget = widget.clone();
        move || route.with(|r| widget.full_route(&r.query).to_hash())
    };
    let credit = sources(&widget, corpus)
        .iter()
        .map(|d| d.title.clone())
        .collect::<Vec<_>>()
        .join("; ");
    // The widgets that show ratings worked out from scores credit the rules.
    let method = matches!(widget, Widget::WhatIf).then_some(site::METHOD_CREDIT);
    let body = widgets::render(&widget);
    view! {
        <article class="embed" data-testid="embed" data-widget=widget.path()>
            <header class="embed-bar">
                <h1 class="embed-title" tabindex="-1">{title(&widget)}</h1>
                <a class="embed-open" href=full target="_blank" rel="noopener">
                    "Open the full view"
                    <span aria-hidden="true">" ↗"</span>
                    <span class="visually-hidden">" (opens in a new tab)"</span>
                </a>
            </header>
            {body}
            <p class="embed-credit">
                "From "
                <a href=View::Overview.href() target="_blank" rel="noopener">{site::name()}</a>
                {format!("; sources: {credit}.")}
                {method.map(|m| format!(" {m}"))}
            </p>
        </article>
    }
}
