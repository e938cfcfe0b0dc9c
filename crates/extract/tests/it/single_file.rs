//! The single-file edition folds a built page and its files into one.

use explainer_extract::policy::{inline_script_hashes, inline_style_hashes};
use explainer_extract::single::single_file;

const INDEX: &str = r#"<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta http-equiv="Content-Security-Policy" content="old">
  <meta name="referrer" content="no-referrer">
  <title>t</title>
  <link rel="stylesheet" href="/app-1.css" integrity="sha384-x"/>
  <link rel="icon" href="favicon.svg" type="image/svg+xml">
  <script>var early = 1;</script>
<script type="module">
import init, * as bindings from '/app-1.js';
const wasm = await init({ module_or_path: '/app-1_bg.wasm' });
</script>
<link rel="modulepreload" href="/app-1.js" crossorigin="anonymous"><link rel="preload" href="/app-1_bg.wasm" as="fetch"></head>
<body>
<div id="static-page"><h1>h</h1><h2>Downloads</h2>
<ul class="downloads"><li><a href="data/x.csv" download>x.csv</a></li></ul>
<h2>Sources</h2></div>
</body>
</html>"#;

fn read(path: &str) -> Result<Vec<u8>, String> {
    match path {
        "/app-1.css" => Ok(b"body { color: red; }".to_vec()),
        "favicon.svg" => Ok(b"<svg/>".to_vec()),
        "/app-1.js" => Ok(b"let wasm;\nexport class A {}\nasync function __wbg_init(m) {}\nexport { initSync, __wbg_init as default };\n".to_vec()),
        "/app-1_bg.wasm" => Ok(vec![0, 97, 115, 109]),
        other => Err(format!("{other}: no such file")),
    }
}

#[test]
fn everything_is_inside_one_page() {
    let page = single_file(INDEX, &read).unwrap();
    assert!(page.contains("<style>body { color: red; }</style>"));
    assert!(!page.contains("rel=\"stylesheet\""));
    assert!(!page.contains("preload"));
    assert!(page.contains("href=\"data:image/svg+xml;base64,PHN2Zy8+\""));
    assert!(page.contains("\nclass A {}"));
    assert!(!page.contains("export {"));
    assert!(page.contains("atob(\"AGFzbQ==\")"));
    assert!(page.contains("await __wbg_init({ module_or_path: bytes })"));
    assert!(!page.contains("import init"));
    // The static links to files beside the page are gone; the rest stays.
    assert!(!page.contains("data/x.csv"));
    assert!(page.contains("<h2>Sources</h2>"));
    // One policy, with the hash of every inline script and style.
    assert_eq!(page.matches("Content-Security-Policy").count(), 1);
    assert_eq!(page.matches("name=\"referrer\"").count(), 1);
    assert!(!page.contains("content=\"old\""));
    let scripts = inline_script_hashes(&page).unwrap();
    assert_eq!(scripts.len(), 2);
    for hash in scripts.iter().chain(&inline_style_hashes(&page).unwrap()) {
        assert!(page.contains(&format!(" {hash}")), "{hash}");
    }
}

#[test]
fn a_missing_file_or_loader_is_named() {
    let no_css = |p: &str| {
        if p == "/app-1.css" {
            Err("/app-1.css: gone".into())
        } else {
            read(p)
        }
    };
    assert!(
        single_file(INDEX, &no_css)
            .unwrap_err()
            .contains("app-1.css")
    );
    let no_loader = INDEX.replace("<script type=\"module\">", "<script>");
    assert!(
        single_file(&no_loader, &read)
            .unwrap_err()
            .contains("loader")
    );
    for missing in ["favicon.svg", "/app-1.js", "/app-1_bg.wasm"] {
        let gone = |p: &str| {
            if p == missing {
                Err(format!("{p}: gone"))
            } else {
                read(p)
            }
        };
        let error = single_file(INDEX, &gone).unwrap_err();
        assert!(error.contains(missing), "{missing}: {error}");
    }
    let no_css = INDEX.replace("rel=\"stylesheet\"", "rel=\"alternate\"");
    assert!(
        single_file(&no_css, &read)
            .unwrap_err()
            .contains("stylesheet")
    );
}

#[test]
fn only_the_first_loader_is_replaced_and_the_rest_kept() {
    let page = INDEX.replace(
        "</head>",
        "<script type=\"module\">console.log(1);</script></head>",
    );
    let single = single_file(&page, &read).unwrap();
    assert_eq!(single.matches("<script type=\"module\">").count(), 2);
    assert!(single.contains("<script type=\"module\">console.log(1);</script></head>"));
    assert_eq!(
        single
            .matches("__wbg_init({ module_or_path: bytes })")
            .count(),
        1
    );
}
