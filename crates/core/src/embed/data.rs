//! The data a widget's page loads: a widget inside a news page fetches the
//! slice of the corpus its widget shows (`widget-data/<set>.json`, written
//! by the build from `corpus.json`), not the whole corpus, so the article's
//! reader downloads a fraction of the site.
//!
//! A slice is a [`Corpus`] of the same shape, read by the same code. It
//! keeps every document's structure (sections, anchors, kinds, notes'
//! numbers), so every anchor and quote still points where it did, and
//! keeps the words of what its widgets show: whole paragraphs where a
//! widget shows paragraphs (the report's questions and reasoning, the
//! paragraphs stating a Nations in Transit change), and, where a widget
//! shows or searches quotes, the quoted bytes, with every other byte of
//! their paragraph turned into a space. Lengths and character boundaries
//! stay as they were, so each quote's span gives the same words as in the
//! full corpus ([`Corpus::quote_text`]); the blanks compress to nearly
//! nothing.

use std::collections::{HashMap, HashSet};
use std::ops::Range;

use super::Widget;
use crate::corpus::{Anchor, Corpus, DocId, Quote};

/// The slices, one per family of widgets.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DataSet {
    /// Freedom in the World: the score breakdown, a question, the what-if.
    Scores,
    /// Nations in Transit: the ratings chart.
    Ratings,
    /// The timeline's events, with the words they quote.
    Events,
    /// The tracker's recommendations and pledges, with the words they quote.
    Items,
}

impl DataSet {
    /// Every slice, in the order the build writes them.
    pub const ALL: [DataSet; 4] = [
        DataSet::Scores,
        DataSet::Ratings,
        DataSet::Events,
        DataSet::Items,
    ];

    /// The slice's name, as in its file's.
    pub fn id(self) -> &'static str {
        match self {
            DataSet::Scores => "scores",
            DataSet::Ratings => "ratings",
            DataSet::Events => "events",
            DataSet::Items => "items",
        }
    }

    /// The slice's file, relative to the site's folder.
    pub fn file(self) -> String {
        format!("{WIDGET_DATA_DIR}/{}.json", self.id())
    }

    /// The slice a widget reads. A widget not found reads the smallest.
    pub fn of(widget: &Widget) -> DataSet {
        match widget {
            Widget::Rating | Widget::Indicator(_) | Widget::WhatIf | Widget::Unknown(_) => {
                DataSet::Scores
            }
            Widget::RatingsChart => DataSet::Ratings,
            Widget::Timeline => DataSet::Events,
            Widget::Recommendations => DataSet::Items,
        }
    }
}

/// The folder of the slices in the built site.
pub const WIDGET_DATA_DIR: &str = "widget-data";

/// Byte ranges to keep, per (document, anchor, raw text or not).
type Kept = HashMap<(DocId, Anchor, bool), Vec<Range<usize>>>;

/// The slice `set` of `corpus`: see the module's documentation.
pub fn slice(corpus: &Corpus, set: DataSet) -> Corpus {
    let mut out = corpus.clone();
    // What no widget shows: corrections, disagreements, the ledger.
    out.errata.clear();
    out.contradictions.clear();
    out.coverage.clear();
    if set != DataSet::Events {
        out.events.clear();
    }
    if set != DataSet::Items {
        out.items.clear();
    }
    // Whole paragraphs a widget shows.
    let whole: HashSet<(DocId, Anchor)> = match set {
        DataSet::Scores => corpus
            .document(corpus.fiw.doc.as_str())
            .into_iter()
            .flat_map(|d| d.paragraphs().map(|p| (d.id.clone(), p.anchor.clone())))
            .collect(),
        DataSet::Ratings => corpus
            .nit
            .changes
            .iter()
            .map(|c| (c.doc.clone(), c.anchor.clone()))
            .chain(
                corpus
                    .nit
                    .ratings
                    .iter()
                    .filter_map(|r| Some((r.doc.clone(), r.anchor.clone()?))),
            )
            .collect(),
        DataSet::Events | DataSet::Items => HashSet::new(),
    };
    let mut kept = Kept::new();
    let mut keep = |q: &Quote| {
        kept.entry((q.doc.clone(), q.anchor.clone(), q.raw))
            .or_default()
            .push(q.range());
    };
    out.events
        .iter()
        .flat_map(|e| e.quotes())
        .for_each(&mut keep);
    out.items
        .iter()
        .flat_map(|i| i.quotes())
        .for_each(&mut keep);

    for doc in &mut out.documents {
        for section in &mut doc.sections {
            for p in &mut section.paragraphs {
                p.errata.clear();
                if whole.contains(&(doc.id.clone(), p.anchor.clone())) {
                    p.raw = None;
                    continue;
                }
                let key = |raw| (doc.id.clone(), p.anchor.clone(), raw);
                p.raw = p.raw.take().map(|raw| blank(&raw, kept.get(&key(true))));
                if p.raw.as_deref().is_some_and(|r| r.trim().is_empty()) {
                    p.raw = None;
                }
                p.text = blank(&p.text, kept.get(&key(false)));
            }
        }
        for note in &mut doc.notes {
            note.errata.clear();
            let key = |raw| (doc.id.clone(), note.anchor.clone(), raw);
            note.raw = note.raw.take().map(|raw| blank(&raw, kept.get(&key(true))));
            if note.raw.as_deref().is_some_and(|r| r.trim().is_empty()) {
                note.raw = None;
            }
            note.text = blank(&note.text, kept.get(&key(false)));
        }
    }
    out
}

/// `text` with every character outside `keep` turned into spaces (as many
/// as it had bytes, so every offset stays where it was); empty where
/// nothing is kept.
fn blank(text: &str, keep: Option<&Vec<Range<usize>>>) -> String {
    let Some(keep) = keep else {
        return String::new();
    };
    let mut out = String::with_capacity(text.len());
    for (at, c) in text.char_indices() {
        if keep.iter().any(|r| r.contains(&at)) {
            out.push(c);
        } else {
            out.extend(std::iter::repeat_n(' ', c.len_utf8()));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blanking_keeps_offsets_and_kept_words() {
        let kept = vec![(5..10), (0..0)];
        let out = blank("Ça, words here", Some(&kept));
        assert_eq!(out.len(), "Ça, words here".len());
        assert_eq!(&out[5..10], "words");
        assert_eq!(out.trim(), "words");
        assert_eq!(blank("anything", None), "");
    }

    #[test]
    fn every_widget_has_a_slice() {
        assert_eq!(DataSet::of(&Widget::RatingsChart), DataSet::Ratings);
        assert_eq!(DataSet::of(&Widget::Unknown("x".into())), DataSet::Scores);
        assert_eq!(DataSet::Events.file(), "widget-data/events.json");
    }
}
