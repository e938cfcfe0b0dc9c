//! The walkthrough of the rating: where one question sits among the 25, the
//! running tally toward the total, and what else in the corpus bears on it.
//!
//! Everything is derived from the corpus: the order of the questions is the
//! report's, the tally is a sum of the report's scores, and the related
//! Nations in Transit categories are counted from the curated events and
//! recommendations that name the question (no separate judgment).

use crate::corpus::{Corpus, Event, FiwReport, Indicator, Item, NitCategory};

/// One step of the walkthrough.
#[derive(Clone, Debug, PartialEq)]
pub struct Step<'a> {
    /// The indicator shown.
    pub indicator: &'a Indicator,
    /// Its position, counting from 1.
    pub number: usize,
    /// How many questions there are.
    pub count: usize,
    /// The previous question's code, if any.
    pub prev: Option<&'a str>,
    /// The next question's code, if any.
    pub next: Option<&'a str>,
    /// Points awarded up to and including this question.
    pub tally: i32,
    /// The report's total, which the tally reaches at the last question.
    pub total: i32,
    /// The subcategory's letter, name, score and maximum.
    pub subcategory: (&'a str, &'a str, i16, i16),
    /// The category's name.
    pub category: &'a str,
}

/// The step for `code` (matched case-insensitively), if the report has it.
pub fn step<'a>(fiw: &'a FiwReport, code: &str) -> Option<Step<'a>> {
    let all: Vec<_> = fiw.indicators().collect();
    let index = all
        .iter()
        .position(|(_, _, i)| i.code.as_str().eq_ignore_ascii_case(code))?;
    let (category, sub, indicator) = all[index];
    let tally = all[..=index]
        .iter()
        .map(|(_, _, i)| i32::from(i.score))
        .sum();
    Some(Step {
        indicator,
        number: index + 1,
        count: all.len(),
        prev: index.checked_sub(1).map(|i| all[i].2.code.as_str()),
        next: all.get(index + 1).map(|(_, _, i)| i.code.as_str()),
        tally,
        total: i32::from(fiw.score),
        subcategory: (&sub.letter, &sub.name, sub.score, sub.max),
        category: &category.name,
    })
}

/// The first and last questions' codes, for Home and End.
pub fn ends(fiw: &FiwReport) -> Option<(&str, &str)> {
    let mut codes = fiw.indicators().map(|(_, _, i)| i.code.as_str());
    let first = codes.next()?;
    Some((first, codes.last().unwrap_or(first)))
}

/// Timeline events that name the question, oldest first.
pub fn events_for<'a>(corpus: &'a Corpus, code: &str) -> Vec<&'a Event> {
    corpus
        .events
        .iter()
        .filter(|e| e.indicators.iter().any(|c| c.as_str() == code))
        .collect()
}

/// Recommendations and pledges that name the question.
pub fn items_for<'a>(corpus: &'a Corpus, code: &str) -> Vec<&'a Item> {
    corpus
        .items
        .iter()
        .filter(|i| i.indicators.iter().any(|c| c.as_str() == code))
        .collect()
}

/// The Nations in Transit categories that the curated events and items
/// naming this question also name, most often first (ties in the reports'
/// order), with how often.
pub fn nit_categories_for(corpus: &Corpus, code: &str) -> Vec<(NitCategory, usize)> {
    let mut counts: Vec<(NitCategory, usize)> = NitCategory::ALL.iter().map(|c| (*c, 0)).collect();
    let from_events = events_for(corpus, code)
        .into_iter()
        .flat_map(|e| e.nit_categories.iter());
    let from_items = items_for(corpus, code)
        .into_iter()
        .flat_map(|i| i.nit_categories.iter());
    for category in from_events.chain(from_items) {
        if let Some(entry) = counts.iter_mut().find(|(c, _)| c == category) {
            entry.1 += 1;
        }
    }
    counts.retain(|(_, n)| *n > 0);
    // A stable sort keeps the reports' order among equals.
    crate::order::sort_by_key(&mut counts, |c| std::cmp::Reverse(c.1));
    counts
}

#[cfg(test)]
mod tests {
    use super::*;

    fn corpus() -> Corpus {
        serde_json::from_str(include_str!("../../../corpus/corpus.json"))
            .expect("the corpus parses")
    }

    #[test]
    fn steps_follow_the_report_and_the_tally_reaches_the_total() {
        let corpus = corpus();
        let fiw = &corpus.fiw;
        let codes: Vec<&str> = fiw.indicators().map(|(_, _, i)| i.code.as_str()).collect();
        assert_eq!(codes.len(), 25);
        let mut running = 0;
        for (i, code) in codes.iter().enumerate() {
            let step = step(fiw, code).expect("every code has a step");
            running += i32::from(step.indicator.score);
            assert_eq!(step.number, i + 1);
            assert_eq!(step.count, 25);
            assert_eq!(step.tally, running, "tally after {code}");
            assert_eq!(step.prev, i.checked_sub(1).map(|j| codes[j]));
            assert_eq!(step.next, codes.get(i + 1).copied());
        }
        assert_eq!(running, i32::from(fiw.score), "the tally ends at the total");
        assert_eq!(ends(fiw), Some(("A1", "G4")));
    }

    #[test]
    fn codes_match_case_insensitively_and_unknown_codes_have_no_step() {
        let corpus = corpus();
        assert_eq!(
            step(&corpus.fiw, "d1").unwrap().indicator.code.as_str(),
            "D1"
        );
        assert!(step(&corpus.fiw, "H1").is_none());
        assert!(step(&corpus.fiw, "").is_none());
    }

    #[test]
    fn step_knows_its_subcategory_and_category() {
        let corpus = corpus();
        let d1 = step(&corpus.fiw, "D1").unwrap();
        assert_eq!(d1.subcategory.0, "D");
        assert_eq!(d1.category, "Civil Liberties");
    }

    #[test]
    fn related_material_names_the_question() {
        let corpus = corpus();
        let events = events_for(&corpus, "D1");
        assert!(!events.is_empty());
        assert!(
            events
                .iter()
                .all(|e| e.indicators.iter().any(|c| c == "D1"))
        );
        let categories = nit_categories_for(&corpus, "D1");
        assert_eq!(
            categories.first().map(|c| c.0),
            Some(NitCategory::IndependentMedia)
        );
        assert!(categories.windows(2).all(|w| w[0].1 >= w[1].1));
    }
}
