//! What the reader is doing with their own updates of one item: the form's
//! draft, which update it edits, its errors, the last message, and which
//! update asks "Delete?". One `Copy` value shared by the list and the form,
//! with the reader's actions as its methods. The rules are core's
//! (`UpdateForm::parse`, `Store::apply`); after each action focus goes to
//! what says what happened.

use explainer_core::corpus::{Item, PartialDate};
use explainer_core::tracker::form::{FormField, UpdateForm, field_of};
use explainer_core::tracker::{Op, Update};
use leptos::prelude::*;

use super::form_field::control_id;
use crate::components::{FocusTarget, focus_after_frame};
use crate::tracker_store::{Tracker, new_id, use_tracker};

/// Focuses the element with `id` once the view has caught up.
pub(super) fn focus(id: String) {
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

/// The reader's editing of one item's updates.
#[derive(Clone, Copy)]
pub(super) struct Editor {
    item: &'static Item,
    tracker: Tracker,
    /// The form as typed.
    pub(super) draft: RwSignal<UpdateForm>,
    /// The id of the update being edited, if any (else the form adds one).
    pub(super) editing: RwSignal<Option<String>>,
    /// The form's errors, by field.
    pub(super) errors: RwSignal<Vec<(FormField, String)>>,
    /// What the last action did, for the status line.
    pub(super) message: RwSignal<String>,
    /// The id of the update whose deletion waits for a "Yes".
    pub(super) confirming: RwSignal<Option<String>>,
}

impl Editor {
    /// An empty form for `item`.
    pub(super) fn new(item: &'static Item) -> Self {
        Self {
            item,
            tracker: use_tracker(),
            draft: RwSignal::new(UpdateForm::blank(&item.status, today())),
            editing: RwSignal::new(None),
            errors: RwSignal::new(Vec::new()),
            message: RwSignal::new(String::new()),
            confirming: RwSignal::new(None),
        }
    }

    /// Whether the form edits an update (tracked).
    pub(super) fn is_editing(self) -> bool {
        self.editing.with(Option::is_some)
    }

    /// Empties the form, back to adding.
    pub(super) fn reset(self) {
        self.editing.set(None);
        self.draft
            .set(UpdateForm::blank(&self.item.status, today()));
        self.errors.set(Vec::new());
    }

    fn say(self, text: &str) {
        self.message.set(text.to_owned());
        focus("tr-message".into());
    }

    fn refuse(self, errors: Vec<(FormField, String)>) {
        if let Some((field, _)) = errors.first() {
            focus(control_id(*field).into());
        }
        self.errors.set(errors);
    }

    /// Adds the draft as a new update, or saves it over the one edited;
    /// or says, field by field, why it cannot.
    pub(super) fn submit(self) {
        // A today that does not read as a date (it always does) makes no
        // date a future one.
        let now = today().parse().unwrap_or(PartialDate {
            year: u16::MAX,
            month: None,
            day: None,
        });
        let fields = match self.draft.with_untracked(|d| d.parse(&now)) {
            Ok(fields) => fields,
            Err(errors) => return self.refuse(errors),
        };
        let (op, done) = match self.editing.get_untracked() {
            Some(id) => (Op::Edit { id, fields }, "Your update was changed."),
            None => {
                let (id, item) = (new_id(), self.item.id.clone());
                (Op::Add { id, item, fields }, "Your update was added.")
            }
        };
        match self.tracker.apply(op) {
            Ok(()) => {
                self.reset();
                self.say(done);
            }
            Err(e) => self.refuse(vec![(field_of(&e), e.to_string())]),
        }
    }

    /// Fills the form with `update`, to change it.
    pub(super) fn start_edit(self, update: &Update) {
        self.editing.set(Some(update.id.clone()));
        self.draft.set(UpdateForm::of(update));
        self.errors.set(Vec::new());
        self.message.set(String::new());
        focus("tr-status".into());
    }

    /// Asks whether to delete update `id`, with focus on "Yes".
    pub(super) fn ask_delete(self, id: &str) {
        self.confirming.set(Some(id.to_owned()));
        focus(format!("tr-yes-{id}"));
    }

    /// Keeps update `id` after all, with focus back on its "Delete".
    pub(super) fn keep(self, id: &str) {
        self.confirming.set(None);
        focus(format!("tr-del-{id}"));
    }

    /// Deletes update `id` (and stops editing it, if it was).
    pub(super) fn delete(self, id: String) {
        self.confirming.set(None);
        if self.editing.get_untracked().as_deref() == Some(id.as_str()) {
            self.reset();
        }
        match self.tracker.apply(Op::Delete { id }) {
            Ok(()) => self.say("Your update was deleted."),
            Err(e) => self.say(&e.to_string()),
        }
    }
}
