//! The app's top-level sections (the header's navigation): their order,
//! names, blurbs and addresses, and which section a view belongs to.

use super::{Route, View};

/// The app's top-level sections, in navigation order.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Section {
    /// The overview.
    Overview,
    /// The walkthrough of the rating.
    Rating,
    /// The scoring method.
    Method,
    /// The what-if sandbox.
    WhatIf,
    /// The quiz.
    Quiz,
    /// The timeline.
    Timeline,
    /// The recommendations tracker.
    Recommendations,
    /// The source documents.
    Sources,
    /// Tables and downloads.
    Data,
    /// About the app.
    About,
}

impl Section {
    /// Every section, in navigation order.
    pub const ALL: [Section; 10] = [
        Section::Overview,
        Section::Rating,
        Section::Method,
        Section::WhatIf,
        Section::Quiz,
        Section::Timeline,
        Section::Recommendations,
        Section::Sources,
        Section::Data,
        Section::About,
    ];

    /// The short label used in navigation.
    pub fn label(self) -> &'static str {
        match self {
            Section::Overview => "Overview",
            Section::Rating => "The 25 questions",
            Section::Method => "Method",
            Section::WhatIf => "What if",
            Section::Quiz => "Quiz",
            Section::Timeline => "Timeline",
            Section::Recommendations => "Recommendations",
            Section::Sources => "Sources",
            Section::Data => "Data",
            Section::About => "About",
        }
    }

    /// What the section offers, in a line, for the overview's list of
    /// tools.
    pub fn blurb(self) -> &'static str {
        match self {
            Section::Overview => "The rating at a glance.",
            Section::Rating => "Each question with its score and Freedom House's reasoning.",
            Section::Method => "How the points become two ratings and a status.",
            Section::WhatIf => "Change any score and see the ratings and status follow.",
            Section::Quiz => "Guess each score from the evidence, alone or with a class.",
            Section::Timeline => {
                "The reforms and events behind the rating, with Nations in Transit's ratings."
            }
            Section::Recommendations => "What was recommended and promised, and what became of it.",
            Section::Sources => {
                "The source documents in full, with every passage the explainer cites."
            }
            Section::Data => "The tables behind the figures, and their downloads.",
            Section::About => "What this explainer is, and which words and judgments are its own.",
        }
    }

    /// The section's own address.
    pub fn route(self) -> Route {
        Route::new(match self {
            Section::Overview => View::Overview,
            Section::Rating => View::Rating,
            Section::Method => View::Method,
            Section::WhatIf => View::WhatIf,
            Section::Quiz => View::Quiz,
            Section::Timeline => View::Timeline,
            Section::Recommendations => View::Recommendations,
            Section::Sources => View::Sources,
            Section::Data => View::Data,
            Section::About => View::About,
        })
    }
}
