//! The tracker's saved state and files, example by example: editing,
//! migration, every kind of malformed input, import previews and errors,
//! and the CSV export.

use explainer_core::corpus::{Corpus, ItemId, StatusId};
use explainer_core::tracker::export::{CSV_HEADER, csv};
use explainer_core::tracker::{
    EditError, Fields, LoadOutcome, MAX_FILE_BYTES, MAX_NOTE_CHARS, Mode, Op, ReadError, Store,
    Vocabulary, import, load, preview, preview_bytes, save,
};
use std::sync::OnceLock;

/// The committed corpus's vocabulary, read once.
fn vocab() -> Vocabulary {
    static VOCAB: OnceLock<Vocabulary> = OnceLock::new();
    VOCAB
        .get_or_init(|| {
            let json = include_str!("../../../../corpus/corpus.json");
            let corpus: Corpus = serde_json::from_str(json).expect("corpus.json deserialises");
            Vocabulary::from_corpus(&corpus)
        })
        .clone()
}

fn fields(status: &str, date: &str, note: &str, link: Option<&str>) -> Fields {
    Fields {
        status: StatusId::from(status),
        date: date.parse().unwrap(),
        note: note.into(),
        link: link.map(Into::into),
    }
}

fn add(s: &mut Store, id: &str, item: &str, f: Fields, now: u64) -> Result<(), EditError> {
    let op = Op::Add {
        id: id.into(),
        item: ItemId::from(item),
        fields: f,
    };
    s.apply(op, &vocab(), now)
}

/// A store with two updates for `fpc-gov-01` and one for `fpc-gov-02`.
fn sample() -> Store {
    let mut s = Store::new();
    add(
        &mut s,
        "a1",
        "fpc-gov-01",
        fields("no-action", "2020", "First.", None),
        10,
    )
    .unwrap();
    let link = Some("https://example.org/x?a=1,2");
    add(
        &mut s,
        "a2",
        "fpc-gov-01",
        fields("in-progress", "2021-06", "Said \"soon\",\nmaybe.", link),
        20,
    )
    .unwrap();
    add(
        &mut s,
        "b1",
        "fpc-gov-02",
        fields("implemented", "2021-07-22", "=cmd", None),
        30,
    )
    .unwrap();
    s
}

fn loaded(raw: &str) -> Store {
    match load(raw, 500) {
        LoadOutcome::Ok { store, .. } => store,
        other => panic!("{raw:?} did not load: {other:?}"),
    }
}

fn unreadable(raw: &str) -> ReadError {
    match load(raw, 500) {
        LoadOutcome::Unreadable { raw: kept, reason } => {
            assert_eq!(kept, raw, "the raw text is kept");
            reason
        }
        other => panic!("{raw:?} should be unreadable: {other:?}"),
    }
}

fn one(fields_json: &str) -> String {
    format!(
        r#"{{"version":2,"updates":[{{"id":"x","item":"fpc-gov-01","status":"no-action","date":"2021","created":1,"modified":2{fields_json}}}]}}"#
    )
}

#[test]
fn adds_edits_and_deletes() {
    let v = vocab();
    let mut s = sample();
    assert_eq!(s.live().count(), 3);
    let a2 = s.get("a2").unwrap();
    assert_eq!(a2.note, "Said \"soon\",\nmaybe.");
    assert_eq!((a2.created, a2.modified), (20, 20));
    // An edit keeps item and created time, and moves modified past the old
    // one even when the clock is behind.
    let edit = Op::Edit {
        id: "a2".into(),
        fields: fields("partial", "2021-07", "  Trimmed.\n", Some("  ")),
    };
    s.apply(edit, &v, 5).unwrap();
    let a2 = s.get("a2").unwrap();
    assert_eq!(
        (a2.status.as_str(), a2.note.as_str(), a2.link.as_deref()),
        ("partial", "Trimmed.", None)
    );
    assert_eq!((a2.created, a2.modified), (20, 21));
    s.apply(Op::Delete { id: "a1".into() }, &v, 100).unwrap();
    let a1 = s.get("a1").unwrap();
    assert!(
        a1.deleted && a1.note.is_empty() && a1.modified == 100,
        "a tombstone"
    );
    assert_eq!(s.live().count(), 2);
    assert_eq!(s.len(), 3);
    let before = s.clone();
    s.apply(Op::Delete { id: "a1".into() }, &v, 200).unwrap();
    assert_eq!(s, before, "deleting twice does nothing");
}

