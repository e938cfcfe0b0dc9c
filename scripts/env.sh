# Puts the project's pinned tools first on PATH. Sourced by the other scripts.
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export PATH="$root/node_modules/.bin:$HOME/.cargo/bin:$PATH"
# Never let Trunk reach for the network or a stray wasm-opt on PATH.
export TRUNK_OFFLINE=true
