//! Checks on the curated data: events, statuses, recommendations and
//! pledges, and recorded contradictions.

use super::{ErrorKind, Report};
use crate::corpus::ids::is_kebab_case;
use crate::corpus::{Corpus, IndicatorCode, PartialDate, Quote};

pub(super) fn check(corpus: &Corpus, report: &mut Report) {
    check_events(corpus, report);
    check_items(corpus, report);
    check_contradictions(corpus, report);
}

/// Checks that a quote's document and anchor exist and that its span is a
/// non-empty run of its text (corrected, or raw if the quote says so): in
/// bounds, on character boundaries, starting and ending with a word rather
/// than whitespace.
pub(super) fn check_quote(corpus: &Corpus, quote: &Quote, at: &str, report: &mut Report) {
    let place = format!("{} {}", quote.doc, quote.anchor);
    let Some(text) = corpus.text_at(quote.doc.as_str(), &quote.anchor) else {
        report.push(
            ErrorKind::DanglingReference,
            at,
            format!("{place} does not exist"),
        );
        return;
    };
    let text = if quote.raw {
        match stored_raw(corpus, quote) {
            Some(raw) => raw,
            _ => {
                report.push(
                    ErrorKind::BadSpan,
                    at,
                    format!("the quote cites the raw text of {place}, which no erratum changed"),
                );
                return;
            }
        }
    } else {
        text
    };
    match text.get(quote.range()) {
        Some(words)
            if !words.is_empty()
                && !words.starts_with(char::is_whitespace)
                && !words.ends_with(char::is_whitespace) => {}
        _ => report.push(
            ErrorKind::BadSpan,
            at,
            format!(
                "the span {}..{} is not a run of words of {place} ({} bytes{})",
                quote.start,
                quote.end,
                text.len(),
                if quote.raw { ", raw" } else { "" }
            ),
        ),
    }
}

/// The raw text kept for a quote's paragraph or note, if an erratum changed it.
fn stored_raw<'a>(corpus: &'a Corpus, quote: &Quote) -> Option<&'a str> {
    let doc = corpus.document(quote.doc.as_str())?;
    match doc.paragraph(&quote.anchor) {
        Some(p) => p.raw.as_deref(),
        None => doc
            .notes
            .iter()
            .find(|n| n.anchor == quote.anchor)?
            .raw
            .as_deref(),
    }
}

fn check_indicators(corpus: &Corpus, codes: &[IndicatorCode], at: &str, report: &mut Report) {
    for code in codes {
        if corpus.fiw.indicator(code.as_str()).is_none() {
            report.push(
                ErrorKind::DanglingReference,
                at,
                format!("indicator {code} does not exist"),
            );
        }
    }
}

fn check_events(corpus: &Corpus, report: &mut Report) {
    report.unique("events", corpus.events.iter().map(|e| e.id.as_str()));
    for (n, e) in corpus.events.iter().enumerate() {
        let at = format!("events[{n}] {}", e.id);
        if !is_kebab_case(e.id.as_str()) {
            report.push(ErrorKind::MalformedId, &at, "the id is not kebab-case");
        }
        if e.evidence.is_empty() {
            report.push(ErrorKind::NoEvidence, &at, "the event cites no source");
        }
        for q in e.quotes() {
            check_quote(corpus, q, &at, report);
        }
        check_indicators(corpus, &e.indicators, &at, report);
    }
}

fn check_items(corpus: &Corpus, report: &mut Report) {
    report.unique("statuses", corpus.statuses.iter().map(|s| s.id.as_str()));
    report.unique("items", corpus.items.iter().map(|i| i.id.as_str()));
    for (n, item) in corpus.items.iter().enumerate() {
        let at = format!("items[{n}] {}", item.id);
        if corpus.status(item.status.as_str()).is_none() {
            report.push(
                ErrorKind::DanglingReference,
                &at,
                format!("status {} does not exist", item.status),
            );
        }
        for e in &item.events {
            if corpus.event(e.as_str()).is_none() {
                report.push(
                    ErrorKind::DanglingReference,
                    &at,
                    format!("event {e} does not exist"),
                );
            }
        }
        check_indicators(corpus, &item.indicators, &at, report);
        for q in item.quotes() {
            check_quote(corpus, q, &at, report);
        }
        if item.evidence.is_empty() {
            report.push(
                ErrorKind::NoEvidence,
                &at,
                format!("status {} rests on no evidence", item.status),
            );
        }
        let newest: Option<PartialDate> = item
            .quotes()
            .filter_map(|q| corpus.document(q.doc.as_str()))
            .map(|d| d.published)
            .max_by_key(|d| d.latest());
        if let Some(newest) = newest
            && item.status_as_of.certainly_after(&newest)
        {
            report.push(
                ErrorKind::StatusAfterSources,
                &at,
                format!(
                    "status as of {} is later than the newest source it cites ({newest})",
                    item.status_as_of
                ),
            );
        }
        if item.date.certainly_after(&item.status_as_of) {
            report.push(
                ErrorKind::StatusBeforeItem,
                &at,
                format!(
                    "status as of {} is earlier than the item's date {}",
                    item.status_as_of, item.date
                ),
            );
        }
    }
}

fn check_contradictions(corpus: &Corpus, report: &mut Report) {
    report.unique(
        "contradictions",
        corpus.contradictions.iter().map(|c| c.id.as_str()),
    );
    for c in &corpus.contradictions {
        let at = format!("contradictions {}", c.id);
        if c.claims.len() < 2 {
            report.push(
                ErrorKind::NoEvidence,
                &at,
                "a contradiction needs at least two claims",
            );
        }
        for q in &c.claims {
            check_quote(corpus, q, &at, report);
        }
        for e in &c.events {
            if corpus.event(e.as_str()).is_none() {
                report.push(
                    ErrorKind::DanglingReference,
                    &at,
                    format!("event {e} does not exist"),
                );
            }
        }
        for i in &c.items {
            if corpus.item(i.as_str()).is_none() {
                report.push(
                    ErrorKind::DanglingReference,
                    &at,
                    format!("item {i} does not exist"),
                );
            }
        }
    }
}
