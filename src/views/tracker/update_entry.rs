//! One of the reader's updates in the item's list: its status and date,
//! note and link (a link only if `http` or `https`), and "Edit" and
//! "Delete", which asks first.

use explainer_core::tracker::Update;
use leptos::prelude::*;

use super::editor::Editor;
use super::status_label;

/// "Edit" and "Delete", or the question "Delete this update?" with its two
/// answers. The hidden words name the update for a screen reader.
fn actions(update: Update, editor: Editor) -> impl IntoView {
    move || {
        let update = update.clone();
        let id = update.id.clone();
        if editor
            .confirming
            .with(|c| c.as_deref() == Some(id.as_str()))
        {
            let keep_id = id.clone();
            view! {
                <span class="tr-confirm">"Delete this update?"</span>
                <button type="button" id=format!("tr-yes-{id}") on:click=move |_| editor.delete(id.clone())>
                    "Yes, delete it"
                </button>
                <button type="button" on:click=move |_| editor.keep(&keep_id)>"Keep it"</button>
            }
            .into_any()
        } else {
            let named = format!(" your update of {}", update.date.human());
            view! {
                <button type="button" on:click=move |_| editor.start_edit(&update)>
                    "Edit"<span class="visually-hidden">{named.clone()}</span>
                </button>
                <button type="button" id=format!("tr-del-{id}") on:click=move |_| editor.ask_delete(&id)>
                    "Delete"<span class="visually-hidden">{named}</span>
                </button>
            }
            .into_any()
        }
    }
}

/// One update, as the list shows it.
pub(super) fn update_entry(update: Update, editor: Editor) -> impl IntoView {
    let link = update.link.clone().map(|l| match update.safe_link() {
        Some(_) => view! {
            <p class="tr-link"><a href=l.clone() rel="noopener noreferrer nofollow" target="_blank">{l.clone()}</a></p>
        }
        .into_any(),
        None => view! { <p class="tr-link">"Link (not followed: not http or https): "{l}</p> }.into_any(),
    });
    let note =
        (!update.note.is_empty()).then(|| view! { <p class="tr-note">{update.note.clone()}</p> });
    let label = status_label(update.status.as_str());
    let dated = format!(", {}", update.date.human());
    view! {
        <li class="tr-update" data-testid="tr-update">
            <p><strong>{label}</strong>{dated}</p>
            {note}
            {link}
            <div class="tr-actions">{actions(update, editor)}</div>
        </li>
    }
}
