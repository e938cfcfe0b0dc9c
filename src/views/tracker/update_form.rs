//! The form to add an update to an item, or edit one: status, date, note
//! and link, each field with its error; "Cancel editing" while editing.

use explainer_core::tracker::form::{FormField, UpdateForm};
use leptos::prelude::*;

use super::editor::{Editor, focus};
use super::form_field::{error_of, field};
use crate::corpus::use_corpus;

/// The text of one field of the draft, and how typing changes it.
fn bound(
    editor: Editor,
    get: fn(&UpdateForm) -> &String,
    set: fn(&mut UpdateForm) -> &mut String,
) -> (
    impl Fn() -> String + Copy,
    impl Fn(leptos::ev::Event) + Copy,
) {
    let draft = editor.draft;
    (
        move || draft.with(|d| get(d).clone()),
        move |ev| draft.update(|d| *set(d) = event_target_value(&ev)),
    )
}

/// The form.
#[component]
pub(super) fn UpdateFormView(editor: Editor) -> impl IntoView {
    let options = use_corpus()
        .statuses
        .iter()
        .map(|s| view! { <option value=s.id.0.clone()>{s.label.clone()}</option> })
        .collect_view();
    let errors = editor.errors;
    let (status, set_status) = bound(editor, |d| &d.status, |d| &mut d.status);
    let (date, set_date) = bound(editor, |d| &d.date, |d| &mut d.date);
    let (note, set_note) = bound(editor, |d| &d.note, |d| &mut d.note);
    let (link, set_link) = bound(editor, |d| &d.link, |d| &mut d.link);
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        editor.submit();
    };
    view! {
        <form class="tr-form" novalidate on:submit=submit>
            <h3>{move || if editor.is_editing() { "Edit your update" } else { "Add an update" }}</h3>
            <div class="tr-field">
                <label for="tr-status">"Status"</label>
                <select id="tr-status" aria-describedby="tr-form-error" prop:value=status on:change=set_status>
                    {options}
                </select>
            </div>
            {field(errors, FormField::Date, "Date", Some("YYYY, YYYY-MM or YYYY-MM-DD"), move |a| view! {
                <input id=a.id type="text" autocomplete="off" aria-describedby=a.described_by aria-invalid=a.invalid
                    prop:value=date on:input=set_date/>
            })}
            {field(errors, FormField::Note, "Note", None, move |a| view! {
                <textarea id=a.id rows="4" aria-describedby=a.described_by aria-invalid=a.invalid
                    prop:value=note on:input=set_note></textarea>
            })}
            {field(errors, FormField::Link, "Link (optional)", Some("A web address starting with http:// or https://"), move |a| view! {
                <input id=a.id type="url" autocomplete="off" aria-describedby=a.described_by aria-invalid=a.invalid
                    prop:value=link on:input=set_link/>
            })}
            <p id="tr-form-error" class="error" role="alert">{error_of(errors, FormField::Form)}</p>
            <div class="tr-actions">
                <button type="submit">{move || if editor.is_editing() { "Save changes" } else { "Add update" }}</button>
                {move || editor.is_editing().then(|| view! {
                    <button type="button" on:click=move |_| { editor.reset(); focus("tr-status".into()); }>
                        "Cancel editing"
                    </button>
                })}
            </div>
        </form>
    }
}
