//! The product's name and credits.
//!
//! These few strings are the only subject-specific text outside the corpus;
//! they move into the corpus manifest once it is embedded.

/// The product's name, shown in the header.
pub const NAME: &str = "22/100, explained";

/// What the product explains.
pub const SUBJECT: &str = "Kazakhstan in Freedom in the World 2019";

/// One line per source document: publisher, title.
pub const SOURCES: [&str; 5] = [
    "Freedom House, Freedom in the World 2019 – Kazakhstan",
    "Freedom House, Nations in Transit 2018 – Kazakhstan",
    "Freedom House, Nations in Transit 2008 – Kazakhstan",
    "Human Rights Watch, World Report 2017 – Kazakhstan",
    "Foreign Policy Centre, Retreating Rights – Kazakhstan: Conclusions and Recommendations (Adam Hug, 22 July 2021)",
];

/// Credit for the scoring rules, which come from none of the five sources.
pub const METHOD_CREDIT: &str =
    "Scoring rules: Freedom House, Freedom in the World 2019 Methodology.";
