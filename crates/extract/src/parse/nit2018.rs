//! Nations in Transit reports with a ratings table (the 2018 style): a
//! headline democracy score, quick facts, the table of editions by category
//! (numbers run together), score changes, executive summary, outlook, one
//! section per category opening with its own row of the table, the author's
//! note, numbered notes, and a closing disclaimer.

use super::scores::from_to;
use super::{Facts, NitFacts, Parsed, ProseRating, TableRow, excerpt};
use crate::blocks::{Block, blocks, paragraphs, slug};
use crate::builder::{DocBuilder, ErratumSpec};
use crate::numbers::{Scale, parse_rating, parse_run_together, parse_years};
use explainer_core::corpus::{
    Anchor, DocId, NitCategory, NitMeasure, ParagraphKind, Rating, ScoreChange,
};

/// Headings of this format that carry no colon.
const PLAIN_HEADINGS: [&str; 3] = [
    "Nations in Transit Score",
    "Quick Facts",
    "Nations in Transit Ratings and Averaged Scores",
];

/// Splits a table row such as `Civil Society5.505.75…` into its label and
/// values, reading exactly `editions` values.
pub fn table_row(line: &str, editions: usize) -> Result<(String, Vec<Rating>), String> {
    let line = line.trim();
    let start = line
        .find(|c: char| c.is_ascii_digit())
        .ok_or_else(|| format!("no numbers in table row {:?}", excerpt(line)))?;
    let (label, numbers) = line.split_at(start);
    let label = label.trim().to_owned();
    let scale = if label == "Democracy Score" {
        Scale::NIT_SCORE
    } else {
        Scale::NIT_RATING
    };
    parse_run_together(numbers, editions, scale)
        .map(|v| {
            (
                label.clone(),
                v.into_iter().map(|x| Rating(x as u16)).collect(),
            )
        })
        .map_err(|e| format!("table row {label:?}: {e}"))
}

struct State<'e> {
    doc: DocId,
    b: DocBuilder<'e>,
    facts: NitFacts,
    errors: Vec<String>,
    editions: Vec<u16>,
    in_notes: bool,
}

impl State<'_> {
    fn error(&mut self, msg: String) {
        self.errors.push(format!("{}: {msg}", self.doc));
    }

    fn row(&mut self, line: &str, anchor: Anchor, expect: Option<NitCategory>) -> Option<TableRow> {
        match table_row(line, self.editions.len()) {
            Ok((label, values)) => {
                let category = NitCategory::from_name(&label);
                let is_score = label == "Democracy Score";
                if (category.is_none() && !is_score && !label.is_empty())
                    || (expect.is_some() && category.is_some() && category != expect)
                {
                    self.error(format!("unknown table row label {label:?}"));
                    return None;
                }
                Some(TableRow {
                    anchor,
                    category: category.or(expect),
                    values: self.editions.iter().copied().zip(values).collect(),
                })
            }
            Err(e) => {
                self.error(e);
                None
            }
        }
    }

    fn main_table(&mut self, block: &Block) {
        let header = block.lines[0].trim();
        let years = header.strip_prefix("NIT Edition").and_then(parse_years);
        self.b.para(ParagraphKind::TableRow, header);
        match years {
            Some(y) => self.editions = y,
            None => return self.error(format!("cannot read the editions in {header:?}")),
        }
        for line in &block.lines[1..] {
            let anchor = self.b.para(ParagraphKind::TableRow, line.trim());
            if let Some(row) = self.row(line, anchor, None) {
                self.facts.table.push(row);
            }
        }
    }

    fn category_section(&mut self, category: NitCategory, block: &Block) -> usize {
        // The section opens with its own years line and values line.
        let lines = &block.lines;
        if lines.len() >= 2 && parse_years(lines[0].trim()).is_some() {
            let years = parse_years(lines[0].trim()).unwrap_or_default();
            self.b.para(ParagraphKind::TableRow, lines[0].trim());
            let anchor = self.b.para(ParagraphKind::TableRow, lines[1].trim());
            if years != self.editions {
                self.error(format!("{} table has editions {years:?}", category.name()));
            } else if let Some(row) = self.row(lines[1], anchor, Some(category)) {
                self.facts.section_tables.push(row);
            }
            return 2;
        }
        0
    }

    fn score_change(&mut self, anchor: &Anchor) {
        let text = self.b.text(anchor).to_owned();
        let Some(&edition) = self.editions.last() else {
            return self.error("score changes before the ratings table".to_owned());
        };
        let measure = if text.contains("Democracy Score") {
            Some(NitMeasure::DemocracyScore)
        } else {
            text.split_once(" rating ")
                .and_then(|(name, _)| NitCategory::from_name(name))
                .map(NitMeasure::from)
        };
        match (measure, from_to(&text)) {
            (Some(measure), Some((from, to))) => self.facts.changes.push(ScoreChange {
                doc: self.doc.clone(),
                edition,
                measure,
                from: Some(from),
                to,
                anchor: anchor.clone(),
            }),
            _ => self.error(format!("cannot read the score change {:?}", excerpt(&text))),
        }
    }

    fn note(&mut self, block: &Block) -> bool {
        let text = block.joined();
        let digits = text.len() - text.trim_start_matches(|c: char| c.is_ascii_digit()).len();
        if digits == 0 || !text[digits..].starts_with(' ') {
            return false;
        }
        let number = text[..digits].parse().unwrap_or(0);
        if let Err(e) = self.b.note(number, text[digits..].trim()) {
            self.error(e);
        }
        true
    }
}

