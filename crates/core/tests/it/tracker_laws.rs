//! Properties of the tracker's saved state, over seeded random inputs (a
//! failure always reproduces): merge is commutative, associative and
//! idempotent; tabs editing at once lose nothing; replace survives merging;
//! saving and loading round-trip; `load` and `preview` never panic.

use explainer_core::corpus::{ItemId, PartialDate, StatusId};
use explainer_core::tracker::{
    Fields, LoadOutcome, MAX_TIMESTAMP, Mode, Op, Store, Update, Vocabulary, import, load, merge,
    preview, preview_bytes, save,
};
use std::time::{Duration, Instant};

use crate::support;
use support::Rng;

const ITEMS: [&str; 3] = ["fpc-gov-01", "fpc-gov-02", "osce-2007"];
const STATUSES: [&str; 3] = ["no-action", "in-progress", "implemented"];
const NOTES: [&str; 5] = ["", "Law signed.", "a, \"b\"\r\nc", "Қазақстан", "=1+1"];
const DATES: [&str; 4] = ["2021", "2021-06", "2021-06-30", "2019-02"];

fn vocab() -> Vocabulary {
    Vocabulary::new(ITEMS, STATUSES)
}

fn fields(rng: &mut Rng) -> Fields {
    Fields {
        status: StatusId::from(*rng.pick(&STATUSES)),
        date: rng.pick(&DATES).parse::<PartialDate>().unwrap(),
        note: rng.pick(&NOTES).to_string(),
        link: rng
            .chance(2)
            .then(|| format!("https://example.org/{}", rng.below(3))),
    }
}

/// A random update: few ids and small times, so that stores overlap and
/// ties happen.
fn update(rng: &mut Rng, id: u64) -> Update {
    let f = fields(rng);
    let created = rng.below(4);
    let deleted = rng.chance(4);
    Update {
        id: format!("u{id}"),
        item: ItemId::from(*rng.pick(&ITEMS)),
        status: f.status,
        date: f.date,
        note: if deleted { String::new() } else { f.note },
        link: if deleted { None } else { f.link },
        created,
        modified: created + rng.below(3),
        deleted,
    }
}

fn store(rng: &mut Rng) -> Store {
    let mut ids: Vec<u64> = (0..6).filter(|_| rng.chance(2)).collect();
    ids.dedup();
    let updates: Vec<Update> = ids.into_iter().map(|id| update(rng, id)).collect();
    let json = serde_json::json!({ "version": 2, "updates": updates }).to_string();
    match load(&json, 0) {
        LoadOutcome::Ok { store, .. } => store,
        other => panic!("generated store did not load: {other:?}"),
    }
}

#[test]
fn merge_is_commutative_associative_and_idempotent() {
    let mut rng = Rng::new(1);
    for _ in 0..3000 {
        let (a, b, c) = (store(&mut rng), store(&mut rng), store(&mut rng));
        assert_eq!(merge(&a, &b), merge(&b, &a), "commutative");
        assert_eq!(
            merge(&merge(&a, &b), &c),
            merge(&a, &merge(&b, &c)),
            "associative"
        );
        assert_eq!(merge(&a, &a), a, "idempotent");
        let ab = merge(&a, &b);
        assert_eq!(merge(&ab, &b), ab, "absorbs what it merged");
        assert_eq!(save(&merge(&a, &b)), save(&merge(&b, &a)), "same bytes");
        for u in a.updates().chain(b.updates()) {
            let kept = ab.get(&u.id).expect("no id is lost");
            assert!(kept.modified >= u.modified, "latest modified wins");
        }
    }
}

#[test]
fn save_then_load_round_trips() {
    let mut rng = Rng::new(2);
    for _ in 0..1000 {
        let s = store(&mut rng);
        let text = save(&s);
        let LoadOutcome::Ok {
            store: back,
            migrated_from: None,
        } = load(&text, 99)
        else {
            panic!("{text}")
        };
        assert_eq!(back, s);
        assert_eq!(save(&back), text);
    }
}

/// A random operation on `s` at `now`, on the ids `prefix0`…, so that two
/// tabs never invent the same id (the caller's random part sees to that).
fn random_op(rng: &mut Rng, s: &Store, prefix: &str, n: &mut u64) -> Op {
    let live: Vec<String> = s.live().map(|u| u.id.clone()).collect();
    match rng.below(3) {
        1 if !live.is_empty() => Op::Edit {
            id: rng.pick(&live).clone(),
            fields: fields(rng),
        },
        2 if !live.is_empty() => Op::Delete {
            id: rng.pick(&live).clone(),
        },
        _ => {
            *n += 1;
            Op::Add {
                id: format!("{prefix}{n}"),
                item: ItemId::from(*rng.pick(&ITEMS)),
                fields: fields(rng),
            }
        }
    }
}

