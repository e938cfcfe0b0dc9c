#!/usr/bin/env bash
# Installs everything the tests need on top of the build tools: Debian's
# Chromium and ChromeDriver (Playwright and wasm-bindgen-test drive them),
# Firefox ESR with geckodriver (crates.io) and WebKitGTK's driver under Xvfb
# for the other two engine families. No browser or driver is ever
# downloaded from anywhere else. Idempotent.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-build-tools.sh
source scripts/versions.sh
source scripts/env.sh

missing=()
for pkg in chromium chromium-driver firefox-esr webkit2gtk-driver xvfb; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'ok installed' || missing+=("$pkg")
done
if [ ${#missing[@]} -gt 0 ]; then
  printf '\033[1m==> Installing %s from Debian\033[0m\n' "${missing[*]}"
  sudo_cmd=""
  [ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq "${missing[@]}"
fi

if [ "$(geckodriver --version 2>/dev/null | head -n 1)" != "geckodriver $GECKODRIVER_VERSION" ]; then
  printf '\033[1m==> Installing geckodriver %s (a few minutes, once)\033[0m\n' "$GECKODRIVER_VERSION"
  cargo install geckodriver --version "$GECKODRIVER_VERSION" --locked --force
fi
