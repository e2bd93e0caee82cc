#!/usr/bin/env bash
# Installs the real Alertmanager that the alertmanager probe's tests start (Debian package `prometheus-alertmanager`,
# 0.25 on Debian 12), and leaves no package daemon running: each test starts its own Alertmanager on a free loopback
# port, and the package's daemon would hold :9093 (API) and :9094 (cluster gossip).
#
# Idempotent. Runs as root (or through sudo) on Debian 12, with or without systemd. Prints one line; on failure,
# the tail of apt's output goes to stderr. Same service handling as .ci/install-prometheus.sh (see there for why).
set -euo pipefail

readonly package=prometheus-alertmanager
readonly binary=/usr/bin/prometheus-alertmanager

as_root=()
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null 2>&1 || {
    echo "install-alertmanager: run as root (or with sudo available) to install the Debian package '$package'." >&2
    exit 1
  }
  as_root=(sudo)
fi

log=$(mktemp "${TMPDIR:-/tmp}/install-alertmanager.XXXXXX")
our_policy=no
on_exit() {
  rm -f "$log"
  [ "$our_policy" = no ] || "${as_root[@]}" rm -f /usr/sbin/policy-rc.d
}
trap on_exit EXIT

die() {
  echo "install-alertmanager: $1" >&2
  [ ! -s "$log" ] || tail -n 25 "$log" >&2
  exit 1
}

# Only the package's daemon (its binary run as user `prometheus`): a test's own Alertmanager runs as the invoking
# user and survives. Prints what it stopped, or nothing.
stop_daemon() {
  local stopped=()
  if [ -d /run/systemd/system ] && systemctl is-enabled --quiet "$package.service" 2>/dev/null; then
    "${as_root[@]}" systemctl disable --now --quiet "$package.service" >>"$log" 2>&1 || true
    stopped+=("systemd unit stopped and disabled")
  fi
  if id prometheus >/dev/null 2>&1; then
    local code=0
    "${as_root[@]}" start-stop-daemon --stop --quiet --exec "$binary" --user prometheus \
      --retry TERM/10/KILL/5 >>"$log" 2>&1 || code=$?
    [ "$code" -le 1 ] || die "the package's alertmanager daemon (user prometheus) did not stop; stop it by hand: /etc/init.d/$package stop"
    [ "$code" -ne 0 ] || stopped+=("package daemon stopped")
    "${as_root[@]}" rm -f "/run/prometheus/$package.pid"
  fi
  [ ${#stopped[@]} -eq 0 ] || (IFS=';' && echo "${stopped[*]}")
}

version() {
  "$binary" --version 2>&1 | sed -nE '1s/^alertmanager, version ([^ ]+).*/\1/p'
}

if [ -x "$binary" ]; then
  stopped=$(stop_daemon)
  echo "alertmanager $(version) already installed at $binary; nothing to install${stopped:+; $stopped}"
  exit 0
fi

install_package() {
  "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends \
    -o Dpkg::Options::=--force-confdef -o Dpkg::Options::=--force-confold "$package" >>"$log" 2>&1
}
refresh_lists() {
  "${as_root[@]}" apt-get update -q >>"$log" 2>&1 || die "apt-get update failed"
  refreshed=yes
}

refreshed=no
apt-cache show "$package" >/dev/null 2>&1 || refresh_lists

# No service may start during the install unless a policy already decides (exit 101 = "action forbidden").
if [ ! -e /usr/sbin/policy-rc.d ]; then
  printf '#!/bin/sh\n# Temporary, from .ci/install-alertmanager.sh: no service starts during the install.\nexit 101\n' |
    "${as_root[@]}" tee /usr/sbin/policy-rc.d >/dev/null
  "${as_root[@]}" chmod 755 /usr/sbin/policy-rc.d
  our_policy=yes
fi

# A stale package list names a .deb the mirror no longer has: refresh once and retry.
install_package || { [ "$refreshed" = no ] && refresh_lists && install_package; } || die "apt-get install $package failed"

stopped=$(stop_daemon)
# Without systemd the postinst registered the init script for boot: a reboot would start it on :9093.
if [ -x "/etc/init.d/$package" ] && [ ! -d /run/systemd/system ]; then
  "${as_root[@]}" update-rc.d "$package" disable >>"$log" 2>&1 || true
fi

[ -x "$binary" ] || die "the package installed, but $binary is missing"
installed=$(version)
[ -n "$installed" ] || die "'$binary --version' printed nothing"
echo "alertmanager $installed installed from the Debian package (apt-get update: $refreshed; boot start disabled${stopped:+; $stopped}; no daemon left running)"
