//! Finding a quote's paragraph: the first paragraph (or note) of the cited
//! document whose text, corrected or raw, contains the quote verbatim (see
//! `explainer_core::corpus::text`). When there is none, the error says how
//! far the quote does match and where it departs from the source, which is
//! usually a straight quote for a curly one or a hyphen for a dash.

use explainer_core::corpus::text::collapse_whitespace;
use explainer_core::corpus::{Anchor, Document, Quote};

/// The texts of a document to search, with their anchors, in order.
fn texts(doc: &Document) -> Vec<(&Anchor, String, String)> {
    doc.paragraphs()
        .map(|p| {
            (
                &p.anchor,
                collapse_whitespace(&p.text),
                collapse_whitespace(p.raw_text()),
            )
        })
        .chain(doc.notes.iter().map(|n| {
            (
                &n.anchor,
                collapse_whitespace(&n.text),
                collapse_whitespace(n.raw_text()),
            )
        }))
        .collect()
}

/// Locates `words` in `doc`, returning the quote or an explanation.
pub fn locate(doc: &Document, words: &str) -> Result<Quote, String> {
    let needle = collapse_whitespace(words);
    if needle.is_empty() {
        return Err("the quote is empty".to_owned());
    }
    let texts = texts(doc);
    if let Some((anchor, _, _)) = texts
        .iter()
        .find(|(_, text, raw)| text.contains(&needle) || raw.contains(&needle))
    {
        return Ok(Quote {
            doc: doc.id.clone(),
            anchor: (*anchor).clone(),
            text: words.to_owned(),
        });
    }
    // How long a prefix of the quote does occur? (Occurrence is monotone in
    // the prefix length, so a binary search over character counts works.)
    let bounds: Vec<usize> = needle
        .char_indices()
        .map(|(i, _)| i)
        .chain([needle.len()])
        .collect();
    let found = |len: usize| {
        texts
            .iter()
            .any(|(_, t, r)| t.contains(&needle[..len]) || r.contains(&needle[..len]))
    };
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
        return Err(format!("not found in {}: {needle:?}", doc.id));
    }
    let (anchor, text) = texts
        .iter()
        .find_map(|(a, t, r)| {
            if t.contains(matched) {
                Some((a, t))
            } else if r.contains(matched) {
                Some((a, r))
            } else {
                None
            }
        })
        .expect("the prefix was found");
    let at = text.find(matched).expect("found") + matched.len();
    let source_next: String = text[at..].chars().take(20).collect();
    let quote_next: String = needle[matched.len()..].chars().take(20).collect();
    Err(format!(
        "not verbatim in {}: the quote matches {} up to {:?}, then the source has {:?} where the quote has {:?}",
        doc.id,
        anchor,
        tail(matched, 30),
        source_next,
        quote_next
    ))
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

    fn check(words: &str, expected: Result<&str, &str>) {
        match (locate(&doc(), words), expected) {
            (Ok(q), Ok(anchor)) => assert_eq!(q.anchor.as_str(), anchor, "{words:?}"),
            (Err(e), Err(part)) => assert!(e.contains(part), "{words:?}: {e}"),
            (got, _) => panic!("{words:?}: {got:?}"),
        }
    }

    #[test]
    fn locating() {
        check("“first president” exempts", Ok("p1"));
        check("first\npresident”", Ok("p1"));
        check("on civil society", Ok("p2"));
        check("on ciil society", Ok("p2"));
        check(
            "the “first president\" exempts",
            Err("the source has \"” exempts him\" where the quote has \"\\\" exempts\""),
        );
        check("nowhere at all", Err("not found in d"));
        check("", Err("empty"));
    }
}
