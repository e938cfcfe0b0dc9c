//! Builds the single-file offline edition from the built site:
//! `single <dist folder> <output file>`. See `explainer_extract::single`.

use explainer_extract::single::single_file;
use std::path::PathBuf;
use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [dist, output] = args.as_slice() else {
        eprintln!("usage: single <dist folder> <output file>");
        return ExitCode::from(2);
    };
    let dist = PathBuf::from(dist);
    let read = |address: &str| -> Result<Vec<u8>, String> {
        let path = dist.join(address.trim_start_matches("./").trim_start_matches('/'));
        std::fs::read(&path).map_err(|e| format!("{}: {e}", path.display()))
    };
    let result = std::fs::read_to_string(dist.join("index.html"))
        .map_err(|e| format!("{}/index.html: {e}", dist.display()))
        .and_then(|index| single_file(&index, &read))
        .and_then(|page| {
            if let Some(parent) = PathBuf::from(output).parent() {
                std::fs::create_dir_all(parent).map_err(|e| e.to_string())?;
            }
            std::fs::write(output, &page).map_err(|e| format!("{output}: {e}"))?;
            Ok(page.len())
        });
    match result {
        Ok(bytes) => {
            println!("wrote {output} ({:.1} kB)", bytes as f64 / 1000.0);
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("single: {e}");
            ExitCode::FAILURE
        }
    }
}
