//! One reader's update and the rules every stored update satisfies.
//!
//! An [`Update`] that is in a [`super::Store`] has passed [`Update::check`]:
//! ids of at most [`MAX_ID_BYTES`] bytes of `A–Z a–z 0–9 . _ : -`, a note of
//! at most [`MAX_NOTE_CHARS`] characters, a link that is `http:` or `https:`
//! with no spaces or control characters, timestamps at most
//! [`MAX_TIMESTAMP`] with `created <= modified`. Notes and links are plain
//! data: the app shows them as text and never as markup.

use super::error::FieldError;
use super::{MAX_ID_BYTES, MAX_LINK_BYTES, MAX_NOTE_CHARS, MAX_TIMESTAMP};
use crate::corpus::{Corpus, ItemId, PartialDate, StatusId};
use crate::passage::is_safe_url;
use serde::{Deserialize, Serialize};
use std::collections::BTreeSet;

/// A reader's dated status update for one recommendation or pledge.
///
/// Serialized with every field present; when read, `note` defaults to
/// empty, `link` to none and `deleted` to false, and any other field is an
/// error.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Update {
    /// Unique across every tab and device: made by the caller from the time
    /// and a random part, such as `lzq1k3c-8f2a9d`.
    pub id: String,
    /// The recommendation or pledge it is about.
    pub item: ItemId,
    /// A status from the corpus's vocabulary, such as `in-progress`.
    pub status: StatusId,
    /// The date the reader gives the status: `YYYY`, `YYYY-MM` or
    /// `YYYY-MM-DD`.
    pub date: PartialDate,
    /// The reader's note, shown as text.
    #[serde(default)]
    pub note: String,
    /// A source the reader cites: `http:` or `https:` only.
    #[serde(default)]
    pub link: Option<String>,
    /// When it was added, in milliseconds since 1970 (UTC).
    pub created: u64,
    /// When it was last changed or deleted, in milliseconds since 1970.
    pub modified: u64,
    /// Whether it was deleted (a tombstone, kept so that deletions merge).
    #[serde(default)]
    pub deleted: bool,
}

/// What a reader fills in when adding or editing an update.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Fields {
    /// The status.
    pub status: StatusId,
    /// The date the reader gives it.
    pub date: PartialDate,
    /// The note (its ends are trimmed when stored).
    pub note: String,
    /// The link, if any (trimmed; an empty link is none).
    pub link: Option<String>,
}

impl Update {
    /// Checks the rules every stored update satisfies (not the vocabulary:
    /// see [`Vocabulary`]).
    pub fn check(&self) -> Result<(), FieldError> {
        check_id(&self.id).map_err(|_| FieldError::Id(self.id.clone()))?;
        check_id(self.item.as_str()).map_err(|_| FieldError::Item(self.item.to_string()))?;
        check_id(self.status.as_str()).map_err(|_| FieldError::Status(self.status.to_string()))?;
        let chars = self.note.chars().count();
        if chars > MAX_NOTE_CHARS {
            return Err(FieldError::NoteTooLong(chars));
        }
        if let Some(link) = &self.link {
            check_link(link)?;
        }
        for t in [self.created, self.modified] {
            if t > MAX_TIMESTAMP {
                return Err(FieldError::Timestamp(t));
            }
        }
        if self.created > self.modified {
            return Err(FieldError::CreatedAfterModified);
        }
        Ok(())
    }

    /// The link, only if it is safe to follow (`http:` or `https:`).
    pub fn safe_link(&self) -> Option<&str> {
        self.link.as_deref().filter(|l| check_link(l).is_ok())
    }

    /// The order of a reader's updates for one item, earliest first: by the
    /// date the reader gave (its first possible day, then its last, so
    /// `2021` comes before `2021-06`), then by creation time, then by id.
    pub fn chronology(&self) -> impl Ord + '_ {
        (
            self.date.earliest(),
            self.date.latest(),
            self.created,
            self.id.as_str(),
        )
    }
}

/// Whether `id` may name an update, item or status: 1 to [`MAX_ID_BYTES`]
/// bytes of ASCII letters, digits, `.`, `_`, `:` and `-`.
pub fn check_id(id: &str) -> Result<(), FieldError> {
    let ok = !id.is_empty()
        && id.len() <= MAX_ID_BYTES
        && id
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'_' | b':' | b'-'));
    if ok {
        Ok(())
    } else {
        Err(FieldError::Id(id.to_owned()))
    }
}

/// Whether `link` may be stored: `http://` or `https://` (any case) and
/// something after it, at most [`MAX_LINK_BYTES`] bytes, with no
/// whitespace or control characters. `javascript:`, `data:`, `file:`,
/// relative and protocol-relative links are refused.
pub fn check_link(link: &str) -> Result<(), FieldError> {
    let rest = link
        .split_once("://")
        .map(|(_, rest)| rest)
        .unwrap_or_default();
    let ok = link.len() <= MAX_LINK_BYTES
        && is_safe_url(link)
        && !rest.is_empty()
        && !link.chars().any(|c| c.is_whitespace() || c.is_control());
    if ok {
        Ok(())
    } else {
        Err(FieldError::Link(link.to_owned()))
    }
}

/// The item ids and status ids that updates may use: the corpus's.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Vocabulary {
    items: BTreeSet<String>,
    statuses: BTreeSet<String>,
}

impl Vocabulary {
    /// A vocabulary of these item ids and status ids.
    pub fn new<I, S>(items: I, statuses: S) -> Self
    where
        I: IntoIterator,
        I::Item: Into<String>,
        S: IntoIterator,
        S::Item: Into<String>,
    {
        Self {
            items: items.into_iter().map(Into::into).collect(),
            statuses: statuses.into_iter().map(Into::into).collect(),
        }
    }

    /// The corpus's recommendations and pledges and its status vocabulary.
    pub fn from_corpus(corpus: &Corpus) -> Self {
        Self::new(
            corpus.items.iter().map(|i| i.id.to_string()),
            corpus.statuses.iter().map(|s| s.id.to_string()),
        )
    }

    /// Whether `id` is a recommendation or pledge.
    pub fn has_item(&self, id: &str) -> bool {
        self.items.contains(id)
    }

    /// Whether `id` is a status.
    pub fn has_status(&self, id: &str) -> bool {
        self.statuses.contains(id)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn links() {
        for ok in [
            "https://example.org",
            "http://example.org/a?b=c#d",
            "HTTPS://EXAMPLE.ORG",
        ] {
            assert!(check_link(ok).is_ok(), "{ok}");
        }
        for bad in [
            "javascript:alert(1)",
            "JavaScript://%0aalert(1)",
            "data:text/html,<script>",
            "file:///etc/passwd",
            "//example.org",
            "example.org",
            "https://",
            " https://example.org",
            "https://exa mple.org",
            "https://example.org\n",
            "ftp://example.org",
            "",
        ] {
            assert!(check_link(bad).is_err(), "{bad:?}");
        }
        assert!(check_link(&format!("https://e.org/{}", "a".repeat(MAX_LINK_BYTES))).is_err());
    }

    #[test]
    fn ids() {
        assert!(check_id("lzq1k3c-8f2a9d").is_ok());
        assert!(check_id("v1:fpc-gov-01").is_ok());
        assert!(check_id("").is_err());
        assert!(check_id("a b").is_err());
        assert!(check_id("<b>").is_err());
        assert!(check_id(&"a".repeat(MAX_ID_BYTES + 1)).is_err());
    }
}
