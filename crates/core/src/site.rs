//! What the product calls itself and the files it offers, derived from the
//! corpus so that nothing is specific to one country. Shared by the app and
//! by the build step that writes the page's static content.

use crate::corpus::Corpus;
use crate::csv;

/// The product's name, shown in the header and titles: "22/100, explained".
pub fn name(corpus: &Corpus) -> String {
    format!("{}/{}, explained", corpus.fiw.score, corpus.fiw.max)
}

/// What the product explains: "Kazakhstan in Freedom in the World 2019".
pub fn subject(corpus: &Corpus) -> String {
    let report = corpus
        .document(corpus.fiw.doc.as_str())
        .map_or("", |d| d.edition.as_str());
    format!("{} in {report}", corpus.country)
}

/// `n` and the noun for it: "1 update", "2 updates".
pub fn count(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// Credit for the scoring rules, which come from none of the source documents.
pub const METHOD_CREDIT: &str =
    "Scoring rules: Freedom House, Freedom in the World 2019 Methodology.";

/// A file the reader can download.
#[derive(Clone, Copy, Debug)]
pub struct DataFile {
    /// File name, also its place under `data/` in the built site.
    pub name: &'static str,
    /// Media type.
    pub mime: &'static str,
    /// What it holds, in one sentence.
    pub about: &'static str,
    make: fn(&Corpus, &str) -> String,
}

impl DataFile {
    /// The file's contents, from the corpus and the corpus's JSON text.
    pub fn contents(&self, corpus: &Corpus, json: &str) -> String {
        (self.make)(corpus, json)
    }
}

/// Every download, in the order the data page lists them.
pub const DATA_FILES: [DataFile; 6] = [
    DataFile {
        name: "indicators.csv",
        mime: "text/csv;charset=utf-8",
        about: "The 25 indicators: code, category, subcategory, question, score, maximum, and the passages of the report that state and explain the score.",
        make: |c, _| csv::indicators(c),
    },
    DataFile {
        name: "nit_ratings.csv",
        mime: "text/csv;charset=utf-8",
        about: "Nations in Transit ratings, one row per edition, category and source; computed democracy scores are marked.",
        make: |c, _| csv::nit_ratings(c),
    },
    DataFile {
        name: "timeline.csv",
        mime: "text/csv;charset=utf-8",
        about: "The timeline events with their dates, type, sources and quoted passages, and this explainer's titles, themes and direction.",
        make: |c, _| csv::timeline(c),
    },
    DataFile {
        name: "recommendations.csv",
        mime: "text/csv;charset=utf-8",
        about: "Recommendations and pledges with who asked whom and when, the quoted passages, and this explainer's themes and assessed status.",
        make: |c, _| csv::recommendations(c),
    },
    DataFile {
        name: "coverage.csv",
        mime: "text/csv;charset=utf-8",
        about: "The coverage ledger: every sentence of the sources that states a dated happening or asks for something, with the events and items that quote it, or the reason it was set aside.",
        make: |c, _| csv::coverage(c),
    },
    DataFile {
        name: "corpus.json",
        mime: "application/json",
        about: "The whole corpus: the five documents by paragraph, scores, ratings, events, recommendations, errata, disagreements and the coverage ledger.",
        make: |_, json| json.to_owned(),
    },
];

#[cfg(test)]
mod tests {
    #[test]
    fn count_names_one_and_many() {
        assert_eq!(super::count(1, "update", "updates"), "1 update");
        assert_eq!(super::count(0, "update", "updates"), "0 updates");
        assert_eq!(super::count(2, "item", "items"), "2 items");
    }
}
