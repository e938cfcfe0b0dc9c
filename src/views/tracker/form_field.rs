//! One field of the reader's updates form: its label, control, hint and
//! error, tied together by ids derived from the field's, with
//! `aria-invalid` while core's checks put an error on it.

use explainer_core::tracker::form::FormField;
use leptos::prelude::*;

/// The id of the control that shows field `f`'s error.
pub(super) fn control_id(f: FormField) -> &'static str {
    match f {
        FormField::Date => "tr-date",
        FormField::Note => "tr-note",
        FormField::Link => "tr-link",
        FormField::Form => "tr-status",
    }
}

/// The error message of field `f`, or nothing.
pub(super) fn error_of(
    errors: RwSignal<Vec<(FormField, String)>>,
    f: FormField,
) -> impl Fn() -> String + Copy {
    move || {
        errors.with(|e| {
            e.iter()
                .find(|(g, _)| *g == f)
                .map(|(_, m)| m.clone())
                .unwrap_or_default()
        })
    }
}

/// What a field's control carries to be tied to its frame: its id, the ids
/// of its hint (if any) and error, and `aria-invalid` while it has an error.
pub(super) struct Control {
    pub(super) id: &'static str,
    pub(super) described_by: String,
    pub(super) invalid: Signal<Option<&'static str>>,
}

/// One field of the form: the label, the control that `control` builds, the
/// hint if any, and the paragraph for the field's error, tied together by
/// ids derived from the field's.
pub(super) fn field<V: IntoView>(
    errors: RwSignal<Vec<(FormField, String)>>,
    f: FormField,
    label: &'static str,
    hint: Option<&'static str>,
    control: impl FnOnce(Control) -> V,
) -> impl IntoView {
    let id = control_id(f);
    let (hint_id, error_id) = (format!("{id}-hint"), format!("{id}-error"));
    let described_by = match hint {
        Some(_) => format!("{hint_id} {error_id}"),
        None => error_id.clone(),
    };
    let invalid = Signal::derive(move || {
        errors
            .with(|e| e.iter().any(|(g, _)| *g == f))
            .then_some("true")
    });
    let error = error_of(errors, f);
    let control = control(Control {
        id,
        described_by,
        invalid,
    });
    view! {
        <div class="tr-field">
            <label for=id>{label}</label>
            {control}
            {hint.map(|h| view! { <p id=hint_id class="hint">{h}</p> })}
            <p id=error_id class="error">{error}</p>
        </div>
    }
}
