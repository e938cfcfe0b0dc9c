//! Merging two stores, such as the one a tab holds and the one another tab
//! just saved.
//!
//! The rule: for each update id in either store, keep the version that
//! ranks higher by, in order, `modified` (later wins), `deleted` (a
//! tombstone wins a tie with a live version), then the remaining fields
//! (only to break exact ties deterministically). This rank is a total order
//! on the versions of one id, and merge takes the maximum per id, so
//! [`merge()`] is commutative, associative and idempotent: merging in any
//! order, any number of times, gives the same store. An addition in one tab
//! survives because the other tab lacks its id; an edit or deletion
//! survives because it moved `modified` past the version it replaced (see
//! [`super::Store::apply`]). Tombstones are never dropped, so a deletion
//! cannot be undone by merging an older copy.

use super::store::Store;
use super::update::Update;

/// Both stores' updates, with the latest version of each id.
pub fn merge(a: &Store, b: &Store) -> Store {
    let mut out = a.clone();
    for u in b.updates() {
        let keep = out.get(&u.id).is_some_and(|mine| rank(mine) >= rank(u));
        if !keep {
            out.put(u.clone());
        }
    }
    out
}

/// Whether `a` wins over `b`, two versions of one update, in a merge.
pub fn wins(a: &Update, b: &Update) -> bool {
    rank(a) > rank(b)
}

fn rank(u: &Update) -> impl Ord + '_ {
    (
        (u.modified, u.deleted, u.created),
        (u.date.earliest(), u.date.latest(), u.date.precision()),
        (u.item.as_str(), u.status.as_str()),
        (u.note.as_str(), u.link.as_deref()),
    )
}
