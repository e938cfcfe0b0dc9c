//! Foreign Policy Centre articles: page furniture, title, byline and date,
//! the conclusions (with a bulleted list of a decree's commitments), the
//! recommendations (an introduction ending in a colon, then bullets, for
//! each addressee), bracketed footnotes, and page furniture after them.

use super::{Facts, Parsed, excerpt};
use crate::blocks::{blocks, paragraphs};
use crate::builder::DocBuilder;
use crate::builder::ErratumSpec;
use crate::parse::nit2008::bracket_note;
use explainer_core::corpus::{Anchor, DocId, ParagraphKind};

/// The id and label of a list, from the paragraph that introduces it.
pub fn list_for(intro: &str) -> Option<(&'static str, &'static str)> {
    if intro.contains("Decree") {
        Some(("decree-commitments", "Commitments of the June 2021 decree"))
    } else if intro.contains("Government of Kazakhstan should") {
        Some((
            "recommendations-government",
            "Recommendations to the Government of Kazakhstan",
        ))
    } else if intro.starts_with("To the international community") {
        Some((
            "recommendations-international",
            "Recommendations to the international community",
        ))
    } else {
        None
    }
}

/// Parses a Foreign Policy Centre article.
pub fn parse(doc: &DocId, text: &str, errata: &[ErratumSpec]) -> Result<Parsed, Vec<String>> {
    let mut b = DocBuilder::new(doc.as_str(), errata);
    let mut errors = Vec::new();
    let all = blocks(text);
    let mut title: Option<String> = None;
    let mut last_text: Option<(Anchor, String)> = None;
    let mut after_notes = false;
    b.section("front", "", 1);
    for (i, block) in all.iter().enumerate() {
        let line = block.joined();
        if after_notes {
            b.para(ParagraphKind::Chrome, &line);
            continue;
        }
        if let Some((n, note)) = bracket_note(&line) {
            if b.current().is_none_or(|s| s.id != "notes") {
                b.section("notes", "Notes", 1);
            }
            if let Err(e) = b.note(n, note) {
                errors.push(format!("{doc}: {e}"));
            }
            continue;
        }
        if b.current().is_some_and(|s| s.id == "notes") {
            after_notes = true;
            b.section("page-end", "", 1);
            b.para(ParagraphKind::Chrome, &line);
            continue;
        }
        if i == 0 && line.starts_with("Skip to") {
            b.para(ParagraphKind::Chrome, &line);
            continue;
        }
        match &title {
            None => {
                if let Some(s) = b.current() {
                    s.title = line.clone();
                }
                b.para(ParagraphKind::Heading, &line);
                title = Some(line);
                continue;
            }
            Some(t) if *t == line => {
                // The page repeats the title where the article begins.
                b.section("conclusions", "Conclusions", 1);
                b.para(ParagraphKind::Heading, &line);
                continue;
            }
            _ => {}
        }
        if block.is_single_line() && line == "Recommendations" {
            b.section("recommendations", "Recommendations", 1);
            b.para(ParagraphKind::Heading, &line);
            continue;
        }
        let mut items = Vec::new();
        for (is_item, t) in paragraphs(block.lines.iter().copied()) {
            let kind = if is_item {
                ParagraphKind::ListItem
            } else {
                ParagraphKind::Text
            };
            let anchor = b.para(kind, &t);
            if is_item {
                items.push(anchor);
            } else {
                last_text = Some((anchor, t));
            }
        }
        if !items.is_empty() {
            match &last_text {
                Some((intro, t)) => match list_for(t) {
                    Some((id, label)) => b.list(id, label, Some(intro.clone()), items),
                    None => errors.push(format!(
                        "{doc}: a bulleted list after an unrecognised introduction: {}",
                        excerpt(t)
                    )),
                },
                None => errors.push(format!("{doc}: a bulleted list with no introduction")),
            }
        }
    }
    if errors.is_empty() {
        Ok(Parsed {
            body: b.finish(),
            facts: Facts::Text,
        })
    } else {
        Err(errors)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn intros() {
        assert_eq!(
            list_for("Tokayev’s June 2021 Decree … to address:").map(|l| l.0),
            Some("decree-commitments")
        );
        assert_eq!(
            list_for("Based on it the Government of Kazakhstan should:").map(|l| l.0),
            Some("recommendations-government")
        );
        assert_eq!(
            list_for("To the international community:").map(|l| l.0),
            Some("recommendations-international")
        );
        assert_eq!(list_for("Some other list:"), None);
    }

    #[test]
    fn a_small_article() {
        let text = [
            "Skip to content",
            "",
            "Title",
            "",
            "Article by A",
            "",
            "July 22, 2021",
            "",
            "Title",
            "",
            "Body.[1]",
            "\u{a0}",
            "Recommendations",
            "",
            "the Government of Kazakhstan should:",
            "",
            "  • Do this;",
            "  • Do that.",
            "",
            "To the international community:",
            "",
            "  • Help.",
            "",
            "[1] A note.",
            "",
            "Footnotes",
            "JOIN",
        ]
        .join("\n");
        let parsed = parse(&DocId::from("x"), &text, &[]).unwrap();
        let body = &parsed.body;
        let ids: Vec<&str> = body.sections.iter().map(|s| s.id.as_str()).collect();
        assert_eq!(
            ids,
            [
                "front",
                "conclusions",
                "recommendations",
                "notes",
                "page-end"
            ]
        );
        let lists: Vec<(&str, usize)> = body
            .lists
            .iter()
            .map(|l| (l.id.as_str(), l.items.len()))
            .collect();
        assert_eq!(
            lists,
            [
                ("recommendations-government", 2),
                ("recommendations-international", 1)
            ]
        );
        assert_eq!(body.notes.len(), 1);
    }
}
