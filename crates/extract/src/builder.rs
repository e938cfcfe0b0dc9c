//! Assembling one document: sections of paragraphs with anchors numbered in
//! reading order, notes, lists and speakers, with the errata applied as each
//! paragraph is added.
//!
//! The builder guarantees that anchors are `p1`, `p2`, … in order, that a
//! paragraph keeps its raw text exactly when an erratum changed it, and it
//! records where each erratum was applied so the caller can insist on
//! exactly once.

use explainer_core::corpus::{
    Anchor, ErratumId, ListId, Note, Paragraph, ParagraphKind, ParagraphList, Section, SectionId,
    Speaker, SpeakerId,
};

/// An erratum as read from `corpus/errata.toml`.
#[derive(Clone, Debug, PartialEq, Eq, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ErratumSpec {
    /// Unique id.
    pub id: String,
    /// The source document's id.
    pub source: String,
    /// The damaged text, unique in the source.
    pub raw: String,
    /// The corrected text.
    pub correction: String,
    /// Why.
    pub why: String,
}

/// A document's body, as built.
#[derive(Debug, Default)]
pub struct Body {
    /// Sections in order.
    pub sections: Vec<Section>,
    /// Notes in order.
    pub notes: Vec<Note>,
    /// Named lists.
    pub lists: Vec<ParagraphList>,
    /// Transcript speakers.
    pub speakers: Vec<Speaker>,
    /// (erratum id, anchor) for every application of an erratum.
    pub applied: Vec<(String, Anchor)>,
}

/// Builds one document's [`Body`].
pub struct DocBuilder<'e> {
    errata: Vec<&'e ErratumSpec>,
    body: Body,
    count: usize,
}

/// The numbers of the note markers (`[12]`) in `text`, in order, each once.
pub fn note_markers(text: &str) -> Vec<u32> {
    let mut out = Vec::new();
    let mut rest = text;
    while let Some(open) = rest.find('[') {
        rest = &rest[open + 1..];
        if let Some(close) = rest.find(']') {
            let inside = &rest[..close];
            if !inside.is_empty()
                && inside.bytes().all(|b| b.is_ascii_digit())
                && let Ok(n) = inside.parse()
                && !out.contains(&n)
            {
                out.push(n);
            }
        }
    }
    out
}

impl<'e> DocBuilder<'e> {
    /// A builder that applies those of `errata` whose source is `doc`.
    pub fn new(doc: &str, errata: &'e [ErratumSpec]) -> Self {
        Self {
            errata: errata.iter().filter(|e| e.source == doc).collect(),
            body: Body::default(),
            count: 0,
        }
    }

    /// Starts a new section; later paragraphs go into it.
    pub fn section(&mut self, id: &str, title: &str, level: u8) -> &mut Section {
        self.body.sections.push(Section {
            id: SectionId::from(id),
            title: title.to_owned(),
            level,
            heading_missing: false,
            nit_category: None,
            paragraphs: Vec::new(),
        });
        self.body.sections.last_mut().expect("just pushed")
    }

    /// The section paragraphs are currently added to.
    pub fn current(&mut self) -> Option<&mut Section> {
        self.body.sections.last_mut()
    }

    /// Applies the errata to `text`, returning the corrected text and the ids
    /// of the errata applied.
    fn correct(&mut self, text: &str, anchor: &Anchor) -> (String, Vec<ErratumId>) {
        let mut fixed = text.to_owned();
        let mut ids = Vec::new();
        for e in &self.errata {
            if fixed.contains(&e.raw) {
                fixed = fixed.replacen(&e.raw, &e.correction, 1);
                ids.push(ErratumId::from(e.id.as_str()));
                self.body.applied.push((e.id.clone(), anchor.clone()));
            }
        }
        (fixed, ids)
    }

