//! Reading `corpus/curated/events.toml`,
//! `corpus/curated/recommendations.toml` and
//! `corpus/curated/contradictions.toml` (formats in `corpus/README.md`).
//! A missing file counts as empty; a present one must parse, and every quote
//! in it must be found verbatim in the source it names.

use crate::locate::Index;
use crate::manifest::{QuoteSpec, read_toml};
use explainer_core::corpus::{
    Contradiction, ContradictionId, Direction, Event, EventId, EventType, IndicatorCode, Item,
    ItemId, ItemKind, NitCategory, PartialDate, Quote, Status, StatusId, Theme,
};
use serde::Deserialize;
use std::path::Path;

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct EventsFile {
    #[serde(default)]
    event: Vec<EventSpec>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct EventSpec {
    id: String,
    date: PartialDate,
    title: String,
    summary: String,
    themes: Vec<Theme>,
    direction: Direction,
    #[serde(rename = "type")]
    kind: EventType,
    #[serde(default)]
    indicators: Vec<String>,
    #[serde(default)]
    nit_categories: Vec<NitCategory>,
    stated_aim: Option<QuoteSpec>,
    observed_effect: Option<QuoteSpec>,
    #[serde(default)]
    evidence: Vec<QuoteSpec>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct ContradictionsFile {
    #[serde(default)]
    contradiction: Vec<ContradictionSpec>,
}

/// A contradiction recorded by hand.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct ContradictionSpec {
    id: String,
    topic: String,
    note: String,
    claims: Vec<QuoteSpec>,
    /// Ids of the events it bears on.
    #[serde(default)]
    events: Vec<String>,
    /// Ids of the items it bears on.
    #[serde(default)]
    items: Vec<String>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct RecommendationsFile {
    #[serde(default)]
    status: Vec<Status>,
    #[serde(default)]
    item: Vec<ItemSpec>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct ItemSpec {
    id: String,
    kind: ItemKind,
    text: String,
    #[serde(default)]
    part: Option<String>,
    source: String,
    from: String,
    to: String,
    date: PartialDate,
    #[serde(default)]
    themes: Vec<Theme>,
    #[serde(default)]
    indicators: Vec<String>,
    #[serde(default)]
    nit_categories: Vec<NitCategory>,
    #[serde(default)]
    events: Vec<String>,
    status: String,
    status_as_of: PartialDate,
    status_rationale: String,
    #[serde(default)]
    evidence: Vec<QuoteSpec>,
}

/// The curated data, with quotes located.
#[derive(Debug, Default)]
pub struct Curated {
    /// Events, ordered by date then id.
    pub events: Vec<Event>,
    /// The status vocabulary.
    pub statuses: Vec<Status>,
    /// Recommendations and pledges, in file order.
    pub items: Vec<Item>,
    /// Contradictions recorded by hand, in file order.
    pub contradictions: Vec<Contradiction>,
}

fn read_optional<T: Default + serde::de::DeserializeOwned>(path: &Path) -> Result<T, String> {
    if path.exists() {
        read_toml(path)
    } else {
        Ok(T::default())
    }
}

/// Finds a quoted source's paragraph and the quote's span in it; errors
/// name the place in the file.
pub fn quote(
    docs: &[Index],
    spec: &QuoteSpec,
    at: &str,
    errors: &mut Vec<String>,
) -> Option<Quote> {
    let Some(index) = docs.iter().find(|d| d.doc().id == spec.source.as_str()) else {
        errors.push(format!("{at}: unknown source {:?}", spec.source));
        return None;
    };
    index
        .locate(&spec.quote)
        .map_err(|e| errors.push(format!("{at}: {e}")))
        .ok()
}

fn codes(v: Vec<String>) -> Vec<IndicatorCode> {
    v.into_iter().map(IndicatorCode::from).collect()
}

/// Reads the curated files from `dir` against the documents' indexes.
pub fn read(dir: &Path, docs: &[Index]) -> Result<Curated, Vec<String>> {
    let mut errors = Vec::new();
    let events_path = dir.join("events.toml");
    let recs_path = dir.join("recommendations.toml");
    let events_file: EventsFile = read_optional(&events_path).unwrap_or_else(|e| {
        errors.push(e);
        EventsFile::default()
    });
    let recs_file: RecommendationsFile = read_optional(&recs_path).unwrap_or_else(|e| {
        errors.push(e);
        RecommendationsFile::default()
    });
    let contradictions_file: ContradictionsFile = read_optional(&dir.join("contradictions.toml"))
        .unwrap_or_else(|e| {
            errors.push(e);
            ContradictionsFile::default()
        });
    let mut events = Vec::new();
    for e in events_file.event {
        let at = format!("curated/events.toml event {:?}", e.id);
        let evidence: Vec<Quote> = e
            .evidence
            .iter()
            .filter_map(|q| quote(docs, q, &at, &mut errors))
            .collect();
        let stated_aim = e
            .stated_aim
            .as_ref()
            .and_then(|q| quote(docs, q, &format!("{at} stated_aim"), &mut errors));
        let observed_effect = e
            .observed_effect
            .as_ref()
            .and_then(|q| quote(docs, q, &format!("{at} observed_effect"), &mut errors));
        events.push(Event {
            id: EventId::from(e.id),
            date: e.date,
            title: e.title,
            summary: e.summary,
            themes: e.themes,
            direction: e.direction,
            kind: e.kind,
            indicators: codes(e.indicators),
            nit_categories: e.nit_categories,
            stated_aim,
            observed_effect,
            evidence,
        });
    }
    events.sort_by(|a, b| {
        a.date
            .earliest()
            .cmp(&b.date.earliest())
            .then_with(|| a.id.cmp(&b.id))
    });
    let mut items = Vec::new();
    for i in recs_file.item {
        let at = format!("curated/recommendations.toml item {:?}", i.id);
        let text = quote(
            docs,
            &QuoteSpec {
                source: i.source.clone(),
                quote: i.text.clone(),
            },
            &format!("{at} text"),
            &mut errors,
        );
        let evidence: Vec<Quote> = i
            .evidence
            .iter()
            .filter_map(|q| quote(docs, q, &at, &mut errors))
            .collect();
        let Some(text) = text else { continue };
        items.push(Item {
            id: ItemId::from(i.id),
            kind: i.kind,
            text,
            part: i.part,
            from: i.from,
            to: i.to,
            date: i.date,
            themes: i.themes,
            indicators: codes(i.indicators),
            nit_categories: i.nit_categories,
            events: i.events.into_iter().map(EventId::from).collect(),
            status: StatusId::from(i.status),
            status_as_of: i.status_as_of,
            status_rationale: i.status_rationale,
            evidence,
        });
    }
    let contradictions = contradictions_file
        .contradiction
        .into_iter()
        .map(|c| {
            let at = format!("curated/contradictions.toml contradiction {:?}", c.id);
            Contradiction {
                claims: c
                    .claims
                    .iter()
                    .filter_map(|q| quote(docs, q, &at, &mut errors))
                    .collect(),
                id: ContradictionId::from(c.id),
                topic: c.topic,
                note: c.note,
                detected: false,
                events: c.events.into_iter().map(EventId::from).collect(),
                items: c.items.into_iter().map(ItemId::from).collect(),
            }
        })
        .collect();
    if errors.is_empty() {
        Ok(Curated {
            events,
            statuses: recs_file.status,
            items,
            contradictions,
        })
    } else {
        Err(errors)
    }
}
