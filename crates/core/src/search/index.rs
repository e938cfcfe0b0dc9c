//! The folded text of everything searchable, built once from a corpus.

use super::snippet::snippet;
use super::{Group, Hit, Kind, MAX_QUERY_CHARS, MIN_WORD_CHARS, Marked, Outcome, Results};
use crate::corpus::{
    Corpus, Document, Event, Indicator, Item, Note, Paragraph, ParagraphKind, Section,
};
use crate::passage::Passage;
use crate::route::{Route, View};
use crate::timeline::Query;
use crate::timeline::fold::Folded;
use crate::timeline::search::highlights;

mod build;
pub use build::IndexBuilder;

/// Where a match leads.
#[derive(Clone, Debug)]
enum Target<'c> {
    /// A view of its own (a question, an event, an item).
    View(View),
    /// A paragraph or note of a document, opened with the first match
    /// highlighted.
    Passage { doc: &'c str, anchor: &'c str },
}

/// One searchable thing.
#[derive(Clone, Debug)]
struct Entry<'c> {
    kind: Kind,
    key: String,
    target: Target<'c>,
    /// Shown as the result's heading.
    title: String,
    /// The folded title, or empty when the title is only a label (a
    /// passage's "document, ¶ 12") and not searched.
    title_folded: Folded,
    /// The texts searched, with their folded forms (kept with the map back
    /// to the original, so marking a shown result folds nothing again); the
    /// snippet comes from the first that matches.
    fields: Vec<(&'c str, Folded)>,
}

impl Entry<'_> {
    /// Orders matches within a group: those whose title has every word,
    /// then those whose title has some, then the rest.
    fn rank(&self, query: &Query) -> u8 {
        let in_title = query
            .terms()
            .iter()
            .filter(|t| self.title_folded.text.contains(t.as_str()))
            .count();
        if in_title == query.terms().len() {
            0
        } else if in_title > 0 {
            1
        } else {
            2
        }
    }
}

/// Everything searchable in one corpus, folded once.
#[derive(Clone, Debug, Default)]
pub struct Index<'c> {
    entries: Vec<Entry<'c>>,
    /// Every entry's folded title and fields, end to end, each part after a
    /// line break. Folded text holds no line break and a search word no
    /// space, so no match spans two parts, and an entry is matched with one
    /// `contains` per word (the standard library's fastest substring test)
    /// rather than one per field.
    haystack: String,
    /// Where each entry's text starts in `haystack`, and its end.
    starts: Vec<usize>,
}

impl<'c> Index<'c> {
    /// Folds the questions, events, items and source texts of `corpus` in
    /// one go (see [`IndexBuilder`] to do it in slices).
    pub fn new(corpus: &'c Corpus) -> Self {
        IndexBuilder::new(corpus).finish()
    }

    /// The folded text of the entry at `i`: its title and fields.
    fn text(&self, i: usize) -> &str {
        &self.haystack[self.starts[i]..self.starts[i + 1]]
    }

    /// How many things the index holds.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// True when there is nothing to search.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// Searches for `text`, showing at most `cap` matches of each kind.
    /// Any text is accepted; only its first [`MAX_QUERY_CHARS`] characters
    /// are read.
    pub fn search(&self, text: &str, cap: usize) -> Outcome {
        let text = match text.char_indices().nth(MAX_QUERY_CHARS) {
            Some((cut, _)) => &text[..cut],
            None => text,
        };
        let query = Query::new(text);
        let long: Vec<&str> = query
            .terms()
            .iter()
            .map(String::as_str)
            .filter(|t| t.chars().nth(MIN_WORD_CHARS - 1).is_some())
            .collect();
        if long.is_empty() {
            return Outcome::TooShort;
        }
        // Single letters still have to match but are not marked: they would
        // mark a letter in nearly every word.
        let marking = Query::new(&long.join(" "));

        let matching: Vec<bool> = (0..self.entries.len())
            .map(|i| {
                let text = self.text(i);
                query.terms().iter().all(|t| text.contains(t.as_str()))
            })
            .collect();
        let mut results = Results::default();
        for kind in Kind::ALL {
            let mut matched: Vec<(u8, &Entry<'c>)> = self
                .entries
                .iter()
                .zip(&matching)
                .filter(|(e, m)| **m && e.kind == kind)
                .map(|(e, _)| (e.rank(&query), e))
                .collect();
            if matched.is_empty() {
                continue;
            }
            crate::order::sort_by_key(&mut matched, |(rank, _)| *rank);
            let hits = matched
                .iter()
                .take(cap)
                .map(|(_, e)| hit(e, &marking))
                .collect();
            results.total += matched.len();
            results.groups.push(Group {
                kind,
                total: matched.len(),
                hits,
            });
        }
        Outcome::Found(results)
    }
}

/// The shown form of a match: title and snippet marked, and its address.
fn hit(entry: &Entry<'_>, marking: &Query) -> Hit {
    let title = Marked {
        marks: highlights(&entry.title_folded, marking),
        text: entry.title.clone(),
    };
    // The first field with a marked word, else the first field.
    let found = entry
        .fields
        .iter()
        .filter(|(_, f)| marking.terms().iter().any(|t| f.text.contains(t.as_str())))
        .map(|(text, f)| (*text, highlights(f, marking)))
        .find(|(_, marks)| !marks.is_empty());
    let first_mark = found.as_ref().and_then(|(_, m)| m.first().cloned());
    let snippet = match found {
        Some((text, marks)) => Some(snippet(text, &marks)),
        None => entry.fields.first().map(|(text, _)| snippet(text, &[])),
    };
    let address = match &entry.target {
        Target::View(view) => Route::new(view.clone()).to_hash(),
        Target::Passage { doc, anchor } => Passage {
            doc: (*doc).to_owned(),
            anchor: Some((*anchor).to_owned()),
            highlight: first_mark.map(|r| (r.start, r.end)),
        }
        .route()
        .to_hash(),
    };
    Hit {
        key: entry.key.clone(),
        address,
        title,
        snippet,
    }
}
