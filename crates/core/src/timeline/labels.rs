//! Words for the timeline's vocabularies, for controls and badges. The
//! explainer's own judgments (themes, direction) are named as such by the
//! view; these are just the readers' names of the values, and a symbol for
//! each direction so that it never rests on colour alone.

use crate::corpus::{Direction, EventType, Theme};

/// A theme as a reader writes it: "civil society".
pub fn theme_label(theme: Theme) -> &'static str {
    match theme {
        Theme::Elections => "elections",
        Theme::Constitution => "constitution",
        Theme::Media => "media",
        Theme::CivilSociety => "civil society",
        Theme::Assembly => "assembly",
        Theme::Religion => "religion",
        Theme::Labour => "labour",
        Theme::Justice => "justice",
        Theme::Corruption => "corruption",
        Theme::International => "international",
    }
}

/// A direction as a phrase: "widens rights".
pub fn direction_label(direction: Direction) -> &'static str {
    match direction {
        Direction::Widens => "widens rights",
        Direction::Narrows => "narrows rights",
        Direction::Mixed => "mixed",
        Direction::Neutral => "neutral",
    }
}

/// A symbol shown beside the direction's words and colour.
pub fn direction_symbol(direction: Direction) -> &'static str {
    match direction {
        Direction::Widens => "▲",
        Direction::Narrows => "▼",
        Direction::Mixed => "◆",
        Direction::Neutral => "●",
    }
}

/// An event type as a reader writes it: "court case".
pub fn type_label(kind: EventType) -> &'static str {
    match kind {
        EventType::Law => "law or decree",
        EventType::Election => "election",
        EventType::Case => "court case",
        EventType::Protest => "protest",
        EventType::International => "international",
    }
}

/// What a list of the latest events says it shows: `shown` of the
/// `matching` events, of `total` in all.
pub fn latest_summary(shown: usize, matching: usize, total: usize) -> String {
    match matching {
        0 => "No event matches this filter.".to_owned(),
        n if n == total && shown == n => format!("All {n} events."),
        n if shown == n => format!("{n} of the {total} events match."),
        n if n == total => format!("The latest {shown} of all {total} events."),
        n => format!("The latest {shown} of the {n} matching events ({total} in all)."),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_list_of_the_latest_events_says_what_it_shows() {
        assert_eq!(latest_summary(0, 0, 171), "No event matches this filter.");
        assert_eq!(latest_summary(5, 5, 5), "All 5 events.");
        assert_eq!(latest_summary(4, 4, 171), "4 of the 171 events match.");
        assert_eq!(
            latest_summary(10, 171, 171),
            "The latest 10 of all 171 events."
        );
        assert_eq!(
            latest_summary(10, 43, 171),
            "The latest 10 of the 43 matching events (171 in all)."
        );
    }
    use crate::timeline::Facet;

    #[test]
    fn every_value_has_distinct_words_and_symbols() {
        let themes: Vec<_> = Theme::ALL.iter().map(|&t| theme_label(t)).collect();
        let directions: Vec<_> = <Direction as Facet>::ALL
            .iter()
            .map(|&d| (direction_label(d), direction_symbol(d)))
            .collect();
        let types: Vec<_> = <EventType as Facet>::ALL
            .iter()
            .map(|&t| type_label(t))
            .collect();
        for (i, a) in themes.iter().enumerate() {
            assert!(!themes[i + 1..].contains(a), "{a}");
        }
        for (i, (a, s)) in directions.iter().enumerate() {
            assert!(directions[i + 1..].iter().all(|(b, t)| a != b && s != t));
        }
        for (i, a) in types.iter().enumerate() {
            assert!(!types[i + 1..].contains(a), "{a}");
        }
    }
}
