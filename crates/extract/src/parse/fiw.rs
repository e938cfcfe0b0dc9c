//! Freedom in the World country reports: title, status, total, key
//! developments, then category headings (`POLITICAL RIGHTS: 5 / 40`),
//! subcategory headings (`A. ELECTORAL PROCESS: 1 / 12`) and indicator
//! headings (`A1. Question? 0 / 4`) each followed by narrative paragraphs.

use super::scores::{split_score, title_case};
use super::{Facts, Parsed, excerpt};
use crate::blocks::{blocks, paragraphs};
use crate::builder::{DocBuilder, ErratumSpec};
use explainer_core::corpus::{
    Anchor, DocId, FiwCategory, FiwReport, FiwStatus, FiwSubcategory, Indicator, IndicatorCode,
    ParagraphKind, TextRef,
};

/// What a heading line declares.
#[derive(Debug, PartialEq, Eq)]
enum Heading<'a> {
    /// `POLITICAL RIGHTS: 5 / 40`
    Category(&'a str, i16, i16),
    /// `A. ELECTORAL PROCESS: 1 / 12`
    Subcategory(&'a str, &'a str, i16, i16),
    /// `A1. Question? 0 / 4`: code, question, score, max.
    Indicator(&'a str, &'a str, i16, i16),
}

fn is_upper_name(s: &str) -> bool {
    !s.is_empty() && s.chars().all(|c| c.is_ascii_uppercase() || c == ' ')
}

fn heading(line: &str) -> Option<Heading<'_>> {
    let (prefix, score, max) = split_score(line)?;
    if let Some(name) = prefix.strip_suffix(':') {
        if is_upper_name(name) {
            return Some(Heading::Category(name, score, max));
        }
        let (letter, name) = name.split_once(". ")?;
        if letter.len() == 1 && is_upper_name(letter) && is_upper_name(name) {
            return Some(Heading::Subcategory(letter, name, score, max));
        }
        return None;
    }
    let (code, question) = prefix.split_once(". ")?;
    let mut chars = code.chars();
    let letter_ok = chars.next().is_some_and(|c| c.is_ascii_uppercase());
    let digits: String = chars.collect();
    if letter_ok && !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit()) {
        Some(Heading::Indicator(code, question, score, max))
    } else {
        None
    }
}

