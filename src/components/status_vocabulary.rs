//! The tracker's status vocabulary with what each status means, from the
//! corpus: explained wherever statuses are shown, in one form.

use leptos::prelude::*;

use crate::corpus::use_corpus;

/// Each status's label and meaning, as a description list.
#[component]
pub fn StatusVocabulary() -> impl IntoView {
    let statuses = use_corpus()
        .statuses
        .iter()
        .map(|s| view! { <dt>{s.label.clone()}</dt><dd>{s.meaning.clone()}</dd> })
        .collect_view();
    view! { <dl class="statuses">{statuses}</dl> }
}
