//! The structured corpus: the typed model that the extraction tool writes as
//! JSON (`corpus/corpus.json`) and the app reads once at start.
//!
//! The corpus holds each source document once, as paragraphs with stable
//! anchors; everything else (scores, ratings, events, recommendations,
//! contradictions) refers to those paragraphs instead of copying text; a
//! quote is a byte span of the paragraph it cites ([`Corpus::quote_text`]).
//! A corpus that passed [`validate()`] is internally consistent: totals add
//! up, every reference names something, every quote's span fits its text.
//!
//! Modules: [`ids`] (typed identifiers), [`date`] (partial dates),
//! [`document`] (documents, sections, paragraphs, notes), [`fiw`] (Freedom in
//! the World scores), [`nit`] (Nations in Transit ratings), [`curated`]
//! (events, recommendations, pledges), [`quote`], [`errata`],
//! [`contradiction`], [`coverage`] (the ledger of sentences found and set
//! aside), [`text`] (verbatim comparison) and [`mod@validate`].

pub mod contradiction;
pub mod coverage;
pub mod curated;
pub mod date;
pub mod document;
pub mod errata;
pub mod fiw;
pub mod ids;
pub mod nit;
pub mod quote;
pub mod text;
pub mod validate;

pub use contradiction::Contradiction;
pub use coverage::{Reason, Related, SetAside};
pub use curated::{Direction, Event, EventType, Item, ItemKind, Status, Theme};
pub use date::{DatePrecision, PartialDate};
pub use document::{
    Document, Note, Paragraph, ParagraphKind, ParagraphList, Section, Speaker, TextRef,
};
pub use errata::Erratum;
pub use fiw::{FiwCategory, FiwReport, FiwStatus, FiwSubcategory, Indicator};
pub use ids::{
    Anchor, ContradictionId, DocId, ErratumId, EventId, IndicatorCode, ItemId, ListId, SectionId,
    SpeakerId, StatusId,
};
pub use nit::{NitCategory, NitData, NitMeasure, NitRating, Rating, ScoreChange};
pub use quote::Quote;
pub use validate::{ErrorKind, ValidationError, validate};

use serde::{Deserialize, Serialize};

/// Everything the app knows, in one value.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Corpus {
    /// The country the corpus is about.
    pub country: String,
    /// The source documents, in the manifest's order.
    pub documents: Vec<Document>,
    /// The Freedom in the World report the app explains.
    pub fiw: FiwReport,
    /// Nations in Transit ratings and their stated changes.
    pub nit: NitData,
    /// Timeline events, ordered by date.
    #[serde(default)]
    pub events: Vec<Event>,
    /// The tracker's status vocabulary.
    #[serde(default)]
    pub statuses: Vec<Status>,
    /// Recommendations and pledges.
    #[serde(default)]
    pub items: Vec<Item>,
    /// Corrections applied to the source texts.
    #[serde(default)]
    pub errata: Vec<Erratum>,
    /// Contradictions between sources.
    #[serde(default)]
    pub contradictions: Vec<Contradiction>,
    /// The coverage ledger's entries: sentences found in the sources that
    /// no event or item quotes, each with the reason it was set aside.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub coverage: Vec<SetAside>,
}

impl Corpus {
    /// The document with this id.
    pub fn document(&self, id: &str) -> Option<&Document> {
        self.documents.iter().find(|d| d.id == id)
    }

    /// The event with this id.
    pub fn event(&self, id: &str) -> Option<&Event> {
        self.events.iter().find(|e| e.id == id)
    }

    /// The recommendation or pledge with this id.
    pub fn item(&self, id: &str) -> Option<&Item> {
        self.items.iter().find(|i| i.id == id)
    }

    /// The contradictions that name this event, in corpus order.
    pub fn contradictions_about_event<'a>(
        &'a self,
        id: &'a str,
    ) -> impl Iterator<Item = &'a Contradiction> + 'a {
        self.contradictions
            .iter()
            .filter(move |c| c.concerns_event(id))
    }

    /// The contradictions that name this item, in corpus order.
    pub fn contradictions_about_item<'a>(
        &'a self,
        id: &'a str,
    ) -> impl Iterator<Item = &'a Contradiction> + 'a {
        self.contradictions
            .iter()
            .filter(move |c| c.concerns_item(id))
    }

    /// The status with this id.
    pub fn status(&self, id: &str) -> Option<&Status> {
        self.statuses.iter().find(|s| s.id == id)
    }

    /// The question of an indicator, as the report words it.
    pub fn question(&self, indicator: &Indicator) -> Option<&str> {
        self.document(self.fiw.doc.as_str())?
            .text_of(&indicator.question)
    }

    /// The text at an anchor of a document: a paragraph's or a note's.
    pub fn text_at(&self, doc: &str, anchor: &Anchor) -> Option<&str> {
        let d = self.document(doc)?;
        if let Some(p) = d.paragraph(anchor) {
            return Some(&p.text);
        }
        d.notes
            .iter()
            .find(|n| &n.anchor == anchor)
            .map(|n| n.text.as_str())
    }

    /// The words a quote cites: its span of the cited paragraph's or note's
    /// text (the raw text if the quote says so). `None` if the place does
    /// not exist or the span does not fit its text.
    pub fn quote_text(&self, q: &Quote) -> Option<&str> {
        let text = if q.raw {
            self.raw_text_at(q.doc.as_str(), &q.anchor)?
        } else {
            self.text_at(q.doc.as_str(), &q.anchor)?
        };
        text.get(q.range())
    }

    /// The raw text at an anchor (as received, before errata).
    pub fn raw_text_at(&self, doc: &str, anchor: &Anchor) -> Option<&str> {
        let d = self.document(doc)?;
        if let Some(p) = d.paragraph(anchor) {
            return Some(p.raw_text());
        }
        d.notes
            .iter()
            .find(|n| &n.anchor == anchor)
            .map(Note::raw_text)
    }
}
