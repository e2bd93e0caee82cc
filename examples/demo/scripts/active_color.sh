#!/usr/bin/env bash
# Prints the colour that takes the live traffic of a demo service (blue or green), or nothing when no colour does
# (a plain or canary deployment). release-gate's blue/green strategy asks this before every release:
#   active_color.sh --service backend|frontend --env staging|production
set -euo pipefail
script_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
state_dir="${DEMO_STATE_DIR:-$script_dir/../.state}"

service=""
env=""
while [ $# -gt 0 ]; do
  case "$1" in
    --service | --env)
      [ $# -ge 2 ] || { echo "$1 needs a value" >&2; exit 2; }
      if [ "$1" = --service ]; then service="$2"; else env="$2"; fi
      shift 2
      ;;
    *) echo "usage: active_color.sh --service backend|frontend --env staging|production" >&2; exit 2 ;;
  esac
done
case "$service" in backend | frontend) ;; *) echo "--service must be backend or frontend, got '$service'" >&2; exit 2 ;; esac
case "$env" in staging | production) ;; *) echo "--env must be staging or production, got '$env'" >&2; exit 2 ;; esac

routing_file="$state_dir/$service-$env/routing.json"
[ -f "$routing_file" ] || exit 0
# shellcheck disable=SC2016 # JavaScript, not shell
node -e '
  const state = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"))
  if (state.active === "blue" || state.active === "green") console.log(state.active)
' "$routing_file"
