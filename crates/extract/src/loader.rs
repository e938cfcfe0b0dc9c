//! The module loader written into the built page: the page preloads the
//! main module and its glue, and one module script starts the app. The
//! site's WebAssembly lives in one folder per build, `wasm-<hash>/`
//! (`scripts/build-wasm.sh`); the areas' modules are fetched from there by
//! the glue when first needed.

use std::cell::Cell;
use std::path::Path;
use std::rc::Rc;

use crate::html;
use lol_html::html_content::ContentType;
use lol_html::{element, end_tag};

use explainer_core::embed::{DataSet, Widget};
use explainer_core::first_view;

/// The build's WebAssembly folder in `site` (`wasm-<hash>`), if there is
/// exactly one.
pub fn wasm_folder(site: &Path) -> Result<String, String> {
    let entries = std::fs::read_dir(site).map_err(|e| format!("{}: {e}", site.display()))?;
    let mut found: Vec<String> = entries
        .filter_map(Result::ok)
        .filter(|e| e.path().is_dir())
        .filter_map(|e| e.file_name().into_string().ok())
        .filter(|name| name.starts_with("wasm-"))
        .collect();
    match found.len() {
        1 => Ok(found.remove(0)),
        0 => Err(format!(
            "{} has no wasm-<hash> folder: build the WebAssembly first",
            site.display()
        )),
        _ => Err(format!(
            "{} has several wasm-<hash> folders: {}",
            site.display(),
            found.join(", ")
        )),
    }
}

/// How long a page waits for its rendered first view before it loads the
/// app anyway, in milliseconds.
pub const FIRST_VIEW_WAIT_MS: u32 = 3000;

/// The script that draws the address's rendered first view
/// ([`first_view::script`], with every key the build renders), then the
/// preload link and module script for the WebAssembly in `folder` (the glue
/// imports the module links, `__wasm_split.js`). The script's shape
/// (`from '…'`, `module_or_path: '…'`) is what the single-file edition
/// replaces ([`crate::single`]); the event is the one the page's first
/// script waits for.
pub fn loader(folder: &str, keys: &[(String, Option<first_view::ChartBox>)]) -> String {
    let links = format!(
        "<link rel=\"modulepreload\" href=\"./{folder}/__wasm_split.js\" crossorigin=\"anonymous\">\n  "
    );
    format!(
        "{}{}",
        first_view::script(keys, FIRST_VIEW_WAIT_MS),
        module_loader(folder, "main", &links)
    )
}

/// The widgets' page's loader (`embed.html`): the page's merged
/// stylesheet, and the widgets' module (`widgets.js`, `widgets_bg.wasm`,
/// no areas to fetch).
pub fn widgets_loader(
    folder: &str,
    stylesheet: &str,
    keys: &[(String, Option<first_view::ChartBox>)],
) -> String {
    let link = format!("<link rel=\"stylesheet\" href=\"{stylesheet}\">\n  ");
    format!(
        "{link}{}{}{}",
        first_view::script(keys, FIRST_VIEW_WAIT_MS),
        data_preload(),
        module_loader(folder, "widgets", "")
    )
}

/// A script that preloads the slice of the corpus the address's widget
/// reads ([`DataSet::of`]), once the first view is drawn, so that it
/// arrives with the module rather than after it has started. The module's
/// own fetch then takes the preloaded response (same address, same mode).
fn data_preload() -> String {
    let sets = [
        Widget::Rating,
        Widget::RatingsChart,
        Widget::Timeline,
        Widget::Recommendations,
        Widget::WhatIf,
    ]
    .iter()
    .map(|w| {
        let first = w.path().trim_start_matches("/embed/").to_owned();
        format!("'{first}':'{}'", DataSet::of(w).file())
    })
    .collect::<Vec<_>>()
    .join(",");
    let fallback = DataSet::of(&Widget::Unknown(String::new())).file();
    format!(
        "<script>\n\
         (function () {{\n\
         var sets = {{{sets}}};\n\
         var first = (/^#\\/embed\\/([^/?]*)/.exec(location.hash) || [])[1];\n\
         (window.firstView || Promise.resolve()).then(function () {{\n\
         var link = document.createElement('link');\n\
         link.rel = 'preload'; link.as = 'fetch'; link.crossOrigin = 'anonymous';\n\
         link.href = (first && sets.hasOwnProperty(first)) ? sets[first] : '{fallback}';\n\
         document.head.appendChild(link);\n\
         }});\n\
         }})();\n\
         </script>\n  "
    )
}

/// Preloads the glue of module `name` of `folder` (with `links` after it)
/// and starts the module with one module script, once the page's first
/// view is drawn (`window.firstView`): the WebAssembly, the bulk of the
/// download, never competes with what the reader sees first.
fn module_loader(folder: &str, name: &str, links: &str) -> String {
    format!(
        "<link rel=\"modulepreload\" href=\"./{folder}/{name}.js\" crossorigin=\"anonymous\">\n  \
         {links}\
         <script type=\"module\">\n\
         import init from './{folder}/{name}.js';\n\
         await window.firstView;\n\
         const wasm = await init({{ module_or_path: './{folder}/{name}_bg.wasm' }});\n\
         dispatchEvent(new CustomEvent(\"TrunkApplicationStarted\", {{ detail: {{ wasm }} }}));\n\
         </script>\n"
    )
}

