//! The product's name and subject, derived from the corpus so that nothing in
//! the code is specific to one country.

use crate::corpus::corpus;

/// The product's name, shown in the header and titles: "22/100, explained".
pub fn name() -> String {
    match corpus() {
        Ok(c) => format!("{}/{}, explained", c.fiw.score, c.fiw.max),
        Err(_) => "A freedom rating, explained".to_owned(),
    }
}

/// What the product explains: "Kazakhstan in Freedom in the World 2019".
pub fn subject() -> String {
    match corpus() {
        Ok(c) => {
            let report = c
                .document(c.fiw.doc.as_str())
                .map_or_else(String::new, |d| d.edition.clone());
            format!("{} in {report}", c.country)
        }
        Err(_) => String::new(),
    }
}

/// Credit for the scoring rules, which come from none of the source documents.
pub const METHOD_CREDIT: &str =
    "Scoring rules: Freedom House, Freedom in the World 2019 Methodology.";
