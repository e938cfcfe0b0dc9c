#!/usr/bin/env bash
# Installs everything the tests need on top of the build tools: Debian's
# Chromium and ChromeDriver (Playwright and wasm-bindgen-test drive them; no
# browser is ever downloaded). Idempotent.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-build-tools.sh

missing=()
for pkg in chromium chromium-driver; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'ok installed' || missing+=("$pkg")
done
if [ ${#missing[@]} -gt 0 ]; then
  printf '\033[1m==> Installing %s from Debian\033[0m\n' "${missing[*]}"
  sudo_cmd=""
  [ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq "${missing[@]}"
fi
