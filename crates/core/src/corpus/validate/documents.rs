//! Checks on the documents themselves: unique anchors, note and speaker
//! references, lists, and errata applied where they say.

use super::{ErrorKind, Report};
use crate::corpus::{Anchor, Corpus, Document};

pub(super) fn check(corpus: &Corpus, report: &mut Report) {
    report.unique("documents", corpus.documents.iter().map(|d| d.id.as_str()));
    for doc in &corpus.documents {
        check_document(doc, report);
    }
    check_errata(corpus, report);
}

fn check_document(doc: &Document, report: &mut Report) {
    let at = format!("documents {}", doc.id);
    report.unique(
        &format!("{at} sections"),
        doc.sections.iter().map(|s| s.id.as_str()),
    );
    report.unique(
        &format!("{at} anchors"),
        doc.paragraphs()
            .map(|p| p.anchor.as_str())
            .chain(doc.notes.iter().map(|n| n.anchor.as_str())),
    );
    report.unique(
        &format!("{at} speakers"),
        doc.speakers.iter().map(|s| s.id.as_str()),
    );
    report.unique(
        &format!("{at} lists"),
        doc.lists.iter().map(|l| l.id.as_str()),
    );
    for (n, p) in doc.paragraphs().enumerate() {
        if p.anchor != Anchor::paragraph(n + 1) {
            report.push(
                ErrorKind::MalformedId,
                format!("{at} paragraph {}", n + 1),
                format!("anchor {} should be p{}", p.anchor, n + 1),
            );
        }
    }
    for note in &doc.notes {
        if note.anchor != Anchor::note(note.number) {
            report.push(
                ErrorKind::MalformedId,
                format!("{at} note {}", note.number),
                format!("anchor {} should be n{}", note.anchor, note.number),
            );
        }
    }
    let mut numbers: Vec<u32> = doc.notes.iter().map(|n| n.number).collect();
    numbers.sort_unstable();
    numbers.dedup();
    if numbers.len() != doc.notes.len() {
        report.push(
            ErrorKind::DuplicateId,
            format!("{at} notes"),
            "duplicate note number",
        );
    }
    for p in doc.paragraphs() {
        for n in &p.notes {
            if doc.note(*n).is_none() {
                report.push(
                    ErrorKind::DanglingReference,
                    format!("{at} {}", p.anchor),
                    format!("note marker [{n}] refers to no note"),
                );
            }
        }
        if let Some(s) = &p.speaker
            && !doc.speakers.iter().any(|sp| &sp.id == s)
        {
            report.push(
                ErrorKind::DanglingReference,
                format!("{at} {}", p.anchor),
                format!("speaker {s:?} does not exist"),
            );
        }
    }
    for list in &doc.lists {
        for anchor in list.intro.iter().chain(list.items.iter()) {
            if doc.paragraph(anchor).is_none() {
                report.push(
                    ErrorKind::DanglingReference,
                    format!("{at} list {}", list.id),
                    format!("anchor {anchor} does not exist"),
                );
            }
        }
    }
}

fn check_errata(corpus: &Corpus, report: &mut Report) {
    report.unique("errata", corpus.errata.iter().map(|e| e.id.as_str()));
    for e in &corpus.errata {
        let at = format!("errata {}", e.id);
        let Some(doc) = corpus.document(e.doc.as_str()) else {
            report.push(
                ErrorKind::DanglingReference,
                at,
                format!("document {} does not exist", e.doc),
            );
            continue;
        };
        let target = doc
            .paragraph(&e.anchor)
            .map(|p| (&p.text, p.raw.as_ref(), &p.errata))
            .or_else(|| {
                doc.notes
                    .iter()
                    .find(|n| n.anchor == e.anchor)
                    .map(|n| (&n.text, n.raw.as_ref(), &n.errata))
            });
        let Some((text, raw, applied)) = target else {
            report.push(
                ErrorKind::DanglingReference,
                at,
                format!("anchor {} does not exist", e.anchor),
            );
            continue;
        };
        if !applied.contains(&e.id) {
            report.push(
                ErrorKind::Erratum,
                &at,
                format!("{} does not list it", e.anchor),
            );
        }
        match raw {
            Some(raw) if raw.contains(&e.raw) && text.contains(&e.correction) => {}
            _ => report.push(
                ErrorKind::Erratum,
                &at,
                format!(
                    "{} does not show {:?} corrected to {:?}",
                    e.anchor, e.raw, e.correction
                ),
            ),
        }
    }
    for doc in &corpus.documents {
        let targets = doc
            .paragraphs()
            .map(|p| (&p.anchor, p.raw.is_some(), &p.errata))
            .chain(
                doc.notes
                    .iter()
                    .map(|n| (&n.anchor, n.raw.is_some(), &n.errata)),
            );
        for (anchor, has_raw, applied) in targets {
            let at = format!("documents {} {anchor}", doc.id);
            if has_raw == applied.is_empty() {
                report.push(
                    ErrorKind::Erratum,
                    &at,
                    "raw text kept without errata, or errata without raw text",
                );
            }
            for id in applied {
                let known = corpus
                    .errata
                    .iter()
                    .any(|e| &e.id == id && e.doc == doc.id && &e.anchor == anchor);
                if !known {
                    report.push(
                        ErrorKind::Erratum,
                        &at,
                        format!("erratum {id} is not recorded for this place"),
                    );
                }
            }
        }
    }
}
