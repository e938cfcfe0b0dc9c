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

/// The sentence of `text` that mentions `value` (as written in the
/// reports, `6.75` or `6.5`), or the whole text if none does.
fn sentence_with(text: &str, value: Rating) -> &str {
    let long = value.to_string();
    let short = long.trim_end_matches('0').to_owned();
    text.split_inclusive(". ")
        .find(|s| s.contains(&long) || s.contains(&short))
        .map(|s| s.trim_end())
        .unwrap_or(text)
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
            let text = docs
                .iter()
                .find(|d| d.id == c.doc)
                .and_then(|d| d.paragraph(&c.anchor))
                .map(|p| sentence_with(&p.text, c.rating).to_owned())
                .unwrap_or_default();
            quotes.push(Quote {
                doc: c.doc.clone(),
                anchor: c.anchor.clone(),
                text,
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
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sentences() {
        let text =
            "Civil Society rating declined from 6.50 to 6.75 due to harassment. Other things.";
        assert_eq!(
            sentence_with(text, Rating(675)),
            "Civil Society rating declined from 6.50 to 6.75 due to harassment."
        );
        assert_eq!(sentence_with("6.756.5", Rating(650)), "6.756.5");
        assert_eq!(sentence_with("nothing", Rating(650)), "nothing");
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
