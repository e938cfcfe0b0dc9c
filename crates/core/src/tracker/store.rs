//! The reader's updates, and the only ways to change them.
//!
//! A [`Store`] holds at most one version of each update id, every one of
//! which passed [`Update::check`]. [`Store::apply`] adds, edits and deletes
//! (deleting leaves a tombstone); it refuses, leaving the store unchanged,
//! anything that breaks the rules, names an item or status outside the
//! [`Vocabulary`], or would make the saved form larger than
//! [`MAX_FILE_BYTES`]. Each change moves the update's `modified` time past
//! its previous one even if the clock went back, so the change wins a
//! [`super::merge()`] against the version it replaced.

use super::error::EditError;
use super::format::{CURRENT_VERSION, save};
use super::update::{Fields, Update, Vocabulary};
use super::{MAX_FILE_BYTES, MAX_TIMESTAMP};
use crate::corpus::ItemId;
use std::collections::BTreeMap;

/// All of a reader's updates, tombstones included, keyed by id.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Store {
    updates: BTreeMap<String, Update>,
}

/// A change the reader makes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Op {
    /// A new update for an item, with an id the caller made unique (from
    /// the time and a random part).
    Add {
        /// The new id.
        id: String,
        /// The recommendation or pledge.
        item: ItemId,
        /// What the reader filled in.
        fields: Fields,
    },
    /// New fields for an existing update (its item stays).
    Edit {
        /// The update's id.
        id: String,
        /// What the reader filled in.
        fields: Fields,
    },
    /// Deletes an update: it becomes a tombstone with its note and link
    /// cleared. Deleting a tombstone again does nothing.
    Delete {
        /// The update's id.
        id: String,
    },
}

impl Store {
    /// An empty store.
    pub fn new() -> Self {
        Self::default()
    }

    /// The format version the store is saved in: always
    /// [`CURRENT_VERSION`] (older versions are migrated on reading).
    pub fn version(&self) -> u32 {
        CURRENT_VERSION
    }

    /// Every update, tombstones included, ordered by id.
    pub fn updates(&self) -> impl Iterator<Item = &Update> {
        self.updates.values()
    }

    /// The updates that are not deleted, ordered by id.
    pub fn live(&self) -> impl Iterator<Item = &Update> {
        self.updates().filter(|u| !u.deleted)
    }

    /// The update with this id, tombstone or not.
    pub fn get(&self, id: &str) -> Option<&Update> {
        self.updates.get(id)
    }

    /// How many updates there are, tombstones included.
    pub fn len(&self) -> usize {
        self.updates.len()
    }

    /// Whether there are no updates and no tombstones.
    pub fn is_empty(&self) -> bool {
        self.updates.is_empty()
    }

    /// The live updates for one item, newest first (see
    /// [`Update::chronology`]).
    pub fn for_item(&self, item: &str) -> Vec<&Update> {
        let mut list: Vec<&Update> = self.live().filter(|u| u.item == item).collect();
        crate::order::sort_by(&mut list, |a, b| b.chronology().cmp(&a.chronology()));
        list
    }

    /// For each item with a live update, its newest update (see
    /// [`Update::chronology`]): the reader's current status, for the list.
    pub fn latest_per_item(&self) -> BTreeMap<&ItemId, &Update> {
        let mut latest: BTreeMap<&ItemId, &Update> = BTreeMap::new();
        for u in self.live() {
            let newer = latest
                .get(&u.item)
                .is_none_or(|old| u.chronology() > old.chronology());
            if newer {
                latest.insert(&u.item, u);
            }
        }
        latest
    }

    /// Applies a change at time `now` (milliseconds since 1970); on error
    /// the store is unchanged.
    pub fn apply(&mut self, op: Op, vocab: &Vocabulary, now: u64) -> Result<(), EditError> {
        let now = now.min(MAX_TIMESTAMP);
        let update = match op {
            Op::Add { id, item, fields } => {
                if self.updates.contains_key(&id) {
                    return Err(EditError::DuplicateId(id));
                }
                if !vocab.has_item(item.as_str()) {
                    return Err(EditError::UnknownItem(item.0));
                }
                filled(id, item, fields, now, now, vocab)?
            }
            Op::Edit { id, fields } => {
                let old = self.existing(&id)?;
                if old.deleted {
                    return Err(EditError::Deleted(id));
                }
                let (item, created, modified) = (old.item.clone(), old.created, bump(old, now));
                filled(id, item, fields, created, modified, vocab)?
            }
            Op::Delete { id } => {
                let old = self.existing(&id)?;
                if old.deleted {
                    return Ok(());
                }
                tombstone(old, now)
            }
        };
        update.check()?;
        let previous = self.updates.insert(update.id.clone(), update.clone());
        if save(self).len() > MAX_FILE_BYTES {
            match previous {
                Some(p) => self.updates.insert(update.id, p),
                None => self.updates.remove(&update.id),
            };
            return Err(EditError::Full);
        }
        Ok(())
    }

    fn existing(&self, id: &str) -> Result<&Update, EditError> {
        self.updates
            .get(id)
            .ok_or_else(|| EditError::NotFound(id.to_owned()))
    }

    /// Puts `update` in, replacing any with its id. The caller has checked
    /// it.
    pub(crate) fn put(&mut self, update: Update) {
        self.updates.insert(update.id.clone(), update);
    }
}

/// The time of a change to `old` at `now`: `now`, or just after `old`'s
/// last change if the clock is behind it.
pub(crate) fn bump(old: &Update, now: u64) -> u64 {
    now.max(old.modified.saturating_add(1)).min(MAX_TIMESTAMP)
}

/// `old` deleted at `now`: note and link cleared, `modified` bumped.
pub(crate) fn tombstone(old: &Update, now: u64) -> Update {
    Update {
        note: String::new(),
        link: None,
        deleted: true,
        modified: bump(old, now),
        ..old.clone()
    }
}

fn filled(
    id: String,
    item: ItemId,
    fields: Fields,
    created: u64,
    modified: u64,
    vocab: &Vocabulary,
) -> Result<Update, EditError> {
    if !vocab.has_status(fields.status.as_str()) {
        return Err(EditError::UnknownStatus(fields.status.0));
    }
    let link = fields
        .link
        .map(|l| l.trim().to_owned())
        .filter(|l| !l.is_empty());
    Ok(Update {
        id,
        item,
        status: fields.status,
        date: fields.date,
        note: fields.note.trim().to_owned(),
        link,
        created,
        modified,
        deleted: false,
    })
}
