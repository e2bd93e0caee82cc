#!/usr/bin/env bash
# Installs the real Prometheus server that the integration tests start (Debian package `prometheus`), without
# leaving the package's own daemon running: each test starts its own server on a free loopback port, and a
# system daemon would only hold port 9090 and write to /var/lib/prometheus.
#
# Idempotent. Runs as root (or through sudo) on Debian 12, with or without systemd. Prints one line; on failure,
# the tail of apt's output goes to stderr.
#
# Why the service dance: the package's postinst runs `update-rc.d prometheus defaults` and
# `invoke-rc.d prometheus start`, which without systemd starts /usr/bin/prometheus on :9090 as user
# `prometheus` unless /usr/sbin/policy-rc.d forbids it (Docker images ship one that does; plain machines do not).
set -euo pipefail

sudo_cmd=()
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then
    sudo_cmd=(sudo)
  else
    echo "install-prometheus: must run as root (or with sudo available) to install the Debian package 'prometheus'." >&2
    exit 1
  fi
fi

apt_log=$(mktemp "${TMPDIR:-/tmp}/install-prometheus.XXXXXX")
temporary_policy=no
cleanup() {
  rm -f "$apt_log"
  if [ "$temporary_policy" = yes ]; then "${sudo_cmd[@]}" rm -f /usr/sbin/policy-rc.d; fi
}
trap cleanup EXIT

fail() {
  echo "install-prometheus: $1" >&2
  if [ -s "$apt_log" ]; then tail -n 25 "$apt_log" >&2; fi
  exit 1
}

# Stops the package's daemon only: its binary and its service user. A bare `pkill prometheus` would also kill a
# test's own server (those run as the invoking user, never as `prometheus`). Echoes what it did, or nothing.
stop_package_daemon() {
  local did=()
  if [ -d /run/systemd/system ] && systemctl is-enabled --quiet prometheus.service 2>/dev/null; then
    "${sudo_cmd[@]}" systemctl disable --now --quiet prometheus.service >>"$apt_log" 2>&1 || true
    did+=("systemd unit stopped and disabled")
  fi
  if id prometheus >/dev/null 2>&1; then
    local status=0
    "${sudo_cmd[@]}" start-stop-daemon --stop --quiet --exec /usr/bin/prometheus --user prometheus \
      --retry TERM/10/KILL/5 >>"$apt_log" 2>&1 || status=$?
    case "$status" in
      0) did+=("package daemon stopped") ;;
      1) ;; # nothing was running
      *) fail "the package's prometheus daemon (user prometheus) did not stop; stop it by hand: /etc/init.d/prometheus stop" ;;
    esac
    "${sudo_cmd[@]}" rm -f /run/prometheus/prometheus.pid
  fi
  if [ ${#did[@]} -gt 0 ]; then
    local IFS=';'
    echo "${did[*]}"
  fi
}

version_of() {
  prometheus --version 2>&1 | head -n 1 | sed -E 's/^prometheus, version ([^ ]+).*/\1/'
}

if command -v prometheus >/dev/null 2>&1; then
  stopped=$(stop_package_daemon)
  echo "prometheus $(version_of) already installed at $(command -v prometheus); nothing to install${stopped:+; $stopped}"
  exit 0
fi

apt_install() {
  "${sudo_cmd[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends \
    -o Dpkg::Options::=--force-confdef -o Dpkg::Options::=--force-confold prometheus >>"$apt_log" 2>&1
}

updated=no
if ! apt-cache show prometheus >/dev/null 2>&1; then
  "${sudo_cmd[@]}" apt-get update -q >>"$apt_log" 2>&1 || fail "apt-get update failed"
  updated=yes
fi

# Without an existing policy, forbid service starts for the duration of the install (exit 101 = "action forbidden").
if [ ! -e /usr/sbin/policy-rc.d ]; then
  printf '#!/bin/sh\n# Temporary, from .ci/install-prometheus.sh: no service starts during the install.\nexit 101\n' |
    "${sudo_cmd[@]}" tee /usr/sbin/policy-rc.d >/dev/null
  "${sudo_cmd[@]}" chmod 755 /usr/sbin/policy-rc.d
  temporary_policy=yes
fi

if ! apt_install; then
  # A stale package list names a .deb the mirror no longer has: refresh once and retry.
  [ "$updated" = yes ] && fail "apt-get install prometheus failed"
  "${sudo_cmd[@]}" apt-get update -q >>"$apt_log" 2>&1 || fail "apt-get update failed"
  updated=yes
  apt_install || fail "apt-get install prometheus failed"
fi

stopped=$(stop_package_daemon)
# The postinst registered the init script for boot (sysvinit): keep a reboot from starting it on :9090.
if [ -x /etc/init.d/prometheus ] && [ ! -d /run/systemd/system ]; then
  "${sudo_cmd[@]}" update-rc.d prometheus disable >>"$apt_log" 2>&1 || true
fi

command -v prometheus >/dev/null 2>&1 || fail "the package installed, but 'prometheus' is not on PATH ($PATH)"
version=$(version_of)
[ -n "$version" ] || fail "'prometheus --version' printed nothing"
echo "prometheus $version installed from the Debian package (apt-get update: $updated; boot start disabled${stopped:+; $stopped}; no daemon left running)"
