#!/usr/bin/env bash
# Trunk's post_build hook (Trunk.toml): the WebAssembly into the staged site,
# the first views rendered to HTML (scripts/prerender.sh), then the page's
# static content, policy and data downloads (crates/extract/src/bin/stage.rs),
# which also writes the module loader.
set -euo pipefail
cd "$(dirname "$0")/.."
: "${TRUNK_STAGING_DIR:?run by Trunk as its post_build hook}"
# Trunk reports only that the hook failed: say which step it was.
trap 'echo "post-build: failed (exit $?): $BASH_COMMAND" >&2' ERR
scripts/build-wasm.sh split "$TRUNK_STAGING_DIR"
scripts/prerender.sh "$TRUNK_STAGING_DIR"
cargo run --quiet --locked -p explainer-extract --bin stage
