#!/usr/bin/env bash
# The demo: runs the whole release protocol on two small services (backend, frontend) on loopback ports.
#   bash examples/demo/run-demo.sh          a good release (v1.1.0), after a baseline v1.0.0 on the first run
#   bash examples/demo/run-demo.sh --bad    a bad release (v1.2.0-faulty) that fails its health window and is rolled back
# Traffic goes through a real HAProxy (Debian package `haproxy`; DEMO_HAPROXY names another binary). Without it the
# demo still runs, deploying all at once (a short outage per deploy), and says so.
# Set KEEP_RUNNING=1 to leave the services up afterwards (stop them with examples/demo/scripts/stop_demo.sh).
set -euo pipefail
cd "$(dirname "$0")"

mode=good
case "${1:-}" in
  "") ;;
  --bad) mode=bad ;;
  *) echo "usage: run-demo.sh [--bad]" >&2; exit 2 ;;
esac

# An interrupted demo (Ctrl-C) leaves no HAProxy or instance behind either.
if [ "${KEEP_RUNNING:-0}" != 1 ]; then trap 'bash scripts/stop_demo.sh >/dev/null' EXIT; fi
trap 'exit 130' INT
trap 'exit 143' TERM

# shellcheck source=scripts/lib.sh
source scripts/lib.sh
cli=(node ../../dist/cli.js)
port_base="${DEMO_PORT_BASE:-18700}"

find_haproxy
if [ -z "$haproxy_bin" ]; then
  echo "Note: HAProxy is not installed${DEMO_HAPROXY+ (DEMO_HAPROXY=$DEMO_HAPROXY)}: $haproxy_install_hint."
  echo "      Without it the demo deploys all at once (a short outage per deploy, no traffic shifting through HAProxy)."
else
  echo "Traffic goes through HAProxy ($haproxy_bin); its stats: http://127.0.0.1:$((port_base + 9))/stats"
fi
approve=(--approve "demo-approver" --comment "Staging evidence reviewed in the demo")

serving() {
  node -e '
    const [port] = process.argv.slice(1)
    fetch(`http://127.0.0.1:${port}/version`).then(r => r.json()).then(v => console.log(v.version), () => console.log("(not running)"))
  ' "$1"
}

release() {
  local tag="$1" status=0
  echo
  echo "=============================== release $tag ==============================="
  "${cli[@]}" run --tag "$tag" --config release-gate.yml "${approve[@]}" || status=$?
  return "$status"
}

# Upstream protocols (10, 7) would have produced these; the demo makes fresh ones.
node upstream/produce-upstream-evidence.mjs

if [ ! -f .release-gate/release-history.json ] || ! grep -q '"environment": "production"' .release-gate/release-history.json; then
  echo "First run: releasing the baseline v1.0.0 (nothing to roll back to yet)."
  release v1.0.0
fi
# A stopped demo (after an earlier run) must serve its current release again before the next one rolls out.
current="$(node -e '
  const h = JSON.parse(require("fs").readFileSync(".release-gate/release-history.json", "utf8"))
  const s = h.releases.filter(r => r.environment === "production" && (r.status === "released" || r.status === "rollback-target"))
  console.log(s.length ? s[s.length - 1].tag : "")
')"
if [ -n "$current" ] && [ "$(serving $((port_base + 12)))" != "$current" ]; then
  echo "Restarting production at its current release $current."
  bash scripts/deploy_backend.sh --env production --release "$current" >/dev/null
  bash scripts/deploy_frontend.sh --env production --release "$current" >/dev/null
fi

status=0
if [ "$mode" = good ]; then
  release v1.1.0 || status=$?
else
  release v1.2.0-faulty || status=$?
fi

echo
echo "Production now serves: backend $(serving $((port_base + 11))), frontend $(serving $((port_base + 12)))"
echo "Release report: examples/demo/.artifacts/deployment/DEPLOYMENT-REPORT.md (exit code $status)"

if [ "$mode" = bad ]; then
  # The bad release is expected to end in an automatic rollback (exit 4).
  if [ "$status" -eq 4 ]; then echo "As expected: the faulty release was rolled back automatically."; exit 0; fi
  echo "Unexpected: the faulty release ended with exit code $status, not 4 (rolled back)." >&2
  exit 1
fi
exit "$status"