    /// Adds a paragraph to the current section (starting a `front` section
    /// if there is none) and returns its anchor.
    pub fn para(&mut self, kind: ParagraphKind, text: &str) -> Anchor {
        self.count += 1;
        let anchor = Anchor::paragraph(self.count);
        let (fixed, errata) = self.correct(text, &anchor);
        let mut p = Paragraph::new(anchor.clone(), kind, fixed);
        if !errata.is_empty() {
            p.raw = Some(text.to_owned());
            p.errata = errata;
        }
        p.notes = note_markers(&p.text);
        if self.body.sections.is_empty() {
            self.section("front", "", 1);
        }
        self.current().expect("a section").paragraphs.push(p);
        anchor
    }

    /// Adds a paragraph spoken by `speaker`.
    pub fn speech(&mut self, speaker: &SpeakerId, text: &str) -> Anchor {
        let anchor = self.para(ParagraphKind::Speech, text);
        if let Some(p) = self.current().and_then(|s| s.paragraphs.last_mut()) {
            p.speaker = Some(speaker.clone());
        }
        anchor
    }

    /// The (corrected) text of a paragraph added earlier.
    pub fn text(&self, anchor: &Anchor) -> &str {
        self.body
            .sections
            .iter()
            .flat_map(|s| &s.paragraphs)
            .find(|p| &p.anchor == anchor)
            .map(|p| p.text.as_str())
            .unwrap_or_default()
    }

    /// Adds note `number`; a second note with the same number is an error.
    pub fn note(&mut self, number: u32, text: &str) -> Result<(), String> {
        if self.body.notes.iter().any(|n| n.number == number) {
            return Err(format!("note {number} occurs twice"));
        }
        let anchor = Anchor::note(number);
        let (fixed, errata) = self.correct(text, &anchor);
        self.body.notes.push(Note {
            number,
            anchor,
            raw: (!errata.is_empty()).then(|| text.to_owned()),
            text: fixed,
            errata,
        });
        Ok(())
    }

    /// The speaker with this name and role, added if new.
    pub fn speaker(&mut self, name: &str, role: &str) -> SpeakerId {
        let id = SpeakerId::from(crate::blocks::slug(name));
        if !self.body.speakers.iter().any(|s| s.id == id) {
            self.body.speakers.push(Speaker {
                id: id.clone(),
                name: name.to_owned(),
                role: role.to_owned(),
            });
        }
        id
    }

    /// Records a named list.
    pub fn list(&mut self, id: &str, label: &str, intro: Option<Anchor>, items: Vec<Anchor>) {
        self.body.lists.push(ParagraphList {
            id: ListId::from(id),
            label: label.to_owned(),
            intro,
            items,
        });
    }

    /// The finished body.
    pub fn finish(self) -> Body {
        self.body
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check_markers(text: &str, expected: &[u32]) {
        assert_eq!(note_markers(text), expected, "{text:?}");
    }

    #[test]
    fn markers() {
        check_markers("provides.[2]", &[2]);
        check_markers("a[1]The promise[12] and [12]", &[1, 12]);
        check_markers("the fundamental principles [...] laid down", &[]);
        check_markers("disseminating [illegal] information", &[]);
        check_markers("[]", &[]);
        check_markers("[3", &[]);
    }

    #[test]
    fn errata_are_applied_and_raw_kept() {
        let errata = vec![ErratumSpec {
            id: "e1".into(),
            source: "d".into(),
            raw: "ciil".into(),
            correction: "civil".into(),
            why: "dropped letter".into(),
        }];
        let mut b = DocBuilder::new("d", &errata);
        let a = b.para(ParagraphKind::Text, "on ciil society.[4]");
        let c = b.para(ParagraphKind::Text, "untouched");
        let body = b.finish();
        let p = &body.sections[0].paragraphs;
        assert_eq!((a.as_str(), c.as_str()), ("p1", "p2"));
        assert_eq!(p[0].text, "on civil society.[4]");
        assert_eq!(p[0].raw.as_deref(), Some("on ciil society.[4]"));
        assert_eq!(p[0].notes, vec![4]);
        assert_eq!(p[1].raw, None);
        assert_eq!(body.applied, vec![("e1".to_owned(), a)]);
    }
}
