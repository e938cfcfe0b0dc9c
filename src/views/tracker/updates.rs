//! The reader's own dated updates for one item, beside (never mixed with)
//! this explainer's assessment: the list, newest first, and the form to add
//! or edit one. Notes and links are shown as text; a link is a link only if
//! it is `http` or `https`. Errors are tied to their fields; after a change
//! focus goes to the message that says what happened.

use explainer_core::corpus::{Item, PartialDate};
use explainer_core::tracker::form::{FormField, UpdateForm, field_of};
use explainer_core::tracker::{Op, Update};
use leptos::prelude::*;

use super::form_field::{control_id, error_of, field};
use super::status_label;
use crate::components::{FocusTarget, focus_after_frame};
use crate::corpus::use_corpus;
use crate::tracker_store::{new_id, use_tracker};

/// Focuses the element with `id` once the view has caught up.
fn focus(id: String) {
    focus_after_frame(FocusTarget::Id(id));
}

/// Today in the reader's time zone, `YYYY-MM-DD`.
fn today() -> String {
    let d = js_sys::Date::new_0();
    format!(
        "{:04}-{:02}-{:02}",
        d.get_full_year(),
        d.get_month() + 1,
        d.get_date()
    )
}

/// The reader's updates for `item` and the form.
#[component]
pub fn ReaderUpdates(
    /// The recommendation or pledge.
    item: &'static Item,
) -> impl IntoView {
    let corpus = use_corpus();
    let tracker = use_tracker();
    let item_id = item.id.as_str();
    let status = RwSignal::new(item.status.0.clone());
    let date = RwSignal::new(today());
    let note = RwSignal::new(String::new());
    let link = RwSignal::new(String::new());
    let editing = RwSignal::new(None::<String>);
    let errors = RwSignal::new(Vec::<(FormField, String)>::new());
    let message = RwSignal::new(String::new());
    let confirming = RwSignal::new(None::<String>);

    let reset = move || {
        editing.set(None);
        note.set(String::new());
        link.set(String::new());
        date.set(today());
        status.set(item.status.0.clone());
        errors.set(Vec::new());
    };
    let say = move |text: &str| {
        message.set(text.to_owned());
        focus("tr-message".into());
    };

    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let form = UpdateForm {
            status: status.get_untracked(),
            date: date.get_untracked(),
            note: note.get_untracked(),
            link: link.get_untracked(),
        };
        // A today that does not read as a date (it always does) makes no
        // date a future one.
        let now = today().parse().unwrap_or(PartialDate {
            year: u16::MAX,
            month: None,
            day: None,
        });
        let fields = match form.parse(&now) {
            Ok(fields) => fields,
            Err(errs) => {
                focus(control_id(errs[0].0).into());
                errors.set(errs);
                return;
            }
        };
        let edit = editing.get_untracked();
        let done = if edit.is_some() {
            "Your update was changed."
        } else {
            "Your update was added."
        };
        let op = match edit {
            Some(id) => Op::Edit { id, fields },
            None => Op::Add {
                id: new_id(),
                item: item.id.clone(),
                fields,
            },
        };
        match tracker.apply(op) {
            Ok(()) => {
                reset();
                say(done);
            }
            Err(e) => {
                let field = field_of(&e);
                errors.set(vec![(field, e.to_string())]);
                focus(control_id(field).into());
            }
        }
    };

    let start_edit = move |u: &Update| {
        editing.set(Some(u.id.clone()));
        status.set(u.status.0.clone());
        date.set(u.date.to_string());
        note.set(u.note.clone());
        link.set(u.link.clone().unwrap_or_default());
        errors.set(Vec::new());
        message.set(String::new());
        focus("tr-status".into());
    };
    let delete = move |id: String| {
        confirming.set(None);
        if editing.get_untracked().as_deref() == Some(id.as_str()) {
            reset();
        }
        match tracker.apply(Op::Delete { id }) {
            Ok(()) => say("Your update was deleted."),
            Err(e) => say(&e.to_string()),
        }
    };

    let list = move || {
        let updates: Vec<Update> = tracker
            .store
            .with(|s| s.for_item(item_id).into_iter().cloned().collect());
        if updates.is_empty() {
            return view! { <p class="muted">"You have no updates for this item yet."</p> }
                .into_any();
        }
        let items = updates
            .into_iter()
            .map(|u| {
                let id = u.id.clone();
                let when = u.date.human();
                let link = u.link.clone().map(|l| match u.safe_link() {
                    Some(_) => view! { <p class="tr-link"><a href=l.clone() rel="noopener noreferrer nofollow" target="_blank">{l.clone()}</a></p> }.into_any(),
                    None => view! { <p class="tr-link">"Link (not followed: not http or https): "{l}</p> }.into_any(),
                });
                let note = (!u.note.is_empty()).then(|| view! { <p class="tr-note">{u.note.clone()}</p> });
                let (del_id, yes_id) = (id.clone(), id.clone());
                let label = status_label(u.status.as_str());
                let dated = format!(", {when}");
                let asking = {
                    let id = id.clone();
                    move || confirming.with(|c| c.as_deref() == Some(id.as_str()))
                };
                let actions = move || {
                    let (u, del_id, yes_id, when) = (u.clone(), del_id.clone(), yes_id.clone(), when.clone());
                    if asking() {
                        view! {
                            <span class="tr-confirm">"Delete this update?"</span>
                            <button type="button" id=format!("tr-yes-{yes_id}") on:click=move |_| delete(yes_id.clone())>"Yes, delete it"</button>
                            <button type="button" on:click=move |_| {
                                confirming.set(None);
                                focus(format!("tr-del-{del_id}"));
                            }>"Keep it"</button>
                        }
                        .into_any()
                    } else {
                        view! {
                            <button type="button" on:click=move |_| start_edit(&u)>
                                "Edit"<span class="visually-hidden">{format!(" your update of {when}")}</span>
                            </button>
                            <button type="button" id=format!("tr-del-{del_id}") on:click=move |_| {
                                confirming.set(Some(del_id.clone()));
                                focus(format!("tr-yes-{del_id}"));
                            }>
                                "Delete"<span class="visually-hidden">{format!(" your update of {when}")}</span>
                            </button>
                        }
                        .into_any()
                    }
                };
                view! {
                    <li class="tr-update" data-testid="tr-update">
                        <p><strong>{label}</strong>{dated}</p>
                        {note}
                        {link}
                        <div class="tr-actions">{actions}</div>
                    </li>
                }
            })
            .collect_view();
        view! { <ul class="tr-updates" data-testid="tr-updates">{items}</ul> }.into_any()
    };

    let options = corpus
        .statuses
        .iter()
        .map(|s| view! { <option value=s.id.0.clone()>{s.label.clone()}</option> })
        .collect_view();

    view! {
        <section class="tr-reader" aria-labelledby="tr-reader-heading" data-testid="tr-reader">
            <h2 id="tr-reader-heading">"Your own tracking"</h2>
            <p class="muted">
                "Your dated updates, kept only in this browser and never sent anywhere. "
                "They sit beside this explainer's assessment and do not change it."
            </p>
            <p id="tr-message" class="tr-message" role="status" tabindex="-1">{move || message.get()}</p>
            {list}
            <form class="tr-form" novalidate on:submit=submit>
                <h3>{move || if editing.with(Option::is_some) { "Edit your update" } else { "Add an update" }}</h3>
                <div class="tr-field">
                    <label for="tr-status">"Status"</label>
                    <select id="tr-status" aria-describedby="tr-form-error" prop:value=move || status.get()
                        on:change=move |ev| status.set(event_target_value(&ev))>
                        {options}
                    </select>
                </div>
                {field(errors, FormField::Date, "Date", Some("YYYY, YYYY-MM or YYYY-MM-DD"), move |a| view! {
                    <input id=a.id type="text" autocomplete="off" aria-describedby=a.described_by aria-invalid=a.invalid
                        prop:value=move || date.get() on:input=move |ev| date.set(event_target_value(&ev))/>
                })}
                {field(errors, FormField::Note, "Note", None, move |a| view! {
                    <textarea id=a.id rows="4" aria-describedby=a.described_by aria-invalid=a.invalid
                        prop:value=move || note.get() on:input=move |ev| note.set(event_target_value(&ev))></textarea>
                })}
                {field(errors, FormField::Link, "Link (optional)", Some("A web address starting with http:// or https://"), move |a| view! {
                    <input id=a.id type="url" autocomplete="off" aria-describedby=a.described_by aria-invalid=a.invalid
                        prop:value=move || link.get() on:input=move |ev| link.set(event_target_value(&ev))/>
                })}
                <p id="tr-form-error" class="error" role="alert">{error_of(errors, FormField::Form)}</p>
                <div class="tr-actions">
                    <button type="submit">{move || if editing.with(Option::is_some) { "Save changes" } else { "Add update" }}</button>
                    {move || editing.with(Option::is_some).then(|| view! {
                        <button type="button" on:click=move |_| { reset(); focus("tr-status".into()); }>"Cancel editing"</button>
                    })}
                </div>
            </form>
        </section>
    }
}
