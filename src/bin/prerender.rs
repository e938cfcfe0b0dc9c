//! Renders the first views to HTML at build time (`scripts/prerender.sh`):
//! each address of `explainer_core::first_view::first_views` into
//! `<site>/first/<key>.html`, with the same components the app mounts, so
//! the page can show the view before the app has arrived, and the app's
//! view replaces it with nothing moving. Built natively with the
//! `prerender` feature (Leptos' HTML rendering); never shipped.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use explainer_core::first_view::{chart_box, chart_widths, file, first_views, key, variant};
use explainer_core::route::{Route, View};
use leptos::prelude::*;
use rating_explainer::components::{PageDrawing, VIEW_PART, provide_drawing};
use rating_explainer::shell::SiteFrame;
use rating_explainer::views::embed::{Embed, EmbedMain};
use rating_explainer::{corpus, router, views};

/// Effects never run in a view rendered to HTML: an executor that drops
/// every task, so that creating one does not fail.
struct NoTasks;

impl any_spawner::CustomExecutor for NoTasks {
    fn spawn(&self, _: any_spawner::PinnedFuture<()>) {}
    fn spawn_local(&self, _: any_spawner::PinnedLocalFuture<()>) {}
    fn poll_local(&self) {}
}

fn main() -> ExitCode {
    match run() {
        Ok(n) => {
            eprintln!("prerender: {n} files of first views");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("prerender: {e}");
            ExitCode::FAILURE
        }
    }
}

fn run() -> Result<usize, String> {
    let site = std::env::args()
        .nth(1)
        .map(PathBuf::from)
        .ok_or("give the built site's folder")?;
    any_spawner::Executor::init_custom_executor(NoTasks).map_err(|e| e.to_string())?;
    let corpus = corpus::load_embedded()?;
    let routes = first_views(corpus);
    let mut written = 0;
    for route in &routes {
        let key = key(route);
        if chart_box(route).is_some() {
            // A variant per width the chart can be drawn at.
            for width in chart_widths() {
                let drawn = Some(f64::from(width));
                write(&site, &variant(&key, width), &render(route, drawn)?)?;
                written += 1;
            }
        } else {
            write(&site, &key, &render(route, None)?)?;
            written += 1;
        }
    }
    Ok(written)
}

/// The HTML the app mounts for `route`: the site's frame around a view, or
/// a widget's `main`, with the ratings chart (if any) drawn for a box
/// `chart_box` wide.
fn render(route: &Route, chart_box: Option<f64>) -> Result<String, String> {
    let owner = Owner::new();
    owner.set();
    // Rendered once, to text: nothing here is meant to track its signals,
    // so Leptos' warnings about reads outside a tracking context would be
    // noise.
    let _quiet = leptos::reactive::diagnostics::SpecialNonReactiveZone::enter();
    router::provide_fixed(route.clone());
    rating_explainer::shell::provide_app_state();
    provide_drawing(PageDrawing::default().with_chart_box(chart_box));
    let html = match &route.view {
        View::Embed(widget) => {
            let widget = widget.clone();
            view! { <EmbedMain><Embed widget=widget/></EmbedMain> }.to_html()
        }
        other => {
            let shown = views::render_now(other.clone())
                .ok_or_else(|| format!("{}: not at hand", route.to_hash()))?;
            // The view as one drawn part, which the app takes over a frame
            // after its shell (`views::CurrentView`).
            view! {
                <SiteFrame>
                    <div class="drawn-part" data-drawn-part=VIEW_PART>{shown}</div>
                </SiteFrame>
            }
            .to_html()
        }
    };
    drop(owner);
    Ok(explainer_core::first_view::tidy_rendering(&html))
}

fn write(site: &Path, key: &str, html: &str) -> Result<(), String> {
    let path = site.join(file(key));
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    }
    std::fs::write(&path, html).map_err(|e| format!("{}: {e}", path.display()))
}
