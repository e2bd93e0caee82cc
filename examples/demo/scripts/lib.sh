#!/usr/bin/env bash
# Shared logic of the demo's deploy and rollback scripts. Sourced, not run.
# Settings: DEMO_STATE_DIR (default: ../.state), DEMO_PORT_BASE (default 18700).
# Test hooks: DEMO_FAIL_DEPLOY / DEMO_FAIL_ROLLBACK / DEMO_HANG_DEPLOY = comma list of service:env.

script_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
services_dir="$(cd "$script_dir/../services" && pwd)"
state_dir="${DEMO_STATE_DIR:-$script_dir/../.state}"
port_base="${DEMO_PORT_BASE:-18700}"
release_pattern='^v?[0-9]+\.[0-9]+\.[0-9]+([-+][0-9A-Za-z.-]+)?$'

usage() {
  echo "usage: $(basename "$0") --env staging|production --release <version>" >&2
  echo "error: $1" >&2
  exit 2
}

# parse_args "$@" → sets $env and $release, or exits 2.
parse_args() {
  env=""
  release=""
  while [ $# -gt 0 ]; do
    case "$1" in
      --env) [ $# -ge 2 ] || usage "--env needs a value"; env="$2"; shift 2 ;;
      --release) [ $# -ge 2 ] || usage "--release needs a value"; release="$2"; shift 2 ;;
      *) usage "unknown argument: $1" ;;
    esac
  done
  case "$env" in staging | production) ;; *) usage "--env must be staging or production, got '$env'" ;; esac
  [[ "$release" =~ $release_pattern ]] || usage "--release must be a version like v1.2.3, got '$release'"
}

# port_of <service> <env>
port_of() {
  local offset
  case "$1:$2" in
    backend:staging) offset=1 ;;
    frontend:staging) offset=2 ;;
    backend:production) offset=11 ;;
    frontend:production) offset=12 ;;
    *) echo "unknown service $1:$2" >&2; exit 2 ;;
  esac
  echo $((port_base + offset))
}

# listed <comma-list> <service:env> → true when the pair is in the list.
listed() {
  local item
  IFS=',' read -r -a items <<<"$1"
  for item in "${items[@]}"; do [ "$item" = "$2" ] && return 0; done
  return 1
}

# alive <pid>: running, not merely a zombie waiting for its (re)parent to reap it.
alive() {
  kill -0 "$1" 2>/dev/null || return 1
  if [ -r "/proc/$1/stat" ]; then
    local state
    state="$(sed -E 's/^[0-9]+ \(.*\) ([A-Za-z]).*/\1/' "/proc/$1/stat" 2>/dev/null || true)"
    [ "$state" != Z ] || return 1
  fi
  return 0
}

# stop_service <service> <env>: TERM, wait up to 5 s, then KILL; wait until the port is free.
stop_service() {
  local pid_file="$state_dir/$1-$2.pid" pid port
  port="$(port_of "$1" "$2")"
  if [ -f "$pid_file" ]; then
    pid="$(cat "$pid_file")"
    if alive "$pid"; then
      kill -TERM "$pid" 2>/dev/null || true
      for _ in $(seq 100); do alive "$pid" || break; sleep 0.05; done
      if alive "$pid"; then kill -KILL "$pid" 2>/dev/null || true; fi
    fi
    rm -f "$pid_file"
  fi
  for _ in $(seq 50); do port_free "$port" && return 0; sleep 0.1; done
  echo "port $port is still in use" >&2
  return 1
}

port_free() {
  node -e '
    const s = require("net").createServer()
    s.once("error", () => process.exit(1))
    s.listen(Number(process.argv[1]), "127.0.0.1", () => s.close(() => process.exit(0)))
  ' "$1"
}

# serving_version <port> → prints the version the service on that port reports, or nothing.
serving_version() {
  node -e '
    fetch(`http://127.0.0.1:${process.argv[1]}/version`, { signal: AbortSignal.timeout(500) })
      .then(r => r.json()).then(v => console.log(v.version)).catch(() => process.exit(1))
  ' "$1" 2>/dev/null
}

# start_service <verb> <service> <env> <release>: replace the running instance and wait until it serves <release>.
start_service() {
  local verb="$1" service="$2" env="$3" release="$4" port log backend_port
  port="$(port_of "$service" "$env")"
  backend_port="$(port_of backend "$env")"
  log="$state_dir/$service-$env.log"
  mkdir -p "$state_dir"
  echo "[$verb] $service $release -> $env on http://127.0.0.1:$port"
  stop_service "$service" "$env"
  # Detached, with its own session and no inherited pipes: the caller captures our output and must not wait for it.
  PORT="$port" SERVICE_VERSION="$release" DEPLOY_ENV="$env" BACKEND_URL="http://127.0.0.1:$backend_port" \
    setsid node "$services_dir/$service.mjs" </dev/null >>"$log" 2>&1 &
  echo $! >"$state_dir/$service-$env.pid"
  printf '%s\n' "$release" >"$state_dir/$service-$env.release"
  for _ in $(seq 100); do
    if [ "$(serving_version "$port")" = "$release" ]; then
      echo "[$verb] $service $release is serving"
      return 0
    fi
    sleep 0.1
  done
  echo "[$verb] $service $release did not come up on port $port; last log lines:" >&2
  tail -n 20 "$log" >&2 || true
  return 1
}

# deploy_main <verb> <service> "$@": the whole of a deploy or rollback script.
deploy_main() {
  local verb="$1" service="$2" fail_list
  shift 2
  parse_args "$@"
  if [ "$verb" = deploy ]; then fail_list="${DEMO_FAIL_DEPLOY:-}"; else fail_list="${DEMO_FAIL_ROLLBACK:-}"; fi
  if listed "$fail_list" "$service:$env"; then
    echo "[$verb] injected failure for $service:$env" >&2
    exit 1
  fi
  if [ "$verb" = deploy ] && listed "${DEMO_HANG_DEPLOY:-}" "$service:$env"; then
    echo "[$verb] injected hang for $service:$env" >&2
    sleep 3600
  fi
  start_service "$verb" "$service" "$env" "$release"
}
