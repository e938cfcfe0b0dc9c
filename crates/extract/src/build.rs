//! From the inputs to the corpus: read the manifest and errata, parse every
//! source, gather the figures, detect contradictions, read the curated data,
//! validate, and serialise. Every problem found along the way is reported,
//! not just the first.

use crate::builder::ErratumSpec;
use crate::contradictions::{self, Claim};
use crate::coverage;
use crate::curated;
use crate::locate::Index;
use crate::manifest::{ErrataFile, Manifest, occurrences, read_toml};
use crate::parse::{self, Facts, NitFacts};
use explainer_core::corpus::nit::democracy_score;
use explainer_core::corpus::{
    Anchor, Contradiction, Corpus, DocId, Document, Erratum, ErratumId, FiwReport, ItemKind,
    NitCategory, NitData, NitMeasure, NitRating, PartialDate, validate,
};
use std::collections::BTreeMap;
use std::fmt;
use std::path::Path;

mod counts;
mod nit;

pub use counts::Counts;
use nit::{detected, nit_data};

/// The corpus and its JSON text, as `corpus/corpus.json` should hold it.
pub struct Built {
    /// The corpus.
    pub corpus: Corpus,
    /// Its compact JSON, ending in a newline.
    pub json: String,
}

/// Reads everything under `dir` (the `corpus/` folder) and builds the corpus.
pub fn build(dir: &Path) -> Result<Built, Vec<String>> {
    let corpus = assemble(dir)?;
    validate(&corpus).map_err(|es| es.iter().map(ToString::to_string).collect::<Vec<_>>())?;
    let json = serde_json::to_string(&corpus).map_err(|e| vec![e.to_string()])? + "\n";
    Ok(Built { corpus, json })
}

