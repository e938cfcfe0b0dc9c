//! Checks on the coverage ledger: every sentence the finder finds is
//! accounted for, and every ledger entry fits a sentence that needs it.

use super::curated::check_quote;
use super::{ErrorKind, Report};
use crate::corpus::Corpus;
use crate::corpus::coverage::{Reason, Related, ledger};
use crate::corpus::text::first_words;

pub(super) fn check(corpus: &Corpus, report: &mut Report) {
    // A corpus with nothing curated yet (a new country's sources, read for
    // the first time) has no timeline or tracker to be complete; the ledger
    // applies as soon as anything is curated.
    if corpus.events.is_empty() && corpus.items.is_empty() && corpus.coverage.is_empty() {
        return;
    }
    let rows = ledger(corpus);
    for row in &rows {
        if row.accounted() {
            continue;
        }
        let s = &row.found.sentence;
        let words = corpus.quote_text(s).map(|t| first_words(t, 10));
        let what = match (row.found.dated, row.found.asks) {
            (true, true) => "a dated ask",
            (true, false) => "a dated sentence",
            _ => "an ask",
        };
        let lacks = match (
            row.found.dated && row.events.is_empty(),
            row.found.asks && row.items.is_empty(),
        ) {
            (true, true) => "no event or item",
            (true, false) => "no event",
            _ => "no item",
        };
        report.push(
            ErrorKind::Uncovered,
            format!("coverage {} {}", s.doc, s.anchor),
            format!(
                "{what} that {lacks} quotes and the ledger does not set aside: {:?}",
                words.unwrap_or_default()
            ),
        );
    }
    for (n, x) in corpus.coverage.iter().enumerate() {
        let at = format!("coverage[{n}] {} {}", x.sentence.doc, x.sentence.anchor);
        check_quote(corpus, &x.sentence, &at, report);
        if corpus.coverage[..n]
            .iter()
            .any(|y| y.sentence == x.sentence)
        {
            report.push(ErrorKind::Ledger, &at, "the sentence is listed twice");
        }
        match rows.iter().find(|r| r.found.sentence == x.sentence) {
            None => report.push(
                ErrorKind::Ledger,
                &at,
                "the finder finds no such sentence (the text or the finder changed)",
            ),
            Some(r) if r.quoted() => report.push(
                ErrorKind::Ledger,
                &at,
                "quotes already account for the sentence; the entry is no longer needed",
            ),
            Some(_) => {}
        }
        match &x.of {
            None if x.reason == Reason::Duplicate => report.push(
                ErrorKind::Ledger,
                &at,
                "a duplicate must name the event or item it duplicates",
            ),
            Some(Related::Event(id)) if corpus.event(id.as_str()).is_none() => report.push(
                ErrorKind::DanglingReference,
                &at,
                format!("event {id} does not exist"),
            ),
            Some(Related::Item(id)) if corpus.item(id.as_str()).is_none() => report.push(
                ErrorKind::DanglingReference,
                &at,
                format!("item {id} does not exist"),
            ),
            _ => {}
        }
    }
}
