//! Nations in Transit reports with ratings stated in prose (the 2008 style):
//! a title, an executive summary whose category paragraphs state each
//! rating ("… rating … deteriorates from 6.50 to 6.75", "… remains at
//! 6.25"), an outlook, one section per category, bracketed notes (`[12]`),
//! and whatever trails them.
//!
//! Where the text lost a section heading (two blank lines followed by running
//! text, between category sections), the section is taken to be the
//! category that follows the previous section's in the executive summary's
//! order, and is marked `heading_missing`.

use super::scores::{from_to, remains_at};
use super::{Facts, NitFacts, Parsed, ProseRating, excerpt};
use crate::blocks::{Block, blocks, paragraphs, slug};
use crate::builder::{DocBuilder, ErratumSpec};
use explainer_core::corpus::{
    Anchor, DocId, NitCategory, NitMeasure, ParagraphKind, Rating, ScoreChange,
};

/// A rating statement in a summary paragraph: (previous, current).
pub fn rating_statement(paragraph: &str) -> Option<(Rating, Rating)> {
    paragraph
        .split(". ")
        .filter(|sentence| sentence.contains("rating"))
        .find_map(|sentence| from_to(sentence).or_else(|| remains_at(sentence).map(|r| (r, r))))
}

/// The category a summary paragraph opens with ("Civil Society. …").
fn summary_category(paragraph: &str) -> Option<NitCategory> {
    let (head, _) = paragraph.split_once(". ")?;
    NitCategory::from_name(head)
}

/// The number and text of a note written `[12] text` (or `[12]text`).
pub fn bracket_note(text: &str) -> Option<(u32, &str)> {
    let rest = text.strip_prefix('[')?;
    let (number, rest) = rest.split_once(']')?;
    Some((number.parse().ok()?, rest.trim()))
}

fn is_heading(block: &Block) -> Option<String> {
    let line = block.joined();
    (block.is_single_line() && line.ends_with(':') && line.split_whitespace().count() <= 5)
        .then(|| line.trim_end_matches(':').to_owned())
}

/// Parses a Nations in Transit report with ratings in prose.
pub fn parse(doc: &DocId, text: &str, errata: &[ErratumSpec]) -> Result<Parsed, Vec<String>> {
    let mut b = DocBuilder::new(doc.as_str(), errata);
    let mut facts = NitFacts::default();
    let mut errors = Vec::new();
    let all = blocks(text);
    let Some(title) = all.first() else {
        return Err(vec![format!("{doc}: empty text")]);
    };
    let title = title.joined();
    let edition: Option<u16> = title.rsplit(' ').next().and_then(|y| y.parse().ok());
    let Some(edition) = edition else {
        return Err(vec![format!(
            "{doc}: the title {title:?} should end with the edition year"
        )]);
    };
    b.section("title", &title, 1);
    b.para(ParagraphKind::Heading, &title);

    let mut summary_order: Vec<NitCategory> = Vec::new();
    let mut sections_seen: Vec<NitCategory> = Vec::new();
    let mut in_notes = false;
    for block in &all[1..] {
        let line = block.joined();
        if let Some((number, note)) = bracket_note(&line) {
            in_notes = true;
            if let Err(e) = b.note(number, note) {
                errors.push(format!("{doc}: {e}"));
            }
            continue;
        }
        if in_notes {
            // What trails the notes (a heading whose table was lost).
            if b.current().is_none_or(|s| s.id != "trailer") {
                b.section("trailer", &line, 1);
            }
            b.para(ParagraphKind::Heading, &line);
            continue;
        }
        if let Some(title) = is_heading(block) {
            let category = NitCategory::from_name(&title);
            let section = b.section(&slug(&title), &title, 1);
            section.nit_category = category;
            sections_seen.extend(category);
            b.para(ParagraphKind::Heading, &line);
            continue;
        }
        if block.blank_before >= 2 && !sections_seen.is_empty() {
            // A section whose heading the text lost.
            let last = sections_seen
                .last()
                .and_then(|l| summary_order.iter().position(|c| c == l));
            let after = last.map_or(&summary_order[..], |i| &summary_order[i + 1..]);
            match after.iter().find(|c| !sections_seen.contains(c)) {
                Some(&category) => {
                    let section = b.section(&slug(category.name()), category.name(), 1);
                    section.nit_category = Some(category);
                    section.heading_missing = true;
                    sections_seen.push(category);
                }
                None => errors.push(format!(
                    "{doc}: a section break with no heading and no category left: {}",
                    excerpt(&line)
                )),
            }
        }
        if line.starts_with("Outlook for ")
            && b.current().is_some_and(|s| s.id == "executive-summary")
        {
            b.section("outlook", line.split(". ").next().unwrap_or("Outlook"), 1);
        }
        let in_summary = b.current().is_some_and(|s| s.id == "executive-summary");
        for (is_item, text) in paragraphs(block.lines.iter().copied()) {
            let kind = if is_item {
                ParagraphKind::ListItem
            } else {
                ParagraphKind::Text
            };
            let anchor = b.para(kind, &text);
            if in_summary && let Some(category) = summary_category(&text) {
                summary_order.push(category);
                statement(
                    doc,
                    edition,
                    category,
                    &anchor,
                    &text,
                    &mut facts,
                    &mut errors,
                );
            }
        }
    }
    if summary_order.len() != NitCategory::ALL.len() {
        errors.push(format!(
            "{doc}: the executive summary rates {} categories; expected {}",
            summary_order.len(),
            NitCategory::ALL.len()
        ));
    }
    if errors.is_empty() {
        Ok(Parsed {
            body: b.finish(),
            facts: Facts::Nit(facts),
        })
    } else {
        Err(errors)
    }
}

