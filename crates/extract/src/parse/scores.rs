//! Small readers for figures written in prose: `5 / 40`, `from 6.50 to
//! 6.75`, `remains at 6.25`.

use crate::numbers::parse_rating;
use explainer_core::corpus::Rating;

/// Splits a line ending in a score, such as `A1. Question? 0 / 4` or
/// `22 /100`, into the text before the score, the score and the maximum.
pub fn split_score(line: &str) -> Option<(&str, i16, i16)> {
    let line = line.trim();
    let slash = line.rfind('/')?;
    let max = line[slash + 1..].trim().parse().ok()?;
    let before = line[..slash].trim_end();
    let digits = before.len() - before.trim_end_matches(|c: char| c.is_ascii_digit()).len();
    if digits == 0 {
        return None;
    }
    let score = before[before.len() - digits..].parse().ok()?;
    let prefix = before[..before.len() - digits].trim_end();
    Some((prefix, score, max))
}

/// The first number after `word` in `text` that reads as a rating.
fn rating_after(text: &str, word: &str) -> Option<(usize, Rating)> {
    let at = text.find(word)? + word.len();
    let rest = &text[at..];
    let len = rest
        .find(|c: char| !(c.is_ascii_digit() || c == '.'))
        .unwrap_or(rest.len());
    // A sentence may end right after the number: "6.71."
    let number = rest[..len].trim_end_matches('.');
    parse_rating(number).map(|r| (at, Rating(r)))
}

/// Reads the first "from 6.50 to 6.75" in `text` whose two numbers are
/// ratings: (from, to). Other uses of "from" are skipped.
pub fn from_to(text: &str) -> Option<(Rating, Rating)> {
    text.match_indices(" from ").find_map(|(i, _)| {
        let rest = &text[i..];
        let (at, from) = rating_after(rest, " from ")?;
        let after = &rest[at..];
        let gap = after.find(" to ")?;
        // Only the number itself may stand between "from" and "to".
        if !after[..gap]
            .bytes()
            .all(|b| b.is_ascii_digit() || b == b'.')
        {
            return None;
        }
        let (_, to) = rating_after(after, " to ")?;
        Some((from, to))
    })
}

/// Reads "remains at 6.25" in `text`.
pub fn remains_at(text: &str) -> Option<Rating> {
    rating_after(text, " remains at ").map(|(_, r)| r)
}

/// "ELECTORAL PROCESS" as "Electoral Process" (small words lower case).
pub fn title_case(s: &str) -> String {
    s.split_whitespace()
        .enumerate()
        .map(|(i, w)| {
            let lower = w.to_lowercase();
            if i > 0 && ["and", "of", "the", "in", "for", "or"].contains(&lower.as_str()) {
                lower
            } else {
                let mut c = lower.chars();
                c.next()
                    .map(|f| f.to_uppercase().chain(c).collect())
                    .unwrap_or_default()
            }
        })
        .collect::<Vec<String>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check_score(line: &str, expected: Option<(&str, i16, i16)>) {
        assert_eq!(split_score(line), expected, "{line:?}");
    }

    #[test]
    fn scores() {
        check_score("22 /100", Some(("", 22, 100)));
        check_score(
            "POLITICAL RIGHTS: 5 / 40",
            Some(("POLITICAL RIGHTS:", 5, 40)),
        );
        check_score("A1. Was it free? 0 / 4", Some(("A1. Was it free?", 0, 4)));
        check_score(
            "G. PERSONAL AUTONOMY: 8 / 16",
            Some(("G. PERSONAL AUTONOMY:", 8, 16)),
        );
        check_score("no score here", None);
        check_score("a / b", None);
        check_score("/ 4", None);
        check_score("the 24/7 news", None);
    }

    fn check_from_to(text: &str, expected: Option<(u16, u16)>) {
        assert_eq!(
            from_to(text),
            expected.map(|(a, b)| (Rating(a), Rating(b))),
            "{text:?}"
        );
    }

    #[test]
    fn changes() {
        check_from_to("rating declined from 6.50 to 6.75 due to", Some((650, 675)));
        check_from_to(
            "Democracy Score declined from 6.64 to 6.71.",
            Some((664, 671)),
        );
        check_from_to("improves from 5.75 to 5.50.", Some((575, 550)));
        check_from_to("moved from Almaty to Astana", None);
        check_from_to(" from 6.5 to 7", None);
        check_from_to(
            "whether from independent actors; rating deteriorates from 6.50 to 6.75.",
            Some((650, 675)),
        );
        check_from_to("from 9 percent to about 5 percent", None);
        assert_eq!(remains_at("rating remains at 6.75."), Some(Rating(675)));
        assert_eq!(remains_at("remains at large"), None);
    }

    #[test]
    fn titles() {
        assert_eq!(title_case("ELECTORAL PROCESS"), "Electoral Process");
        assert_eq!(
            title_case("POLITICAL PLURALISM AND PARTICIPATION"),
            "Political Pluralism and Participation"
        );
        assert_eq!(title_case("RULE OF LAW"), "Rule of Law");
    }
}