/// Parses a Nations in Transit report with a ratings table.
pub fn parse(doc: &DocId, text: &str, errata: &[ErratumSpec]) -> Result<Parsed, Vec<String>> {
    let mut s = State {
        doc: doc.clone(),
        b: DocBuilder::new(doc.as_str(), errata),
        facts: NitFacts::default(),
        errors: Vec::new(),
        editions: Vec::new(),
        in_notes: false,
    };
    s.b.section("overview", "Overview", 1);
    for block in blocks(text) {
        let line = block.joined();
        if s.in_notes {
            if !s.note(&block) {
                s.in_notes = false;
                s.b.section("disclaimer", "Disclaimer", 1);
                s.b.para(ParagraphKind::Text, &line);
            }
            continue;
        }
        let is_heading = block.is_single_line()
            && ((line.ends_with(':') && line.split_whitespace().count() <= 5)
                || PLAIN_HEADINGS.contains(&line.as_str()));
        if is_heading {
            let title = line.trim_end_matches(':');
            let category = NitCategory::from_name(title);
            let id = match title {
                "Score Changes" | "Executive Summary" | "Notes" => slug(title),
                t if t.starts_with("Outlook for") => "outlook".to_owned(),
                t => slug(t),
            };
            let level = if PLAIN_HEADINGS.contains(&title) {
                2
            } else {
                1
            };
            let section = s.b.section(&id, title, level);
            section.nit_category = category;
            s.b.para(ParagraphKind::Heading, &line);
            s.in_notes = title == "Notes";
            continue;
        }
        if block.lines[0].trim().starts_with("NIT Edition") {
            s.main_table(&block);
            continue;
        }
        if let Some(rest) = line.strip_prefix("Democracy Score:") {
            let anchor = s.b.para(ParagraphKind::Text, &line);
            let number = rest.split_whitespace().next().unwrap_or_default();
            match parse_rating(number) {
                Some(r) => s.facts.prose.push(ProseRating {
                    anchor,
                    category: None,
                    edition: 0, // filled in once the table gives the editions
                    rating: Rating(r),
                }),
                None => s.error(format!(
                    "cannot read the headline score in {:?}",
                    excerpt(&line)
                )),
            }
            continue;
        }
        if line.starts_with("Author:") {
            s.b.section("author", "Author", 1);
            s.b.para(ParagraphKind::Text, &line);
            continue;
        }
        let section_id = s.b.current().map(|c| c.id.to_string()).unwrap_or_default();
        let category = s.b.current().and_then(|c| c.nit_category);
        if section_id == "quick-facts" {
            for l in &block.lines {
                s.b.para(ParagraphKind::TableRow, l.trim());
            }
            continue;
        }
        let skip = match category {
            Some(c) => s.category_section(c, &block),
            None => 0,
        };
        for (is_item, text) in paragraphs(block.lines[skip..].iter().copied()) {
            let kind = if is_item {
                ParagraphKind::ListItem
            } else {
                ParagraphKind::Text
            };
            let anchor = s.b.para(kind, &text);
            if section_id == "score-changes" && (is_item || text.contains("Democracy Score")) {
                s.score_change(&anchor);
            }
        }
    }
    if let Some(&last) = s.editions.last() {
        for p in &mut s.facts.prose {
            p.edition = last;
        }
    } else {
        s.error("no ratings table (a line starting \"NIT Edition\")".to_owned());
    }
    if s.facts.table.len() != NitCategory::ALL.len() + 1 {
        let n = s.facts.table.len();
        s.error(format!(
            "the ratings table has {n} rows; expected the 7 categories and the Democracy Score"
        ));
    }
    if s.errors.is_empty() {
        Ok(Parsed {
            body: s.b.finish(),
            facts: Facts::Nit(s.facts),
        })
    } else {
        Err(s.errors)
    }
}

#[cfg(test)]
mod tests;