#[test]
fn two_tabs_keep_each_others_changes() {
    let v = vocab();
    let mut rng = Rng::new(3);
    for round in 0..500 {
        let mut base = Store::new();
        let mut n = 0;
        let mut now = 1_000 + round;
        for _ in 0..rng.below(6) {
            let op = random_op(&mut rng, &base, "base", &mut n);
            base.apply(op, &v, now).unwrap();
            now += 1;
        }
        // Both tabs start from the same saved state; tab B's clock may lag.
        let (mut a, mut b) = (base.clone(), base.clone());
        let (mut na, mut nb) = (0, 0);
        let mut touched_a = Vec::new();
        for _ in 0..rng.below(5) {
            let op = random_op(&mut rng, &a, "a", &mut na);
            touched_a.push(op_id(&op));
            a.apply(op, &v, now + rng.below(5)).unwrap();
        }
        let mut touched_b = Vec::new();
        for _ in 0..rng.below(5) {
            let op = random_op(&mut rng, &b, "b", &mut nb);
            touched_b.push(op_id(&op));
            b.apply(op, &v, now - rng.below(5)).unwrap();
        }
        let m = merge(&a, &b);
        // Every change one tab made to an update the other did not touch
        // survives exactly; an update both touched ends as one of theirs.
        for (mine, theirs, touched_other) in [(&a, &b, &touched_b), (&b, &a, &touched_a)] {
            for u in mine.updates() {
                let got = m.get(&u.id).unwrap();
                if !touched_other.contains(&u.id) && base.get(&u.id) != Some(u) {
                    assert_eq!(got, u, "a tab's change was lost");
                }
                assert!(got == u || theirs.get(&u.id) == Some(got));
            }
        }
    }
}

fn op_id(op: &Op) -> String {
    match op {
        Op::Add { id, .. } | Op::Edit { id, .. } | Op::Delete { id } => id.clone(),
    }
}

#[test]
fn replace_wins_against_the_store_it_replaced() {
    let v = vocab();
    let mut rng = Rng::new(4);
    for _ in 0..1000 {
        let (existing, file) = (store(&mut rng), store(&mut rng));
        let now = rng.below(10);
        let p = preview(&existing, &save(&file), &v, now).unwrap();
        let replaced = import(&existing, &p, Mode::Replace, now);
        assert_eq!(merge(&existing, &replaced), replaced, "replace sticks");
        let live = |s: &Store| {
            s.live()
                .map(|u| {
                    (
                        u.id.clone(),
                        u.status.clone(),
                        u.note.clone(),
                        u.link.clone(),
                    )
                })
                .collect::<Vec<_>>()
        };
        assert_eq!(live(&replaced), live(&file), "the file's updates are live");
        let merged = import(&existing, &p, Mode::Merge, now);
        assert_eq!(merged, merge(&existing, &file));
        for (mode, result) in [(Mode::Merge, &merged), (Mode::Replace, &replaced)] {
            let d = p.diff(mode);
            let before = existing.live().count();
            assert_eq!(
                before + d.added.len() - d.removed.len(),
                result.live().count(),
                "{mode:?}: the preview counts what happens"
            );
            assert_eq!(d.unchanged + d.changed.len() + d.removed.len(), before);
        }
    }
}

/// Valid JSON and near misses, cut and mutated at random.
fn fuzz_input(rng: &mut Rng, seeds: &[String]) -> Vec<u8> {
    let mut bytes = rng.pick(seeds).clone().into_bytes();
    for _ in 0..rng.below(4) {
        if bytes.is_empty() {
            break;
        }
        let at = rng.below(bytes.len() as u64) as usize;
        match rng.below(5) {
            0 => bytes.truncate(at),
            1 => bytes[at] = rng.next() as u8,
            2 => bytes.insert(at, *rng.pick(b"{}[]\",:0-9e.\\ntfu\xef\xbb\xbf")),
            3 => {
                bytes.remove(at);
            }
            _ => {
                let piece = rng.pick(&[
                    "\"version\":",
                    "1e999",
                    "-1",
                    "18446744073709551616",
                    "null",
                    "[[[[[[[[",
                    "\"javascript:x\"",
                    "\"deleted\":true",
                    "\\ud800",
                ]);
                bytes.splice(at..at, piece.bytes());
            }
        }
    }
    if rng.chance(20) {
        bytes = (0..rng.below(64)).map(|_| rng.next() as u8).collect();
    }
    bytes
}

#[test]
fn load_and_preview_never_panic() {
    let v = vocab();
    let mut rng = Rng::new(5);
    let mut seeds: Vec<String> = (0..20).map(|_| save(&store(&mut rng))).collect();
    seeds.push(r#"{"version":1,"items":{"fpc-gov-01":{"status":"no-action","date":"2021","note":"x","link":"https://a.b"}}}"#.into());
    seeds.push("[".repeat(5000));
    seeds.push(format!(
        "{{\"version\":2,\"updates\":[{}]}}",
        "{}".repeat(3)
    ));
    let existing = store(&mut rng);
    let started = Instant::now();
    let mut kinds = std::collections::BTreeMap::<String, usize>::new();
    for _ in 0..20_000 {
        let bytes = fuzz_input(&mut rng, &seeds);
        let text = String::from_utf8_lossy(&bytes);
        let outcome = load(&text, MAX_TIMESTAMP + 5);
        if let LoadOutcome::Unreadable { raw, reason } = &outcome {
            assert_eq!(raw, &text, "the raw text is kept exactly");
            assert!(!reason.to_string().is_empty());
        }
        let kind = format!("{outcome:?}").chars().take(9).collect();
        *kinds.entry(kind).or_default() += 1;
        let _ = preview(&existing, &text, &v, 7);
        let _ = preview_bytes(&existing, &bytes, &v, 7).map_err(|e| e.to_string());
    }
    assert!(started.elapsed() < Duration::from_secs(60), "bounded time");
    assert!(kinds.len() >= 3, "inputs reach every outcome: {kinds:?}");
}
