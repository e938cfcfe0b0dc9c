//! The storage rules of the reader's updates, over any key-value storage
//! ([`Storage`]): the browser's `localStorage` in the app, [`MemoryStorage`]
//! in the tests. Nothing the reader saved is lost:
//!
//! - **Opening** reads the saved updates; an older version is migrated and
//!   its text kept as it was under [`sync::backup_key`]; text that cannot be
//!   read is kept aside under a key of its own, never erased ([`open`]).
//! - **Saving** re-reads and merges what another tab saved ([`persist`]).
//!   If unreadable text could not be kept aside, nothing is saved over it;
//!   a refused save keeps the updates in memory and says why ([`Health`]).
//! - **Another tab's save** is merged in; if it lacks an update this tab
//!   holds (the saves raced), the union is saved ([`other_save`]).
//! - **Letting go** of text kept aside is the reader's choice alone
//!   ([`discard`]).

use std::collections::BTreeMap;

use super::format::{LoadOutcome, load, save};
use super::store::Store;
use super::sync::{self, ASIDE_PREFIX, KEY};

/// The storage refused to keep a value (it may be full).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Refused;

/// A key-value storage of text, such as the browser's `localStorage`.
pub trait Storage {
    /// The value under `key`, if any (none as well if it cannot be read).
    fn get(&self, key: &str) -> Option<String>;
    /// Keeps `value` under `key`.
    fn set(&mut self, key: &str, value: &str) -> Result<(), Refused>;
    /// Forgets `key` (nothing happens if the storage refuses).
    fn remove(&mut self, key: &str);
    /// Every key, in any order.
    fn keys(&self) -> Vec<String>;
}

/// A storage in memory, for tests: a map, that can be made to refuse every
/// write as a full storage does.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct MemoryStorage {
    /// What is kept.
    pub map: BTreeMap<String, String>,
    /// Whether every write is refused.
    pub full: bool,
}

impl Storage for MemoryStorage {
    fn get(&self, key: &str) -> Option<String> {
        self.map.get(key).cloned()
    }

    fn set(&mut self, key: &str, value: &str) -> Result<(), Refused> {
        if self.full {
            return Err(Refused);
        }
        self.map.insert(key.to_owned(), value.to_owned());
        Ok(())
    }

    fn remove(&mut self, key: &str) {
        self.map.remove(key);
    }

    fn keys(&self) -> Vec<String> {
        self.map.keys().cloned().collect()
    }
}

/// Whether the updates are safely in the storage.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Health {
    /// Saved (or nothing to save yet).
    Saved,
    /// The browser offers no storage (private browsing, storage turned off).
    Unavailable,
    /// The last save failed; the message says why.
    SaveFailed(String),
}

/// Saved text that could not be read, kept as it was.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Aside {
    /// Where it is kept; `None` if even that failed and it is only in this
    /// tab (then nothing is saved over the original).
    pub key: Option<String>,
    /// The text exactly as found.
    pub raw: String,
    /// Why it could not be read, for the reader.
    pub reason: String,
}

/// What opening the storage found.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Opened {
    /// The saved updates.
    pub store: Store,
    /// Unreadable text kept aside, earlier and now.
    pub aside: Vec<Aside>,
}

/// Reads the saved updates at time `now`, keeping a migrated version's
/// text as a backup and unreadable text aside.
pub fn open(s: &mut impl Storage, now: u64) -> Opened {
    let mut aside = kept_aside(s, now);
    let saved = s.get(KEY);
    let r = sync::reconcile(&Store::new(), saved.as_deref(), now);
    if let (Some(v), Some(raw)) = (r.migrated_from, &saved) {
        let backup = sync::backup_key(v);
        if s.get(&backup).is_none() {
            let _ = s.set(&backup, raw);
        }
    }
    if let Some((raw, reason)) = r.unreadable {
        keep_aside(s, raw, reason.to_string(), &mut aside, now);
    }
    Opened {
        store: r.store,
        aside,
    }
}

