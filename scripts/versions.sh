# Pinned tool versions, read by the install scripts. Change a version here and
# the next install replaces the tool.
TRUNK_VERSION=0.21.14          # 0.22 needs a newer rustc than the machine's
WASM_BINDGEN_VERSION=0.2.130   # must equal the wasm-bindgen crate in Cargo.toml
GECKODRIVER_VERSION=0.37.1     # drives Debian's firefox-esr
WASM_SPLIT_VERSION=0.2.4       # wasm_split_cli_support: cuts the module per area; matches leptos's wasm_split_helpers 0.2
