//! Build step (`scripts/build-wasm.sh`): staggers the module fetches of the
//! splitter's glue, the file given as the first argument, in place (see
//! `explainer_extract::split_glue`).

use std::process::ExitCode;

fn main() -> ExitCode {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("split-glue: give the splitter's glue, __wasm_split.js");
        return ExitCode::FAILURE;
    };
    let edited = std::fs::read_to_string(&path)
        .map_err(|e| format!("{path}: {e}"))
        .and_then(|glue| explainer_extract::split_glue::stagger_fetches(&glue))
        .and_then(|edited| std::fs::write(&path, edited).map_err(|e| format!("{path}: {e}")));
    match edited {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("split-glue: {e}");
            ExitCode::FAILURE
        }
    }
}
