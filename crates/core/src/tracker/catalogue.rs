//! The tracker's list: the corpus's recommendations and pledges filtered,
//! grouped and counted, with the filter kept in the address
//! (`#/recommendations?status=no-action&from=eu&group=theme`).
//!
//! Keys, in the canonical order [`ItemFilter::to_hash`] writes them:
//!
//! | key | value |
//! |---|---|
//! | `from` | who asked or promised, as a [`slug`] of the name (`eu`) |
//! | `to` | to whom, as a slug (`government-of-kazakhstan`) |
//! | `theme` | a theme id (`media`) |
//! | `status` | a status id of the corpus (`no-action`) |
//! | `source` | the document the item is quoted from (`hrw2017`) |
//! | `kind` | `recommendation` or `pledge` |
//! | `group` | how to group the list: `from` (default), `to`, `theme`, `status`, `source` |
//!
//! One value per key. Reading never fails: an unknown key or value, or a key
//! given twice, is ignored and reported as a [`Notice`]; the rest applies.
//! Reading what [`ItemFilter::to_hash`] wrote gives the filter back.

use crate::corpus::{Corpus, Item, ItemKind, Status, Theme};
use crate::route::percent_encode;
use std::fmt;

mod shown;
pub use shown::{ItemGroup, Row, RowKey, Summary, group, parties, rows, summary};

/// A theme as a heading or a list item: the timeline's word for it,
/// capitalised ("Civil society"), so both views name it alike.
pub fn theme_label(theme: Theme) -> String {
    let word = crate::timeline::theme_label(theme);
    let mut chars = word.chars();
    chars.next().map_or_else(String::new, |first| {
        first.to_uppercase().chain(chars).collect()
    })
}

/// A name as an address value: ASCII letters and digits lower-cased, every
/// other run of characters one `-` ("Government of Kazakhstan" →
/// `government-of-kazakhstan`).
pub fn slug(name: &str) -> String {
    let mut out = String::new();
    for c in name.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
    }
    out.trim_end_matches('-').to_owned()
}

/// How the list is grouped.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Group {
    /// By who asked or promised.
    #[default]
    From,
    /// By whom it was addressed to.
    To,
    /// By theme (an item with several themes is under each).
    Theme,
    /// By the app's assessed status.
    Status,
    /// By the source document.
    Source,
}

impl Group {
    /// Every grouping, in the order offered.
    pub const ALL: [Group; 5] = [
        Self::From,
        Self::To,
        Self::Theme,
        Self::Status,
        Self::Source,
    ];

    /// The address value.
    pub fn id(self) -> &'static str {
        match self {
            Self::From => "from",
            Self::To => "to",
            Self::Theme => "theme",
            Self::Status => "status",
            Self::Source => "source",
        }
    }

    /// A reader's name: "who asked or promised".
    pub fn label(self) -> &'static str {
        match self {
            Self::From => "who asked or promised",
            Self::To => "to whom",
            Self::Theme => "theme",
            Self::Status => "assessed status",
            Self::Source => "source",
        }
    }
}

/// Which items to show and how to group them. `None` is no constraint.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ItemFilter {
    /// Slug of who asked or promised.
    pub from: Option<String>,
    /// Slug of whom it was addressed to.
    pub to: Option<String>,
    /// A theme.
    pub theme: Option<Theme>,
    /// A status id.
    pub status: Option<String>,
    /// A document id.
    pub source: Option<String>,
    /// Recommendation or pledge.
    pub kind: Option<ItemKind>,
    /// The grouping.
    pub group: Group,
}

/// Something in the address that was ignored, and why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Notice {
    /// The key as written.
    pub key: String,
    /// The value as written.
    pub value: String,
    /// Why it was ignored.
    pub why: &'static str,
}

impl fmt::Display for Notice {
    /// `status=nope: no such status (ignored)`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let short = |s: &str| {
            let mut out: String = s.chars().take(24).collect();
            if s.chars().nth(24).is_some() {
                out.push('…');
            }
            out
        };
        write!(
            f,
            "{}={}: {} (ignored)",
            short(&self.key),
            short(&self.value),
            self.why
        )
    }
}

const KEYS: [&str; 7] = ["from", "to", "theme", "status", "source", "kind", "group"];

