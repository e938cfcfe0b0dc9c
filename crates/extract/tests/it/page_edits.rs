//! Edits of the built page: what the page lacks is named, and only real
//! tags count, not text that looks like one in a comment or a script.

use explainer_core::corpus::Corpus;
use explainer_extract::corpus_dir;
use explainer_extract::page::stage;
use explainer_extract::policy::{inline_script_hashes, insert_policy};

fn corpus() -> Corpus {
    let json = std::fs::read_to_string(corpus_dir().join("corpus.json")).unwrap();
    serde_json::from_str(&json).unwrap()
}

#[test]
fn staging_names_what_the_page_lacks() {
    let c = corpus();
    let error = |page: &str| stage(page, &c).unwrap_err();
    let head = "<html><head><meta charset=\"utf-8\">";
    assert!(error(&format!("{head}<title>x</title></head></html>")).contains("<body>"));
    assert!(error(&format!("{head}</head><body></body></html>")).contains("no <title>"));
    assert!(error(&format!("{head}<title>x</head><body></body></html>")).contains("not closed"));
    assert!(error("<html><head><title>x</title></head><body></body></html>").contains("charset"));
    let staged =
        format!("{head}<title>x</title></head><body><div id=\"static-page\"></div></body>");
    assert!(error(&staged).contains("already"));
}

#[test]
fn only_real_inline_scripts_are_hashed() {
    let page = "<head><!-- <script>not a script</script> -->\
                <script data-note=\"a > b\">var a = 1;</script>\
                <script src=\"x.js\"></script><style>p{}</style></head>";
    // sha256("var a = 1;"), as in the static page's tests.
    assert_eq!(
        inline_script_hashes(page).unwrap(),
        ["'sha256-+dZ6udsWxNVoGfScAq7t5IIF5UJb4F6RhjbN6oe1p4w='"]
    );
}

#[test]
fn a_page_with_a_policy_has_it_rewritten_in_place() {
    let mut page = "<head><meta charset=\"utf-8\">\n  \
                    <meta http-equiv=\"Content-Security-Policy\" content=\"old\">\n  \
                    <meta name=\"referrer\" content=\"origin\">\n  \
                    <script>var a = 1;</script></head>"
        .to_owned();
    insert_policy(&mut page).unwrap();
    assert_eq!(page.matches("Content-Security-Policy").count(), 1);
    assert_eq!(page.matches("name=\"referrer\"").count(), 1);
    assert!(page.contains("<meta name=\"referrer\" content=\"no-referrer\">"));
    assert!(page.contains("'sha256-+dZ6udsWxNVoGfScAq7t5IIF5UJb4F6RhjbN6oe1p4w='"));
    assert!(!page.contains("\"old\""));
    assert!(page.starts_with("<head><meta charset=\"utf-8\">\n  <meta http-equiv="));
}

#[test]
fn a_new_policy_follows_the_character_set() {
    let mut page = "<head><meta charset=\"utf-8\"><title>t</title></head>".to_owned();
    insert_policy(&mut page).unwrap();
    let policy = page.find("Content-Security-Policy").unwrap();
    let referrer = page.find("no-referrer").unwrap();
    assert!(policy < referrer && referrer < page.find("<title>").unwrap());
    assert!(page.starts_with("<head><meta charset=\"utf-8\">\n  <meta http-equiv="));
}
