//! One file per view. [`render`] picks the view for an address; views that
//! later work fills say so plainly instead of pretending to content.

mod coming;
mod not_found;
mod overview;

use explainer_core::route::{Section, View};
use leptos::prelude::*;

pub use coming::Coming;
pub use not_found::NotFound;
pub use overview::Overview;

use crate::site;

/// The view for an address.
pub fn render(view: &View) -> AnyView {
    match view {
        View::Overview => view! { <Overview/> }.into_any(),
        View::NotFound(path) => view! { <NotFound path=path.clone()/> }.into_any(),
        other => {
            let section = other.section().unwrap_or(Section::Overview);
            view! { <Coming section=section/> }.into_any()
        }
    }
}

/// The document title for a view: the page first, then the product.
pub fn page_title(view: &View) -> String {
    match view {
        View::Overview => format!("{} – {}", site::NAME, site::SUBJECT),
        View::NotFound(_) => format!("Page not found – {}", site::NAME),
        other => match other.section() {
            Some(section) => format!("{} – {}", section.label(), site::NAME),
            None => site::NAME.to_owned(),
        },
    }
}
