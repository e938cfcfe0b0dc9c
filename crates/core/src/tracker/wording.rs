//! How the tracker words its counts and statuses. An item the explainer has
//! not yet assessed claims no status as of any date, and the counts read as
//! a sentence would.

use crate::corpus::{Corpus, Item, ItemKind};
use crate::tracker::catalogue::{ItemFilter, parties, theme_label};

/// The status of an item the explainer has not assessed (the corpus's
/// vocabulary has it; a native test checks it does).
pub const NOT_ASSESSED: &str = "not-assessed";

/// Whether the explainer has assessed the item's status.
pub fn is_assessed(item: &Item) -> bool {
    item.status.as_str() != NOT_ASSESSED
}

/// The date an item's status holds from, as a reader says it ("as of 22
/// July 2021"), or `None` for an item not yet assessed.
pub fn status_as_of(item: &Item) -> Option<String> {
    is_assessed(item).then(|| format!("as of {}", item.status_as_of.human()))
}

/// What a card says after the status's badge: whose status it is, and
/// from when.
pub fn status_note(item: &Item) -> String {
    match status_as_of(item) {
        Some(as_of) => format!(" (this explainer's status, {as_of})"),
        None => " (by this explainer)".to_owned(),
    }
}

/// "1 recommendation", "43 recommendations".
fn count(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// The tracker's opening sentence: what it holds, and how many the
/// explainer has assessed.
pub fn lede(corpus: &Corpus) -> String {
    let of = |kind| corpus.items.iter().filter(|i| i.kind == kind).count();
    let assessed = corpus.items.iter().filter(|i| is_assessed(i)).count();
    let all = corpus.items.len();
    let held = format!(
        "{} and {} from the sources, about {}. ",
        count(
            of(ItemKind::Recommendation),
            "recommendation",
            "recommendations"
        ),
        count(of(ItemKind::Pledge), "pledge", "pledges"),
        corpus.country
    );
    let judged = if assessed == all {
        "This explainer has assessed the status of each, dated and cited from the sources' evidence. ".to_owned()
    } else {
        format!(
            "This explainer has assessed the status of {assessed} of them, dated and cited from the sources' evidence; \
             the other {} are not yet assessed. ",
            all - assessed
        )
    };
    held + &judged
}

/// The filters in force, each as a short phrase for a chip ("Theme:
/// Media"), in the form's order; empty when nothing is filtered.
pub fn active_filters(filter: &ItemFilter, corpus: &Corpus) -> Vec<String> {
    let party = |slug: &Option<String>, to: bool| {
        slug.as_ref().map(|slug| {
            parties(corpus, to)
                .into_iter()
                .find(|(s, _, _)| s == slug)
                .map_or_else(|| slug.clone(), |(_, name, _)| name)
        })
    };
    let status = filter.status.as_ref().map(|id| {
        corpus
            .status(id)
            .map_or_else(|| id.clone(), |s| s.label.clone())
    });
    let source = filter.source.as_ref().map(|id| {
        corpus
            .document(id)
            .map_or_else(|| id.clone(), |d| d.edition.clone())
    });
    let kind = filter.kind.map(|k| match k {
        ItemKind::Recommendation => "Recommendations".to_owned(),
        ItemKind::Pledge => "Pledges".to_owned(),
    });
    [
        ("From", party(&filter.from, false)),
        ("To", party(&filter.to, true)),
        ("Theme", filter.theme.map(theme_label)),
        ("Status", status),
        ("Source", source),
        ("Kind", kind),
    ]
    .into_iter()
    .filter_map(|(label, value)| value.map(|v| format!("{label}: {v}")))
    .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_read_as_a_sentence() {
        assert_eq!(count(1, "pledge", "pledges"), "1 pledge");
        assert_eq!(count(0, "pledge", "pledges"), "0 pledges");
        assert_eq!(count(43, "pledge", "pledges"), "43 pledges");
    }
}
