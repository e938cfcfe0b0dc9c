//! Human Rights Watch World Report country chapters: page furniture, the
//! country and the year covered, a photo caption and credit, a summary, a
//! video transcript (each speaker's name and role on their own lines, then
//! what they say), then sections under short headings.

use super::{Facts, Parsed};
use crate::blocks::{Block, blocks, looks_like_heading, paragraphs, slug};
use crate::builder::{DocBuilder, ErratumSpec};
use explainer_core::corpus::{DocId, ParagraphKind, SpeakerId};

/// A speaker's name and role, if the block opens with them.
pub fn speaker_lines<'a>(block: &'a Block<'a>) -> Option<(&'a str, &'a str, &'a [&'a str])> {
    match block.lines.as_slice() {
        [name, role, rest @ ..] if looks_like_heading(name, 4) => {
            Some((name.trim(), role.trim(), rest))
        }
        _ => None,
    }
}

/// Parses a Human Rights Watch country chapter.
pub fn parse(doc: &DocId, text: &str, errata: &[ErratumSpec]) -> Result<Parsed, Vec<String>> {
    let mut b = DocBuilder::new(doc.as_str(), errata);
    let all = blocks(text);
    let mut in_transcript = false;
    let mut speaker: Option<SpeakerId> = None;
    b.section("front", "", 1);
    for (i, block) in all.iter().enumerate() {
        let line = block.joined();
        let next_is_credit = all.get(i + 1).is_some_and(|n| n.joined().starts_with('©'));
        if i == 0 && line.starts_with("Skip to") {
            b.para(ParagraphKind::Chrome, &line);
        } else if line.contains("text description of this video") {
            b.section("video-transcript", "Video transcript", 1);
            b.para(ParagraphKind::Chrome, &line);
            in_transcript = true;
        } else if line.starts_with('©') || next_is_credit {
            b.para(ParagraphKind::Caption, &line);
        } else if in_transcript && speaker_lines(block).is_some() {
            let (name, role, rest) = speaker_lines(block).expect("checked");
            let id = b.speaker(name, role);
            for (_, t) in paragraphs(rest.iter().copied()) {
                b.speech(&id, &t);
            }
            speaker = Some(id);
        } else if block.is_single_line() && looks_like_heading(&line, 6) {
            in_transcript = false;
            let front = b.current().is_some_and(|s| s.id == "front");
            if !front {
                b.section(&slug(&line), &line, 1);
            } else if let Some(s) = b.current()
                && s.title.is_empty()
            {
                s.title = line.clone();
            }
            b.para(ParagraphKind::Heading, &line);
        } else if in_transcript {
            match &speaker {
                Some(id) => {
                    let id = id.clone();
                    for (_, t) in paragraphs(block.lines.iter().copied()) {
                        b.speech(&id, &t);
                    }
                }
                None => {
                    return Err(vec![format!(
                        "{doc}: transcript text before any speaker: {}",
                        super::excerpt(&line)
                    )]);
                }
            }
        } else {
            if b.current().is_some_and(|s| s.id == "front") {
                b.section("summary", "Summary", 1);
            }
            for (is_item, t) in paragraphs(block.lines.iter().copied()) {
                let kind = if is_item {
                    ParagraphKind::ListItem
                } else {
                    ParagraphKind::Text
                };
                b.para(kind, &t);
            }
        }
    }
    Ok(Parsed {
        body: b.finish(),
        facts: Facts::Text,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_small_chapter() {
        let text = [
            "Skip to main content",
            "",
            "Country",
            "",
            "Events of 2016",
            "",
            "A photo caption.",
            " ",
            "© 2012 Agency",
            "",
            "A summary.",
            "",
            "Read a text description of this video",
            "",
            "Ann Bee",
            "Researcher, Group",
            "",
            "First words.",
            "",
            "Cy Dee",
            "Union",
            "Said this.",
            "",
            "More from Cy.",
            "",
            "Freedom of Assembly",
            "",
            "Assembly text.",
        ]
        .join("\n");
        let parsed = parse(&DocId::from("x"), &text, &[]).unwrap();
        let body = &parsed.body;
        let ids: Vec<&str> = body.sections.iter().map(|s| s.id.as_str()).collect();
        assert_eq!(
            ids,
            [
                "front",
                "summary",
                "video-transcript",
                "freedom-of-assembly"
            ]
        );
        assert_eq!(body.sections[0].title, "Country");
        assert_eq!(body.speakers.len(), 2);
        let speech: Vec<(&str, &str)> = body.sections[2]
            .paragraphs
            .iter()
            .filter_map(|p| p.speaker.as_ref().map(|s| (s.as_str(), p.text.as_str())))
            .collect();
        assert_eq!(
            speech,
            [
                ("ann-bee", "First words."),
                ("cy-dee", "Said this."),
                ("cy-dee", "More from Cy.")
            ]
        );
        let captions = body.sections[0]
            .paragraphs
            .iter()
            .filter(|p| p.kind == ParagraphKind::Caption)
            .count();
        assert_eq!(captions, 2);
    }
}