/// Parses a Freedom in the World country report.
pub fn parse(doc: &DocId, text: &str, errata: &[ErratumSpec]) -> Result<Parsed, Vec<String>> {
    let mut b = DocBuilder::new(doc.as_str(), errata);
    let mut errors = Vec::new();
    let mut status = None;
    let mut total = None;
    let mut key_developments = Vec::new();
    let mut categories: Vec<FiwCategory> = Vec::new();
    let all = blocks(text);
    let mut iter = all.iter().peekable();

    // Title, status and total come first, each on its own line.
    if let Some(title) = iter.next() {
        b.section("title", title.joined().as_str(), 1);
        b.para(ParagraphKind::Heading, &title.joined());
    }
    while let Some(block) = iter.peek() {
        let line = block.joined();
        if let Some(st) = FiwStatus::from_label(&line) {
            status = Some((st, b.para(ParagraphKind::Text, &line)));
        } else if let Some(("", score, max)) = split_score(&line) {
            total = Some((score, max, b.para(ParagraphKind::Text, &line)));
        } else {
            break;
        }
        iter.next();
    }

    for block in iter {
        let line = block.joined();
        if block.is_single_line() && line.ends_with(':') {
            // "Key Developments:", "Key Developments in 2018:", …
            let title = line.trim_end_matches(':');
            let in_key = title.starts_with("Key Developments");
            let continuing = in_key && b.current().is_some_and(|s| s.id == "key-developments");
            if !continuing {
                let id = if in_key {
                    "key-developments".to_owned()
                } else {
                    crate::blocks::slug(title)
                };
                b.section(&id, title, 1);
            }
            b.para(ParagraphKind::Heading, &line);
            continue;
        }
        match heading(&line) {
            Some(Heading::Category(name, score, max)) => {
                let name = title_case(name);
                let id = crate::blocks::slug(&name);
                b.section(&id, &name, 1);
                let anchor = b.para(ParagraphKind::Heading, &line);
                categories.push(FiwCategory {
                    id,
                    name,
                    score,
                    max,
                    anchor,
                    subcategories: Vec::new(),
                });
            }
            Some(Heading::Subcategory(letter, name, score, max)) => {
                let name = title_case(name);
                b.section(&letter.to_lowercase(), &format!("{letter}. {name}"), 2);
                let anchor = b.para(ParagraphKind::Heading, &line);
                match categories.last_mut() {
                    Some(c) => c.subcategories.push(FiwSubcategory {
                        letter: letter.to_owned(),
                        name,
                        score,
                        max,
                        anchor,
                        indicators: Vec::new(),
                    }),
                    None => errors.push(format!(
                        "{doc}: subcategory before any category: {}",
                        excerpt(&line)
                    )),
                }
            }
            Some(Heading::Indicator(code, _, score, max)) => {
                b.section(&code.to_lowercase(), code, 3);
                let anchor = b.para(ParagraphKind::Heading, &line);
                // Locate the question in the corrected heading text.
                let fixed = b.text(&anchor).to_owned();
                let question = match heading(&fixed) {
                    Some(Heading::Indicator(_, q, _, _)) => {
                        let start = fixed.find(q).unwrap_or(0);
                        TextRef {
                            anchor: anchor.clone(),
                            start: start as u32,
                            end: (start + q.len()) as u32,
                        }
                    }
                    _ => {
                        errors.push(format!("{doc}: an erratum broke the heading of {code}"));
                        continue;
                    }
                };
                let sub = categories
                    .last_mut()
                    .and_then(|c| c.subcategories.last_mut());
                match sub {
                    Some(s) => s.indicators.push(Indicator {
                        code: IndicatorCode::from(code),
                        question,
                        score,
                        max,
                        narrative: Vec::new(),
                        short: String::new(),
                    }),
                    None => errors.push(format!(
                        "{doc}: indicator before any subcategory: {}",
                        excerpt(&line)
                    )),
                }
            }
            None => {
                let in_key = b.current().is_some_and(|s| s.id == "key-developments");
                for (is_item, text) in paragraphs(block.lines.iter().copied()) {
                    let kind = if is_item {
                        ParagraphKind::ListItem
                    } else {
                        ParagraphKind::Text
                    };
                    let anchor = b.para(kind, &text);
                    let indicator = categories
                        .last_mut()
                        .and_then(|c| c.subcategories.last_mut())
                        .and_then(|s| s.indicators.last_mut());
                    if in_key && is_item {
                        key_developments.push(anchor);
                    } else if let Some(i) = indicator {
                        i.narrative.push(anchor);
                    } else {
                        errors.push(format!(
                            "{doc}: paragraph outside any indicator: {}",
                            excerpt(&text)
                        ));
                    }
                }
            }
        }
    }
    if !key_developments.is_empty() {
        b.list(
            "key-developments",
            "Key developments",
            None,
            key_developments.clone(),
        );
    }
    let (Some((status, status_anchor)), Some((score, max, total_anchor))) = (status, total) else {
        errors.push(format!(
            "{doc}: the status and the total score must follow the title"
        ));
        return Err(errors);
    };
    if categories.is_empty() {
        errors.push(format!(
            "{doc}: no category headings such as \"POLITICAL RIGHTS: 5 / 40\""
        ));
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    let report = FiwReport {
        doc: doc.clone(),
        status,
        status_anchor,
        score,
        max,
        total_anchor,
        categories,
        key_developments,
    };
    Ok(Parsed {
        body: b.finish(),
        facts: Facts::Fiw(report),
    })
}

/// The anchor of every paragraph that no indicator, heading or list claims
/// (used by tests to prove the parse accounts for the whole text).
pub fn unclaimed(report: &FiwReport, parsed: &crate::builder::Body) -> Vec<Anchor> {
    let mut claimed: Vec<&Anchor> = vec![&report.status_anchor, &report.total_anchor];
    claimed.extend(&report.key_developments);
    for (c, s, i) in report.indicators() {
        claimed.extend([&c.anchor, &s.anchor, &i.question.anchor]);
        claimed.extend(&i.narrative);
    }
    parsed
        .sections
        .iter()
        .flat_map(|s| &s.paragraphs)
        .filter(|p| p.kind != ParagraphKind::Heading && !claimed.contains(&&p.anchor))
        .map(|p| p.anchor.clone())
        .collect()
}

#[cfg(test)]
mod tests;
