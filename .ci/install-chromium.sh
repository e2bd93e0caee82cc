#!/usr/bin/env bash
# Installs the headless Chromium that the HTML report test drives (Debian package `chromium`): the test opens
# DEPLOYMENT-REPORT.html in a real browser, dumps its DOM and takes a screenshot.
#
# Idempotent: does nothing when `chromium`, `chromium-browser` or `chromium-headless-shell` is already on PATH.
# Runs as root (or through sudo) on Debian 12. Prints one line; on failure, the tail of apt's output goes to stderr.
# The install steps are in lib/debian-package.sh.
set -euo pipefail

readonly tool=chromium package=chromium

# shellcheck source=lib/debian-package.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib/debian-package.sh"

# The first headless-capable Chromium on PATH, or nothing. The test looks for the same names in the same order.
find_chromium() {
  local name
  for name in chromium chromium-browser chromium-headless-shell; do
    if command -v "$name" >/dev/null 2>&1; then
      command -v "$name"
      return 0
    fi
  done
  return 1
}

chromium_version() {
  # Chromium may warn on stderr (no D-Bus, no crash handler) before printing its version.
  "$1" --version 2>/dev/null | head -n 1 || true
}

prepare_install
if existing=$(find_chromium); then
  echo "$(chromium_version "$existing") already installed at $existing; nothing to install"
  exit 0
fi

refresh_if_unknown
install_with_one_refresh

installed=$(find_chromium) || fail "the package installed, but no chromium is on PATH ($PATH)"
version=$(chromium_version "$installed")
[ -n "$version" ] || fail "'$installed --version' printed nothing"
echo "$version installed at $installed from the Debian package chromium (apt-get update: $updated)"
