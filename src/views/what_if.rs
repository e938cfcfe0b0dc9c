//! `#/what-if`: change any score and see the totals, ratings and status
//! follow; find the smallest change that would make the country Partly Free
//! or Free. The scenario lives in the address (`?s=D1.2,E2.3`), so a teacher
//! can share it; a malformed piece of it is reported and ignored.

use explainer_core::corpus::FiwStatus;
use explainer_core::method::{Category, Scenario, sentences, smallest_change};
use explainer_core::route::View;
use explainer_core::site;
use leptos::prelude::*;

use crate::components::{PictureDownload, StatusGrid, grid_picture};
use crate::corpus::use_corpus;
use crate::router::{use_replace_route, use_route};

/// The sandbox.
#[component]
pub fn WhatIf() -> impl IntoView {
    let corpus = use_corpus();
    let fiw = &corpus.fiw;
    let route = use_route();
    let replace = use_replace_route();
    let replace_hash = move |hash: &str| replace.go(hash);
    let parsed = Memo::new(move |_| route.with(|r| Scenario::from_route(fiw, r)));
    let scenario = Memo::new(move |_| parsed.with(|p| p.0.clone()));
    let assessment = Memo::new(move |_| scenario.with(|s| s.assess(fiw)));
    let stated = Scenario::stated(fiw);
    let stated_assessment = stated.assess(fiw);

    let set_score = move |code: &str, value: u8| {
        let next = scenario.get_untracked().with(code, value);
        replace_hash(&next.to_hash(fiw));
    };

    let problems = move || {
        parsed.with(|(_, problems)| {
            (!problems.is_empty()).then(|| {
                let list: Vec<String> = problems.iter().map(ToString::to_string).collect();
                view! {
                    <p class="notice" role="alert" data-testid="scenario-problems">
                        {format!("Part of the scenario in this address was ignored: {}.", list.join("; "))}
                    </p>
                }
            })
        })
    };

    let controls = fiw
        .categories
        .iter()
        .flat_map(|c| c.subcategories.iter())
        .map(|s| {
            let rows = s
                .indicators
                .iter()
                .map(|i| {
                    let code = i.code.as_str();
                    let id = format!("wi-{code}");
                    let stated_score = i.score;
                    let current = move || scenario.with(|sc| sc.score(code).unwrap_or_default());
                    let options = (0..=4u8)
                        .map(|v| view! { <option value=v.to_string()>{v.to_string()}</option> })
                        .collect_view();
                    view! {
                        <div class="wi-row" class:changed=move || i16::from(current()) != stated_score>
                            <label for=id.clone()>
                                <span class="wi-code">{format!("{code} score")}</span>
                                <span class="wi-question">{corpus.question(i).unwrap_or_default().to_owned()}</span>
                            </label>
                            <select
                                id=id
                                prop:value=move || current().to_string()
                                on:change=move |ev| {
                                    if let Ok(v) = event_target_value(&ev).parse::<u8>() {
                                        set_score(code, v);
                                    }
                                }
                            >
                                {options}
                            </select>
                            <span class="wi-was">
                                {move || (i16::from(current()) != stated_score)
                                    .then(|| format!("Freedom House: {stated_score}"))}
                            </span>
                        </div>
                    }
                })
                .collect_view();
            view! {
                <fieldset class="wi-group">
                    <legend>{format!("{}. {}", s.letter, s.name)}</legend>
                    {rows}
                </fieldset>
            }
        })
        .collect_view();

    let category_line = move |category: Category| {
        move || assessment.with(|a| sentences::category_line(a, category, true))
    };
    let subcategories = move || {
        assessment.with(|a| {
            a.subcategories
                .iter()
                .map(|s| format!("{} {}/{}", s.letter, s.score, s.max))
                .collect::<Vec<_>>()
                .join(" · ")
        })
    };

    let smallest = move |target: FiwStatus| {
        move || {
            let result = scenario.with(|s| smallest_change(fiw, s, target));
            match result {
                Some(change) if change.points() == 0 => view! {
                    <p>{format!("This scenario is already {} or freer.", target.label())}</p>
                }
                .into_any(),
                Some(change) => {
                    let hash = change.scenario.to_hash(fiw);
                    let raised: Vec<String> = change
                        .raised
                        .iter()
                        .map(|c| format!("{} {}→{}", c.code, c.from, c.to))
                        .collect();
                    let others = change.options.len() - 1;
                    view! {
                        <p>{change.chosen().describe()}"."</p>
                        <p class="muted">
                            {format!("One way to spend them: {}.", raised.join(", "))}
                            {(others > 0).then(|| format!(" {others} other split(s) of the points between the categories work as well."))}
                        </p>
                        <button type="button" on:click=move |_| replace_hash(&hash)>
                            {format!("Apply the smallest change to {}", target.label())}
                        </button>
                    }
                    .into_any()
                }
                None => view! { <p>{format!("No scores within 0 to 4 would make it {}.", target.label())}</p> }.into_any(),
            }
        }
    };

    view! {
        <section class="view what-if" data-testid="what-if">
            <h1 tabindex="-1">"What if?"</h1>
            <p class="lede">
                "Change any score and watch the totals, ratings and status follow, by Freedom House's rules. "
                "The scenario is kept in the address: copy it to share it."
            </p>
            {problems}
            <div class="wi-layout">
                <div class="wi-main">
                    <div class="wi-results" role="status" aria-live="polite" data-testid="what-if-results">
                        <h2>"Result"</h2>
                        <p class="wi-status">
                            {move || assessment.with(sentences::status_lead)}
                            <strong>{move || assessment.with(|a| a.status.label())}</strong>
                        </p>
                        <p>{category_line(Category::PoliticalRights)}</p>
                        <p>{category_line(Category::CivilLiberties)}</p>
                        <p class="muted">{subcategories}</p>
                        <p class="muted">
                            {sentences::stated_line(&stated_assessment, ".")}
                        </p>
                        <button type="button" on:click=move |_| replace_hash(&View::WhatIf.href())>"Reset to Freedom House's scores"</button>
                    </div>
                    <section class="wi-grid" aria-labelledby="wi-grid-heading">
                        <h2 id="wi-grid-heading">"On Freedom House's status grid"</h2>
                        <StatusGrid
                            here=Signal::derive(move || assessment.with(|a| (a.political_rights.rating, a.civil_liberties.rating)))
                            stated=(stated_assessment.political_rights.rating, stated_assessment.civil_liberties.rating)
                        />
                        <PictureDownload name="what-if-status-grid" what="the status grid" draw=grid_picture(assessment.into(), route.into())/>
                    </section>
                </div>
                <div class="wi-smallest">
                    <h2>"The smallest change to Partly Free"</h2>
                    {smallest(FiwStatus::PartlyFree)}
                    <h2>"The smallest change to Free"</h2>
                    {smallest(FiwStatus::Free)}
                </div>
            </div>
            <div class="wi-scores">
                <h2>"Scores"</h2>
                <form class="wi-form" on:submit=|ev| ev.prevent_default()>{controls}</form>
                // The result stays in sight at the foot of the screen while
                // the reader works down the 25 scores, far below the result
                // above. Not a live region: that one is above.
                <p class="wi-sticky" data-testid="what-if-sticky">
                    {move || assessment.with(|a| format!("Result: {} of {}, Freedom Rating {}, ", a.total, a.max, a.freedom_rating))}
                    <strong>{move || assessment.with(|a| a.status.label())}</strong>
                    {move || {
                        let changed = scenario.with(|s| s.changes(fiw).len());
                        (changed > 0).then(|| format!(" ({})", site::count(changed, "score changed", "scores changed")))
                    }}
                </p>
            </div>
        </section>
    }
}
