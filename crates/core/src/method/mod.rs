//! The scoring method of Freedom in the World: how 25 indicator scores
//! become subcategory and category totals, two ratings 1–7, a Freedom Rating
//! and a status; what-if scenarios; the smallest change that reaches a
//! better status; and a scenario's address.
//!
//! The conversion rules are Freedom House's, *Freedom in the World 2019
//! Methodology* ([`bands`]); everything else follows the report's own
//! structure ([`scenario`]). All of it is exact integer arithmetic, total
//! (no input panics) and free of browser or framework code.
//!
//! Modules: [`bands`] (the tables), [`scenario`] (scores and their
//! assessment), [`smallest`] (the smallest change), [`address`] (the
//! `#/what-if?s=…` format), [`sentences`] (the result in words).

pub mod address;
pub mod bands;
pub mod scenario;
pub mod sentences;
pub mod smallest;

pub use address::{Problem, ProblemKind, SCENARIO_KEY};
pub use bands::{
    Band, BandPosition, CIVIL_LIBERTIES_BANDS, Category, FreedomRating, POLITICAL_RIGHTS_BANDS,
    STATUS_BANDS, StatusBand, status_rank,
};
pub use scenario::{Assessment, CategoryTotal, Change, INDICATOR_MAX, Scenario, SubcategoryTotal};
pub use smallest::{RatingMove, SmallestChange, Split, minimal_splits, smallest_change};

#[cfg(test)]
mod tests;
