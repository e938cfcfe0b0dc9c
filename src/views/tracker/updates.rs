//! The reader's own dated updates for one item, beside (never mixed with)
//! this explainer's assessment: the list, newest first
//! (`update_entry`), and the form to add or edit one (`update_form`),
//! sharing one `Editor`. Notes and links are shown as text. Errors are tied
//! to their fields; after a change focus goes to the message that says
//! what happened.

use explainer_core::corpus::Item;
use explainer_core::tracker::Update;
use leptos::prelude::*;

use super::editor::Editor;
use super::update_entry::update_entry;
use super::update_form::UpdateFormView;
use crate::tracker_store::use_tracker;

/// The reader's updates for `item` and the form.
#[component]
pub fn ReaderUpdates(
    /// The recommendation or pledge.
    item: &'static Item,
) -> impl IntoView {
    let tracker = use_tracker();
    let editor = Editor::new(item);
    let item_id = item.id.as_str();
    let list = move || {
        let updates: Vec<Update> = tracker
            .store
            .with(|s| s.for_item(item_id).into_iter().cloned().collect());
        if updates.is_empty() {
            return view! { <p class="muted">"You have no updates for this item yet."</p> }
                .into_any();
        }
        let entries = updates
            .into_iter()
            .map(|u| update_entry(u, editor))
            .collect_view();
        view! { <ul class="tr-updates" data-testid="tr-updates">{entries}</ul> }.into_any()
    };
    view! {
        <section class="tr-reader" aria-labelledby="tr-reader-heading" data-testid="tr-reader">
            <h2 id="tr-reader-heading">"Your own tracking"</h2>
            <p class="muted">
                "Your dated updates, kept only in this browser and never sent anywhere. "
                "They sit beside this explainer's assessment and do not change it."
            </p>
            <p id="tr-message" class="tr-message" role="status" tabindex="-1">
                {move || editor.message.get()}
            </p>
            {list}
            <UpdateFormView editor=editor/>
        </section>
    }
}
