//! The storage rules of the reader's updates over an in-memory storage, one
//! case per rule the tracker's browser journeys rely on: corrupted or newer
//! saved text is kept aside, never erased; two tabs' saves merge; a race is
//! answered with the union; a missing or full storage keeps the updates in
//! memory and says so; version 1 is migrated with a backup; only the
//! reader lets text kept aside go.

use explainer_core::corpus::{ItemId, StatusId};
use explainer_core::tracker::storage::{
    self, Answer, Aside, Health, MemoryStorage, Storage, discard, open, other_save, persist,
};
use explainer_core::tracker::sync::{ASIDE_PREFIX, KEY, backup_key};
use explainer_core::tracker::{Fields, LoadOutcome, Op, Store, Vocabulary, load, save};

const NOW: u64 = 1_700_000_000_000;
const CORRUPTED: &str = "{\"version\":2,\"updates\":[";
const NEWER: &str = "{\"version\":99,\"updates\":[]}";

fn vocab() -> Vocabulary {
    Vocabulary::new(["fpc-gov-01", "fpc-gov-02"], ["no-action", "in-progress"])
}

/// `store` with an update `id` added, its note `note`.
fn with(mut store: Store, id: &str, note: &str) -> Store {
    let op = Op::Add {
        id: id.to_owned(),
        item: ItemId::from("fpc-gov-01"),
        fields: Fields {
            status: StatusId::from("in-progress"),
            date: "2021".parse().unwrap(),
            note: note.to_owned(),
            link: None,
        },
    };
    store.apply(op, &vocab(), NOW).expect("a valid update");
    store
}

fn saved_store(s: &MemoryStorage) -> Store {
    match load(&s.get(KEY).expect("something is saved"), NOW) {
        LoadOutcome::Ok { store, .. } => store,
        other => panic!("saved text reads back: {other:?}"),
    }
}

fn kept(s: &MemoryStorage) -> Vec<&str> {
    s.map
        .iter()
        .filter(|(k, _)| k.starts_with(ASIDE_PREFIX))
        .map(|(_, v)| v.as_str())
        .collect()
}

fn storage_with(key: &str, value: &str) -> MemoryStorage {
    let mut s = MemoryStorage::default();
    s.set(key, value).unwrap();
    s
}

#[test]
fn saved_updates_are_read_back() {
    let mut s = MemoryStorage::default();
    let (store, health) = persist(
        Some(&mut s),
        with(Store::new(), "a", "one"),
        &mut Vec::new(),
        NOW,
    );
    assert_eq!(health, Health::Saved);
    assert_eq!(open(&mut s, NOW).store, store);
    assert_eq!(open(&mut MemoryStorage::default(), NOW).store, Store::new());
}

#[test]
fn corrupted_saved_text_is_kept_aside_and_not_saved_over_until_kept() {
    for raw in [CORRUPTED, NEWER] {
        let mut s = storage_with(KEY, raw);
        let mut opened = open(&mut s, NOW);
        assert_eq!(opened.store, Store::new());
        assert_eq!(opened.aside.len(), 1, "{raw}");
        assert_eq!(opened.aside[0].raw, raw);
        assert!(opened.aside[0].key.is_some());
        assert_eq!(kept(&s), [raw], "kept under a key of its own");
        // Opening again finds it kept, and does not keep it twice.
        assert_eq!(open(&mut s, NOW).aside, opened.aside);
        assert_eq!(kept(&s), [raw]);
        // The next save goes over the original: its copy is safe.
        let (_, health) = persist(
            Some(&mut s),
            with(Store::new(), "a", "x"),
            &mut opened.aside,
            NOW,
        );
        assert_eq!(health, Health::Saved);
        assert_eq!(kept(&s), [raw]);
        assert_eq!(storage::kept_aside(&s, NOW), opened.aside);
    }
}

#[test]
fn a_newer_version_is_reported_as_such() {
    let mut s = storage_with(KEY, NEWER);
    let aside = open(&mut s, NOW).aside;
    assert!(aside[0].reason.contains("newer"), "{}", aside[0].reason);
}

#[test]
fn text_that_cannot_be_kept_aside_is_never_saved_over() {
    let mut s = storage_with(KEY, CORRUPTED);
    s.full = true;
    let mut opened = open(&mut s, NOW);
    assert_eq!(opened.aside[0].key, None, "only in this tab");
    let next = with(Store::new(), "a", "x");
    let (store, health) = persist(Some(&mut s), next.clone(), &mut opened.aside, NOW);
    assert_eq!(store, next, "the update is kept in memory");
    assert!(matches!(health, Health::SaveFailed(why) if why.contains("could not be kept aside")));
    s.full = false;
    persist(Some(&mut s), next, &mut opened.aside, NOW);
    assert_eq!(
        s.get(KEY).as_deref(),
        Some(CORRUPTED),
        "still not saved over"
    );
}

