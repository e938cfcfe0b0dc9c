//! Build step run by Trunk after each build (a `post_build` hook, after
//! `scripts/build-wasm.sh`): writes the module loader, folds the
//! stylesheets into one file, writes the static content and the
//! Content-Security-Policy into the staged `index.html`, and the data
//! downloads into `data/`, all from the committed corpus; then finishes
//! the widgets' page (`embed.html`) and writes the slices of the corpus
//! its widgets fetch (`widget-data/`). The folder is
//! `$TRUNK_STAGING_DIR`, or the first argument.

use explainer_core::embed::DataSet;
use explainer_core::embed::data::{WIDGET_DATA_DIR, slice};
use explainer_core::first_view::{self, first_views};
use explainer_core::site::DATA_FILES;
use explainer_extract::corpus_dir;
use explainer_extract::loader::{insert_at_head_end, insert_loader, wasm_folder, widgets_loader};
use explainer_extract::page::stage;
use explainer_extract::policy::insert_policy;
use explainer_extract::styles::merge_stylesheets;
use std::path::PathBuf;
use std::process::ExitCode;

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("explainer-stage: {e}");
            ExitCode::FAILURE
        }
    }
}

fn run() -> Result<(), String> {
    let dir = std::env::args()
        .nth(1)
        .or_else(|| std::env::var("TRUNK_STAGING_DIR").ok())
        .map(PathBuf::from)
        .ok_or("give the built site's folder, or run as a Trunk hook")?;
    let json_path = corpus_dir().join("corpus.json");
    let json =
        std::fs::read_to_string(&json_path).map_err(|e| format!("{}: {e}", json_path.display()))?;
    let corpus: explainer_core::corpus::Corpus =
        serde_json::from_str(&json).map_err(|e| format!("{}: {e}", json_path.display()))?;

    let index = dir.join("index.html");
    let mut html =
        std::fs::read_to_string(&index).map_err(|e| format!("{}: {e}", index.display()))?;
    let file = |href: &str| dir.join(href.trim_start_matches('/'));
    let read = |href: &str| std::fs::read_to_string(file(href)).map_err(|e| format!("{href}: {e}"));
    let merged =
        merge_stylesheets(&html, &read)?.ok_or("the page links no stylesheets to fold into one")?;
    std::fs::write(file(&merged.href), &merged.css).map_err(|e| format!("{}: {e}", merged.href))?;
    for href in &merged.folded {
        std::fs::remove_file(file(href)).map_err(|e| format!("{href}: {e}"))?;
    }
    html = merged.page;
    let folder = wasm_folder(&dir)?;
    // The first views the build rendered (scripts/prerender.sh), each the
    // page's to draw before the app arrives.
    let rendered = |k: &str| dir.join(first_view::file(k)).is_file();
    let keys: Vec<_> = first_views(&corpus)
        .iter()
        .map(|route| (first_view::key(route), first_view::chart_box(route)))
        .filter(|(k, chart)| match chart {
            None => rendered(k),
            Some(_) => first_view::chart_widths().all(|w| rendered(&first_view::variant(k, w))),
        })
        .collect();
    let (site_keys, widget_keys): (Vec<_>, Vec<_>) = keys
        .into_iter()
        .partition(|(k, _)| !k.starts_with("embed/"));
    let html = insert_loader(&html, &folder, &site_keys)?;
    let staged = stage(&html, &corpus)?;
    std::fs::write(&index, staged).map_err(|e| format!("{}: {e}", index.display()))?;

    // The widgets' page: the same stylesheet, the widgets' module, and the
    // slices of the corpus the widgets fetch.
    let embed = dir.join("embed.html");
    let page = std::fs::read_to_string(&embed).map_err(|e| format!("{}: {e}", embed.display()))?;
    let mut page = insert_at_head_end(&page, &widgets_loader(&folder, &merged.href, &widget_keys))?;
    insert_policy(&mut page)?;
    std::fs::write(&embed, page).map_err(|e| format!("{}: {e}", embed.display()))?;
    let slices = dir.join(WIDGET_DATA_DIR);
    std::fs::create_dir_all(&slices).map_err(|e| format!("{}: {e}", slices.display()))?;
    for set in DataSet::ALL {
        let path = dir.join(set.file());
        let json = serde_json::to_string(&slice(&corpus, set)).map_err(|e| e.to_string())?;
        std::fs::write(&path, json).map_err(|e| format!("{}: {e}", path.display()))?;
    }

    let data = dir.join("data");
    std::fs::create_dir_all(&data).map_err(|e| format!("{}: {e}", data.display()))?;
    for f in DATA_FILES {
        let path = data.join(f.name);
        std::fs::write(&path, f.contents(&corpus, &json))
            .map_err(|e| format!("{}: {e}", path.display()))?;
    }
    Ok(())
}
