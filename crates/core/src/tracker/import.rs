//! Importing a file of updates: first a preview of what merging or
//! replacing would do, then the import itself.
//!
//! [`preview`] reads the file (any known version, at most
//! [`MAX_FILE_BYTES`]) and checks every update's item and status against
//! the corpus's [`Vocabulary`], tombstones included; any problem is a
//! [`ReadError`] whose `Display` is the message for the reader (unknown
//! items and statuses are all listed), and nothing changes. [`import`] then
//! builds the new store from the store as it is at that moment (another tab
//! may have saved since the preview):
//!
//! - [`Mode::Merge`]: [`merge()`] of the two, so nothing of either is lost;
//! - [`Mode::Replace`]: the file's updates become the reader's live
//!   updates. To make this hold against other tabs, an existing update
//!   missing from the file becomes a tombstone, and a file version that
//!   would lose a merge against the existing one is re-dated just after it,
//!   so merging the result with the old store gives the result again.

use super::MAX_FILE_BYTES;
use super::error::ReadError;
use super::format::parse;
use super::merge::{merge, wins};
use super::store::{Store, bump, tombstone};
use super::update::{Update, Vocabulary};
use std::collections::BTreeSet;

/// How to combine an imported file with the existing updates.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    /// Keep both, the latest version of each update winning.
    Merge,
    /// Make the file's updates the only ones.
    Replace,
}

/// One update whose visible content an import would change.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Change {
    /// The update now.
    pub before: Update,
    /// The update after the import.
    pub after: Update,
}

/// What an import would do to the live updates the reader sees. Content
/// means item, status, date, note and link; timestamps alone are not a
/// change.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Diff {
    /// Updates that would appear.
    pub added: Vec<Update>,
    /// Updates whose content would change.
    pub changed: Vec<Change>,
    /// Updates that would be deleted.
    pub removed: Vec<Update>,
    /// How many live updates would stay as they are.
    pub unchanged: usize,
}

impl Diff {
    /// Whether the import would change nothing the reader sees.
    pub fn is_empty(&self) -> bool {
        self.added.is_empty() && self.changed.is_empty() && self.removed.is_empty()
    }
}

/// A file that was read and checked, and what importing it would do.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ImportPreview {
    incoming: Store,
    /// The file's format version (older ones were migrated).
    pub version: u32,
    /// What [`Mode::Merge`] would do.
    pub merge: Diff,
    /// What [`Mode::Replace`] would do.
    pub replace: Diff,
}

impl ImportPreview {
    /// The file's updates, tombstones included.
    pub fn incoming(&self) -> &Store {
        &self.incoming
    }

    /// What importing in `mode` would do.
    pub fn diff(&self, mode: Mode) -> &Diff {
        match mode {
            Mode::Merge => &self.merge,
            Mode::Replace => &self.replace,
        }
    }
}

/// Refuses a file of more than [`MAX_FILE_BYTES`].
fn within_limit(bytes: usize) -> Result<(), ReadError> {
    if bytes > MAX_FILE_BYTES {
        return Err(ReadError::TooLarge {
            bytes,
            limit: MAX_FILE_BYTES,
        });
    }
    Ok(())
}

/// Reads and checks `file` against `existing` at time `now` (which dates
/// migrated version 1 updates). Never panics.
pub fn preview(
    existing: &Store,
    file: &str,
    vocab: &Vocabulary,
    now: u64,
) -> Result<ImportPreview, ReadError> {
    within_limit(file.len())?;
    let (incoming, version) = parse(file, now)?;
    let unknown = |pick: fn(&Update) -> &str, known: &dyn Fn(&str) -> bool| {
        let set: BTreeSet<&str> = incoming
            .updates()
            .map(pick)
            .filter(|id| !known(id))
            .collect();
        set.into_iter().map(str::to_owned).collect::<Vec<_>>()
    };
    let items = unknown(|u| u.item.as_str(), &|id| vocab.has_item(id));
    if !items.is_empty() {
        return Err(ReadError::UnknownItems(items));
    }
    let statuses = unknown(|u| u.status.as_str(), &|id| vocab.has_status(id));
    if !statuses.is_empty() {
        return Err(ReadError::UnknownStatuses(statuses));
    }
    Ok(ImportPreview {
        merge: diff(existing, &merge(existing, &incoming)),
        replace: diff(existing, &replace(existing, &incoming, now)),
        incoming,
        version,
    })
}

/// [`preview`] for the bytes of a file: refuses more than
/// [`MAX_FILE_BYTES`] before looking at them, and text that is not UTF-8.
pub fn preview_bytes(
    existing: &Store,
    file: &[u8],
    vocab: &Vocabulary,
    now: u64,
) -> Result<ImportPreview, ReadError> {
    within_limit(file.len())?;
    let text = std::str::from_utf8(file).map_err(|_| ReadError::NotText)?;
    preview(existing, text, vocab, now)
}

/// The store after importing the previewed file into `existing` at `now`.
pub fn import(existing: &Store, preview: &ImportPreview, mode: Mode, now: u64) -> Store {
    match mode {
        Mode::Merge => merge(existing, &preview.incoming),
        Mode::Replace => replace(existing, &preview.incoming, now),
    }
}

fn replace(existing: &Store, incoming: &Store, now: u64) -> Store {
    let mut out = Store::new();
    for u in incoming.updates() {
        let mut u = u.clone();
        if let Some(old) = existing.get(&u.id)
            && *old != u
            && !wins(&u, old)
        {
            u.modified = bump(old, now);
        }
        out.put(u);
    }
    for old in existing.updates() {
        if incoming.get(&old.id).is_none() {
            out.put(if old.deleted {
                old.clone()
            } else {
                tombstone(old, now)
            });
        }
    }
    out
}

fn content(u: &Update) -> impl Eq + '_ {
    (&u.item, &u.status, u.date, &u.note, &u.link)
}

fn diff(before: &Store, after: &Store) -> Diff {
    let mut d = Diff::default();
    let ids: BTreeSet<&str> = before
        .updates()
        .chain(after.updates())
        .map(|u| u.id.as_str())
        .collect();
    for id in ids {
        let live = |s: &Store| s.get(id).filter(|u| !u.deleted).cloned();
        match (live(before), live(after)) {
            (Some(b), Some(a)) if content(&b) == content(&a) => d.unchanged += 1,
            (Some(before), Some(after)) => d.changed.push(Change { before, after }),
            (Some(b), None) => d.removed.push(b),
            (None, Some(a)) => d.added.push(a),
            (None, None) => {}
        }
    }
    d
}
