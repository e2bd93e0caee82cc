#!/usr/bin/env bash
# Installs the real Alertmanager that the alertmanager probe's tests start (Debian package `prometheus-alertmanager`,
# 0.25 on Debian 12), and leaves no package daemon running: each test starts its own Alertmanager on a free loopback
# port, and the package's daemon would hold :9093 (API) and :9094 (cluster gossip).
#
# Idempotent. Runs as root (or through sudo) on Debian 12, with or without systemd. Prints one line, with the path of
# the binary; on failure, the tail of apt's output goes to stderr. The steps are in lib/debian-package.sh.
#
# The package's daemon: its binary run as user `prometheus`. A test's own Alertmanager runs as the invoking user.
set -euo pipefail

readonly tool=alertmanager package=prometheus-alertmanager
readonly binary_name=prometheus-alertmanager binary_fallback=/usr/bin/prometheus-alertmanager
readonly version_flag=--version version_pattern='^alertmanager, version ([^ ]+).*'
readonly daemon_match=(--exec /usr/bin/prometheus-alertmanager --user prometheus)
readonly daemon_described='user prometheus' daemon_pidfile=/run/prometheus/prometheus-alertmanager.pid
package_daemon_may_run() { id prometheus >/dev/null 2>&1; }

# shellcheck source=lib/debian-package.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib/debian-package.sh"
install_debian_package