#[test]
fn a_save_merges_what_another_tab_saved() {
    let mut s = MemoryStorage::default();
    persist(
        Some(&mut s),
        with(Store::new(), "from-a", "A"),
        &mut Vec::new(),
        NOW,
    );
    let (store, health) = persist(
        Some(&mut s),
        with(Store::new(), "from-b", "B"),
        &mut Vec::new(),
        NOW,
    );
    assert_eq!(health, Health::Saved);
    assert!(store.get("from-a").is_some() && store.get("from-b").is_some());
    assert_eq!(saved_store(&s), store);
}

#[test]
fn another_tabs_save_is_held_or_answered_with_the_union() {
    let mut s = MemoryStorage::default();
    let theirs = with(Store::new(), "from-b", "B");
    let text = save(&theirs);
    // Nothing here that their save lacks: hold it.
    let answer = other_save(&mut s, &Store::new(), Some(&text), &mut Vec::new(), NOW);
    assert_eq!(answer, Answer::Hold(theirs.clone()));
    // Their save lacks this tab's update (a race): save the union.
    let mine = with(Store::new(), "from-a", "A");
    let Answer::Save(union) = other_save(&mut s, &mine, Some(&text), &mut Vec::new(), NOW) else {
        panic!("the union is to be saved")
    };
    assert!(union.get("from-a").is_some() && union.get("from-b").is_some());
    // Unreadable text from the other tab is kept aside; this tab holds on.
    let mut aside = Vec::new();
    let answer = other_save(&mut s, &mine, Some(CORRUPTED), &mut aside, NOW);
    assert_eq!(answer, Answer::Hold(mine));
    assert_eq!(aside.len(), 1);
    assert_eq!(kept(&s), [CORRUPTED]);
}

#[test]
fn without_storage_the_updates_stay_in_memory() {
    let next = with(Store::new(), "a", "x");
    let (store, health) = persist(
        None::<&mut MemoryStorage>,
        next.clone(),
        &mut Vec::new(),
        NOW,
    );
    assert_eq!((store, health), (next, Health::Unavailable));
}

#[test]
fn a_full_storage_is_reported_and_nothing_is_lost_from_the_tab() {
    let mut s = MemoryStorage {
        full: true,
        ..MemoryStorage::default()
    };
    let next = with(Store::new(), "a", "x");
    let (store, health) = persist(Some(&mut s), next.clone(), &mut Vec::new(), NOW);
    assert_eq!(store, next);
    assert!(matches!(health, Health::SaveFailed(why) if why.contains("storage may be full")));
    assert_eq!(s.get(KEY), None);
}

#[test]
fn version_1_is_migrated_with_its_text_kept_as_a_backup() {
    let v1 = r#"{"version":1,"items":{"fpc-gov-01":{"status":"in-progress","date":"2021-07"}}}"#;
    let mut s = storage_with(KEY, v1);
    let opened = open(&mut s, NOW);
    assert_eq!(opened.store.len(), 1);
    assert!(opened.aside.is_empty());
    assert_eq!(s.get(&backup_key(1)).as_deref(), Some(v1));
    // A backup already there is not replaced.
    let mut s = storage_with(KEY, v1);
    s.set(&backup_key(1), "older").unwrap();
    open(&mut s, NOW);
    assert_eq!(s.get(&backup_key(1)).as_deref(), Some("older"));
}

#[test]
fn only_the_reader_lets_text_kept_aside_go() {
    let mut s = storage_with(KEY, CORRUPTED);
    let mut aside: Vec<Aside> = open(&mut s, NOW).aside;
    discard(Some(&mut s), CORRUPTED, &mut aside);
    assert!(aside.is_empty());
    assert!(kept(&s).is_empty());
    assert_eq!(s.get(KEY), None, "the original under the main key goes too");
    // Other text kept aside stays.
    let mut s = storage_with(KEY, CORRUPTED);
    let mut aside = open(&mut s, NOW).aside;
    discard(Some(&mut s), "something else", &mut aside);
    assert_eq!(aside.len(), 1);
    assert_eq!(kept(&s), [CORRUPTED]);
}
