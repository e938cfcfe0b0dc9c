//! The Nations in Transit figures gathered from the parsed documents: the
//! ratings kept (the first statement of each), the computed democracy
//! scores, and the contradictions between documents.

use super::*;

/// Ratings and changes: the first statement of each (document, edition,
/// measure) is kept as the rating (the main table before prose); later ones
/// serve as cross-checks. Where a document states all seven categories of an
/// edition but no democracy score, the score is computed and marked so.
pub(super) fn nit_data(documents: &[Document], nit: &[(DocId, NitFacts)]) -> NitData {
    let order = |doc: &DocId| {
        documents
            .iter()
            .position(|d| &d.id == doc)
            .unwrap_or(usize::MAX)
    };
    let mut ratings: Vec<NitRating> = Vec::new();
    let mut changes = Vec::new();
    for (doc, facts) in nit {
        let stated = facts
            .table
            .iter()
            .flat_map(|row| {
                row.values
                    .iter()
                    .map(move |(e, r)| (row.category, *e, *r, &row.anchor))
            })
            .chain(
                facts
                    .prose
                    .iter()
                    .map(|p| (p.category, p.edition, p.rating, &p.anchor)),
            );
        for (category, edition, rating, anchor) in stated {
            let measure = category.map_or(NitMeasure::DemocracyScore, NitMeasure::from);
            let known = ratings
                .iter()
                .any(|r| &r.doc == doc && r.edition == edition && r.measure == measure);
            if !known {
                ratings.push(NitRating {
                    doc: doc.clone(),
                    edition,
                    measure,
                    rating,
                    computed: false,
                    anchor: Some(anchor.clone()),
                });
            }
        }
        changes.extend(facts.changes.iter().cloned());
        let mut by_edition: BTreeMap<u16, Vec<&NitRating>> = BTreeMap::new();
        for r in ratings.iter().filter(|r| &r.doc == doc) {
            by_edition.entry(r.edition).or_default().push(r);
        }
        let mut computed = Vec::new();
        for (edition, rs) in by_edition {
            if rs.iter().any(|r| r.measure == NitMeasure::DemocracyScore) {
                continue;
            }
            let values: Vec<_> = NitCategory::ALL
                .iter()
                .filter_map(|c| {
                    rs.iter()
                        .find(|r| r.measure == NitMeasure::from(*c))
                        .map(|r| r.rating)
                })
                .collect();
            if values.len() == NitCategory::ALL.len() {
                computed.push(NitRating {
                    doc: doc.clone(),
                    edition,
                    measure: NitMeasure::DemocracyScore,
                    rating: democracy_score(&values).expect("seven values"),
                    computed: true,
                    anchor: None,
                });
            }
        }
        ratings.extend(computed);
    }
    ratings.sort_by_key(|r| (r.edition, order(&r.doc), r.measure));
    NitData { ratings, changes }
}

pub(super) fn detected(documents: &[Document], nit: &[(DocId, NitFacts)]) -> Vec<Contradiction> {
    let claims: Vec<Claim> = nit
        .iter()
        .flat_map(|(doc, facts)| contradictions::claims(doc, facts))
        .collect();
    contradictions::detect(documents, &claims)
}
