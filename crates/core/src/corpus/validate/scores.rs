//! Checks on the figures: Freedom in the World totals and Nations in Transit
//! democracy scores.

use super::{ErrorKind, Report};
use crate::corpus::nit::democracy_score;
use crate::corpus::{Anchor, Corpus, Document, NitCategory, NitMeasure, Rating};
use std::collections::BTreeMap;

fn anchor_exists(doc: &Document, anchor: &Anchor, at: &str, report: &mut Report) {
    if doc.paragraph(anchor).is_none() {
        report.push(
            ErrorKind::DanglingReference,
            at,
            format!("anchor {anchor} does not exist in {}", doc.id),
        );
    }
}

fn sum_check(report: &mut Report, at: &str, what: &str, parts: (i16, i16), stated: (i16, i16)) {
    if parts.0 != stated.0 {
        report.push(
            ErrorKind::TotalMismatch,
            at,
            format!(
                "{what} add up to {} but the stated score is {}",
                parts.0, stated.0
            ),
        );
    }
    if parts.1 != stated.1 {
        report.push(
            ErrorKind::TotalMismatch,
            at,
            format!(
                "{what} have maxima adding up to {} but the stated maximum is {}",
                parts.1, stated.1
            ),
        );
    }
}

pub(super) fn check_fiw(corpus: &Corpus, report: &mut Report) {
    let fiw = &corpus.fiw;
    let Some(doc) = corpus.document(fiw.doc.as_str()) else {
        report.push(
            ErrorKind::DanglingReference,
            "fiw",
            format!("document {} does not exist", fiw.doc),
        );
        return;
    };
    for a in [&fiw.status_anchor, &fiw.total_anchor]
        .into_iter()
        .chain(&fiw.key_developments)
    {
        anchor_exists(doc, a, "fiw", report);
    }
    report.unique(
        "fiw indicators",
        fiw.indicators().map(|(_, _, i)| i.code.as_str()),
    );
    let mut total = (0, 0);
    for c in &fiw.categories {
        let at = format!("fiw {}", c.id);
        anchor_exists(doc, &c.anchor, &at, report);
        let mut sum = (0, 0);
        for s in &c.subcategories {
            let at = format!("fiw {}", s.letter);
            anchor_exists(doc, &s.anchor, &at, report);
            let mut sub = (0, 0);
            for i in &s.indicators {
                let at = format!("fiw {}", i.code);
                if !i.code.as_str().starts_with(s.letter.as_str())
                    || i.code.as_str()[s.letter.len()..].parse::<u8>().is_err()
                {
                    report.push(
                        ErrorKind::MalformedId,
                        &at,
                        format!("code should be {} and a number", s.letter),
                    );
                }
                if !(0..=i.max).contains(&i.score) {
                    report.push(
                        ErrorKind::OutOfRange,
                        &at,
                        format!("score {} is outside 0–{}", i.score, i.max),
                    );
                }
                if i.narrative.is_empty() {
                    report.push(
                        ErrorKind::EmptyNarrative,
                        &at,
                        "the indicator has no narrative",
                    );
                }
                for a in &i.narrative {
                    anchor_exists(doc, a, &at, report);
                }
                match doc.text_of(&i.question) {
                    Some(q) if !q.trim().is_empty() => {}
                    _ => report.push(
                        ErrorKind::DanglingReference,
                        &at,
                        "the question span is empty or outside its paragraph",
                    ),
                }
                sub = (sub.0 + i.score, sub.1 + i.max);
            }
            sum_check(report, &at, "its indicators", sub, (s.score, s.max));
            sum = (sum.0 + s.score, sum.1 + s.max);
        }
        sum_check(report, &at, "its subcategories", sum, (c.score, c.max));
        total = (total.0 + c.score, total.1 + c.max);
    }
    sum_check(
        report,
        "fiw total",
        "the categories",
        total,
        (fiw.score, fiw.max),
    );
}

/// One edition's ratings in one document: measure -> (rating, computed).
type Edition = BTreeMap<NitMeasure, (Rating, bool)>;

pub(super) fn check_nit(corpus: &Corpus, report: &mut Report) {
    // (doc, edition) -> measure -> (rating, computed)
    let mut editions: BTreeMap<(&str, u16), Edition> = BTreeMap::new();
    for (n, r) in corpus.nit.ratings.iter().enumerate() {
        let at = format!(
            "nit ratings[{n}] {} {} {}",
            r.doc,
            r.edition,
            r.measure.name()
        );
        let Some(doc) = corpus.document(r.doc.as_str()) else {
            report.push(
                ErrorKind::DanglingReference,
                at,
                format!("document {} does not exist", r.doc),
            );
            continue;
        };
        match (&r.anchor, r.computed) {
            (Some(a), false) => anchor_exists(doc, a, &at, report),
            (None, true) if r.measure == NitMeasure::DemocracyScore => {}
            _ => report.push(
                ErrorKind::Provenance,
                &at,
                "a stated rating needs an anchor; only a democracy score may be computed, and then has none",
            ),
        }
        if !(100..=700).contains(&r.rating.0) {
            report.push(
                ErrorKind::OutOfRange,
                &at,
                format!("rating {} is outside 1–7", r.rating),
            );
        }
        let slot = editions.entry((r.doc.as_str(), r.edition)).or_default();
        if slot.insert(r.measure, (r.rating, r.computed)).is_some() {
            report.push(
                ErrorKind::DuplicateId,
                &at,
                "a second rating for the same document, edition and measure",
            );
        }
    }
    for ((doc, edition), measures) in &editions {
        let ratings: Vec<Rating> = NitCategory::ALL
            .iter()
            .filter_map(|c| measures.get(&NitMeasure::from(*c)).map(|(r, _)| *r))
            .collect();
        let Some((stated, computed)) = measures.get(&NitMeasure::DemocracyScore) else {
            continue;
        };
        let at = format!("nit {doc} {edition}");
        if ratings.len() != NitCategory::ALL.len() {
            report.push(
                ErrorKind::TotalMismatch,
                &at,
                "a democracy score without all seven category ratings",
            );
            continue;
        }
        let mean = democracy_score(&ratings).expect("seven ratings");
        if mean != *stated {
            let what = if *computed { "computed" } else { "stated" };
            report.push(
                ErrorKind::AverageMismatch,
                &at,
                format!("the {what} democracy score is {stated} but the ratings average {mean}"),
            );
        }
    }
    for (n, c) in corpus.nit.changes.iter().enumerate() {
        let at = format!("nit changes[{n}] {} {}", c.doc, c.measure.name());
        match corpus.document(c.doc.as_str()) {
            Some(doc) => anchor_exists(doc, &c.anchor, &at, report),
            None => report.push(
                ErrorKind::DanglingReference,
                at,
                format!("document {} does not exist", c.doc),
            ),
        }
    }
}
