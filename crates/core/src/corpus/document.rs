//! The source documents as the reader sees them: sections of paragraphs,
//! numbered notes, named lists and transcript speakers.
//!
//! Every paragraph has an anchor (`p1`, `p2`, … in document order) and every
//! note one of its own (`n` and its number), unique within the document.
//! Since both follow from the text's order and the notes' numbers, the JSON
//! leaves them out and reading a document sets them; [`super::validate()`]
//! checks that a corpus's anchors are exactly these, so writing one loses
//! nothing.
//! A paragraph's `text` is the source text with the errata applied; `raw`
//! keeps the text as received, only for the paragraphs an erratum changed.
//! Structured data elsewhere in the corpus refers to paragraphs by anchor
//! rather than copying their text.

use super::date::PartialDate;
use super::ids::{Anchor, DocId, ErratumId, ListId, SectionId, SpeakerId};
use super::nit::NitCategory;
use serde::{Deserialize, Deserializer, Serialize};

/// One source document with what is known about it and its full text.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Document {
    /// Stable id, such as `fiw2019`.
    pub id: DocId,
    /// The document's title.
    pub title: String,
    /// Who published it.
    pub publisher: String,
    /// Who wrote it, where the text or the project's source notes say.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub author: Option<String>,
    /// The edition, such as "Freedom in the World 2019".
    pub edition: String,
    /// The period the document covers, such as "events of 2018".
    pub covers: String,
    /// When it was published, as precisely as the text supports.
    pub published: PartialDate,
    /// What the publication date rests on.
    pub published_basis: String,
    /// The original web address, only where the text itself gives one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// Damage to the text that affects it throughout and that the errata do
    /// not correct one by one (for example web addresses lost from notes).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub known_damage: Option<String>,
    /// The file the text comes from, relative to `corpus/`.
    pub file: String,
    /// The body, in reading order.
    #[serde(deserialize_with = "numbered_sections")]
    pub sections: Vec<Section>,
    /// The numbered notes, in order.
    #[serde(
        default,
        skip_serializing_if = "Vec::is_empty",
        deserialize_with = "numbered_notes"
    )]
    pub notes: Vec<Note>,
    /// Named lists of paragraphs (key developments, recommendations, …).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub lists: Vec<ParagraphList>,
    /// The speakers of a transcript, if the document has one.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub speakers: Vec<Speaker>,
}

/// A run of paragraphs under one heading.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Section {
    /// Unique within the document, such as `executive-summary`.
    pub id: SectionId,
    /// A short title for tables of contents.
    pub title: String,
    /// Nesting depth: 1 for top-level sections, 2 and 3 below them.
    pub level: u8,
    /// True when the source lost this section's heading and the title was
    /// inferred from the document's structure.
    #[serde(default, skip_serializing_if = "is_false")]
    pub heading_missing: bool,
    /// The Nations in Transit category the section is about, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub nit_category: Option<NitCategory>,
    /// The paragraphs, headings included, in order.
    pub paragraphs: Vec<Paragraph>,
}

/// What kind of block a paragraph is, for rendering.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ParagraphKind {
    /// Running text.
    #[default]
    Text,
    /// A heading line.
    Heading,
    /// One item of a bulleted list (the bullet itself is not in the text).
    ListItem,
    /// One row of a table, as the line appears in the source.
    TableRow,
    /// What a speaker says in a transcript (see [`Paragraph::speaker`]).
    Speech,
    /// A picture caption or credit.
    Caption,
    /// Web-page furniture captured with the text ("Skip to content").
    Chrome,
}

fn is_default_kind(kind: &ParagraphKind) -> bool {
    *kind == ParagraphKind::Text
}

fn is_false(b: &bool) -> bool {
    !*b
}

/// One paragraph (or heading, list item, table row) of a document.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Paragraph {
    /// `p` and the paragraph's position in the document, from 1. Not
    /// written to the JSON: it follows from the position, and is set when
    /// the document is read.
    #[serde(skip)]
    pub anchor: Anchor,
    /// What kind of block it is.
    #[serde(default, skip_serializing_if = "is_default_kind")]
    pub kind: ParagraphKind,
    /// The text with errata applied; lines of one paragraph joined by a space.
    pub text: String,
    /// The text as received, only when an erratum changed it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub raw: Option<String>,
    /// The errata applied to this paragraph.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub errata: Vec<ErratumId>,
    /// Numbers of the notes whose markers (`[12]`) occur in the text, in order.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub notes: Vec<u32>,
    /// For speech in a transcript: who speaks.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub speaker: Option<SpeakerId>,
}

