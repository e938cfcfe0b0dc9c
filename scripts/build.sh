#!/usr/bin/env bash
# Builds the release into dist/, servable by any static file server.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
trunk build --release --locked "$@"
