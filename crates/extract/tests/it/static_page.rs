//! The page's static content and security policy, written at build time.

use explainer_core::corpus::Corpus;
use explainer_extract::corpus_dir;
use explainer_extract::page::{STATIC_ID, escape, head_tags, stage, static_content};
use explainer_extract::policy::{content_security_policy, inline_script_hashes};

fn corpus() -> Corpus {
    let json = std::fs::read_to_string(corpus_dir().join("corpus.json")).unwrap();
    serde_json::from_str(&json).unwrap()
}

const PAGE: &str = "<!doctype html>\n<html><head><meta charset=\"utf-8\"><title>x</title>\
    <script>var a = 1;</script><script type=\"module\" src=\"x.js\"></script>\
    <script type=\"module\">\nimport init from './x.js';\n</script></head>\n<body>\n<noscript>n</noscript>\n</body></html>";

#[test]
fn the_static_content_states_every_score_from_the_corpus() {
    let c = corpus();
    let html = static_content(&c);
    let fiw = &c.fiw;
    assert!(html.contains(&format!(
        "<h1>{}: {}/{}, {}</h1>",
        c.country,
        fiw.score,
        fiw.max,
        fiw.status.label()
    )));
    for cat in &fiw.categories {
        assert!(html.contains(&format!(
            "<dt>{}</dt><dd><span class=\"figure-value\">{}/{}</span>",
            cat.name, cat.score, cat.max
        )));
    }
    let subs: Vec<_> = fiw
        .categories
        .iter()
        .flat_map(|c| &c.subcategories)
        .collect();
    assert_eq!(subs.len(), 7);
    for s in subs {
        assert!(html.contains(&format!(
            "{}. {}</th><td class=\"num\">{} of {}</td>",
            s.letter,
            escape(&s.name),
            s.score,
            s.max
        )));
    }
    let mut lines = 0;
    for (_, _, i) in fiw.indicators() {
        let line = format!(
            "<th scope=\"row\">{} {}</th><td class=\"num\">{} of {}</td>",
            i.code,
            escape(c.question(i).unwrap()),
            i.score,
            i.max
        );
        assert_eq!(html.matches(&line).count(), 1, "{line}");
        lines += 1;
    }
    assert_eq!(lines, 25);
    for d in &c.documents {
        assert!(html.contains(&escape(&d.title)), "{}", d.title);
    }
    for f in explainer_core::site::DATA_FILES {
        assert!(html.contains(&format!("href=\"data/{}\" download", f.name)));
    }
}

#[test]
fn text_is_escaped() {
    assert_eq!(
        escape("<b a=\"x\">&'</b>"),
        "&lt;b a=&quot;x&quot;&gt;&amp;&#39;&lt;/b&gt;"
    );
}

#[test]
fn inline_scripts_are_hashed_and_external_ones_are_not() {
    let hashes = inline_script_hashes(PAGE).unwrap();
    assert_eq!(hashes.len(), 2);
    // sha256("var a = 1;"), computed independently with `openssl dgst -sha256 -binary | base64`.
    assert_eq!(
        hashes[0],
        "'sha256-+dZ6udsWxNVoGfScAq7t5IIF5UJb4F6RhjbN6oe1p4w='"
    );
    assert_ne!(hashes[0], hashes[1]);
    assert_eq!(
        inline_script_hashes("<script></script>").unwrap(),
        ["'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='"]
    );
}

#[test]
fn the_policy_allows_only_the_page_itself() {
    let csp = content_security_policy(&["'sha256-abc'".to_owned()], &[]);
    assert!(csp.starts_with("default-src 'none'; "));
    assert!(csp.contains("script-src 'self' 'wasm-unsafe-eval' 'sha256-abc';"));
    assert!(!csp.contains("unsafe-inline"));
    assert!(!csp.contains("http"));
    assert!(csp.contains("; style-src 'self';"));
    let single = content_security_policy(&[], &["'sha256-s'".to_owned()]);
    assert!(single.contains("; style-src 'self' 'sha256-s';"));
}

#[test]
fn staging_writes_content_policy_and_referrer_once() {
    let c = corpus();
    let staged = stage(PAGE, &c).unwrap();
    assert_eq!(staged.matches(&format!("id=\"{STATIC_ID}\"")).count(), 1);
    let body = staged.find("<body>").unwrap();
    assert!(
        staged[body..]
            .trim_start_matches("<body>\n")
            .starts_with("<div id=\"static-page\">")
    );
    let charset = staged.find("<meta charset=\"utf-8\">").unwrap();
    let policy = staged
        .find("http-equiv=\"Content-Security-Policy\"")
        .unwrap();
    assert!(charset < policy && policy < staged.find("<script").unwrap());
    for hash in inline_script_hashes(PAGE).unwrap() {
        assert!(staged.contains(&hash), "{hash}");
    }
    assert!(staged.contains("<meta name=\"referrer\" content=\"no-referrer\">"));
    assert!(stage(&staged, &c).unwrap_err().contains("already"));
    assert_eq!(staged.matches("<title>").count(), 1);
    assert!(!staged.contains("<title>x</title>"));
    assert!(stage("<html><head></head></html>", &c).is_err());
}

#[test]
fn title_and_previews_come_from_the_corpus() {
    let c = corpus();
    let tags = head_tags(&c);
    let title = format!(
        "<title>{}/{}, explained – {} in Freedom in the World 2019</title>",
        c.fiw.score, c.fiw.max, c.country
    );
    assert!(tags.starts_with(&title), "{tags}");
    let description = format!(
        "Freedom House rated {} {}/{}, {}",
        c.country,
        c.fiw.score,
        c.fiw.max,
        c.fiw.status.label()
    );
    for name in [
        "name=\"description\"",
        "property=\"og:description\"",
        "name=\"twitter:description\"",
    ] {
        let at = tags.find(name).unwrap_or_else(|| panic!("{name}"));
        assert!(tags[at..].contains(&description), "{name}");
    }
    for c in &c.fiw.categories {
        assert!(tags.contains(&format!("{} {}/{}", c.name, c.score, c.max)));
    }
}
