//! The sentences that state a scenario's result, shared by the what-if
//! view and its widget, so that the two say the same thing in the same
//! words.

use super::bands::Category;
use super::scenario::{Assessment, Change};

/// The opening of the result's status line, up to the status itself:
/// "62 of 100, Freedom Rating 3.5: ".
pub fn status_lead(a: &Assessment) -> String {
    format!(
        "{} of {}, Freedom Rating {}: ",
        a.total, a.max, a.freedom_rating
    )
}

/// One category's total and rating: "Political Rights: 20 of 40, rating
/// 5." With `edge`, the note on the band's edge follows, if the total is on
/// one.
pub fn category_line(a: &Assessment, category: Category, edge: bool) -> String {
    let t = a.category(category);
    let note = edge
        .then(|| t.position().edge_note())
        .flatten()
        .map(|n| format!(" On the band's edge: {n}."))
        .unwrap_or_default();
    format!(
        "{}: {} of {}, rating {}.{note}",
        category.label(),
        t.score,
        t.max,
        t.rating
    )
}

/// What Freedom House's own scores come to, `stated` being their
/// assessment, ending with `end` (a full stop, or a clause that follows).
pub fn stated_line(stated: &Assessment, end: &str) -> String {
    format!(
        "Freedom House's scores: {} of {}, {}. By its methodology, that is a Freedom Rating of {}{end}",
        stated.total,
        stated.max,
        stated.status.label(),
        stated.freedom_rating
    )
}

/// Which scores a scenario changed, as the widget says it.
pub fn changes_line(changes: &[Change]) -> String {
    if changes.is_empty() {
        return "No score changed: these are Freedom House's own scores.".to_owned();
    }
    let list: Vec<String> = changes
        .iter()
        .map(|c| format!("{} from {} to {}", c.code, c.from, c.to))
        .collect();
    format!("Scores changed: {}.", list.join(", "))
}
