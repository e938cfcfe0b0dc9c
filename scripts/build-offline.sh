#!/usr/bin/env bash
# Builds the single-file offline edition, dist-single/explainer.html: the
# release build with styles, script, WebAssembly and corpus inside one HTML
# file that works opened from disk with no network.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
if [ "${1:-}" != "--from-dist" ]; then
  scripts/build.sh
fi
cargo run --quiet --locked -p explainer-extract --bin single -- dist dist-single/explainer.html
