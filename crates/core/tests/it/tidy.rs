//! House rules that a reviewer would otherwise have to remember, checked
//! over the workspace's sources: every address is built through `Route`,
//! every module says what it holds, and no public item is dead.

use std::collections::{BTreeMap, HashMap};
use std::fs;
use std::path::{Path, PathBuf};

/// The workspace's root, two levels above this crate.
fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// Every `.rs` file under `dir`, with its text, by path relative to the root.
fn sources(dir: &str) -> BTreeMap<String, String> {
    fn walk(path: &Path, root: &Path, out: &mut BTreeMap<String, String>) {
        for entry in fs::read_dir(path).expect("a readable source folder") {
            let path = entry.expect("a folder entry").path();
            if path.is_dir() {
                walk(&path, root, out);
            } else if path.extension().is_some_and(|e| e == "rs") {
                let name = path.strip_prefix(root).unwrap().display().to_string();
                out.insert(name, fs::read_to_string(&path).expect("a UTF-8 source"));
            }
        }
    }
    let root = root();
    let mut out = BTreeMap::new();
    walk(&root.join(dir), &root, &mut out);
    out
}

/// The product's sources: the app's and every crate's `src/`.
fn product() -> BTreeMap<String, String> {
    let mut all = sources("src");
    for krate in ["crates/core/src", "crates/extract/src"] {
        all.extend(sources(krate));
    }
    all
}

/// The lines of `text` outside comments.
fn code_lines(text: &str) -> impl Iterator<Item = (usize, &str)> {
    text.lines()
        .enumerate()
        .filter(|(_, l)| !l.trim_start().starts_with("//"))
}

/// Addresses written by hand in the app's code, as `file:line`.
fn hand_written_addresses(files: &BTreeMap<String, String>) -> Vec<String> {
    files
        .iter()
        .flat_map(|(name, text)| {
            code_lines(text)
                .filter(|(_, l)| l.contains("\"#/"))
                .map(move |(n, _)| format!("{name}:{}", n + 1))
        })
        .collect()
}

#[test]
fn every_address_in_the_app_is_built_through_route() {
    assert_eq!(
        hand_written_addresses(&sources("src")),
        Vec::<String>::new()
    );
    let planted = BTreeMap::from([(
        "x.rs".to_owned(),
        "//! x\nlet a = format!(\"#/rating/{c}\");\n".to_owned(),
    )]);
    assert_eq!(hand_written_addresses(&planted), ["x.rs:2"]);
}

#[test]
fn every_module_says_what_it_holds() {
    let undocumented: Vec<_> = product()
        .into_iter()
        .filter(|(_, text)| !text.trim_start().starts_with("//!"))
        .map(|(name, _)| name)
        .collect();
    assert_eq!(undocumented, Vec::<String>::new());
}

#[test]
fn no_source_file_is_over_300_lines() {
    let long: Vec<_> = product()
        .into_iter()
        .map(|(name, text)| (name, text.lines().count()))
        .filter(|&(_, lines)| lines > 300)
        .collect();
    assert_eq!(long, Vec::<(String, usize)>::new());
}

/// Every `static NAME:` the app declares (plain or thread-local), as
/// `file:NAME`.
fn app_globals(files: &BTreeMap<String, String>) -> Vec<String> {
    let mut out = Vec::new();
    for (name, text) in files {
        for (_, line) in code_lines(text) {
            let Some(rest) = line.trim_start().strip_prefix("static ") else {
                continue;
            };
            if let Some((global, _)) = rest.split_once(':')
                && global.chars().all(|c| c.is_ascii_uppercase() || c == '_')
            {
                out.push(format!("{name}:{global}"));
            }
        }
    }
    out
}

