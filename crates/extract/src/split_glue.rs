//! An edit of the splitter's glue (`__wasm_split.js`, written by
//! `wasm-split-cli`): its loader for an area of the app starts the fetch of
//! every module that area needs (some forty) in one go, and each `fetch`
//! costs the main thread about a millisecond, four on a slow phone. The
//! edited glue starts them a few per task, so no task of the app's start
//! holds the page for long.

/// How many module fetches start in one task.
pub const FETCHES_PER_TASK: usize = 8;

/// What each module loader's fetch looks like in the splitter's glue.
const FETCH: &str = "const src = fetch(new URL(";

/// The queue the edited fetches go through.
fn queue() -> String {
    format!(
        "// Module fetches start {FETCHES_PER_TASK} per task (scripts/build-wasm.sh).\n\
         const fetchQueue = [];\n\
         function staggered(start) {{\n\
         \x20   return new Promise((resolve, reject) => {{\n\
         \x20       if (fetchQueue.push(() => {{ try {{ resolve(start()); }} catch (e) {{ reject(e); }} }}) === 1) setTimeout(startSome, 0);\n\
         \x20   }});\n\
         }}\n\
         function startSome() {{\n\
         \x20   for (const start of fetchQueue.splice(0, {FETCHES_PER_TASK})) start();\n\
         \x20   if (fetchQueue.length) setTimeout(startSome, 0);\n\
         }}\n"
    )
}

/// The glue with every module's fetch going through a queue that starts
/// [`FETCHES_PER_TASK`] a task. An error if the glue is not the shape
/// this edit knows (no fetch to edit, or one already edited), so that a new
/// splitter's output is looked at rather than passed through.
pub fn stagger_fetches(glue: &str) -> Result<String, String> {
    if glue.contains("function staggered(") {
        return Err("the glue's fetches are staggered already".to_owned());
    }
    let fetches = glue.matches(FETCH).count();
    if fetches == 0 {
        return Err(format!("the glue has no `{FETCH}…` to stagger"));
    }
    let mut out = String::with_capacity(glue.len() + fetches * 20 + 400);
    let mut rest = glue;
    while let Some(at) = rest.find(FETCH) {
        out.push_str(&rest[..at]);
        let after = &rest[at + FETCH.len()..];
        // The fetch's call ends its line: `"./chunk_7.wasm", import.meta.url));`.
        let line = after.find('\n').map_or(after, |end| &after[..end]);
        let url = line
            .strip_suffix(");")
            .filter(|url| url.starts_with('"') && url.ends_with(".wasm\", import.meta.url)"))
            .ok_or_else(|| format!("a module's fetch is not the line it should be: {line}"))?;
        out.push_str("const src = staggered(() => fetch(new URL(");
        out.push_str(url);
        out.push_str("));");
        rest = &after[line.len()..];
    }
    out.push_str(rest);
    // The queue goes after the imports, before the loaders use it.
    let imports_end = out
        .find("\n\n")
        .filter(|&at| out[..at].lines().all(|l| l.starts_with("import ")))
        .ok_or("the glue does not start with its imports")?;
    out.insert_str(imports_end + 2, &format!("{}\n", queue()));
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    const GLUE: &str = "import { initSync } from \"./main.js\";\n\n\
        let sharedImports = undefined;\n\
        const __chunk_7 = makeLoad(() => {\n\
        \x20   const src = fetch(new URL(\"./chunk_7.wasm\", import.meta.url));\n\
        \x20   src.catch(() => {});\n\
        \x20   return async (imports) => (WebAssembly.instantiateStreaming(src, imports));\n\
        }\n, []);\n\
        const __chunk_8 = makeLoad(() => {\n\
        \x20   const src = fetch(new URL(\"./chunk_8.wasm\", import.meta.url));\n\
        \x20   src.catch(() => {});\n\
        }\n, []);\n";

    #[test]
    fn every_fetch_goes_through_the_queue() {
        let edited = stagger_fetches(GLUE).unwrap();
        assert_eq!(edited.matches("staggered(() => fetch(new URL(").count(), 2);
        assert!(!edited.contains("const src = fetch("));
        assert!(edited.contains(
            "const src = staggered(() => fetch(new URL(\"./chunk_8.wasm\", import.meta.url)));\n    src.catch"
        ));
        // The queue comes after the imports and before the first loader.
        let queue = edited.find("function staggered(").unwrap();
        assert!(edited.find("import { initSync }").unwrap() < queue);
        assert!(queue < edited.find("const __chunk_7").unwrap());
        assert!(edited.contains(&format!("splice(0, {FETCHES_PER_TASK})")));
    }

    #[test]
    fn a_glue_of_another_shape_is_an_error() {
        assert!(stagger_fetches("import x from \"./y.js\";\n\nlet a = 1;\n").is_err());
        let edited = stagger_fetches(GLUE).unwrap();
        assert!(stagger_fetches(&edited).is_err(), "edited twice");
        assert!(stagger_fetches(&GLUE.replace(");\n    src", ");    src")).is_err());
    }
}
