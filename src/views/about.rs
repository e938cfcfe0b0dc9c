//! `#/about`: what the explainer is, which judgments are its own and how
//! they are made, the sources and credits, and what it does with data.

use explainer_core::corpus::coverage::{self, Reason};
use explainer_core::embed::{MAX_HEIGHT, MIN_HEIGHT, Widget, height_message_json};
use explainer_core::route::{Route, View};
use leptos::prelude::*;

use crate::components::{ScrollTable, SourceCredits, StatusVocabulary};
use crate::corpus::use_corpus;
use crate::site;

/// The about page.
#[component]
pub fn About() -> impl IntoView {
    let corpus = use_corpus();
    let message = height_message_json(640, &Route::new(View::Embed(Widget::Rating)));
    view! {
        <section class="view about" data-testid="about">
            <h1 tabindex="-1">"About this explainer"</h1>
            <p class="lede">
                {format!(
                    "{} walks through Freedom House's rating of {} question by question, with the reforms behind it and what was recommended and promised. ",
                    site::name(), corpus.country
                )}
                "Every quote, and every figure taken from a source, links to the passage it comes from."
            </p>

            <h2>"What is quoted, and what is this explainer's own"</h2>
            <p>
                "Scores, questions, reasoning, quotes and the Nations in Transit ratings are the sources' own, word for word. "
                "Some figures are worked out by this explainer and say so: the 1–7 ratings of Political Rights and "
                "Civil Liberties and the Freedom Rating, by Freedom House's published methodology (see the "
                <a href=View::Method.href()>"method"</a>
                "), and the Nations in Transit democracy scores marked *, the mean of the category ratings where the "
                "source does not state one. "
                "Damage from extracting the texts is corrected only through a published list of errata, "
                "and each corrected paragraph or note shows the text as received. "
                "This explainer's own judgments are labelled as such wherever they appear: the summary, "
                "themes and direction of each timeline event, and the status of each recommendation and "
                "pledge, which is dated and cites the evidence it rests on."
            </p>
            <h3>"The statuses of recommendations and pledges"</h3>
            <StatusVocabulary/>

            <Coverage/>

            <h2>"Sources and credits"</h2>
            <SourceCredits detailed=true/>
            <p>{site::METHOD_CREDIT}" The method page works through these rules with the country's numbers."</p>
            <p>"This explainer is not published by, or affiliated with, these publishers."</p>

            <h2>"Your data"</h2>
            <p>
                "Everything runs in your browser. Nothing is requested from any other site and nothing "
                "you do here is sent anywhere. The quiz keeps your guesses in the page only. "
                "Your own updates in the "
                <a href=View::Recommendations.href()>"recommendations tracker"</a>
                " are kept in this browser's storage until you delete them; export them as JSON or "
                "CSV to keep a copy or move them to another browser."
            </p>

            <h2>"Printing and reuse"</h2>
            <p>
                "The quiz prints as a worksheet with an answer key, and "
                <a href=View::AllQuestions.href()>"all 25 questions with the reasoning"</a>
                " print on their own pages. The timeline prints the events as filtered, with the filter "
                "written out, and the tracker prints the items its filter shows; each printout ends with its address. Every view has a “Copy link to this view” button under it, and its "
                "address keeps its state (a question, filters, a scenario). The tables behind every "
                "view can be downloaded as CSV and JSON from the "
                <a href=View::Data.href()>"data page"</a>". For a computer with no internet, a single HTML file "
                "holds the whole explainer (see the project's README)."
            </p>

            <h2 id="how-to-embed">"How to embed a widget in your page"</h2>
            <p>
                "The score breakdown, any one question, the Nations in Transit chart, the timeline "
                "under any filter, the tracker's counts and any what-if scenario can go into a news "
                "article or a course page as a widget. Under each of those views, an “Embed” button "
                "gives the HTML to paste: a frame with a title and lazy loading, a line for readers "
                "without JavaScript, and an optional script."
            </p>
            <p>
                "The frame works on its own at a fixed height. With the script, the frame takes the "
                "widget's height whenever it changes. The widget reads nothing from your page and "
                "writes nothing to it: its only message to your page is its height, of this shape:"
            </p>
            <pre class="embed-message"><code>{message}</code></pre>
            <p>
                {format!(
                    "The height is in whole CSS pixels, from {MIN_HEIGHT} to {MAX_HEIGHT}; the widget is its own address. \
                     The script resizes only the frame the message comes from, and ignores every other message. \
                     A widget's links open in a new tab; “Open the full view” opens the same view, with its filter or scenario, in full."
                )}
            </p>
        </section>
    }
}

/// How complete the timeline and the tracker are: the coverage ledger's
/// counts, and where the sources disagree.
#[component]
fn Coverage() -> impl IntoView {
    let corpus = use_corpus();
    let c = coverage::counts(corpus);
    let rows = Reason::ALL
        .into_iter()
        .map(|r| {
            let n = c.set_aside.get(&r).copied().unwrap_or(0);
            view! { <tr><th scope="row">{r.id()}</th><td>{n}</td><td>{r.meaning()}</td></tr> }
        })
        .collect_view();
    let data = Route::new(View::Data).to_hash();
    let disagreements = Route::new(View::Disagreements).to_hash();
    view! {
        <h2 id="coverage">"How complete the timeline and the tracker are"</h2>
        <p data-testid="coverage-counts">
            {format!(
                "Every sentence of the five sources that dates a happening or asks, urges, recommends, pledges or \
                 expresses concern is accounted for. There are {} such sentences ({} dated, {} asking). {} are quoted \
                 by the timeline's events or the tracker's recommendations and pledges; {} are set aside, each with \
                 its reason: ",
                c.found, c.dated, c.asks, c.quoted, c.set_aside_total()
            )}
            <a href=data>"coverage.csv, on the data page"</a>
            ", lists them all."
        </p>
        <h3 id="coverage-reasons">"Sentences set aside, by reason (this explainer's judgment)"</h3>
        <ScrollTable labelled_by="coverage-reasons" columns=&["Reason", "Sentences", "What it means"] testid="coverage-reasons">
            {rows}
        </ScrollTable>
        <p>
            {format!("The sources disagree in {} places; both sides are kept. ", corpus.contradictions.len())}
            <a href=disagreements>"Where the sources disagree"</a>
        </p>
    }
}
