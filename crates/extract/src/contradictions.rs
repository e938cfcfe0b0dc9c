//! Finding contradictions among the Nations in Transit figures: every value
//! any document states for an edition and measure (main table, a section's
//! own table row, a headline figure, a "from … to …" change) is a claim;
//! where claims for the same edition and measure differ, all of them are
//! kept, each cited, as one contradiction.

use crate::parse::NitFacts;
use explainer_core::corpus::{
    Anchor, Contradiction, ContradictionId, DocId, Document, NitMeasure, Quote, Rating,
};
use std::collections::BTreeMap;

/// One value stated somewhere.
#[derive(Clone, Debug, PartialEq)]
pub struct Claim {
    /// The document.
    pub doc: DocId,
    /// The paragraph.
    pub anchor: Anchor,
    /// The edition it is about.
    pub edition: u16,
    /// What is rated.
    pub measure: NitMeasure,
    /// The value.
    pub rating: Rating,
}

fn measure(category: Option<explainer_core::corpus::NitCategory>) -> NitMeasure {
    category.map_or(NitMeasure::DemocracyScore, NitMeasure::from)
}

/// Every value the facts of one document state.
pub fn claims(doc: &DocId, facts: &NitFacts) -> Vec<Claim> {
    let mut out = Vec::new();
    for row in facts.table.iter().chain(&facts.section_tables) {
        for (edition, rating) in &row.values {
            out.push(Claim {
                doc: doc.clone(),
                anchor: row.anchor.clone(),
                edition: *edition,
                measure: measure(row.category),
                rating: *rating,
            });
        }
    }
    for p in &facts.prose {
        out.push(Claim {
            doc: doc.clone(),
            anchor: p.anchor.clone(),
            edition: p.edition,
            measure: measure(p.category),
            rating: p.rating,
        });
    }
    for c in &facts.changes {
        let mut push = |edition, rating| {
            out.push(Claim {
                doc: doc.clone(),
                anchor: c.anchor.clone(),
                edition,
                measure: c.measure,
                rating,
            })
        };
        push(c.edition, c.to);
        if let Some(from) = c.from {
            push(c.edition - 1, from);
        }
    }
    out
}

/// The byte span of the sentence of `text` that mentions `value` (as
/// written in the reports, `6.75` or `6.5`), or of the whole text if none
/// does; without surrounding whitespace.
fn sentence_with(text: &str, value: Rating) -> std::ops::Range<usize> {
    let long = value.to_string();
    let short = long.trim_end_matches('0').to_owned();
    let mut start = 0;
    let mut found = 0..text.len();
    for s in text.split_inclusive(". ") {
        if s.contains(&long) || s.contains(&short) {
            found = start..start + s.len();
            break;
        }
        start += s.len();
    }
    let piece = &text[found.clone()];
    let lead = piece.len() - piece.trim_start().len();
    let trail = piece.len() - piece.trim_end().len();
    found.start + lead..found.end - trail
}

/// Groups the claims by edition and measure and records every group whose
/// values differ.
pub fn detect(docs: &[Document], claims: &[Claim]) -> Vec<Contradiction> {
    let mut groups: BTreeMap<(u16, NitMeasure), Vec<&Claim>> = BTreeMap::new();
    for c in claims {
        groups.entry((c.edition, c.measure)).or_default().push(c);
    }
    let mut out = Vec::new();
    for ((edition, measure), group) in groups {
        let first = group[0].rating;
        if group.iter().all(|c| c.rating == first) {
            continue;
        }
        let mut quotes: Vec<Quote> = Vec::new();
        let mut values = Vec::new();
        for c in group {
            if quotes
                .iter()
                .any(|q| q.doc == c.doc && q.anchor == c.anchor)
            {
                continue;
            }
            let span = docs
                .iter()
                .find(|d| d.id == c.doc)
                .and_then(|d| d.paragraph(&c.anchor))
                .map(|p| sentence_with(&p.text, c.rating))
                .unwrap_or_default();
            quotes.push(Quote {
                doc: c.doc.clone(),
                anchor: c.anchor.clone(),
                start: span.start as u32,
                end: span.end as u32,
                raw: false,
            });
            values.push(format!("{} ({} {})", c.rating, c.doc, c.anchor));
        }
        let id = format!("nit-{edition}-{}", crate::blocks::slug(measure.name()));
        out.push(Contradiction {
            id: ContradictionId::from(id),
            topic: format!("Nations in Transit {edition}: {}", measure.name()),
            claims: quotes,
            note: format!("The sources state different values: {}.", values.join("; ")),
            detected: true,
            events: Vec::new(),
            items: Vec::new(),
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sentences() {
        let check = |text: &str, value: u16, expected: &str| {
            assert_eq!(
                &text[sentence_with(text, Rating(value))],
                expected,
                "{text:?}"
            );
        };
        check(
            "Civil Society rating declined from 6.50 to 6.75 due to harassment. Other things.",
            675,
            "Civil Society rating declined from 6.50 to 6.75 due to harassment.",
        );
        check(
            "Other things. The rating fell to 6.5. More.",
            650,
            "The rating fell to 6.5.",
        );
        check("6.756.5", 650, "6.756.5");
        check("nothing ", 650, "nothing");
    }

    fn claim(doc: &str, anchor: &str, edition: u16, rating: u16) -> Claim {
        Claim {
            doc: DocId::from(doc),
            anchor: Anchor::from(anchor),
            edition,
            measure: NitMeasure::CivilSociety,
            rating: Rating(rating),
        }
    }

    #[test]
    fn detection() {
        let agree = [claim("a", "p1", 2018, 675), claim("b", "p2", 2018, 675)];
        assert!(detect(&[], &agree).is_empty());
        let differ = [
            claim("a", "p1", 2018, 675),
            claim("a", "p1", 2018, 675),
            claim("b", "p2", 2018, 650),
        ];
        let found = detect(&[], &differ);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].id, "nit-2018-civil-society");
        assert_eq!(found[0].claims.len(), 2);
    }
}
