//! Freedom House's reasoning for one indicator: its narrative paragraphs,
//! notes included, as the walkthrough, the all-questions page, the quiz
//! and the worksheet show it.

use explainer_core::corpus::Indicator;
use leptos::prelude::*;

use super::{Cite, RichText};
use crate::corpus::use_corpus;

/// The paragraphs of `ind`'s reasoning, each followed by a link to its
/// source when `cited` (the quiz leaves it out: the source page would
/// show the score before the guess).
pub fn reasoning(ind: &'static Indicator, cited: bool) -> impl IntoView + use<> {
    reasoning_part(ind, cited, 0..usize::MAX)
}

/// The paragraphs of `ind`'s reasoning in `part` (0 the first), as
/// [`reasoning`] shows them: a widget shows the first and folds the rest.
pub fn reasoning_part(
    ind: &'static Indicator,
    cited: bool,
    part: std::ops::Range<usize>,
) -> impl IntoView + use<> {
    let corpus = use_corpus();
    let doc = corpus.fiw.doc.as_str();
    let (skip, take) = (part.start, part.end.saturating_sub(part.start));
    ind.narrative
        .iter()
        .skip(skip)
        .take(take)
        .filter_map(|anchor| {
            let p = corpus.document(doc)?.paragraph(anchor)?;
            let cite =
                cited.then(|| view! { " "<Cite doc=doc anchor=anchor.clone() label="source"/> });
            Some(view! {
                <p>
                    <RichText text=p.text.as_str() doc=doc notes=p.notes.as_slice()/>
                    {cite}
                </p>
            })
        })
        .collect_view()
}
