#!/usr/bin/env bash
# Installs what the tests need, then runs every test the project has, in the
# order that fails fastest: format, lints, native tests, the corpus check,
# browser unit tests, then the release build and its end-to-end journeys.
set -euo pipefail
cd "$(dirname "$0")/.."

# Each stage is announced with the minutes and seconds since the start, so
# the log says what each one takes.
stage=""
step() {
  stage="$*"
  printf '\n\033[1m==> %s\033[0m (at %dm%02ds)\n' "$*" $((SECONDS / 60)) $((SECONDS % 60))
}
# A failure's last lines say which stage failed and how much disk was left,
# since a CI log is often read from its tail.
trap 'printf "\n==> Failed: %s (exit %d, at %dm%02ds; %s free on this disk)\n" \
  "$stage" $? $((SECONDS / 60)) $((SECONDS % 60)) "$(df -h --output=avail . | tail -n 1 | tr -d " ")" >&2' ERR

step "Installing the test tools"
scripts/install-test-tools.sh
source scripts/env.sh

step "Formatting"
cargo fmt --all --check

step "Lints (host)"
cargo clippy --workspace --all-targets --locked -- -D warnings

step "Lints (wasm32)"
cargo clippy --workspace --all-targets --locked --target wasm32-unknown-unknown -- -D warnings

step "Lints (the build's renderer of first views, native)"
CARGO_TARGET_DIR=target/prerender cargo clippy --locked -p rating-explainer --features prerender --bin prerender -- -D warnings

step "Lints (wasm32, the split build)"
cargo clippy --locked --target wasm32-unknown-unknown -p rating-explainer --features split -- -D warnings

step "Doc comments (every link between items resolves)"
RUSTDOCFLAGS="-D warnings" cargo doc --workspace --no-deps --locked

step "Native tests"
cargo test --workspace --locked

step "Browser unit tests (wasm-bindgen-test in headless Chromium)"
CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
CHROMEDRIVER=/usr/bin/chromedriver \
WASM_BINDGEN_TEST_TIMEOUT=120 \
  cargo test --locked --target wasm32-unknown-unknown -p rating-explainer

step "Browser unit tests in Firefox (wasm-bindgen-test, geckodriver)"
CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
GECKODRIVER="$(command -v geckodriver)" \
WASM_BINDGEN_TEST_TIMEOUT=120 \
  env -u DISPLAY cargo test --locked --target wasm32-unknown-unknown -p rating-explainer

step "Release build, and the single-file offline edition from it"
scripts/build.sh
scripts/build-offline.sh --from-dist

step "End-to-end journeys (Playwright in Debian's Chromium)"
node --test --test-concurrency=1 tests/e2e/

step "Smoke journeys in Firefox ESR and WebKitGTK (WebDriver)"
node --test --test-concurrency=1 tests/engines/

step "Done"
