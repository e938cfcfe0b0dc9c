#!/usr/bin/env bash
# Builds the single-file offline edition, dist-single/explainer.html: the
# release build with styles, script, WebAssembly and corpus inside one HTML
# file that works opened from disk with no network. A file cannot fetch the
# site's per-area modules, so it carries the app as one module, built here.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
if [ "${1:-}" != "--from-dist" ]; then
  scripts/build.sh
fi
site="$(mktemp -d)"
trap 'rm -rf "$site"' EXIT
cp -r dist/. "$site/"
folder="$(cd "$site" && ls -d wasm-*)"
rm -rf "${site:?}/$folder"
scripts/build-wasm.sh single "$site/$folder"
cargo run --quiet --locked -p explainer-extract --bin single -- "$site" dist-single/explainer.html