impl ItemFilter {
    /// Reads a filter from query pairs, with a notice for each thing
    /// ignored. Values are trimmed and read ignoring ASCII case; an empty
    /// value is no constraint. Never panics.
    pub fn from_query(query: &[(String, String)], corpus: &Corpus) -> (Self, Vec<Notice>) {
        let mut f = Self::default();
        let mut notices = Vec::new();
        let mut seen = [false; KEYS.len()];
        for (key, value) in query {
            let key = key.trim();
            let v = value.trim().to_ascii_lowercase();
            let ignore = |why| Notice {
                key: key.to_owned(),
                value: value.clone(),
                why,
            };
            let Some(k) = KEYS.iter().position(|k| *k == key) else {
                notices.push(ignore("not a tracker filter"));
                continue;
            };
            if v.is_empty() {
                continue;
            }
            if std::mem::replace(&mut seen[k], true) {
                notices.push(ignore("given earlier already"));
                continue;
            }
            let party = |pick: fn(&Item) -> &str| {
                corpus
                    .items
                    .iter()
                    .any(|i| slug(pick(i)) == v)
                    .then(|| v.clone())
            };
            let ok = match key {
                "from" => party(|i| &i.from).map(|p| f.from = Some(p)),
                "to" => party(|i| &i.to).map(|p| f.to = Some(p)),
                "theme" => Theme::ALL
                    .into_iter()
                    .find(|t| t.id() == v)
                    .map(|t| f.theme = Some(t)),
                "status" => corpus.status(&v).map(|s| f.status = Some(s.id.0.clone())),
                "source" => corpus.document(&v).map(|d| f.source = Some(d.id.0.clone())),
                "kind" => [ItemKind::Recommendation, ItemKind::Pledge]
                    .into_iter()
                    .find(|k| k.id() == v)
                    .map(|k| f.kind = Some(k)),
                _ => Group::ALL
                    .into_iter()
                    .find(|g| g.id() == v)
                    .map(|g| f.group = g),
            };
            if ok.is_none() {
                notices.push(ignore(match key {
                    "from" | "to" => "no one of that name",
                    "theme" => "no such theme",
                    "status" => "no such status",
                    "source" => "no such source document",
                    "kind" => "neither recommendation nor pledge",
                    _ => "not a way to group the list",
                }));
            }
        }
        (f, notices)
    }

    /// The query pairs, in canonical order, leaving out what is
    /// unconstrained and the default grouping.
    pub fn to_query(&self) -> Vec<(String, String)> {
        let values = [
            self.from.clone(),
            self.to.clone(),
            self.theme.map(|t| t.id().to_owned()),
            self.status.clone(),
            self.source.clone(),
            self.kind.map(|k| k.id().to_owned()),
            (self.group != Group::default()).then(|| self.group.id().to_owned()),
        ];
        KEYS.iter()
            .zip(values)
            .filter_map(|(k, v)| Some(((*k).to_owned(), v?)))
            .collect()
    }

    /// The tracker's address with this filter: `#/recommendations` when
    /// there is none, which is the reset link.
    pub fn to_hash(&self) -> String {
        let mut out = "#/recommendations".to_owned();
        for (i, (k, v)) in self.to_query().iter().enumerate() {
            out.push(if i == 0 { '?' } else { '&' });
            out.push_str(k);
            out.push('=');
            out.push_str(&percent_encode(v));
        }
        out
    }

    /// Whether any constraint is set (the grouping is not one).
    pub fn is_active(&self) -> bool {
        self.to_query().iter().any(|(k, _)| k != "group")
    }

    /// Whether `item` passes every constraint.
    pub fn matches(&self, item: &Item) -> bool {
        let is = |want: &Option<String>, have: &str| want.as_ref().is_none_or(|w| w == have);
        self.from.as_ref().is_none_or(|w| *w == slug(&item.from))
            && self.to.as_ref().is_none_or(|w| *w == slug(&item.to))
            && self.theme.is_none_or(|t| item.themes.contains(&t))
            && is(&self.status, item.status.as_str())
            && is(&self.source, item.text.doc.as_str())
            && self.kind.is_none_or(|k| k == item.kind)
    }

    /// The corpus's items that pass, in corpus order.
    pub fn apply<'a>(&self, corpus: &'a Corpus) -> Vec<&'a Item> {
        corpus.items.iter().filter(|i| self.matches(i)).collect()
    }
}
