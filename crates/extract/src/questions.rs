//! `corpus/curated/questions.toml`: the project's short name for each of
//! the 25 questions. Every question gets exactly one, none is unknown, and
//! each is short enough for a tile. Without the file (as without any of the
//! curated folder), no question is named.

use crate::manifest::read_toml;
use explainer_core::corpus::FiwReport;
use serde::Deserialize;
use std::path::Path;

/// The longest a short name may be, in characters: a tile's two lines.
const MAX: usize = 30;

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct QuestionsFile {
    #[serde(default)]
    question: Vec<Named>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Named {
    code: String,
    short: String,
}

/// Gives each indicator of `fiw` its short name from the file at `path`.
pub fn name(path: &Path, fiw: &mut FiwReport) -> Result<(), Vec<String>> {
    if !path.exists() {
        return Ok(());
    }
    let file: QuestionsFile = read_toml(path).map_err(|e| vec![e])?;
    let mut errors = Vec::new();
    for named in &file.question {
        let at = format!("curated/questions.toml {}", named.code);
        let short = named.short.trim();
        if short.is_empty() || short.chars().count() > MAX {
            errors.push(format!(
                "{at}: a short name has 1 to {MAX} characters, not {:?}",
                named.short
            ));
        }
        let found = fiw
            .categories
            .iter_mut()
            .flat_map(|c| c.subcategories.iter_mut())
            .flat_map(|s| s.indicators.iter_mut())
            .find(|i| i.code.as_str() == named.code);
        match found {
            Some(i) if i.short.is_empty() => i.short = short.to_owned(),
            Some(_) => errors.push(format!("{at}: named twice")),
            None => errors.push(format!("{at}: no such question")),
        }
    }
    for (_, _, i) in fiw.indicators() {
        if i.short.is_empty() {
            errors.push(format!(
                "curated/questions.toml: {} has no short name",
                i.code
            ));
        }
    }
    if errors.is_empty() {
        Ok(())
    } else {
        Err(errors)
    }
}
