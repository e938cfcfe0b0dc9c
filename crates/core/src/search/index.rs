//! The folded text of everything searchable, built once from a corpus.

use super::snippet::snippet;
use super::{Group, Hit, Kind, MAX_QUERY_CHARS, MIN_WORD_CHARS, Marked, Outcome, Results};
use crate::corpus::{Corpus, ItemKind, ParagraphKind};
use crate::passage::Passage;
use crate::route::{Route, View};
use crate::timeline::fold::fold;
use crate::timeline::{Query, highlight};

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
    title_folded: String,
    /// The texts searched, with their folded forms; the snippet comes from
    /// the first that matches.
    fields: Vec<(&'c str, String)>,
}

impl Entry<'_> {
    fn contains(&self, term: &str) -> bool {
        self.title_folded.contains(term) || self.fields.iter().any(|(_, f)| f.contains(term))
    }

    /// Orders matches within a group: those whose title has every word,
    /// then those whose title has some, then the rest.
    fn rank(&self, query: &Query) -> u8 {
        let in_title = query
            .terms()
            .iter()
            .filter(|t| self.title_folded.contains(t.as_str()))
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
}

impl<'c> Index<'c> {
    /// Folds the questions, events, items and source texts of `corpus`.
    /// Parts an invalid corpus cannot resolve (a quote that does not fit)
    /// are searched as empty.
    pub fn new(corpus: &'c Corpus) -> Self {
        let mut entries = Vec::new();
        let field = |text: &'c str| (text, fold(text));

        let fiw = corpus.document(corpus.fiw.doc.as_str());
        for (_, _, ind) in corpus.fiw.indicators() {
            let code = ind.code.as_str();
            let question = corpus.question(ind).unwrap_or_default();
            let title = format!("{code} {question}");
            let fields = ind
                .narrative
                .iter()
                .filter_map(|a| fiw.and_then(|d| d.paragraph(a)))
                .map(|p| field(p.text.as_str()))
                .collect();
            entries.push(Entry {
                kind: Kind::Indicator,
                key: format!("question:{code}"),
                target: Target::View(View::Indicator(code.to_owned())),
                title_folded: fold(&title),
                title,
                fields,
            });
        }

        for e in &corpus.events {
            let mut fields = vec![field(e.summary.as_str())];
            fields.extend(e.quotes().filter_map(|q| corpus.quote_text(q)).map(field));
            entries.push(Entry {
                kind: Kind::Event,
                key: format!("event:{}", e.id),
                target: Target::View(View::Event(e.id.as_str().to_owned())),
                title: e.title.clone(),
                title_folded: fold(&e.title),
                fields,
            });
        }

        for i in &corpus.items {
            let kind = match i.kind {
                ItemKind::Recommendation => "Recommendation",
                ItemKind::Pledge => "Pledge",
            };
            let title = format!("{kind}: {} to {}", i.from, i.to);
            entries.push(Entry {
                kind: Kind::Item,
                key: format!("item:{}", i.id),
                target: Target::View(View::Recommendation(i.id.as_str().to_owned())),
                title_folded: fold(&title),
                title,
                fields: corpus.quote_text(&i.text).map(field).into_iter().collect(),
            });
        }

        for d in &corpus.documents {
            for s in &d.sections {
                for p in s
                    .paragraphs
                    .iter()
                    .filter(|p| p.kind != ParagraphKind::Chrome)
                {
                    let number = p.anchor.as_str().trim_start_matches('p');
                    entries.push(Entry {
                        kind: Kind::Passage,
                        key: format!("passage:{}:{}", d.id, p.anchor),
                        target: Target::Passage {
                            doc: d.id.as_str(),
                            anchor: p.anchor.as_str(),
                        },
                        title: format!("{}, {}, ¶ {number}", d.edition, s.title),
                        title_folded: String::new(),
                        fields: vec![field(p.text.as_str())],
                    });
                }
            }
            for n in &d.notes {
                entries.push(Entry {
                    kind: Kind::Passage,
                    key: format!("passage:{}:{}", d.id, n.anchor),
                    target: Target::Passage {
                        doc: d.id.as_str(),
                        anchor: n.anchor.as_str(),
                    },
                    title: format!("{}, note {}", d.edition, n.number),
                    title_folded: String::new(),
                    fields: vec![field(n.text.as_str())],
                });
            }
        }
        // Groups are shown in kind order; entries were pushed in it.
        debug_assert!(entries.is_sorted_by_key(|e| e.kind));
        Self { entries }
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

        let mut results = Results::default();
        for kind in Kind::ALL {
            let mut matched: Vec<(u8, &Entry<'c>)> = self
                .entries
                .iter()
                .filter(|e| e.kind == kind)
                .filter(|e| query.terms().iter().all(|t| e.contains(t)))
                .map(|e| (e.rank(&query), e))
                .collect();
            if matched.is_empty() {
                continue;
            }
            matched.sort_by_key(|(rank, _)| *rank);
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
        marks: if entry.title_folded.is_empty() {
            Vec::new()
        } else {
            highlight(&entry.title, marking)
        },
        text: entry.title.clone(),
    };
    // The first field with a marked word, else the first field.
    let found = entry
        .fields
        .iter()
        .map(|(text, _)| (*text, highlight(text, marking)))
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
