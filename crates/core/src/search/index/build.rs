//! Building the search index: what is folded into an entry for each
//! question, event, item, paragraph and note, in the order the groups are
//! shown, a few at a time so the app can build it between frames.

use super::*;

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
            let words = corpus.quote_text(&i.text).unwrap_or_default();
            // Its own words tell items apart; the parties are searched too.
            let title = format!("{}: {} ({})", i.kind.word(), i.headline(words), i.parties());
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
