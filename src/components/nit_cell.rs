//! One Nations in Transit rating as a table cell, the same in every table:
//! a stated value opens the row that states it; a value this explainer
//! computed is starred, says so to screen readers, and opens the document
//! whose ratings it comes from.

use explainer_core::corpus::NitRating;
use leptos::prelude::*;

use super::Cite;

/// The cell for `rating`, or a dash for an edition the sources do not rate.
pub fn nit_cell(rating: Option<&'static NitRating>) -> AnyView {
    match rating {
        Some(r) if r.computed => view! {
            <td class="num computed">
                <Cite doc=r.doc.0.clone() label=format!("{}*", r.rating)/>
                <span class="visually-hidden">" computed by this explainer"</span>
            </td>
        }
        .into_any(),
        Some(r) => view! {
            <td class="num">
                <Cite doc=r.doc.0.clone() anchor=r.anchor.clone().unwrap_or_default() label=r.rating.to_string()/>
            </td>
        }
        .into_any(),
        None => view! { <td class="num"><span class="visually-hidden">"not given"</span>"–"</td> }.into_any(),
    }
}
