//! The words around each picture the app offers: its title, and its
//! sources as the widgets' credit lines name them. The address comes from
//! the browser.

use crate::corpus::Corpus;
use crate::method::Assessment;
use crate::site::METHOD_CREDIT;
use crate::timeline::chart::{editions, rating_documents};

use super::Frame;

/// The ratings chart's frame.
pub fn chart_frame(corpus: &Corpus, address: String) -> Frame {
    let (a, b) = editions(&corpus.nit).unwrap_or_default();
    let sources: Vec<String> = rating_documents(corpus)
        .into_iter()
        .map(|(_, d)| d.title.clone())
        .collect();
    Frame {
        title: format!(
            "{}: Nations in Transit ratings, {a}–{b} editions",
            corpus.country
        ),
        source: format!(
            "Source: {}. Hollow points are computed by this explainer from the category ratings.",
            sources.join("; ")
        ),
        address,
    }
}

/// The title of the Freedom in the World report, for a source line.
fn fiw_title(corpus: &Corpus) -> String {
    corpus
        .document(corpus.fiw.doc.as_str())
        .map(|d| d.title.clone())
        .unwrap_or_default()
}

/// The score breakdown's frame.
pub fn points_frame(corpus: &Corpus, address: String) -> Frame {
    let fiw = &corpus.fiw;
    Frame {
        title: format!(
            "{}: {} of {} points, {}, by question",
            corpus.country,
            fiw.score,
            fiw.max,
            fiw.status.label()
        ),
        source: format!("Source: {}.", fiw_title(corpus)),
        address,
    }
}

/// The status grid's frame for a scenario assessed as `a`.
pub fn status_frame(corpus: &Corpus, a: &Assessment, address: String) -> Frame {
    Frame {
        title: format!(
            "What if: {} of {} points gives Political Rights {}, Civil Liberties {}: {}",
            a.total,
            a.max,
            a.political_rights.rating,
            a.civil_liberties.rating,
            a.status.label()
        ),
        source: format!(
            "Scores: {}, as changed by the reader. {METHOD_CREDIT} The scenario is the reader's, not Freedom House's.",
            fiw_title(corpus)
        ),
        address,
    }
}

/// A question's frame: the country, the code and the score.
pub fn question_frame(corpus: &Corpus, code: &str, score: i16, max: i16, address: String) -> Frame {
    Frame {
        title: format!("{}, {code}: {score} of {max} points", corpus.country),
        source: format!("Source: {}.", fiw_title(corpus)),
        address,
    }
}

/// The titles of every document, for a source line of the explainer's
/// own lists.
fn all_titles(corpus: &Corpus) -> String {
    corpus
        .documents
        .iter()
        .map(|d| d.title.as_str())
        .collect::<Vec<_>>()
        .join("; ")
}

/// The latest events' frame: `heading` says which (the widget's count).
pub fn events_frame(corpus: &Corpus, heading: String, address: String) -> Frame {
    Frame {
        title: heading,
        source: format!(
            "Titles and directions are this explainer's words and judgments; each event's page quotes its sources: {}.",
            all_titles(corpus)
        ),
        address,
    }
}

/// The tracker's counts' frame for `shown` of all the items.
pub fn counts_frame(corpus: &Corpus, shown: usize, address: String) -> Frame {
    let total = corpus.items.len();
    let which = if shown == total {
        format!("All {total}")
    } else {
        format!("{shown} of the {total}")
    };
    Frame {
        title: format!(
            "{which} recommendations and pledges on {}, by status",
            corpus.country
        ),
        source: format!(
            "Statuses are this explainer's judgments, each dated and resting on the sources' words: {}.",
            all_titles(corpus)
        ),
        address,
    }
}
