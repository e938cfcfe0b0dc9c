# The project's entry points. Each installs what it needs first (pinned, from
# crates.io, npm and Debian only) and is quick when all is installed.
.PHONY: serve test dist offline bench corpus

## Install the build tools and serve the app at http://127.0.0.1:8080/
serve:
	scripts/install-build-tools.sh
	scripts/serve.sh

## Install the test tools and run every test (what CI runs)
test:
	scripts/test.sh

## Build the release into dist/
dist:
	scripts/install-build-tools.sh
	scripts/build.sh

## Build the single-file offline edition, dist-single/explainer.html
offline:
	scripts/install-build-tools.sh
	scripts/build-offline.sh

## Build the release and print what each entry point loads before its first
## view (against the budgets) and what each part weighs, then sizes, start-up
## and interaction times, the soak run's memory and Lighthouse's scores
bench:
	scripts/install-test-tools.sh
	scripts/build.sh
	node scripts/bench-weight.mjs
	node scripts/bench.mjs
	node scripts/bench-soak.mjs
	node scripts/bench-lighthouse.mjs

## Regenerate corpus/corpus.json from the sources and curated data
corpus:
	cargo run --locked -p explainer-extract