/// Writes [`loader`] at the end of the page's `<head>`.
pub fn insert_loader(
    page: &str,
    folder: &str,
    keys: &[(String, Option<first_view::ChartBox>)],
) -> Result<String, String> {
    insert_at_head_end(page, &loader(folder, keys))
}

/// Writes `loader` (a page's module loader) at the end of its `<head>`,
/// once: fails if the page has an inline module script already, or no
/// `</head>` to write before.
pub fn insert_at_head_end(page: &str, loader: &str) -> Result<String, String> {
    let has_loader = Cell::new(false);
    // Set by the end tag's handler, which must own what it uses.
    let written = Rc::new(Cell::new(false));
    let loader = format!("  {loader}");
    let page = html::rewrite(
        page,
        vec![
            element!("script[type=module]:not([src])", |_| {
                has_loader.set(true);
                Ok(())
            }),
            element!("head", |el| {
                let (written, loader) = (Rc::clone(&written), loader.clone());
                // Only a `</head>` of its own: a head left open is ended
                // by the tag that ends its parent, `</html>`.
                el.on_end_tag(end_tag!(move |end| {
                    if end.name() == "head" {
                        end.before(&loader, ContentType::Html);
                        written.set(true);
                    }
                    Ok(())
                }))
            }),
        ],
    )?;
    if has_loader.get() {
        return Err("the page already has a module loader".to_owned());
    }
    if !written.get() {
        return Err("the page has no </head>".to_owned());
    }
    Ok(page)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_widgets_page_preloads_each_widgets_slice() {
        let script = data_preload();
        for (first, file) in [
            ("rating", "widget-data/scores.json"),
            ("ratings-chart", "widget-data/ratings.json"),
            ("timeline", "widget-data/events.json"),
            ("recommendations", "widget-data/items.json"),
            ("what-if", "widget-data/scores.json"),
        ] {
            assert!(
                script.contains(&format!("'{first}':'{file}'")),
                "{first}: {script}"
            );
        }
        assert!(script.contains(": 'widget-data/scores.json';"), "{script}");
        let loader = widgets_loader("wasm-0123", "./style-1.css", &[]);
        assert!(
            loader.find("rel = 'preload'").unwrap()
                < loader.find("<script type=\"module\">").unwrap()
        );
    }

    #[test]
    fn the_loader_goes_once_before_the_end_of_head() {
        let page = "<html><head><title>t</title></head><body></body></html>";
        let keys = [("index".to_owned(), None)];
        let staged = insert_loader(page, "wasm-0123", &keys).unwrap();
        assert!(staged.contains("import init from './wasm-0123/main.js';"));
        assert!(staged.contains("module_or_path: './wasm-0123/main_bg.wasm'"));
        assert!(staged.find("<script type=\"module\">").unwrap() < staged.find("</head>").unwrap());
        assert!(
            staged.find("window.firstView = new Promise").unwrap()
                < staged.find("await window.firstView;").unwrap(),
            "the module waits for the first view"
        );
        assert!(
            !staged.contains("main_bg.wasm\" crossorigin"),
            "no preload of the module"
        );
        assert!(insert_loader(&staged, "wasm-0123", &keys).is_err());
        assert!(insert_loader("<html></html>", "wasm-0123", &keys).is_err());
    }

    #[test]
    fn the_loader_goes_before_the_real_end_of_head() {
        let page = "<head><script>var s = '</head>';</script>\n\
                    <script type=\"module\" src=\"x.js\"></script>\n</head><body></body>";
        let staged = insert_at_head_end(page, "<script type=\"module\"></script>\n").unwrap();
        assert!(staged.ends_with("  <script type=\"module\"></script>\n</head><body></body>"));
        assert!(staged.starts_with("<head><script>var s = '</head>';</script>"));
        let implied = "<html><head><title>t</title><body></body></html>";
        assert_eq!(
            insert_at_head_end(implied, "").unwrap_err(),
            "the page has no </head>"
        );
        let loaded = "<head><!-- <script type=\"module\"> --></head>";
        assert!(insert_at_head_end(loaded, "").is_ok());
    }

    #[test]
    fn the_folder_must_be_there_and_alone() {
        let dir = std::env::temp_dir().join(format!("loader-test-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        assert!(wasm_folder(&dir).is_err());
        std::fs::create_dir_all(dir.join("wasm-ab")).unwrap();
        assert_eq!(wasm_folder(&dir).unwrap(), "wasm-ab");
        std::fs::create_dir_all(dir.join("wasm-cd")).unwrap();
        assert!(wasm_folder(&dir).is_err());
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
