//! The end of the quiz: the reader's scores against Freedom House's, as
//! totals, ratings and a status (by the method module), and question by
//! question.

use explainer_core::method::{Assessment, Scenario};
use explainer_core::quiz::{Quiz as QuizState, Row, actual_scores};
use explainer_core::route::View;
use leptos::prelude::*;

use super::PrintButton;
use super::moves::back;
use super::tally_chart::tally_chart;
use crate::components::ScrollTable;
use crate::corpus::use_corpus;

/// The tally of a finished quiz.
#[component]
pub fn Tally(
    /// The finished quiz.
    quiz: RwSignal<Option<QuizState>>,
    /// Starts again from the start screen.
    on_restart: impl Fn() + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let corpus = use_corpus();
    let fiw = &corpus.fiw;
    let Some(state) = quiz.get_untracked() else {
        return ().into_any();
    };
    let actual = actual_scores(fiw);
    let t = state.tally(&actual);
    let yours = state.scenario(fiw).assess(fiw);
    let theirs = Scenario::stated(fiw).assess(fiw);

    let summary_rows = summary(&yours, &theirs)
        .into_iter()
        .map(|(label, you, fh)| {
            view! {
                <tr>
                    <th scope="row">{label}</th>
                    <td class="num">{you}</td>
                    <td class="num">{fh}</td>
                </tr>
            }
        })
        .collect_view();

    let coded: Vec<(String, Row)> = state
        .rows(&actual)
        .into_iter()
        .zip(fiw.indicators())
        .map(|(row, (_, _, ind))| (ind.code.0.clone(), row))
        .collect();
    let chart = tally_chart(&coded);
    let rows = state
        .rows(&actual)
        .into_iter()
        .zip(fiw.indicators())
        .map(|(row, (_, _, ind))| {
            let guess = row.guess.map_or_else(|| "–".to_owned(), |g| g.to_string());
            view! {
                <tr class:exact=row.difference() == Some(0)>
                    <th scope="row">{ind.code.0.clone()}</th>
                    <td>{corpus.question(ind).unwrap_or_default().to_owned()}</td>
                    <td class="num">{guess}</td>
                    <td class="num">{row.actual.to_string()}</td>
                    <td class="num">{row.difference_label()}</td>
                </tr>
            }
        })
        .collect_view();

    view! {
        <h2 class="quiz-focus" tabindex="-1">"Your tally"</h2>
        <p class="lede" data-testid="quiz-summary">
            {format!(
                "You guessed {} of {} exactly and {} within one point. You were more generous than Freedom House on {} and harsher on {}.",
                t.exact, t.answered, t.within_one, t.higher, t.lower
            )}
        </p>
        <div class="table-scroll" role="region" aria-labelledby="quiz-totals-caption" tabindex="0">
            <table class="data-table quiz-totals" data-testid="quiz-totals">
                <caption id="quiz-totals-caption">
                    "Your scores and Freedom House's, turned into ratings and a status by Freedom House's method"
                </caption>
                <thead>
                    <tr><th scope="col"><span class="visually-hidden">"Measure"</span></th><th scope="col">"You"</th><th scope="col">"Freedom House"</th></tr>
                </thead>
                <tbody>{summary_rows}</tbody>
            </table>
        </div>
        <p><a href=View::Method.href()>"How scores become ratings and a status"</a></p>
        <h3 id="quiz-rows-heading">"Question by question"</h3>
        {chart}
        <ScrollTable
            labelled_by="quiz-rows-heading"
            columns=&["Code", "Question", "Your guess", "Freedom House", "Difference"]
            class="quiz-rows"
            testid="quiz-rows"
        >
            {rows}
        </ScrollTable>
        <div class="quiz-actions">
            <button type="button" class="quiz-primary" on:click=move |_| on_restart()>"Restart"</button>
            <button type="button" on:click=move |_| { back(quiz); }>"← Back to the last question"</button>
            <PrintButton/>
        </div>
    }
    .into_any()
}

/// The rows of the totals table: label, the reader's figure, Freedom
/// House's.
fn summary(yours: &Assessment, theirs: &Assessment) -> Vec<(String, String, String)> {
    let both = |f: &dyn Fn(&Assessment) -> String| (f(yours), f(theirs));
    let mut rows = Vec::new();
    for category in [
        |a: &Assessment| a.political_rights,
        |a: &Assessment| a.civil_liberties,
    ] {
        let label = category(theirs).category.label();
        let (you, fh) = both(&|a| format!("{} of {}", category(a).score, category(a).max));
        rows.push((label.to_owned(), you, fh));
        let (you, fh) = both(&|a| category(a).rating.to_string());
        rows.push((format!("{label} rating"), you, fh));
    }
    let (you, fh) = both(&|a| format!("{} of {}", a.total, a.max));
    rows.push(("Total".to_owned(), you, fh));
    let (you, fh) = both(&|a| a.freedom_rating.to_string());
    rows.push(("Freedom Rating".to_owned(), you, fh));
    let (you, fh) = both(&|a| a.status.label().to_owned());
    rows.push(("Status".to_owned(), you, fh));
    rows
}