/// Reads, parses and locates everything into one corpus, without the final
/// validation: what [`build`] checks, and what the ledger's draft reads.
pub fn assemble(dir: &Path) -> Result<Corpus, Vec<String>> {
    let manifest: Manifest = read_toml(&dir.join("manifest.toml")).map_err(|e| vec![e])?;
    let errata_path = dir.join("errata.toml");
    let errata: Vec<ErratumSpec> = if errata_path.exists() {
        read_toml::<ErrataFile>(&errata_path)
            .map_err(|e| vec![e])?
            .errata
    } else {
        Vec::new()
    };
    let mut errors = Vec::new();
    for e in &errata {
        if !manifest.sources.iter().any(|s| s.id == e.source) {
            errors.push(format!(
                "errata.toml {}: unknown source {:?}",
                e.id, e.source
            ));
        }
    }

    let mut documents = Vec::new();
    let mut fiw: Option<FiwReport> = None;
    let mut nit: Vec<(DocId, NitFacts)> = Vec::new();
    let mut applied: Vec<(String, DocId, Anchor)> = Vec::new();
    for spec in &manifest.sources {
        let id = DocId::from(spec.id.as_str());
        let text = match std::fs::read_to_string(dir.join(&spec.file)) {
            Ok(t) => t,
            Err(e) => {
                errors.push(format!("{}: {e}", spec.file));
                continue;
            }
        };
        for e in errata.iter().filter(|e| e.source == spec.id) {
            let n = occurrences(&text, &e.raw);
            if n != 1 {
                errors.push(format!(
                    "errata.toml {}: the raw text {:?} occurs {n} times in {}; it must occur exactly once",
                    e.id, e.raw, spec.file
                ));
            }
        }
        let parsed = match parse::parse(spec.format, &id, &text, &errata) {
            Ok(p) => p,
            Err(es) => {
                errors.extend(es);
                continue;
            }
        };
        for e in errata.iter().filter(|e| e.source == spec.id) {
            let n = parsed
                .body
                .applied
                .iter()
                .filter(|(a, _)| *a == e.id)
                .count();
            if n != 1 {
                errors.push(format!(
                    "errata.toml {}: applied {n} times; its raw text must lie within one paragraph or note",
                    e.id
                ));
            }
        }
        applied.extend(
            parsed
                .body
                .applied
                .iter()
                .map(|(e, a)| (e.clone(), id.clone(), a.clone())),
        );
        match parsed.facts {
            Facts::Fiw(report) if fiw.is_none() => fiw = Some(report),
            Facts::Fiw(_) => errors.push(format!("{id}: a second Freedom in the World report")),
            Facts::Nit(facts) => nit.push((id.clone(), facts)),
            Facts::Text => {}
        }
        let published = spec.published.parse::<PartialDate>().unwrap_or_else(|e| {
            errors.push(format!("manifest.toml {}: {e}", spec.id));
            PartialDate {
                year: 0,
                month: None,
                day: None,
            }
        });
        documents.push(Document {
            id,
            title: spec.title.clone(),
            publisher: spec.publisher.clone(),
            author: spec.author.clone(),
            edition: spec.edition.clone(),
            covers: spec.covers.clone(),
            published,
            published_basis: spec.published_basis.clone(),
            url: spec.url.clone(),
            known_damage: spec.known_damage.clone(),
            file: spec.file.clone(),
            sections: parsed.body.sections,
            notes: parsed.body.notes,
            lists: parsed.body.lists,
            speakers: parsed.body.speakers,
        });
    }
    let Some(mut fiw) = fiw else {
        errors.push("no source in the fiw-country-report format".to_owned());
        return Err(errors);
    };
    if let Err(es) = crate::questions::name(&dir.join("curated").join("questions.toml"), &mut fiw) {
        errors.extend(es);
    }

    let nit_data = nit_data(&documents, &nit);
    let mut contradictions = detected(&documents, &nit);
    let indexes: Vec<Index> = documents.iter().map(Index::new).collect();
    let curated = curated::read(&dir.join("curated"), &indexes).unwrap_or_else(|es| {
        errors.extend(es);
        curated::Curated::default()
    });
    let errata = errata
        .iter()
        .filter_map(|e| {
            let (_, doc, anchor) = applied.iter().find(|(id, _, _)| *id == e.id)?;
            Some(Erratum {
                id: ErratumId::from(e.id.as_str()),
                doc: doc.clone(),
                anchor: anchor.clone(),
                raw: e.raw.clone(),
                correction: e.correction.clone(),
                why: e.why.clone(),
            })
        })
        .collect();
    let coverage = coverage::read(&dir.join("curated").join("coverage.toml"), &documents)
        .unwrap_or_else(|es| {
            errors.extend(es);
            Vec::new()
        });
    if !errors.is_empty() {
        return Err(errors);
    }
    contradictions.extend(curated.contradictions);
    let corpus = Corpus {
        country: manifest.country,
        documents,
        fiw,
        nit: nit_data,
        events: curated.events,
        statuses: curated.statuses,
        items: curated.items,
        errata,
        contradictions,
        coverage,
    };
    Ok(corpus)
}

/// Entries for `corpus/curated/coverage.toml`, one per sentence that is
/// neither quoted nor set aside, for a curator to complete: each with its
/// whole sentence as the fragment and a reason still to choose.
pub fn ledger_draft(corpus: &Corpus) -> String {
    let mut out = String::new();
    for row in explainer_core::corpus::coverage::ledger(corpus) {
        if row.accounted() {
            continue;
        }
        let s = &row.found.sentence;
        let text = corpus.quote_text(s).unwrap_or_default();
        let finds = match (row.found.dated, row.found.asks) {
            (true, true) => "dated, asks",
            (true, false) => "dated",
            _ => "asks",
        };
        out.push_str(&format!(
            "[[sentence]]\n# {finds}; quoted by events {:?}, items {:?}\nsource = \"{}\"\nanchor = \"{}\"\nfragment = {}\nreason = \"?\"\n\n",
            row.events.iter().map(|e| e.as_str()).collect::<Vec<_>>(),
            row.items.iter().map(|i| i.as_str()).collect::<Vec<_>>(),
            s.doc,
            s.anchor,
            toml_string(text)
        ));
    }
    out
}

/// `s` as a TOML basic string: quotes and backslashes escaped, control
/// characters written as `\uXXXX`, everything else as it is.
fn toml_string(s: &str) -> String {
    let mut out = String::from('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if c.is_control() => out.push_str(&format!("\\u{:04X}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}
