//! A paragraph's text with its note markers and web addresses as links and
//! the cited words highlighted. Text is always inserted as text, never as
//! markup.

use explainer_core::passage::{SegmentKind, is_safe_url, segments};
use explainer_core::route::{Route, View};
use leptos::prelude::*;

/// Renders `text` with links for the note markers of `notes` (pointing into
/// document `doc`) and for web addresses, and `<mark>` around `highlight`.
#[component]
pub fn RichText(
    /// The paragraph's text.
    text: &'static str,
    /// The document, for note links.
    doc: &'static str,
    /// Note numbers whose markers appear in the text.
    #[prop(optional)]
    notes: &'static [u32],
    /// Byte span to highlight.
    #[prop(default = None)]
    highlight: Option<(usize, usize)>,
) -> impl IntoView {
    segments(text, notes, highlight)
        .into_iter()
        .map(|seg| {
            let inner = match seg.kind {
                SegmentKind::Text => seg.text.into_any(),
                SegmentKind::NoteRef(n) => view! {
                    <a class="note-ref" href=Route::new(View::Source(doc.to_string())).with("at", format!("n{n}")).to_hash() aria-label=format!("note {n}")>
                        {seg.text}
                    </a>
                }
                .into_any(),
                SegmentKind::Url if is_safe_url(seg.text) => view! {
                    <a href=seg.text rel="noopener noreferrer" target="_blank">{seg.text}</a>
                }
                .into_any(),
                SegmentKind::Url => seg.text.into_any(),
            };
            if seg.marked {
                view! { <mark>{inner}</mark> }.into_any()
            } else {
                inner
            }
        })
        .collect_view()
}
