#!/usr/bin/env bash
# Installs the real HAProxy that the traffic-router tests start (Debian package `haproxy`, 2.6 on Debian 12),
# without leaving the package's own daemon running: each test starts its own `haproxy -db` on loopback ports, and a
# system daemon would only hold the ports of /etc/haproxy/haproxy.cfg and a stats socket under /run/haproxy.
#
# Idempotent. Runs as root (or through sudo) on Debian 12, with or without systemd. Prints one line; on failure,
# the tail of apt's output goes to stderr.
#
# Why the service dance: the package's postinst runs `invoke-rc.d haproxy start`, which without systemd starts
# /usr/sbin/haproxy (master as root, pid file /run/haproxy.pid) unless /usr/sbin/policy-rc.d forbids it (Docker
# images ship one that does; plain machines do not).
set -euo pipefail

sudo_cmd=()
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then
    sudo_cmd=(sudo)
  else
    echo "install-haproxy: must run as root (or with sudo available) to install the Debian package 'haproxy'." >&2
    exit 1
  fi
fi

apt_log=$(mktemp "${TMPDIR:-/tmp}/install-haproxy.XXXXXX")
temporary_policy=no
cleanup() {
  rm -f "$apt_log"
  if [ "$temporary_policy" = yes ]; then "${sudo_cmd[@]}" rm -f /usr/sbin/policy-rc.d; fi
}
trap cleanup EXIT

fail() {
  echo "install-haproxy: $1" >&2
  if [ -s "$apt_log" ]; then tail -n 25 "$apt_log" >&2; fi
  exit 1
}

# Stops the package's daemon only, by its pid file: a bare `pkill haproxy` would also kill a test's own haproxy
# (those run in the foreground with -db and write no pid file). Echoes what it did, or nothing.
stop_package_daemon() {
  local did=()
  if [ -d /run/systemd/system ] && systemctl is-enabled --quiet haproxy.service 2>/dev/null; then
    "${sudo_cmd[@]}" systemctl disable --now --quiet haproxy.service >>"$apt_log" 2>&1 || true
    did+=("systemd unit stopped and disabled")
  fi
  if [ -f /run/haproxy.pid ]; then
    local status=0
    "${sudo_cmd[@]}" start-stop-daemon --stop --quiet --pidfile /run/haproxy.pid --exec /usr/sbin/haproxy \
      --retry TERM/10/KILL/5 >>"$apt_log" 2>&1 || status=$?
    case "$status" in
      0) did+=("package daemon stopped") ;;
      1) ;; # nothing was running
      *) fail "the package's haproxy daemon (/run/haproxy.pid) did not stop; stop it by hand: /etc/init.d/haproxy stop" ;;
    esac
    "${sudo_cmd[@]}" rm -f /run/haproxy.pid
  fi
  if [ ${#did[@]} -gt 0 ]; then
    local IFS=';'
    echo "${did[*]}"
  fi
}

haproxy_binary() {
  command -v haproxy 2>/dev/null || { [ -x /usr/sbin/haproxy ] && echo /usr/sbin/haproxy; } || true
}

version_of() {
  # sed reads the whole output: `head` would close the pipe early and pipefail would end the script (SIGPIPE).
  "$1" -v 2>&1 | sed -nE '1s/^HAProxy version ([^ ]+).*/\1/p'
}

existing=$(haproxy_binary)
if [ -n "$existing" ]; then
  stopped=$(stop_package_daemon)
  echo "haproxy $(version_of "$existing") already installed at $existing; nothing to install${stopped:+; $stopped}"
  exit 0
fi

apt_install() {
  "${sudo_cmd[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends \
    -o Dpkg::Options::=--force-confdef -o Dpkg::Options::=--force-confold haproxy >>"$apt_log" 2>&1
}

updated=no
if ! apt-cache show haproxy >/dev/null 2>&1; then
  "${sudo_cmd[@]}" apt-get update -q >>"$apt_log" 2>&1 || fail "apt-get update failed"
  updated=yes
fi

# Without an existing policy, forbid service starts for the duration of the install (exit 101 = "action forbidden").
if [ ! -e /usr/sbin/policy-rc.d ]; then
  printf '#!/bin/sh\n# Temporary, from .ci/install-haproxy.sh: no service starts during the install.\nexit 101\n' |
    "${sudo_cmd[@]}" tee /usr/sbin/policy-rc.d >/dev/null
  "${sudo_cmd[@]}" chmod 755 /usr/sbin/policy-rc.d
  temporary_policy=yes
fi

if ! apt_install; then
  # A stale package list names a .deb the mirror no longer has: refresh once and retry.
  [ "$updated" = yes ] && fail "apt-get install haproxy failed"
  "${sudo_cmd[@]}" apt-get update -q >>"$apt_log" 2>&1 || fail "apt-get update failed"
  updated=yes
  apt_install || fail "apt-get install haproxy failed"
fi

stopped=$(stop_package_daemon)
# The postinst registered the init script for boot (sysvinit): keep a reboot from starting it.
if [ -x /etc/init.d/haproxy ] && [ ! -d /run/systemd/system ]; then
  "${sudo_cmd[@]}" update-rc.d haproxy disable >>"$apt_log" 2>&1 || true
fi

installed=$(haproxy_binary)
[ -n "$installed" ] || fail "the package installed, but 'haproxy' is neither on PATH ($PATH) nor at /usr/sbin/haproxy"
version=$(version_of "$installed")
[ -n "$version" ] || fail "'haproxy -v' printed nothing"
echo "haproxy $version installed from the Debian package at $installed (apt-get update: $updated; boot start disabled${stopped:+; $stopped}; no daemon left running)"