impl Paragraph {
    /// A plain text paragraph with no errata, notes or speaker.
    pub fn new(anchor: Anchor, kind: ParagraphKind, text: impl Into<String>) -> Self {
        Self {
            anchor,
            kind,
            text: text.into(),
            raw: None,
            errata: Vec::new(),
            notes: Vec::new(),
            speaker: None,
        }
    }

    /// The text as received: `raw` if an erratum changed it, else `text`.
    pub fn raw_text(&self) -> &str {
        self.raw.as_deref().unwrap_or(&self.text)
    }
}

/// A numbered note (endnote or footnote).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Note {
    /// The note's number, as its markers in the text give it.
    pub number: u32,
    /// `n` and the number. Not written to the JSON: it follows from the
    /// number, and is set when the document is read.
    #[serde(skip)]
    pub anchor: Anchor,
    /// The note's text with errata applied, without its number.
    pub text: String,
    /// The text as received, only when an erratum changed it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub raw: Option<String>,
    /// The errata applied to this note.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub errata: Vec<ErratumId>,
}

impl Note {
    /// The text as received: `raw` if an erratum changed it, else `text`.
    pub fn raw_text(&self) -> &str {
        self.raw.as_deref().unwrap_or(&self.text)
    }
}

/// Reads a document's sections and gives the paragraphs their anchors, `p1`,
/// `p2`, … in reading order.
fn numbered_sections<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<Section>, D::Error> {
    let mut sections = Vec::<Section>::deserialize(d)?;
    let paragraphs = sections.iter_mut().flat_map(|s| s.paragraphs.iter_mut());
    for (n, p) in paragraphs.enumerate() {
        p.anchor = Anchor::paragraph(n + 1);
    }
    Ok(sections)
}

/// Reads a document's notes and gives each its anchor, `n` and its number.
fn numbered_notes<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<Note>, D::Error> {
    let mut notes = Vec::<Note>::deserialize(d)?;
    for n in &mut notes {
        n.anchor = Anchor::note(n.number);
    }
    Ok(notes)
}

/// A named list of paragraphs, such as a report's recommendations.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ParagraphList {
    /// Unique within the document.
    pub id: ListId,
    /// A short label for the list.
    pub label: String,
    /// The paragraph that introduces the list, if there is one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub intro: Option<Anchor>,
    /// The list's items, in order.
    pub items: Vec<Anchor>,
}

/// Someone who speaks in a transcript.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Speaker {
    /// Unique within the document, derived from the name.
    pub id: SpeakerId,
    /// The name as the transcript gives it.
    pub name: String,
    /// The role or affiliation as the transcript gives it.
    pub role: String,
}

/// A span of one paragraph's text, by byte offsets into [`Paragraph::text`].
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TextRef {
    /// The paragraph.
    pub anchor: Anchor,
    /// Byte offset of the start of the span.
    pub start: u32,
    /// Byte offset just past the end of the span.
    pub end: u32,
}

impl Document {
    /// Every paragraph of the document, in order.
    pub fn paragraphs(&self) -> impl Iterator<Item = &Paragraph> {
        self.sections.iter().flat_map(|s| s.paragraphs.iter())
    }

    /// The paragraph with this anchor.
    pub fn paragraph(&self, anchor: &Anchor) -> Option<&Paragraph> {
        self.paragraphs().find(|p| &p.anchor == anchor)
    }

    /// The note with this number.
    pub fn note(&self, number: u32) -> Option<&Note> {
        self.notes.iter().find(|n| n.number == number)
    }

    /// The list with this id.
    pub fn list(&self, id: &str) -> Option<&ParagraphList> {
        self.lists.iter().find(|l| l.id == id)
    }

    /// The text a [`TextRef`] points at, if the paragraph exists and the
    /// offsets fall on character boundaries within its text.
    pub fn text_of(&self, r: &TextRef) -> Option<&str> {
        self.paragraph(&r.anchor)?
            .text
            .get(r.start as usize..r.end as usize)
    }
}
