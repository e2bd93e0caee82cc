#!/usr/bin/env bash
# Shared by .ci/install-*.sh, sourced, not run. The steps of any Debian package install (prepare_install,
# refresh_if_unknown, install_with_one_refresh: root or sudo, apt's log, one refresh of a stale package list), and
# install_debian_package: installs a package whose daemon the tests must not find running (each test starts its own
# server on loopback ports), and prints one line.
#
# Every caller sets `tool` (the name in messages: install-<tool>: ...) and `package` (the Debian package). For
# install_debian_package it also sets:
#   package           (as above) also its systemd unit and its init script
#   binary_name       the command it installs; binary_fallback: where to look when it is not on PATH (may be empty)
#   version_flag      the flag that prints the version; version_pattern: a sed -E pattern whose \1 is the version
#   daemon_match      start-stop-daemon's arguments that select the package's daemon and nothing else (never a test's
#                     own server); daemon_described: how, in the error; daemon_pidfile: removed after the stop
# and defines package_daemon_may_run: succeeds when the package's daemon may be running (a pid file, its service user).
#
# Idempotent. Runs as root (or through sudo) on Debian 12, with or without systemd; offline when the package is
# installed. On failure, the tail of apt's output goes to stderr.
#
# Why the service dance: the package's postinst registers its init script for boot and runs `invoke-rc.d <package>
# start`, which without systemd starts the daemon unless /usr/sbin/policy-rc.d forbids it (Docker images ship one that
# does; plain machines do not).
set -euo pipefail

as_root=()
apt_log=""
updated=no
temporary_policy=no

# fail <message>: says what failed, with the tail of apt's output, and exits 1.
fail() {
  echo "install-$tool: $1" >&2
  if [ -s "$apt_log" ]; then tail -n 25 "$apt_log" >&2; fi
  exit 1
}

cleanup() {
  rm -f "$apt_log"
  if [ "$temporary_policy" = yes ]; then "${as_root[@]}" rm -f /usr/sbin/policy-rc.d; fi
}

installed_binary() {
  command -v "$binary_name" 2>/dev/null || { [ -n "$binary_fallback" ] && [ -x "$binary_fallback" ] && echo "$binary_fallback"; } || true
}

version_of() {
  # sed reads the whole output: `head` would close the pipe early and pipefail would end the script (SIGPIPE).
  "$1" "$version_flag" 2>&1 | sed -nE "1s/$version_pattern/\\1/p"
}

# Stops the package's daemon only (daemon_match): a bare `pkill` would also kill a test's own server. Echoes what it
# did, or nothing.
stop_package_daemon() {
  local did=()
  if [ -d /run/systemd/system ] && systemctl is-enabled --quiet "$package.service" 2>/dev/null; then
    "${as_root[@]}" systemctl disable --now --quiet "$package.service" >>"$apt_log" 2>&1 || true
    did+=("systemd unit stopped and disabled")
  fi
  if package_daemon_may_run; then
    local status=0
    "${as_root[@]}" start-stop-daemon --stop --quiet "${daemon_match[@]}" --retry TERM/10/KILL/5 >>"$apt_log" 2>&1 ||
      status=$?
    case "$status" in
      0) did+=("package daemon stopped") ;;
      1) ;; # nothing was running
      *) fail "the package's $tool daemon ($daemon_described) did not stop; stop it by hand: /etc/init.d/$package stop" ;;
    esac
    "${as_root[@]}" rm -f "$daemon_pidfile"
  fi
  if [ ${#did[@]} -gt 0 ]; then
    local IFS=';'
    echo "${did[*]}"
  fi
}

apt_install() {
  # Waits for another apt (an unattended upgrade, a parallel CI step) instead of failing on its lock.
  "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends \
    -o DPkg::Lock::Timeout=300 -o Dpkg::Options::=--force-confdef -o Dpkg::Options::=--force-confold \
    "$package" >>"$apt_log" 2>&1
}

# Root, or sudo (as_root), and apt's log (apt_log), removed on exit.
prepare_install() {
  if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1; then
      as_root=(sudo)
    else
      echo "install-$tool: must run as root (or with sudo available) to install the Debian package '$package'." >&2
      exit 1
    fi
  fi
  apt_log=$(mktemp "${TMPDIR:-/tmp}/install-$tool.XXXXXX")
  trap cleanup EXIT
}

# Refreshes apt's package list when it does not know the package yet (updated=yes).
refresh_if_unknown() {
  if ! apt-cache show "$package" >/dev/null 2>&1; then
    "${as_root[@]}" apt-get update -q >>"$apt_log" 2>&1 || fail "apt-get update failed"
    updated=yes
  fi
}

# Installs the package; a stale package list names a .deb the mirror no longer has, so on failure it refreshes the
# list once (unless it just did) and tries again.
install_with_one_refresh() {
  if ! apt_install; then
    [ "$updated" = yes ] && fail "apt-get install $package failed"
    "${as_root[@]}" apt-get update -q >>"$apt_log" 2>&1 || fail "apt-get update failed"
    updated=yes
    apt_install || fail "apt-get install $package failed"
  fi
}

install_debian_package() {
  prepare_install
  local existing stopped installed version
  existing=$(installed_binary)
  if [ -n "$existing" ]; then
    stopped=$(stop_package_daemon)
    echo "$tool $(version_of "$existing") already installed at $existing; nothing to install${stopped:+; $stopped}"
    return 0
  fi

  refresh_if_unknown

  # Without an existing policy, forbid service starts for the duration of the install (exit 101 = "action forbidden").
  if [ ! -e /usr/sbin/policy-rc.d ]; then
    printf '#!/bin/sh\n# Temporary, from .ci/install-%s.sh: no service starts during the install.\nexit 101\n' "$tool" |
      "${as_root[@]}" tee /usr/sbin/policy-rc.d >/dev/null
    "${as_root[@]}" chmod 755 /usr/sbin/policy-rc.d
    temporary_policy=yes
  fi

  install_with_one_refresh

  stopped=$(stop_package_daemon)
  # The postinst registered the init script for boot (sysvinit): keep a reboot from starting the daemon.
  if [ -x "/etc/init.d/$package" ] && [ ! -d /run/systemd/system ]; then
    "${as_root[@]}" update-rc.d "$package" disable >>"$apt_log" 2>&1 || true
  fi

  installed=$(installed_binary)
  [ -n "$installed" ] ||
    fail "the package installed, but '$binary_name' is not on PATH ($PATH)${binary_fallback:+ nor at $binary_fallback}"
  version=$(version_of "$installed")
  [ -n "$version" ] || fail "'$binary_name $version_flag' printed nothing"
  echo "$tool $version installed from the Debian package at $installed (apt-get update: $updated; boot start disabled${stopped:+; $stopped}; no daemon left running)"
}
