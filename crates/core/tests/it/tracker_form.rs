//! The reader's update form: each rule on its own, with the words the form
//! shows, and which field a store's refusal belongs to.

use explainer_core::corpus::{ItemId, PartialDate, StatusId};
use explainer_core::tracker::form::{
    DATE_FORMAT, DATE_FUTURE, FormField, LINK_SCHEME, UpdateForm, field_of,
};
use explainer_core::tracker::{EditError, FieldError, Update};

fn today() -> PartialDate {
    "2024-05-20".parse().unwrap()
}

fn form(date: &str, link: &str) -> UpdateForm {
    UpdateForm {
        status: "in-progress".to_owned(),
        date: date.to_owned(),
        note: "  A note.  ".to_owned(),
        link: link.to_owned(),
    }
}

/// The errors of a form with `date` and `link`, or none if it is valid.
fn errors(date: &str, link: &str) -> Vec<(FormField, &'static str)> {
    match form(date, link).parse(&today()) {
        Ok(_) => Vec::new(),
        Err(errs) => errs
            .into_iter()
            .map(|(f, m)| {
                let m = [DATE_FORMAT, DATE_FUTURE, LINK_SCHEME]
                    .into_iter()
                    .find(|known| *known == m)
                    .expect("one of the form's messages");
                (f, m)
            })
            .collect(),
    }
}

#[test]
fn a_valid_form_gives_its_fields_trimmed_where_the_form_trims() {
    let fields = form(" 2021-08-15 ", " https://example.org/a ")
        .parse(&today())
        .expect("valid");
    assert_eq!(fields.status, StatusId("in-progress".to_owned()));
    assert_eq!(fields.date.to_string(), "2021-08-15");
    assert_eq!(fields.note, "  A note.  ");
    assert_eq!(fields.link.as_deref(), Some("https://example.org/a"));
    let fields = form("2021", "  ").parse(&today()).expect("valid");
    assert_eq!(fields.link.as_deref(), Some(""));
}

#[test]
fn the_date_takes_three_forms() {
    for ok in ["2021", "2021-08", "2021-08-15"] {
        assert_eq!(errors(ok, ""), [], "{ok}");
    }
    for bad in [
        "",
        "21",
        "2021-8",
        "15.08.2021",
        "2021-13",
        "2021-08-15-1",
        "soon",
    ] {
        assert_eq!(errors(bad, ""), [(FormField::Date, DATE_FORMAT)], "{bad:?}");
    }
}

#[test]
fn the_date_is_today_at_the_latest() {
    for ok in ["2024-05-20", "2024-05", "2024", "2024-05-19"] {
        assert_eq!(errors(ok, ""), [], "{ok}");
    }
    for future in ["2024-05-21", "2024-06", "2025"] {
        assert_eq!(
            errors(future, ""),
            [(FormField::Date, DATE_FUTURE)],
            "{future}"
        );
    }
}

#[test]
fn a_link_is_http_or_https_or_none() {
    for ok in ["", "http://example.org", "https://example.org/x?y=1"] {
        assert_eq!(errors("2021", ok), [], "{ok:?}");
    }
    for bad in [
        "javascript:alert(1)",
        "ftp://example.org",
        "example.org",
        "https://",
    ] {
        assert_eq!(
            errors("2021", bad),
            [(FormField::Link, LINK_SCHEME)],
            "{bad:?}"
        );
    }
}

#[test]
fn every_field_in_error_is_reported_at_once_in_the_forms_order() {
    assert_eq!(
        errors("2099", "mailto:x@example.org"),
        [
            (FormField::Date, DATE_FUTURE),
            (FormField::Link, LINK_SCHEME)
        ]
    );
    assert_eq!(
        errors("tomorrow", "data:x"),
        [
            (FormField::Date, DATE_FORMAT),
            (FormField::Link, LINK_SCHEME)
        ]
    );
}

#[test]
fn a_refused_edit_belongs_to_its_field() {
    let check = |e: EditError, f: FormField| assert_eq!(field_of(&e), f);
    check(
        EditError::Field(FieldError::NoteTooLong(5000)),
        FormField::Note,
    );
    check(
        EditError::Field(FieldError::Link("x".into())),
        FormField::Link,
    );
    check(
        EditError::Field(FieldError::Status("x".into())),
        FormField::Form,
    );
    check(EditError::UnknownStatus("x".into()), FormField::Form);
    check(EditError::Full, FormField::Form);
}

#[test]
fn a_new_form_starts_from_the_assessed_status_and_today() {
    let blank = UpdateForm::blank(&StatusId("in-progress".to_owned()), "2024-05-20".to_owned());
    assert_eq!(
        (blank.status.as_str(), blank.date.as_str()),
        ("in-progress", "2024-05-20")
    );
    assert_eq!((blank.note.as_str(), blank.link.as_str()), ("", ""));
}

#[test]
fn an_update_edited_unchanged_gives_back_its_own_fields() {
    for (date, note, link) in [
        ("2021-08-15", "A note.", Some("https://example.org/a")),
        ("2021-08", "", None),
        ("2019", "Two\nlines.", None),
    ] {
        let update = Update {
            id: "a-1".to_owned(),
            item: ItemId("r1".to_owned()),
            status: StatusId("done".to_owned()),
            date: date.parse().unwrap(),
            note: note.to_owned(),
            link: link.map(str::to_owned),
            created: 1,
            modified: 2,
            deleted: false,
        };
        let fields = UpdateForm::of(&update).parse(&today()).unwrap();
        assert_eq!(fields.status, update.status);
        assert_eq!(fields.date, update.date);
        assert_eq!(fields.note, update.note);
        // An empty link is passed on empty; the store reads it as none.
        assert_eq!(fields.link.filter(|l| !l.is_empty()), update.link);
    }
}
