//! `ARCHITECTURE.md` stays true: every name it puts in backticks (a module,
//! a function, a test, a file) is still in the repository, so a rename that
//! forgets the map fails here instead of misleading the next reader.

use std::collections::BTreeSet;
use std::fs;
use std::path::Path;

/// The workspace's root, two levels above this crate.
fn root() -> &'static Path {
    Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../.."))
}

/// Folders that hold nothing the map describes.
const SKIPPED: [&str; 6] = [
    ".git",
    "target",
    "node_modules",
    "dist",
    "dist-single",
    ".ci",
];

/// Kinds of file whose text may hold a name the map uses.
const TEXT: [&str; 9] = ["rs", "mjs", "js", "sh", "toml", "html", "css", "json", "md"];

/// Every file and folder name in the repository, and the text of every
/// source file but the map itself.
fn repository() -> (BTreeSet<String>, String) {
    fn walk(dir: &Path, names: &mut BTreeSet<String>, text: &mut String) {
        for entry in fs::read_dir(dir).expect("a readable folder") {
            let path = entry.expect("a folder entry").path();
            let name = path.file_name().unwrap().to_string_lossy().into_owned();
            if SKIPPED.contains(&name.as_str()) || name == "ARCHITECTURE.md" {
                continue;
            }
            if path.is_dir() {
                walk(&path, names, text);
            } else if path
                .extension()
                .is_some_and(|e| TEXT.contains(&e.to_str().unwrap_or("")))
            {
                // Files too large to be code (the corpus, the sources) name nothing.
                if fs::metadata(&path).is_ok_and(|m| m.len() < 400_000) {
                    text.push_str(&fs::read_to_string(&path).unwrap_or_default());
                    text.push('\n');
                }
            }
            names.insert(name);
        }
    }
    let (mut names, mut text) = (BTreeSet::new(), String::new());
    walk(root(), &mut names, &mut text);
    (names, text)
}

/// Extensions that make a name a file's.
const FILES: [&str; 11] = [
    "rs", "mjs", "js", "sh", "toml", "html", "css", "json", "md", "txt", "wasm",
];

/// What a backticked name must match: a file or folder (its last part), or
/// a word in the sources (the last part of a path like `Route::to_hash` or
/// `location.hash`).
/// `None` for what is not a name: an address pattern, JSON, a URL scheme,
/// a doc-comment marker, or what only the build makes (`dist…`).
fn checked(name: &str) -> Option<(bool, &str)> {
    if name.contains(['<', '>', '…', '*', ' ', '{', '"', '@', '=', ':']) && !name.contains("::")
        || name.starts_with("dist")
        || !name.chars().any(|c| c.is_ascii_alphanumeric())
    {
        return None;
    }
    let name = name.trim_end_matches("()").trim_end_matches('!');
    if name.contains('/')
        || name
            .rsplit_once('.')
            .is_some_and(|(_, ext)| FILES.contains(&ext))
    {
        let last = name.trim_end_matches('/').rsplit('/').next()?;
        return Some((true, last));
    }
    let last = name.rsplit("::").next()?.rsplit('.').next()?;
    let word = last.chars().all(|c| c.is_ascii_alphanumeric() || c == '_');
    (word && !last.is_empty()).then_some((false, last))
}

/// The backticked spans of `text`.
fn backticked(text: &str) -> impl Iterator<Item = &str> {
    text.split("```")
        .step_by(2)
        .flat_map(|prose| prose.split('`').skip(1).step_by(2))
}

#[test]
fn every_name_in_the_map_is_in_the_repository() {
    let map = fs::read_to_string(root().join("ARCHITECTURE.md")).expect("ARCHITECTURE.md");
    let (names, text) = repository();
    let missing: Vec<&str> = backticked(&map)
        .filter(|span| match checked(span) {
            Some((true, file)) => !names.contains(file),
            Some((false, word)) => !text.contains(word) && !names.contains(word),
            None => false,
        })
        .collect();
    assert!(
        missing.is_empty(),
        "ARCHITECTURE.md names what no longer exists: {missing:?}"
    );
}

#[test]
fn the_map_check_sees_a_missing_name() {
    assert_eq!(checked("bin/widgets.rs"), Some((true, "widgets.rs")));
    assert_eq!(checked("tests/e2e/"), Some((true, "e2e")));
    assert_eq!(checked("Route::to_hash"), Some((false, "to_hash")));
    assert_eq!(checked("validate()"), Some((false, "validate")));
    assert_eq!(checked("first/<key>.html"), None);
    assert_eq!(checked("location.hash"), Some((false, "hash")));
    assert_eq!(checked("file://"), None);
    let spans: Vec<&str> = backticked("a `x` b ```\n`y`\n``` c `z`").collect();
    assert_eq!(spans, ["x", "z"]);
}
