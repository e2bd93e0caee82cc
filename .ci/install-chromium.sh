#!/usr/bin/env bash
# Installs the headless Chromium that the HTML report test drives (Debian package `chromium`): the test opens
# DEPLOYMENT-REPORT.html in a real browser, dumps its DOM and takes a screenshot.
#
# Idempotent: does nothing when `chromium`, `chromium-browser` or `chromium-headless-shell` is already on PATH.
# Runs as root (or through sudo) on Debian 12. Prints one line; on failure, the tail of apt's output goes to stderr.
set -euo pipefail

sudo_cmd=()
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then
    sudo_cmd=(sudo)
  else
    echo "install-chromium: must run as root (or with sudo available) to install the Debian package 'chromium'." >&2
    exit 1
  fi
fi

apt_log=$(mktemp "${TMPDIR:-/tmp}/install-chromium.XXXXXX")
trap 'rm -f "$apt_log"' EXIT

fail() {
  echo "install-chromium: $1" >&2
  if [ -s "$apt_log" ]; then tail -n 25 "$apt_log" >&2; fi
  exit 1
}

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

version_of() {
  # Chromium may warn on stderr (no D-Bus, no crash handler) before printing its version.
  "$1" --version 2>/dev/null | head -n 1 || true
}

if existing=$(find_chromium); then
  echo "$(version_of "$existing") already installed at $existing; nothing to install"
  exit 0
fi

apt_install() {
  # Waits for another apt (an unattended upgrade, a parallel CI step) instead of failing on its lock.
  "${sudo_cmd[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends \
    -o DPkg::Lock::Timeout=300 -o Dpkg::Options::=--force-confdef -o Dpkg::Options::=--force-confold \
    chromium >>"$apt_log" 2>&1
}

updated=no
if ! apt-cache show chromium >/dev/null 2>&1; then
  "${sudo_cmd[@]}" apt-get update -q >>"$apt_log" 2>&1 || fail "apt-get update failed"
  updated=yes
fi

if ! apt_install; then
  # A stale package list names a .deb the mirror no longer has (Chromium gets security updates often): refresh once.
  [ "$updated" = yes ] && fail "apt-get install chromium failed"
  "${sudo_cmd[@]}" apt-get update -q >>"$apt_log" 2>&1 || fail "apt-get update failed"
  updated=yes
  apt_install || fail "apt-get install chromium failed"
fi

installed=$(find_chromium) || fail "the package installed, but no chromium is on PATH ($PATH)"
version=$(version_of "$installed")
[ -n "$version" ] || fail "'$installed --version' printed nothing"
echo "$version installed at $installed from the Debian package chromium (apt-get update: $updated)"
