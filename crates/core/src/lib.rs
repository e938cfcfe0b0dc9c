//! The explainer's pure logic: the corpus model, the scoring method and the
//! address format. Nothing here depends on a browser or a UI framework, so all
//! of it is tested natively with `cargo test`.

pub mod corpus;
pub mod csv;
pub mod embed;
pub mod first_view;
pub mod method;
pub mod order;
pub mod passage;
pub mod picture;
pub mod quiz;
pub mod route;
pub mod search;
pub mod site;
pub mod timeline;
pub mod tracker;
pub mod walkthrough;