/// The app's globals, each a cache of what follows from the compiled-in
/// corpus or a once-per-page flag. State that outlives a view (the reader's
/// tracker, a quiz in progress, the page's drawing) is context from the
/// shell instead; a new global has to be added here, with its reason.
const ALLOWED_GLOBALS: [&str; 9] = [
    "src/corpus.rs:CORPUS",                      // the corpus, parsed once
    "src/tracker_store.rs:VOCAB",                // the corpus's ids and statuses
    "src/components/search_index.rs:INDEX",      // the site search's index
    "src/components/search_index.rs:BUILDER",    // ...while it is folded
    "src/components/search_index.rs:SCHEDULED",  // ...whether folding started
    "src/views/timeline/mod.rs:INDEX",           // the timeline's search index
    "src/views/timeline/mod.rs:NONE",            // ...over no events
    "src/views/timeline/chart/table.rs:COLUMNS", // the table's editions
    "src/views/static_page.rs:MARKED",           // the first-view mark, once
];

#[test]
fn the_app_keeps_only_caches_of_the_corpus_in_globals() {
    let found = app_globals(&sources("src"));
    assert_eq!(found.len(), ALLOWED_GLOBALS.len(), "{found:?}");
    for global in &found {
        assert!(
            ALLOWED_GLOBALS.contains(&global.as_str()),
            "{global} is not a cache of the corpus"
        );
    }
    let planted = BTreeMap::from([(
        "x.rs".to_owned(),
        "//! x\nthread_local! {\n    static KEPT: Cell<u8> = const { Cell::new(0) };\n}\n"
            .to_owned(),
    )]);
    assert_eq!(app_globals(&planted), ["x.rs:KEPT"]);
}

/// The text of a file before its unit tests' module.
fn before_tests(text: &str) -> &str {
    text.find("#[cfg(test)]\nmod ").map_or(text, |i| &text[..i])
}

/// Names declared `pub` (functions, types, constants) in `text`.
fn public_names(text: &str) -> Vec<&str> {
    const KINDS: [&str; 8] = [
        "fn ",
        "const fn ",
        "struct ",
        "enum ",
        "const ",
        "static ",
        "type ",
        "trait ",
    ];
    code_lines(before_tests(text))
        .filter_map(|(_, line)| {
            let rest = line.trim_start().strip_prefix("pub ")?;
            let rest = KINDS.iter().find_map(|k| rest.strip_prefix(k))?;
            let end = rest
                .find(|c: char| !(c.is_alphanumeric() || c == '_'))
                .unwrap_or(rest.len());
            Some(&rest[..end]).filter(|n| !n.is_empty())
        })
        .collect()
}

/// How many times each word occurs in `text`'s code, added to `counts`;
/// re-exports (`pub use`) use nothing and are left out.
fn count_words<'t>(text: &'t str, counts: &mut HashMap<&'t str, usize>) {
    let lines = code_lines(text).filter(|(_, l)| !l.trim_start().starts_with("pub use"));
    for (_, line) in lines {
        for word in line.split(|c: char| !(c.is_alphanumeric() || c == '_')) {
            *counts.entry(word).or_default() += 1;
        }
    }
}

/// Public items that nothing uses: named once (where declared) across the
/// product's code and the integration tests. A unit test alone does not
/// keep an item alive.
fn dead_items(product: &BTreeMap<String, String>, tests: &BTreeMap<String, String>) -> Vec<String> {
    let mut counts = HashMap::new();
    let code = product
        .iter()
        .filter(|(name, _)| !name.ends_with("/tests.rs"))
        .map(|(_, text)| before_tests(text))
        .chain(tests.values().map(String::as_str));
    for text in code {
        count_words(text, &mut counts);
    }
    product
        .iter()
        .flat_map(|(file, text)| {
            public_names(text)
                .into_iter()
                .filter(|name| counts.get(name).copied().unwrap_or(0) <= 1)
                .map(move |name| format!("{file}: {name}"))
        })
        .collect()
}

#[test]
fn no_public_item_is_dead() {
    let mut tests = sources("crates/core/tests");
    tests.extend(sources("crates/extract/tests"));
    tests.extend(sources("tests"));
    assert_eq!(dead_items(&product(), &tests), Vec::<String>::new());
    let planted = BTreeMap::from([(
        "x.rs".to_owned(),
        "//! x\npub fn used() {}\npub fn unused() {}\nfn f() { used() }\n".to_owned(),
    )]);
    assert_eq!(dead_items(&planted, &BTreeMap::new()), ["x.rs: unused"]);
}
