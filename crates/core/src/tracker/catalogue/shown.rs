//! The list as shown: the filtered items in groups under their headings,
//! the one keyed list of headings and cards the view renders, the counts
//! by status, and who asked or promised and to whom.

use super::*;

/// A group of the list: its heading and its items.
#[derive(Clone, Debug, PartialEq)]
pub struct ItemGroup<'a> {
    /// The heading, such as a name, a status label or a document's title.
    pub heading: String,
    /// The items, in corpus order.
    pub items: Vec<&'a Item>,
}

/// `items` grouped by `group`: parties by how many items they have (most
/// first, then by name), themes, statuses and documents in the corpus's
/// order. Empty groups are left out.
pub fn group<'a>(items: &[&'a Item], by: Group, corpus: &'a Corpus) -> Vec<ItemGroup<'a>> {
    let mut keys: Vec<String> = match by {
        Group::From | Group::To => {
            let name = |i: &'a Item| if by == Group::From { &i.from } else { &i.to }.as_str();
            let mut names: Vec<&str> = items.iter().map(|i| name(i)).collect();
            crate::order::sort(&mut names);
            names.dedup();
            // Counted once per name, not once per comparison.
            let mut counted: Vec<(usize, &str)> = names
                .into_iter()
                .map(|n| (items.iter().filter(|i| name(i) == n).count(), n))
                .collect();
            crate::order::sort_by_key(&mut counted, |&(count, _)| std::cmp::Reverse(count));
            counted.into_iter().map(|(_, n)| n.to_owned()).collect()
        }
        Group::Theme => Theme::ALL.iter().map(|t| t.id().to_owned()).collect(),
        Group::Status => corpus.statuses.iter().map(|s| s.id.0.clone()).collect(),
        Group::Source => corpus.documents.iter().map(|d| d.id.0.clone()).collect(),
    };
    keys.dedup();
    keys.into_iter()
        .filter_map(|key| {
            let members: Vec<&Item> = items
                .iter()
                .copied()
                .filter(|i| match by {
                    Group::From => i.from == key,
                    Group::To => i.to == key,
                    Group::Theme => i.themes.iter().any(|t| t.id() == key),
                    Group::Status => i.status == key.as_str(),
                    Group::Source => i.text.doc == key.as_str(),
                })
                .collect();
            let heading = match by {
                Group::From | Group::To => key,
                Group::Theme => Theme::ALL
                    .into_iter()
                    .find(|t| t.id() == key)
                    .map_or(key, theme_label),
                Group::Status => corpus.status(&key).map_or(key, |s| s.label.clone()),
                Group::Source => corpus.document(&key).map_or(key, |d| d.title.clone()),
            };
            (!members.is_empty()).then_some(ItemGroup {
                heading,
                items: members,
            })
        })
        .collect()
}

/// One row of the list as shown: a group's heading with its count, or an
/// item under it.
#[derive(Clone, Debug, PartialEq)]
pub enum Row<'a> {
    /// A group's heading and how many items it has.
    Heading {
        /// As in [`ItemGroup::heading`].
        heading: String,
        /// How many items the group has.
        count: usize,
    },
    /// An item, with how many times it appeared in earlier groups (an item
    /// has a place under each of its themes).
    Item {
        /// The item.
        item: &'a Item,
        /// 0 for its first place in the list, 1 for its second, and so on.
        nth: usize,
    },
}

/// What identifies a row from one grouping or filter to the next.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum RowKey<'a> {
    /// A heading with its count: a new count is a new heading.
    Heading(String, usize),
    /// An item's `nth` place: regrouping keeps an item's first place, so
    /// the list can move the item's card rather than build a new one.
    Item(&'a str, usize),
}

impl<'a> Row<'a> {
    /// This row's identity; see [`RowKey`].
    pub fn key(&self) -> RowKey<'a> {
        match self {
            Row::Heading { heading, count } => RowKey::Heading(heading.clone(), *count),
            Row::Item { item, nth } => RowKey::Item(item.id.as_str(), *nth),
        }
    }
}

/// The groups as one list: each heading followed by its items.
pub fn rows<'a>(groups: &[ItemGroup<'a>]) -> Vec<Row<'a>> {
    let mut seen: Vec<&str> = Vec::new();
    let mut rows = Vec::with_capacity(groups.iter().map(|g| g.items.len() + 1).sum());
    for group in groups {
        rows.push(Row::Heading {
            heading: group.heading.clone(),
            count: group.items.len(),
        });
        for &item in &group.items {
            let nth = seen.iter().filter(|id| **id == item.id.as_str()).count();
            seen.push(item.id.as_str());
            rows.push(Row::Item { item, nth });
        }
    }
    rows
}

/// How many items have each status and each theme.
#[derive(Clone, Debug, PartialEq)]
pub struct Summary<'a> {
    /// How many items in all.
    pub total: usize,
    /// Every status of the vocabulary, in its order, with its count.
    pub by_status: Vec<(&'a Status, usize)>,
    /// Every theme with at least one item, in display order, with its count
    /// (an item with several themes counts under each).
    pub by_theme: Vec<(Theme, usize)>,
}

/// The counts of `items`.
pub fn summary<'a>(items: &[&Item], corpus: &'a Corpus) -> Summary<'a> {
    Summary {
        total: items.len(),
        by_status: corpus
            .statuses
            .iter()
            .map(|s| (s, items.iter().filter(|i| i.status == s.id).count()))
            .collect(),
        by_theme: Theme::ALL
            .into_iter()
            .map(|t| (t, items.iter().filter(|i| i.themes.contains(&t)).count()))
            .filter(|(_, n)| *n > 0)
            .collect(),
    }
}

/// The distinct names on one side (who asked, or to whom), each with its
/// slug and how many items name it, most first, then by name: the options
/// of the filter.
pub fn parties(corpus: &Corpus, to: bool) -> Vec<(String, String, usize)> {
    let pick = |i: &Item| if to { i.to.clone() } else { i.from.clone() };
    let items: Vec<&Item> = corpus.items.iter().collect();
    group(&items, if to { Group::To } else { Group::From }, corpus)
        .into_iter()
        .map(|g| {
            let n = g.items.len();
            let name = pick(g.items[0]);
            (slug(&name), name, n)
        })
        .collect()
}
