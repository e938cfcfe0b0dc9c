//! Each view's document title: the page first, then the product, and
//! "Page not found" for an id the corpus does not hold.

use explainer_core::route::View;

use super::embed;
use crate::corpus::use_corpus;
use crate::site;

/// The document title for a view: the page first, then the product.
pub fn page_title(view: &View) -> String {
    let name = site::name();
    match view {
        View::Overview => format!("{name} – {}", site::subject()),
        View::Source(id) => match use_corpus().document(id) {
            Some(doc) => format!("{} – Sources – {name}", doc.title),
            None => format!("Page not found – {name}"),
        },
        View::Indicator(code) => {
            let corpus = use_corpus();
            match corpus.fiw.indicator(code) {
                Some(i) => format!(
                    "{code}: {} – {name}",
                    corpus.question(i).unwrap_or_default()
                ),
                None => format!("Page not found – {name}"),
            }
        }
        View::Event(id) => match use_corpus().event(id) {
            Some(event) => format!("{} – Timeline – {name}", event.title),
            None => format!("Page not found – {name}"),
        },
        View::Recommendation(id) => match use_corpus().item(id) {
            Some(item) => format!(
                "{} – {} – Recommendations – {name}",
                item.headline(use_corpus().quote_text(&item.text).unwrap_or_default()),
                item.parties(),
            ),
            None => format!("Page not found – {name}"),
        },
        View::AllQuestions => format!("All 25 questions – {name}"),
        View::Disagreements => format!("Where the sources disagree – Sources – {name}"),
        View::Embed(widget) => format!("{} – {name}", embed::title(widget)),
        View::NotFound(_) => format!("Page not found – {name}"),
        View::Search => format!("Search – {name}"),
        other => match other.section() {
            Some(section) => format!("{} – {name}", section.label()),
            None => name,
        },
    }
}