/// Every unreadable text kept aside earlier, oldest first.
pub fn kept_aside(s: &impl Storage, now: u64) -> Vec<Aside> {
    let mut keys: Vec<String> = s
        .keys()
        .into_iter()
        .filter(|k| k.starts_with(ASIDE_PREFIX))
        .collect();
    crate::order::sort(&mut keys);
    keys.into_iter()
        .filter_map(|key| {
            let raw = s.get(&key)?;
            let reason = match load(&raw, now) {
                LoadOutcome::Unreadable { reason, .. } => reason.to_string(),
                _ => "It could not be read when it was found.".to_owned(),
            };
            Some(Aside {
                key: Some(key),
                raw,
                reason,
            })
        })
        .collect()
}

/// Copies `raw` to a key of its own, unless it is kept already.
fn keep_aside(s: &mut impl Storage, raw: String, reason: String, aside: &mut Vec<Aside>, now: u64) {
    if aside.iter().any(|a| a.raw == raw) {
        return;
    }
    let key = sync::aside_key(now, |k| s.get(k).is_some());
    let key = s.set(&key, &raw).is_ok().then_some(key);
    aside.push(Aside { key, raw, reason });
}

/// Saves `next` merged with what is saved now (none if the browser offers
/// no storage), at time `now`; returns what to hold and whether it is
/// saved. Unreadable text found is added to `aside` first.
pub fn persist<S: Storage>(
    s: Option<&mut S>,
    next: Store,
    aside: &mut Vec<Aside>,
    now: u64,
) -> (Store, Health) {
    let Some(s) = s else {
        return (next, Health::Unavailable);
    };
    let saved = s.get(KEY);
    let r = sync::reconcile(&next, saved.as_deref(), now);
    if let Some((raw, reason)) = r.unreadable {
        keep_aside(s, raw, reason.to_string(), aside, now);
    }
    let health = if aside.iter().any(|a| a.key.is_none()) {
        Health::SaveFailed(
            "saved data that could not be read could not be kept aside either, so nothing is saved over it".into(),
        )
    } else {
        match s.set(KEY, &save(&r.store)) {
            Ok(()) => Health::Saved,
            Err(Refused) => Health::SaveFailed(
                "the browser refused to store it (its storage may be full)".into(),
            ),
        }
    };
    (r.store, health)
}

/// What to do after another tab saved.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Answer {
    /// Hold this in memory; the storage has it already, or holds
    /// unreadable text now kept aside.
    Hold(Store),
    /// This tab held updates the other's save lacks: save this union (with
    /// [`persist`]) so neither is lost.
    Save(Store),
}

/// Another tab saved `new_value` (none if it removed the key) while this
/// tab held `memory`. Unreadable text is added to `aside`.
pub fn other_save(
    s: &mut impl Storage,
    memory: &Store,
    new_value: Option<&str>,
    aside: &mut Vec<Aside>,
    now: u64,
) -> Answer {
    let r = sync::reconcile(memory, new_value, now);
    if let Some((raw, reason)) = r.unreadable {
        keep_aside(s, raw, reason.to_string(), aside, now);
        Answer::Hold(r.store)
    } else if new_value != Some(save(&r.store).as_str()) {
        Answer::Save(r.store)
    } else {
        Answer::Hold(r.store)
    }
}

/// Forgets the copy of unreadable text `raw` (after the reader chose to),
/// and the original if it is still under the main key; the caller then
/// saves its updates again.
pub fn discard<S: Storage>(s: Option<&mut S>, raw: &str, aside: &mut Vec<Aside>) {
    if let Some(s) = s {
        if let Some(key) = aside
            .iter()
            .find(|a| a.raw == raw)
            .and_then(|a| a.key.as_ref())
        {
            s.remove(key);
        }
        // The original may still be under the main key if nothing was
        // saved since; the reader chose to let it go, so it is not kept
        // aside again.
        if s.get(KEY).as_deref() == Some(raw) {
            s.remove(KEY);
        }
    }
    aside.retain(|a| a.raw != raw);
}
