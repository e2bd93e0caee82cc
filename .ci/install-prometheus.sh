#!/usr/bin/env bash
# Installs the real Prometheus server that the integration tests start (Debian package `prometheus`), without
# leaving the package's own daemon running: each test starts its own server on a free loopback port, and a
# system daemon would only hold port 9090 and write to /var/lib/prometheus.
#
# Idempotent. Runs as root (or through sudo) on Debian 12, with or without systemd. Prints one line, with the path of
# the binary; on failure, the tail of apt's output goes to stderr. The steps are in lib/debian-package.sh.
#
# The package's daemon: without systemd, /usr/bin/prometheus on :9090 as user `prometheus`. A test's own server runs
# as the invoking user, never as `prometheus`, so the user tells them apart.
set -euo pipefail

readonly tool=prometheus package=prometheus binary_name=prometheus binary_fallback=""
readonly version_flag=--version version_pattern='^prometheus, version ([^ ]+).*'
readonly daemon_match=(--exec /usr/bin/prometheus --user prometheus)
readonly daemon_described='user prometheus' daemon_pidfile=/run/prometheus/prometheus.pid
package_daemon_may_run() { id prometheus >/dev/null 2>&1; }

# shellcheck source=lib/debian-package.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib/debian-package.sh"
install_debian_package