#[test]
fn refused_changes_leave_the_store_alone() {
    let v = vocab();
    let mut s = sample();
    let before = s.clone();
    let ok = || fields("no-action", "2021", "", None);
    let cases: Vec<(Op, EditError)> = vec![
        (
            Op::Add {
                id: "a1".into(),
                item: "fpc-gov-01".into(),
                fields: ok(),
            },
            EditError::DuplicateId("a1".into()),
        ),
        (
            Op::Add {
                id: "n".into(),
                item: "nope".into(),
                fields: ok(),
            },
            EditError::UnknownItem("nope".into()),
        ),
        (
            Op::Add {
                id: "n".into(),
                item: "fpc-gov-01".into(),
                fields: fields("done", "2021", "", None),
            },
            EditError::UnknownStatus("done".into()),
        ),
        (
            Op::Edit {
                id: "zz".into(),
                fields: ok(),
            },
            EditError::NotFound("zz".into()),
        ),
        (
            Op::Delete { id: "zz".into() },
            EditError::NotFound("zz".into()),
        ),
    ];
    for (op, expected) in cases {
        assert_eq!(s.apply(op, &v, 1000), Err(expected));
    }
    for (link, note, id) in [
        (Some("javascript:alert(1)"), "", "n1"),
        (Some("data:text/html,<b>"), "", "n2"),
        (None, &*"é".repeat(MAX_NOTE_CHARS + 1), "n3"),
        (None, "", "bad id"),
    ] {
        let r = add(
            &mut s,
            id,
            "fpc-gov-01",
            fields("no-action", "2021", note, link),
            1000,
        );
        assert!(matches!(r, Err(EditError::Field(_))), "{r:?}");
        assert!(!r.unwrap_err().to_string().is_empty());
    }
    s.apply(Op::Delete { id: "b1".into() }, &v, 1000).unwrap();
    let r = s.apply(
        Op::Edit {
            id: "b1".into(),
            fields: ok(),
        },
        &v,
        1001,
    );
    assert_eq!(r, Err(EditError::Deleted("b1".into())));
    let mut after = before.clone();
    after
        .apply(Op::Delete { id: "b1".into() }, &v, 1000)
        .unwrap();
    assert_eq!(s, after, "only the delete happened");
}

#[test]
fn a_full_store_refuses_more() {
    let v = vocab();
    let mut s = Store::new();
    let long = "ж".repeat(MAX_NOTE_CHARS);
    let mut n = 0;
    let err = loop {
        n += 1;
        match add(
            &mut s,
            &format!("u{n}"),
            "fpc-gov-01",
            fields("no-action", "2021", &long, None),
            n,
        ) {
            Ok(()) => assert!(n < 1000),
            Err(e) => break e,
        }
    };
    assert_eq!(err, EditError::Full);
    assert!(save(&s).len() <= MAX_FILE_BYTES);
    assert!(s.get(&format!("u{n}")).is_none());
    assert!(
        preview(&Store::new(), &save(&s), &v, 0).is_ok(),
        "a full store can be imported again"
    );
}

