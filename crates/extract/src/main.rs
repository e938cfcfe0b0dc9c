//! Build-time tool: reads `corpus/sources/*.txt` and `corpus/curated/*.toml`
//! and writes `corpus/corpus.json`.

fn main() {}
