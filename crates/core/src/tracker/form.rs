//! The reader's form for one update, as typed: the raw text of each field,
//! and the rules that turn it into [`Fields`] or say, field by field, what
//! is wrong, in the words the form shows. The view holds the form in a
//! signal and calls [`UpdateForm::parse`]; today's date is passed in, since
//! this crate has no clock.
//!
//! The rules: the date is `YYYY`, `YYYY-MM` or `YYYY-MM-DD` and not after
//! today (an update records what has happened); a link, if any, is `http`
//! or `https`. The store checks the link again, with the note's length,
//! when the update is applied ([`field_of`] says which field its error
//! belongs to).

use super::error::{EditError, FieldError};
use super::update::{Fields, Update, check_link};
use crate::corpus::{PartialDate, StatusId};

/// The date's message when it is not of the three forms.
pub const DATE_FORMAT: &str = "Give the date as YYYY, YYYY-MM or YYYY-MM-DD, such as 2021-08-15.";

/// The date's message when it is after today.
pub const DATE_FUTURE: &str =
    "That date is still to come: an update records what has happened, by today at the latest.";

/// The link's message when it is not `http` or `https`.
pub const LINK_SCHEME: &str =
    "Only a web address starting with http:// or https:// can be saved as a link.";

/// A field of the form, for tying an error to its control.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FormField {
    /// The date.
    Date,
    /// The note.
    Note,
    /// The link.
    Link,
    /// The form as a whole (shown by the status).
    Form,
}

/// The form's fields as the reader typed them.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct UpdateForm {
    /// The status id chosen.
    pub status: String,
    /// The date as typed.
    pub date: String,
    /// The note as typed.
    pub note: String,
    /// The link as typed (may be empty).
    pub link: String,
}

impl UpdateForm {
    /// An empty form for a new update, starting from `status` (the item's
    /// assessed status) and `today`.
    pub fn blank(status: &StatusId, today: String) -> Self {
        Self {
            status: status.0.clone(),
            date: today,
            ..Self::default()
        }
    }

    /// The form filled with `update`, to edit it.
    pub fn of(update: &Update) -> Self {
        Self {
            status: update.status.0.clone(),
            date: update.date.to_string(),
            note: update.note.clone(),
            link: update.link.clone().unwrap_or_default(),
        }
    }

    /// The update's fields, or every field's error in the form's order.
    /// The date and link are trimmed; the note is passed on as typed (the
    /// store trims it); an empty link is passed on empty (the store reads
    /// it as none).
    pub fn parse(&self, today: &PartialDate) -> Result<Fields, Vec<(FormField, String)>> {
        let mut errors = Vec::new();
        let date = self.date.trim().parse::<PartialDate>();
        match &date {
            Err(_) => errors.push((FormField::Date, DATE_FORMAT.to_owned())),
            Ok(d) if d.after(today) => errors.push((FormField::Date, DATE_FUTURE.to_owned())),
            Ok(_) => {}
        }
        let link = self.link.trim();
        if !link.is_empty() && check_link(link).is_err() {
            errors.push((FormField::Link, LINK_SCHEME.to_owned()));
        }
        match date {
            Ok(date) if errors.is_empty() => Ok(Fields {
                status: StatusId(self.status.clone()),
                date,
                note: self.note.clone(),
                link: Some(link.to_owned()),
            }),
            _ => Err(errors),
        }
    }
}

/// The field that a refused edit's error belongs to.
pub fn field_of(error: &EditError) -> FormField {
    match error {
        EditError::Field(FieldError::NoteTooLong(_)) => FormField::Note,
        EditError::Field(FieldError::Link(_)) => FormField::Link,
        _ => FormField::Form,
    }
}
