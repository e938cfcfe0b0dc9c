//! One file (or folder) per view. [`render`] picks the view for an address,
//! [`page_title`] its title.

mod about;
mod all_questions;
mod data;
pub mod embed;
mod indicator;
mod method;
mod not_found;
mod overview;
mod quiz;
mod rating;
mod search;
mod sources;
mod timeline;
mod tracker;
mod what_if;

use explainer_core::route::View;
use leptos::prelude::*;

pub use about::About;
pub use all_questions::AllQuestions;
pub use data::Data;
pub use indicator::Indicator;
pub use method::Method;
pub use not_found::NotFound;
pub use overview::Overview;
pub use quiz::Quiz;
pub use rating::Rating;
pub use search::Search;
pub use sources::{SourceDocument, SourceList};
pub use timeline::{Event, Timeline};
pub use tracker::{Recommendation, Recommendations};
pub use what_if::WhatIf;

use crate::corpus::use_corpus;
use crate::site;

/// The view for an address.
pub fn render(view: &View) -> AnyView {
    match view {
        View::Overview => view! { <Overview/> }.into_any(),
        View::Rating => view! { <Rating/> }.into_any(),
        View::AllQuestions => view! { <AllQuestions/> }.into_any(),
        View::Quiz => view! { <Quiz/> }.into_any(),
        View::Method => view! { <Method/> }.into_any(),
        View::WhatIf => view! { <WhatIf/> }.into_any(),
        View::About => view! { <About/> }.into_any(),
        View::Indicator(code) => view! { <Indicator code=code.clone()/> }.into_any(),
        View::Sources => view! { <SourceList/> }.into_any(),
        View::Source(id) => view! { <SourceDocument id=id.clone()/> }.into_any(),
        View::Data => view! { <Data/> }.into_any(),
        View::Timeline => view! { <Timeline/> }.into_any(),
        View::Event(id) => view! { <Event id=id.clone()/> }.into_any(),
        View::Recommendations => view! { <Recommendations/> }.into_any(),
        View::Recommendation(id) => view! { <Recommendation id=id.clone()/> }.into_any(),
        View::Embed(widget) => view! { <embed::Embed widget=widget.clone()/> }.into_any(),
        View::NotFound(path) => view! { <NotFound path=path.clone()/> }.into_any(),
        View::Search => view! { <Search/> }.into_any(),
    }
}

/// The document title for a view: the page first, then the product.
pub fn page_title(view: &View) -> String {
    let name = site::name();
    match view {
        View::Overview => format!("{name} – {}", site::subject()),
        View::Source(id) => match use_corpus().document(id) {
            Some(doc) => format!("{} – Sources – {name}", doc.title),
            None => format!("Page not found – {name}"),
        },
        View::Indicator(code) => {
            let corpus = use_corpus();
            match corpus.fiw.indicator(code) {
                Some(i) => format!(
                    "{code}: {} – {name}",
                    corpus.question(i).unwrap_or_default()
                ),
                None => format!("Page not found – {name}"),
            }
        }
        View::Event(id) => match use_corpus().event(id) {
            Some(event) => format!("{} – Timeline – {name}", event.title),
            None => format!("Page not found – {name}"),
        },
        View::Recommendation(id) => match use_corpus().item(id) {
            Some(item) => format!(
                "{} {} to {} – Recommendations – {name}",
                item.from,
                item.kind.id(),
                item.to
            ),
            None => format!("Page not found – {name}"),
        },
        View::AllQuestions => format!("All 25 questions – {name}"),
        View::Embed(widget) => format!("{} – {name}", embed::title(widget)),
        View::NotFound(_) => format!("Page not found – {name}"),
        View::Search => format!("Search – {name}"),
        other => match other.section() {
            Some(section) => format!("{} – {name}", section.label()),
            None => name,
        },
    }
}
