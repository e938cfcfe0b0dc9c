//! A citation: a link that opens the source reader at the cited passage,
//! with the quoted words highlighted.

use explainer_core::corpus::{Anchor, Quote};
use explainer_core::passage::Passage;
use leptos::prelude::*;

use crate::corpus::use_corpus;

/// "Freedom in the World 2019, ¶ 12" or "…, note 12": a short, human name for
/// a place in a document.
pub fn passage_label(doc: &str, anchor: Option<&str>) -> String {
    let corpus = use_corpus();
    let name = corpus
        .document(doc)
        .map_or_else(|| doc.to_owned(), |d| d.edition.clone());
    match anchor {
        Some(a) if a.starts_with('n') => format!("{name}, note {}", &a[1..]),
        Some(a) if a.starts_with('p') => format!("{name}, ¶ {}", &a[1..]),
        _ => name,
    }
}

/// A link to a passage. Give either `quote` (highlights its words) or `doc`
/// with an optional `anchor`. The visible text is `label` if given, else the
/// passage's short name.
#[component]
pub fn Cite(
    /// A quote to open and highlight.
    #[prop(optional)]
    quote: Option<Quote>,
    /// A document to open, when there is no quote.
    #[prop(optional, into)]
    doc: Option<String>,
    /// The paragraph or note, with `doc`.
    #[prop(optional)]
    anchor: Option<Anchor>,
    /// Visible text; defaults to the passage's short name.
    #[prop(optional, into)]
    label: Option<String>,
) -> impl IntoView {
    let passage = match quote {
        Some(q) => Passage {
            doc: q.doc.0.clone(),
            anchor: Some(q.anchor.0.clone()),
            // A span into the text as received cannot be marked in the
            // corrected text shown; the paragraph is still opened.
            highlight: (!q.raw).then_some((q.start as usize, q.end as usize)),
        },
        None => Passage {
            doc: doc.unwrap_or_default(),
            anchor: anchor.map(|a| a.0),
            highlight: None,
        },
    };
    let name = passage_label(&passage.doc, passage.anchor.as_deref());
    // A short visible label ("source") still gets a full accessible name.
    let hidden = label.is_some().then(|| {
        view! { <span class="visually-hidden">{format!(" ({name})")}</span> }
    });
    let text = label.unwrap_or(name);
    view! {
        <a class="cite" href=passage.route().to_hash()>{text}{hidden}</a>
    }
}