#[test]
fn newest_update_per_item() {
    let mut s = sample();
    add(
        &mut s,
        "a3",
        "fpc-gov-01",
        fields("stalled", "2021", "Year only.", None),
        40,
    )
    .unwrap();
    let latest = s.latest_per_item();
    assert_eq!(latest.len(), 2);
    assert_eq!(
        latest[&ItemId::from("fpc-gov-01")].id,
        "a2",
        "2021-06 is after 2021"
    );
    assert_eq!(latest[&ItemId::from("fpc-gov-02")].id, "b1");
    let ids: Vec<&str> = s
        .for_item("fpc-gov-01")
        .iter()
        .map(|u| u.id.as_str())
        .collect();
    assert_eq!(ids, ["a2", "a3", "a1"]);
    s.apply(Op::Delete { id: "a2".into() }, &vocab(), 50)
        .unwrap();
    assert_eq!(s.latest_per_item()[&ItemId::from("fpc-gov-01")].id, "a3");
    assert!(s.for_item("fpc-gov-03").is_empty());
}

#[test]
fn saves_and_loads() {
    let s = sample();
    let text = save(&s);
    assert!(
        text.starts_with(r#"{"version":2,"updates":[{"id":"a1","item":"fpc-gov-01","#),
        "{text}"
    );
    assert_eq!(loaded(&text), s);
    assert_eq!(
        loaded(&format!("\u{feff}  {text}\n")),
        s,
        "BOM and whitespace"
    );
    assert_eq!(s.version(), 2);
    assert_eq!(load("", 0), LoadOutcome::Empty);
    assert_eq!(load(" \n\t", 0), LoadOutcome::Empty);
    assert_eq!(load("\u{feff}", 0), LoadOutcome::Empty);
    assert_eq!(LoadOutcome::Empty.store(), Store::new());
    let defaults = loaded(&one(""));
    let u = defaults.get("x").unwrap();
    assert!(
        u.note.is_empty() && u.link.is_none() && !u.deleted,
        "optional fields default"
    );
    assert_eq!(
        loaded(&one(r#","note":"<script>alert(1)</script>""#))
            .get("x")
            .unwrap()
            .note,
        "<script>alert(1)</script>",
        "notes are kept as text"
    );
}

#[test]
fn migrates_version_1() {
    let v1 = r#"{"version":1,"items":{
        "fpc-gov-01":{"status":"in-progress","date":"2021-07","note":"Draft law.","link":"https://example.org"},
        "fpc-gov-02":{"status":"no-action","date":"2020"}}}"#;
    let LoadOutcome::Ok {
        store,
        migrated_from,
    } = load(v1, 1_700_000_000_000)
    else {
        panic!()
    };
    assert_eq!(migrated_from, Some(1));
    let u = store.get("v1:fpc-gov-01").unwrap();
    assert_eq!(
        (
            u.status.as_str(),
            u.date.to_string().as_str(),
            u.note.as_str()
        ),
        ("in-progress", "2021-07", "Draft law.")
    );
    assert_eq!(
        (u.created, u.modified, u.deleted),
        (1_700_000_000_000, 1_700_000_000_000, false)
    );
    assert_eq!(store.get("v1:fpc-gov-02").unwrap().link, None);
    // Saved again, it is version 2; two tabs migrating it do not duplicate.
    let LoadOutcome::Ok {
        store: again,
        migrated_from: None,
    } = load(&save(&store), 0)
    else {
        panic!()
    };
    assert_eq!(again, store);
    let LoadOutcome::Ok {
        store: other_tab, ..
    } = load(v1, 1_700_000_000_999)
    else {
        panic!()
    };
    assert_eq!(explainer_core::tracker::merge(&store, &other_tab).len(), 2);
    // Version 1 is read as strictly.
    for bad in [
        r#"{"version":1,"items":{"x":{"status":"no-action","date":"2021","colour":"red"}}}"#,
        r#"{"version":1,"items":{"x":{"status":"no-action","date":"2021","link":"javascript:x"}}}"#,
        r#"{"version":1,"items":[]}"#,
        r#"{"version":1,"updates":[]}"#,
    ] {
        unreadable(bad);
    }
}

#[test]
fn versions_this_app_does_not_know() {
    for (raw, expected) in [
        (
            r#"{"version":3,"updates":[]}"#,
            ReadError::NewerVersion("3".into()),
        ),
        (
            r#"{"version":3,"whatever":{"new":"shape"}}"#,
            ReadError::NewerVersion("3".into()),
        ),
        (
            r#"{"version":18446744073709551616}"#,
            ReadError::NewerVersion("1.8446744073709552e+19".into()),
        ),
        (
            r#"{"version":2.5,"updates":[]}"#,
            ReadError::NewerVersion("2.5".into()),
        ),
        (
            r#"{"version":0,"updates":[]}"#,
            ReadError::UnsupportedVersion("0".into()),
        ),
        (
            r#"{"version":-2,"updates":[]}"#,
            ReadError::UnsupportedVersion("-2".into()),
        ),
        (
            r#"{"version":2.0,"updates":[]}"#,
            ReadError::UnsupportedVersion("2.0".into()),
        ),
    ] {
        assert_eq!(unreadable(raw), expected, "{raw}");
    }
    assert!(
        unreadable(r#"{"version":3}"#)
            .to_string()
            .contains("newer version")
    );
}

#[test]
fn malformed_saved_data_is_kept_aside() {
    let not_json = [
        "{",
        r#"{"version":2,"updates":[{"id":"x""#,
        "nul",
        "{'version':2}",
        "1e999",
    ];
    for raw in not_json {
        assert!(matches!(unreadable(raw), ReadError::NotJson(_)), "{raw}");
    }
    let not_ours = [
        "[]",
        "null",
        "\"text\"",
        "42",
        "true",
        "{}",
        r#"{"version":"2","updates":[]}"#,
        r#"{"version":2}"#,
        r#"{"items":[]}"#,
    ];
    for raw in not_ours {
        assert!(
            matches!(unreadable(raw), ReadError::NotTrackerFile(_)),
            "{raw}"
        );
    }
    let invalid = [
        r#"{"version":2,"updates":{}}"#,
        r#"{"version":2,"updates":[],"extra":1}"#,
        r#"{"version":2,"updates":[1]}"#,
        r#"{"version":2,"updates":[{}]}"#,
        &one(r#","colour":"red""#),
        &one(r#","deleted":"yes""#),
        &one(r#","note":5"#),
        &one(r#","created":3"#).replace(r#""created":1,"#, ""),
        &one("").replace(r#""created":1"#, r#""created":-1"#),
        &one("").replace(r#""created":1"#, r#""created":1.5"#),
        &one("").replace(r#""created":1"#, r#""created":18446744073709551616"#),
        &one("").replace(r#""modified":2"#, r#""modified":9007199254740992"#),
        &one("").replace(r#""modified":2"#, r#""modified":0"#),
        &one("").replace("\"2021\"", "\"2021-02-30\""),
        &one("").replace("\"2021\"", "\"21 July\""),
        &one("").replace(r#""id":"x""#, r#""id":"<img>""#),
        &one("").replace(r#""id":"x""#, r#""id":"""#),
        &one(&format!(r#","note":"{}""#, "a".repeat(MAX_NOTE_CHARS + 1))),
        &one("").replace("}]}", "},{\"id\":\"x\",\"item\":\"fpc-gov-02\",\"status\":\"partial\",\"date\":\"2020\",\"created\":1,\"modified\":1}]}"),
    ];
    for raw in invalid {
        let e = unreadable(raw);
        assert!(matches!(e, ReadError::Invalid { .. }), "{raw}: {e:?}");
    }
    let e = unreadable(&one(r#","colour":"red""#));
    assert!(
        e.to_string().contains(r#"update 1 (id "x")"#) && e.to_string().contains("colour"),
        "{e}"
    );
    for link in [
        "javascript:alert(1)",
        "data:text/html,x",
        "//evil.example",
        "https://a b",
    ] {
        let raw = one(&format!(
            r#","link":{}"#,
            serde_json::to_string(link).unwrap()
        ));
        assert_eq!(
            unreadable(&raw),
            ReadError::BadLink {
                at: "update 1 (id \"x\")".into(),
                link: link.into()
            }
        );
    }
    let deep = unreadable(&"[".repeat(100_000));
    assert!(
        matches!(deep, ReadError::NotJson(_)),
        "deep nesting is an error, not a crash: {deep}"
    );
}

#[test]
fn preview_shows_what_merge_and_replace_would_do() {
    let v = vocab();
    let existing = sample();
    let mut file = sample();
    file.apply(
        Op::Edit {
            id: "a1".into(),
            fields: fields("stalled", "2021", "Changed.", None),
        },
        &v,
        60,
    )
    .unwrap();
    file.apply(Op::Delete { id: "b1".into() }, &v, 60).unwrap();
    add(
        &mut file,
        "c1",
        "fpc-gov-03",
        fields("reversed", "2021-08", "New.", None),
        60,
    )
    .unwrap();
    let p = preview(&existing, &save(&file), &v, 70).unwrap();
    assert_eq!(p.version, 2);
    let m = p.diff(Mode::Merge);
    assert_eq!(
        m.added.iter().map(|u| u.id.as_str()).collect::<Vec<_>>(),
        ["c1"]
    );
    assert_eq!(m.changed.len(), 1);
    assert_eq!(
        (
            m.changed[0].before.note.as_str(),
            m.changed[0].after.note.as_str()
        ),
        ("First.", "Changed.")
    );
    assert_eq!(
        m.removed.iter().map(|u| u.id.as_str()).collect::<Vec<_>>(),
        ["b1"]
    );
    assert_eq!(m.unchanged, 1);
    let merged = import(&existing, &p, Mode::Merge, 70);
    assert_eq!(merged, file);
    // Replacing with an older file that lacks an update deletes it.
    let mut older = Store::new();
    add(
        &mut older,
        "a1",
        "fpc-gov-01",
        fields("no-action", "2020", "First.", None),
        10,
    )
    .unwrap();
    let p = preview(&existing, &save(&older), &v, 80).unwrap();
    assert!(
        p.diff(Mode::Merge).is_empty(),
        "merging an older copy changes nothing"
    );
    assert_eq!(p.merge.unchanged, 3);
    let r = p.diff(Mode::Replace);
    assert_eq!(
        (r.added.len(), r.changed.len(), r.removed.len(), r.unchanged),
        (0, 0, 2, 1)
    );
    let replaced = import(&existing, &p, Mode::Replace, 80);
    assert_eq!(
        replaced.live().map(|u| u.id.as_str()).collect::<Vec<_>>(),
        ["a1"]
    );
    assert!(replaced.get("a2").unwrap().deleted);
    // Importing a version 1 file migrates it.
    let p = preview(
        &Store::new(),
        r#"{"version":1,"items":{"fpc-gov-01":{"status":"no-action","date":"2021"}}}"#,
        &v,
        9,
    )
    .unwrap();
    assert_eq!(
        (p.version, p.merge.added.len(), p.incoming().len()),
        (1, 1, 1)
    );
}

#[test]
fn import_errors_say_what_is_wrong() {
    let v = vocab();
    let existing = sample();
    let err = |file: &str| preview(&existing, file, &v, 0).unwrap_err();
    let unknown = r#"{"version":2,"updates":[
        {"id":"p","item":"zz-made-up","status":"no-action","date":"2021","created":1,"modified":1},
        {"id":"q","item":"aa-made-up","status":"no-action","date":"2021","created":1,"modified":1,"deleted":true},
        {"id":"r","item":"zz-made-up","status":"no-action","date":"2021","created":1,"modified":1}]}"#;
    assert_eq!(
        err(unknown),
        ReadError::UnknownItems(vec!["aa-made-up".into(), "zz-made-up".into()])
    );
    assert!(err(unknown).to_string().contains("aa-made-up, zz-made-up"));
    let status = one("").replace("no-action", "finished");
    assert_eq!(
        err(&status),
        ReadError::UnknownStatuses(vec!["finished".into()])
    );
    let link = one(r#","link":"javascript:alert(1)""#);
    assert!(matches!(err(&link), ReadError::BadLink { .. }));
    assert_eq!(err(""), ReadError::Empty);
    assert!(matches!(err("<html>"), ReadError::NotJson(_)));
    assert!(matches!(
        err(r#"{"country":"Kazakhstan"}"#),
        ReadError::NotTrackerFile(_)
    ));
    assert!(matches!(
        err(r#"{"version":9,"updates":[]}"#),
        ReadError::NewerVersion(_)
    ));
    let big = format!("{}{}", one(""), " ".repeat(MAX_FILE_BYTES));
    let too_large = err(&big);
    assert_eq!(
        too_large,
        ReadError::TooLarge {
            bytes: big.len(),
            limit: MAX_FILE_BYTES
        }
    );
    assert!(
        too_large.to_string().contains("limit is 1024 KiB"),
        "{too_large}"
    );
    let e = preview_bytes(&existing, b"{\"version\":2,\"updates\":[]}\xff", &v, 0).unwrap_err();
    assert_eq!(e, ReadError::NotText);
    assert!(preview_bytes(&existing, save(&existing).as_bytes(), &v, 0).is_ok());
    // A file saved with a byte-order mark (as Windows editors may) imports.
    let with_bom = [b"\xEF\xBB\xBF".as_slice(), save(&existing).as_bytes()].concat();
    let p = preview_bytes(&Store::new(), &with_bom, &v, 0).unwrap();
    assert_eq!(p.merge.added.len(), existing.live().count());
    // The CSV export is for spreadsheets, not for importing: it is refused
    // as not JSON, whatever it starts with.
    assert!(matches!(err(&csv(&existing)), ReadError::NotJson(_)));
    for e in [
        err(""),
        err("{"),
        err("[]"),
        err(&status),
        err(&link),
        too_large,
    ] {
        let message = e.to_string();
        assert!(
            message.ends_with('.') && message.chars().next().unwrap().is_uppercase(),
            "{message}"
        );
    }
}

#[test]
fn csv_export() {
    let v = vocab();
    let mut s = sample();
    add(
        &mut s,
        "z9",
        "fpc-gov-01",
        fields("stalled", "2019", "Gone.", None),
        40,
    )
    .unwrap();
    s.apply(Op::Delete { id: "z9".into() }, &v, 41).unwrap();
    let out = csv(&s);
    assert_eq!(
        CSV_HEADER.join(","),
        "id,item,status,date,note,link,created,modified"
    );
    let expected = "\u{feff}id,item,status,date,note,link,created,modified\r\n\
        a1,fpc-gov-01,no-action,2020,First.,,1970-01-01T00:00:00Z,1970-01-01T00:00:00Z\r\n\
        a2,fpc-gov-01,in-progress,2021-06,\"Said \"\"soon\"\",\nmaybe.\",\"https://example.org/x?a=1,2\",1970-01-01T00:00:00Z,1970-01-01T00:00:00Z\r\n\
        b1,fpc-gov-02,implemented,2021-07-22,'=cmd,,1970-01-01T00:00:00Z,1970-01-01T00:00:00Z\r\n";
    assert_eq!(out, expected);
    // The byte-order mark (EF BB BF in UTF-8) comes once, before the header.
    assert_eq!(out.as_bytes()[..3], [0xEF, 0xBB, 0xBF]);
    assert_eq!(out.matches('\u{feff}').count(), 1);
    assert_eq!(
        csv(&Store::new()),
        "\u{feff}id,item,status,date,note,link,created,modified\r\n"
    );
    assert_eq!(explainer_core::tracker::export::json(&s), save(&s));
}
