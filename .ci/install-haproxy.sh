#!/usr/bin/env bash
# Installs the real HAProxy that the traffic-router tests start (Debian package `haproxy`, 2.6 on Debian 12),
# without leaving the package's own daemon running: each test starts its own `haproxy -db` on loopback ports, and a
# system daemon would only hold the ports of /etc/haproxy/haproxy.cfg and a stats socket under /run/haproxy.
#
# Idempotent. Runs as root (or through sudo) on Debian 12, with or without systemd. Prints one line, with the path of
# the binary; on failure, the tail of apt's output goes to stderr. The steps are in lib/debian-package.sh.
#
# The package's daemon: without systemd, /usr/sbin/haproxy (master as root, pid file /run/haproxy.pid). A test's own
# haproxy runs in the foreground with -db and writes no pid file, so the pid file tells them apart.
set -euo pipefail

readonly tool=haproxy package=haproxy binary_name=haproxy binary_fallback=/usr/sbin/haproxy
readonly version_flag=-v version_pattern='^HAProxy version ([^ ]+).*'
readonly daemon_match=(--pidfile /run/haproxy.pid --exec /usr/sbin/haproxy)
readonly daemon_described=/run/haproxy.pid daemon_pidfile=/run/haproxy.pid
package_daemon_may_run() { [ -f /run/haproxy.pid ]; }

# shellcheck source=lib/debian-package.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib/debian-package.sh"
install_debian_package
