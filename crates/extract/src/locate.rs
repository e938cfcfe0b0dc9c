//! Finding a quote's paragraph: the first paragraph (or note) of the cited
//! document whose text, corrected or raw, contains the quote verbatim (see
//! `explainer_core::corpus::text`), and the quote's byte span in that text.
//! When there is none, the error says how far the quote does match and
//! where it departs from the source, which is usually a straight quote for a
//! curly one or a hyphen for a dash.
//!
//! An [`Index`] collapses a document's texts once, so locating hundreds of
//! quotes costs one pass over the document, not one per quote.

use explainer_core::corpus::text::{Collapsed, collapse_whitespace};
use explainer_core::corpus::{Anchor, Document, Quote};

/// One paragraph's or note's texts, collapsed: corrected, and raw if an
/// erratum changed it.
struct Entry<'a> {
    anchor: &'a Anchor,
    text: Collapsed,
    raw: Option<Collapsed>,
}

impl Entry<'_> {
    /// The collapsed texts to search, corrected first, each with whether it
    /// is the raw text.
    fn texts(&self) -> impl Iterator<Item = (&Collapsed, bool)> {
        std::iter::once((&self.text, false)).chain(self.raw.iter().map(|r| (r, true)))
    }
}

/// A document's paragraphs and notes, collapsed once for searching.
pub struct Index<'a> {
    doc: &'a Document,
    entries: Vec<Entry<'a>>,
}

impl<'a> Index<'a> {
    /// Collapses every paragraph and note of `doc`.
    pub fn new(doc: &'a Document) -> Self {
        let entries = doc
            .paragraphs()
            .map(|p| (&p.anchor, &p.text, p.raw.as_ref()))
            .chain(
                doc.notes
                    .iter()
                    .map(|n| (&n.anchor, &n.text, n.raw.as_ref())),
            )
            .map(|(anchor, text, raw)| Entry {
                anchor,
                text: Collapsed::new(text),
                raw: raw.map(|r| Collapsed::new(r)),
            })
            .collect();
        Self { doc, entries }
    }

    /// The document indexed.
    pub fn doc(&self) -> &'a Document {
        self.doc
    }

    /// Locates `words`, returning the quote (its span in the corrected text,
    /// or in the raw text if only that contains it) or an explanation.
    pub fn locate(&self, words: &str) -> Result<Quote, String> {
        let needle = collapse_whitespace(words);
        if needle.is_empty() {
            return Err("the quote is empty".to_owned());
        }
        for e in &self.entries {
            for (text, raw) in e.texts() {
                if let Some(span) = text.find(&needle) {
                    return Ok(Quote {
                        doc: self.doc.id.clone(),
                        anchor: e.anchor.clone(),
                        start: span.start as u32,
                        end: span.end as u32,
                        raw,
                    });
                }
            }
        }
        Err(self.explain(&needle))
    }

    /// Why `needle` (collapsed) is not found: how far it does match.
    fn explain(&self, needle: &str) -> String {
        let texts = || {
            self.entries
                .iter()
                .flat_map(|e| e.texts().map(move |(t, _)| (e.anchor, t.text.as_str())))
        };
        // How long a prefix of the quote does occur? (Occurrence is monotone
        // in the prefix length, so a binary search over character counts
        // works.)
        let bounds: Vec<usize> = needle
            .char_indices()
            .map(|(i, _)| i)
            .chain([needle.len()])
            .collect();
        let found = |len: usize| texts().any(|(_, t)| t.contains(&needle[..len]));
        let (mut lo, mut hi) = (0, bounds.len() - 1);
        while lo < hi {
            let mid = (lo + hi).div_ceil(2);
            if found(bounds[mid]) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        let matched = &needle[..bounds[lo]];
        // A short common prefix says nothing about where the quote came from.
        if lo < 12 {
            return format!("not found in {}: {needle:?}", self.doc.id);
        }
        let (anchor, text) = texts()
            .find(|(_, t)| t.contains(matched))
            .expect("the prefix was found");
        let at = text.find(matched).expect("found") + matched.len();
        let source_next: String = text[at..].chars().take(20).collect();
        let quote_next: String = needle[matched.len()..].chars().take(20).collect();
        format!(
            "not verbatim in {}: the quote matches {} up to {:?}, then the source has {:?} where the quote has {:?}",
            self.doc.id,
            anchor,
            tail(matched, 30),
            source_next,
            quote_next
        )
    }
}

/// Locates `words` in `doc` (see [`Index::locate`]); for one quote. To
/// locate many, build an [`Index`] once.
pub fn locate(doc: &Document, words: &str) -> Result<Quote, String> {
    Index::new(doc).locate(words)
}

fn tail(s: &str, n: usize) -> String {
    let count = s.chars().count();
    s.chars().skip(count.saturating_sub(n)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use explainer_core::corpus::{
        DocId, Paragraph, ParagraphKind, PartialDate, Section, SectionId,
    };

    fn doc() -> Document {
        let p = |n, t: &str| Paragraph::new(Anchor::paragraph(n), ParagraphKind::Text, t);
        let mut fixed = p(2, "pressure on civil society, which");
        fixed.raw = Some("pressure on ciil society, which".into());
        Document {
            id: DocId::from("d"),
            title: String::new(),
            publisher: String::new(),
            author: None,
            edition: String::new(),
            covers: String::new(),
            published: "2018".parse::<PartialDate>().unwrap(),
            published_basis: String::new(),
            url: None,
            known_damage: None,
            file: String::new(),
            sections: vec![Section {
                id: SectionId::from("s"),
                title: String::new(),
                level: 1,
                heading_missing: false,
                nit_category: None,
                paragraphs: vec![p(1, "the “first president”  exempts him"), fixed],
            }],
            notes: vec![],
            lists: vec![],
            speakers: vec![],
        }
    }

    fn check(words: &str, expected: Result<(&str, &str, bool), &str>) {
        match (locate(&doc(), words), expected) {
            (Ok(q), Ok(expected)) => {
                let d = doc();
                let p = d.paragraph(&q.anchor).unwrap();
                let text = if q.raw { p.raw_text() } else { &p.text };
                let got = (q.anchor.as_str(), &text[q.range()], q.raw);
                assert_eq!(got, expected, "{words:?}");
            }
            (Err(e), Err(part)) => assert!(e.contains(part), "{words:?}: {e}"),
            (got, _) => panic!("{words:?}: {got:?}"),
        }
    }

    #[test]
    fn locating() {
        check(
            "“first president” exempts",
            Ok(("p1", "“first president”  exempts", false)),
        );
        check("first\npresident”", Ok(("p1", "first president”", false)));
        check("on civil society", Ok(("p2", "on civil society", false)));
        check("on ciil society", Ok(("p2", "on ciil society", true)));
        check(
            "the “first president\" exempts",
            Err("the source has \"” exempts him\" where the quote has \"\\\" exempts\""),
        );
        check("nowhere at all", Err("not found in d"));
        check("", Err("empty"));
    }
}
