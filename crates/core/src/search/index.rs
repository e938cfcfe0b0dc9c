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

/// One thing to fold into an entry, in the order the groups are shown.
#[derive(Clone, Copy, Debug)]
enum Source<'c> {
    Indicator(&'c Indicator),
    Event(&'c Event),
    Item(&'c Item),
    Paragraph(&'c Document, &'c Section, &'c Paragraph),
    Note(&'c Document, &'c Note),
}

/// Builds an [`Index`] a slice at a time, so the app can fold the corpus in
/// idle moments rather than in one long task: [`IndexBuilder::step`] folds
/// up to a given number of entries, [`IndexBuilder::finish`] the rest.
#[derive(Clone, Debug)]
pub struct IndexBuilder<'c> {
    corpus: &'c Corpus,
    sources: Vec<Source<'c>>,
    entries: Vec<Entry<'c>>,
}

impl<'c> IndexBuilder<'c> {
    /// Lists what `corpus` holds to search: cheap, nothing is folded yet.
    pub fn new(corpus: &'c Corpus) -> Self {
        let mut sources: Vec<Source<'c>> = corpus
            .fiw
            .indicators()
            .map(|(_, _, ind)| Source::Indicator(ind))
            .collect();
        sources.extend(corpus.events.iter().map(Source::Event));
        sources.extend(corpus.items.iter().map(Source::Item));
        for d in &corpus.documents {
            for s in &d.sections {
                sources.extend(
                    s.paragraphs
                        .iter()
                        .filter(|p| p.kind != ParagraphKind::Chrome)
                        .map(|p| Source::Paragraph(d, s, p)),
                );
            }
            sources.extend(d.notes.iter().map(|n| Source::Note(d, n)));
        }
        Self {
            corpus,
            entries: Vec::with_capacity(sources.len()),
            sources,
        }
    }

    /// How many entries are still to fold.
    pub fn remaining(&self) -> usize {
        self.sources.len() - self.entries.len()
    }

    /// Folds up to `n` more entries; true when none remain.
    pub fn step(&mut self, n: usize) -> bool {
        let from = self.entries.len();
        let to = from.saturating_add(n).min(self.sources.len());
        for &source in &self.sources[from..to] {
            let entry = entry(self.corpus, source);
            self.entries.push(entry);
        }
        self.remaining() == 0
    }

    /// Folds what remains and joins the folded texts into the index.
    pub fn finish(mut self) -> Index<'c> {
        self.step(usize::MAX);
        let entries = self.entries;
        // Groups are shown in kind order; entries were pushed in it.
        debug_assert!(entries.is_sorted_by_key(|e| e.kind));
        let mut haystack = String::new();
        let mut starts = Vec::with_capacity(entries.len() + 1);
        for e in &entries {
            starts.push(haystack.len());
            for part in std::iter::once(&e.title_folded).chain(e.fields.iter().map(|(_, f)| f)) {
                haystack.push('\n');
                haystack.push_str(&part.text);
            }
        }
        starts.push(haystack.len());
        Index {
            entries,
            haystack,
            starts,
        }
    }
}

/// The entry for one source. Parts an invalid corpus cannot resolve (a
/// quote that does not fit) are searched as empty.
fn entry<'c>(corpus: &'c Corpus, source: Source<'c>) -> Entry<'c> {
    let field = |text: &'c str| (text, Folded::new(text));
    match source {
        Source::Indicator(ind) => {
            let fiw = corpus.document(corpus.fiw.doc.as_str());
            let code = ind.code.as_str();
            let question = corpus.question(ind).unwrap_or_default();
            let title = format!("{code} {question}");
            let fields = ind
                .narrative
                .iter()
                .filter_map(|a| fiw.and_then(|d| d.paragraph(a)))
                .map(|p| field(p.text.as_str()))
                .collect();
            Entry {
                kind: Kind::Indicator,
                key: format!("question:{code}"),
                target: Target::View(View::Indicator(code.to_owned())),
                title_folded: Folded::new(&title),
                title,
                fields,
            }
        }
        Source::Event(e) => {
            let mut fields = vec![field(e.summary.as_str())];
            fields.extend(e.quotes().filter_map(|q| corpus.quote_text(q)).map(field));
            Entry {
                kind: Kind::Event,
                key: format!("event:{}", e.id),
                target: Target::View(View::Event(e.id.as_str().to_owned())),
                title: e.title.clone(),
                title_folded: Folded::new(&e.title),
                fields,
            }
        }
        Source::Item(i) => {
            let title = format!("{}: {}", i.kind.word(), i.parties());
            Entry {
                kind: Kind::Item,
                key: format!("item:{}", i.id),
                target: Target::View(View::Recommendation(i.id.as_str().to_owned())),
                title_folded: Folded::new(&title),
                title,
                fields: corpus.quote_text(&i.text).map(field).into_iter().collect(),
            }
        }
        Source::Paragraph(d, s, p) => {
            let number = p.anchor.as_str().trim_start_matches('p');
            let title = format!("{}, {}, ¶ {number}", d.edition, s.title);
            passage(d, p.anchor.as_str(), title, field(p.text.as_str()))
        }
        Source::Note(d, n) => {
            let title = format!("{}, note {}", d.edition, n.number);
            passage(d, n.anchor.as_str(), title, field(n.text.as_str()))
        }
    }
}

/// The entry for a paragraph or note: found by its text, titled only by
/// where it is (the title is not searched).
fn passage<'c>(
    d: &'c Document,
    anchor: &'c str,
    title: String,
    text: (&'c str, Folded),
) -> Entry<'c> {
    Entry {
        kind: Kind::Passage,
        key: format!("passage:{}:{anchor}", d.id),
        target: Target::Passage {
            doc: d.id.as_str(),
            anchor,
        },
        title,
        title_folded: Folded::default(),
        fields: vec![text],
    }
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
