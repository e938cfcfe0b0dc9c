#!/usr/bin/env bash
# Renders the first views to HTML into SITE_DIR/first/ (src/bin/prerender.rs):
# the same components as the app, built natively with Leptos' HTML rendering
# (feature `prerender`). In a target folder of its own, so the native tests'
# builds (without the feature) are not rebuilt each time.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
site="${1:?the folder of the built site}"
CARGO_TARGET_DIR=target/prerender \
  cargo run --quiet --locked --features prerender --bin prerender -- "$site"