fn statement(
    doc: &DocId,
    edition: u16,
    category: NitCategory,
    anchor: &Anchor,
    text: &str,
    facts: &mut NitFacts,
    errors: &mut Vec<String>,
) {
    let Some((from, to)) = rating_statement(text) else {
        errors.push(format!(
            "{doc}: no rating stated for {}: {}",
            category.name(),
            excerpt(text)
        ));
        return;
    };
    for (ed, rating) in [(edition - 1, from), (edition, to)] {
        facts.prose.push(ProseRating {
            anchor: anchor.clone(),
            category: Some(category),
            edition: ed,
            rating,
        });
    }
    facts.changes.push(ScoreChange {
        doc: doc.clone(),
        edition,
        measure: NitMeasure::from(category),
        from: Some(from),
        to,
        anchor: anchor.clone(),
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(paragraph: &str, expected: Option<(u16, u16)>) {
        assert_eq!(
            rating_statement(paragraph),
            expected.map(|(a, b)| (Rating(a), Rating(b))),
            "{paragraph:?}"
        );
    }

    #[test]
    fn statements() {
        check(
            "Electoral Process. Owing to it, Kazakhstan's rating for electoral process deteriorates from 6.50 to 6.75.",
            Some((650, 675)),
        );
        check(
            "Civil Society. Owing to efforts, Kazakhstan's rating for civil society improves from 5.75 to 5.50.",
            Some((575, 550)),
        );
        check(
            "Independent Media. Kazakhstan's independent media rating remains at 6.75.",
            Some((675, 675)),
        );
        check(
            "National Democratic Governance. Challenges came from independent actors. Kazakhstan's rating in national democratic governance remains at 6.75.",
            Some((675, 675)),
        );
        check("Corruption. Nothing is rated here.", None);
        check(
            "Corruption. It grew from 6.50 to 6.75 percent of output.",
            None,
        );
    }

    #[test]
    fn notes() {
        assert_eq!(
            bracket_note("[1] Vladimir Socor"),
            Some((1, "Vladimir Socor"))
        );
        assert_eq!(bracket_note("[7]The 2006 NGO"), Some((7, "The 2006 NGO")));
        assert_eq!(bracket_note("[x] no"), None);
        assert_eq!(bracket_note("1 no"), None);
    }

    fn sample() -> String {
        let mut lines = vec!["Nations in Transit 2008", "", "Executive Summary: ", ""];
        let summary = [
            "National Democratic Governance. The rating remains at 6.75.",
            "Electoral Process. The rating deteriorates from 6.50 to 6.75.",
            "Civil Society. The rating improves from 5.75 to 5.50.",
            "Independent Media. The independent media rating remains at 6.75.",
            "Local Democratic Governance. The rating remains at 6.25.",
            "Judicial Framework and Independence. The rating remains at 6.25.",
            "Corruption. The corruption rating remains at 6.50.",
        ];
        for s in &summary {
            lines.extend([*s, ""]);
        }
        lines.extend([
            "Outlook for 2008. Growth.",
            "",
            "",
            "National Democratic Governance: ",
            "",
            "Text.[1]",
            "",
            "Judicial Framework and Independence: ",
            "",
            "Courts.",
            "",
            "",
            "Graft, with the heading lost.",
            "",
            "",
            "[1] A note.",
            "",
            "2008 Scores",
        ]);
        lines.join("\n")
    }

    #[test]
    fn a_small_report() {
        let parsed = parse(&DocId::from("x"), &sample(), &[]).unwrap();
        let Facts::Nit(f) = &parsed.facts else {
            panic!()
        };
        assert_eq!(f.changes.len(), 7);
        assert_eq!(f.prose.len(), 14);
        let lost = parsed
            .body
            .sections
            .iter()
            .find(|s| s.heading_missing)
            .unwrap();
        assert_eq!(lost.nit_category, Some(NitCategory::Corruption));
        assert_eq!(parsed.body.notes.len(), 1);
        assert!(parsed.body.sections.iter().any(|s| s.id == "outlook"));
        assert_eq!(parsed.body.sections.last().unwrap().id, "trailer");
    }
}
