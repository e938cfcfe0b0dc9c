#!/usr/bin/env bash
# Builds the app's WebAssembly, ready to serve, into a folder:
#
#   scripts/build-wasm.sh split  SITE_DIR   the site's build: one module per
#       area of the app (feature `split`), written to SITE_DIR/wasm-<hash>/
#       (main.js, main_bg.wasm, __wasm_split.js and the areas' modules),
#       and the widgets' page's own module (widgets.js, widgets_bg.wasm);
#   scripts/build-wasm.sh single OUT_DIR    one module with everything, for
#       the single-file edition: OUT_DIR/main.js and OUT_DIR/main_bg.wasm.
#
# The split build: cargo links with relocations kept (--emit-relocs), the
# pinned wasm-split-cli cuts the module at the `wasm_split` functions
# (src/views/mod.rs), wasm-bindgen writes the glue for the main module
# (keeping the exports the other modules import), and wasm-opt (npm
# `binaryen`) shrinks every module. Trunk calls this from its post_build
# hook (scripts/post-build.sh), since it must run between cargo and
# wasm-bindgen, where Trunk's own Rust step has no hook.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh

mode="${1:?split or single}"
out="${2:?output folder}"
mkdir -p "$out"
out="$(cd "$out" && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# No feature flags for wasm-opt: the release profile keeps each module's
# target_features section (`strip = false`), which wasm-bindgen and the
# splitter carry into every module, and wasm-opt reads it.

case "$mode" in
  split)
    # Symbols and relocations are what the splitter reads; wasm-opt drops
    # them afterwards.
    cargo build --release --locked --quiet \
      --config 'target.wasm32-unknown-unknown.rustflags=["-Clink-args=--emit-relocs"]' \
      --target wasm32-unknown-unknown -p rating-explainer --bin rating-explainer --features split \
      --target-dir target/split
    wasm-split-cli target/split/wasm32-unknown-unknown/release/rating-explainer.wasm "$work/split"
    wasm-bindgen "$work/split/main.wasm" --out-dir "$work/bindgen" --out-name main \
      --target web --keep-lld-exports --no-typescript 2> >(grep -v 'unknown name subsection' >&2)
    mkdir -p "$work/pkg"
    cp "$work/bindgen/main.js" "$work/split/__wasm_split.js" "$work/pkg/"
    # An area's loader starts some forty module fetches; they start a few
    # per task instead (crates/extract/src/split_glue.rs).
    cargo run --quiet --locked -p explainer-extract --bin split_glue -- "$work/pkg/__wasm_split.js"
    # wasm-opt warns of the name subsection the splitter writes, which it
    # drops anyway: that warning is left out.
    opt() { wasm-opt -Oz "$1" -o "$2" 2> >(grep -v 'unknown name subsection' >&2); }
    opt "$work/bindgen/main_bg.wasm" "$work/pkg/main_bg.wasm"
    for module in "$work"/split/*.wasm; do
      name="$(basename "$module")"
      [ "$name" = main.wasm ] && continue
      opt "$module" "$work/pkg/$name"
    done
    # The widgets' page's module (src/bin/widgets.rs): one module, built
    # without the split feature, whose split functions, exported for the
    # splitter, would keep every view of the site in it. It shares its
    # target folder, and so its compiled dependencies, with the single file.
    cargo build --release --locked --quiet --target wasm32-unknown-unknown -p rating-explainer \
      --bin widgets
    wasm-bindgen target/wasm32-unknown-unknown/release/widgets.wasm --out-dir "$work/widgets" \
      --out-name widgets --target web --no-typescript
    cp "$work/widgets/widgets.js" "$work/pkg/"
    opt "$work/widgets/widgets_bg.wasm" "$work/pkg/widgets_bg.wasm"
    # One folder per build, named for its content: the modules refer to one
    # another by name, so the folder, not each file, carries the hash.
    hash="$(cat "$work"/pkg/* | sha256sum | cut -c1-16)"
    rm -rf "$out"/wasm-*
    mv "$work/pkg" "$out/wasm-$hash"
    ;;
  single)
    cargo build --release --locked --quiet --target wasm32-unknown-unknown -p rating-explainer \
      --bin rating-explainer
    wasm-bindgen target/wasm32-unknown-unknown/release/rating-explainer.wasm \
      --out-dir "$work/bindgen" --out-name main --target web --no-typescript
    cp "$work/bindgen/main.js" "$out/main.js"
    wasm-opt -Oz "$work/bindgen/main_bg.wasm" -o "$out/main_bg.wasm"
    ;;
  *)
    echo "build-wasm.sh: the mode is split or single, not $mode" >&2
    exit 2
    ;;
esac
