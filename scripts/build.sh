#!/usr/bin/env bash
# Builds the release into dist/, servable by any static file server.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
# Without a backtrace for Trunk's own error (RUST_BACKTRACE may be set), so
# the hook's message stays among a failed log's last lines.
RUST_LIB_BACKTRACE=0 trunk build --release --locked "$@"
