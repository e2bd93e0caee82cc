#!/usr/bin/env bash
# Shared logic of the demo's deploy and rollback scripts. Sourced, not run.
# Settings: DEMO_STATE_DIR (default: ../.state), DEMO_PORT_BASE (default 18700).
# Test hooks: DEMO_FAIL_DEPLOY / DEMO_FAIL_ROLLBACK / DEMO_HANG_DEPLOY = comma list of service:env.
# The release tag is data only: validated against a strict pattern, always quoted, never evaluated.

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
      --env)
        [ $# -ge 2 ] || usage "--env needs a value"
        env="$2"
        shift 2
        ;;
      --release)
        [ $# -ge 2 ] || usage "--release needs a value"
        release="$2"
        shift 2
        ;;
      *) usage "unknown argument: $1" ;;
    esac
  done
  case "$env" in
    staging | production) ;;
    *) usage "--env must be staging or production, got '$env'" ;;
  esac
  [[ "$release" =~ $release_pattern ]] || usage "--release must be a version like v1.2.3, got '$release'"
  [[ "$port_base" =~ ^[0-9]+$ ]] || usage "DEMO_PORT_BASE must be a number, got '$port_base'"
}

# port_of <service> <env>
port_of() {
  local offset
  case "$1:$2" in
    backend:staging) offset=1 ;;
    frontend:staging) offset=2 ;;
    backend:production) offset=11 ;;
    frontend:production) offset=12 ;;
    *)
      echo "unknown service $1:$2" >&2
      exit 2
      ;;
  esac
  echo $((port_base + offset))
}

# listed <comma-list> <service:env> → true when the pair is in the list.
listed() {
  local item items=()
  IFS=',' read -r -a items <<<"$1"
  for item in "${items[@]}"; do
    item="${item// /}"
    [ "$item" = "$2" ] && return 0
  done
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

# ours <pid> <service>: the pid still runs this service (guards against a recycled pid after a reboot or crash).
ours() {
  [ -r "/proc/$1/cmdline" ] || return 0 # no /proc (macOS): trust the pid file
  tr '\0' ' ' <"/proc/$1/cmdline" 2>/dev/null | grep -q -- "$2.mjs"
}

# port_free <port>: nothing listens on 127.0.0.1:<port>.
port_free() {
  # shellcheck disable=SC2016 # JavaScript, not shell
  node -e '
    const s = require("net").createServer()
    s.once("error", () => process.exit(1))
    s.listen(Number(process.argv[1]), "127.0.0.1", () => s.close(() => process.exit(0)))
  ' "$1"
}

# stop_service <service> <env>: TERM, wait up to 5 s, then KILL; wait up to 5 s until the port is free.
stop_service() {
  local service="$1" env="$2" pid_file pid port
  pid_file="$state_dir/$service-$env.pid"
  port="$(port_of "$service" "$env")"
  if [ -f "$pid_file" ]; then
    pid="$(cat "$pid_file")"
    if [[ "$pid" =~ ^[0-9]+$ ]] && alive "$pid" && ours "$pid" "$service"; then
      kill -TERM "$pid" 2>/dev/null || true
      for _ in $(seq 50); do
        alive "$pid" || break
        sleep 0.1
      done
      if alive "$pid"; then
        echo "$service ($env) did not stop within 5s; killing pid $pid" >&2
        kill -KILL "$pid" 2>/dev/null || true
      fi
    fi
    rm -f "$pid_file"
  fi
  for _ in $(seq 50); do
    port_free "$port" && return 0
    sleep 0.1
  done
  echo "port $port is still in use by another process" >&2
  return 1
}

# wait_serving <port> <release> <pid>: polls GET /version every 100 ms for up to 10 s until it reports <release>.
# Gives up early when the process has exited.
wait_serving() {
  # shellcheck disable=SC2016 # JavaScript, not shell
  node -e '
    const [port, expected, pid] = process.argv.slice(1)
    const fs = require("fs")
    const deadline = Date.now() + 10_000
    const exited = () => {
      try {
        return /^\d+ \(.*\) Z/.test(fs.readFileSync(`/proc/${pid}/stat`, "utf8"))
      } catch {
        try { process.kill(Number(pid), 0); return false } catch { return true }
      }
    }
    const poll = async () => {
      for (;;) {
        try {
          const r = await fetch(`http://127.0.0.1:${port}/version`, { signal: AbortSignal.timeout(500) })
          if (r.ok && (await r.json()).version === expected) process.exit(0)
        } catch {}
        if (exited() || Date.now() >= deadline) process.exit(1)
        await new Promise(done => setTimeout(done, 100))
      }
    }
    poll()
  ' "$1" "$2" "$3"
}

# launch <log> <command...>: runs the command fully detached (own session, no inherited stdio); sets $launched_pid.
launch() {
  local log="$1"
  shift
  # The caller captures our stdout/stderr: the service must not hold those pipes, or the caller would never see EOF.
  if command -v setsid >/dev/null 2>&1; then
    setsid "$@" </dev/null >>"$log" 2>&1 &
  else
    nohup "$@" </dev/null >>"$log" 2>&1 &
  fi
  launched_pid=$!
}

# start_service <verb> <service> <env> <release>: replace the running instance and wait until it serves <release>.
start_service() {
  local verb="$1" service="$2" env="$3" release="$4" port log backend_port
  port="$(port_of "$service" "$env")"
  backend_port="$(port_of backend "$env")"
  log="$state_dir/$service-$env.log"
  echo "[$verb] $service $release -> $env on http://127.0.0.1:$port"
  if ! stop_service "$service" "$env"; then
    echo "[$verb] $service $release: cannot free port $port" >&2
    exit 1
  fi
  echo "--- $(date -u +%Y-%m-%dT%H:%M:%SZ) $verb $service $release ($env)" >>"$log"
  launch "$log" env PORT="$port" SERVICE_VERSION="$release" DEPLOY_ENV="$env" \
    BACKEND_URL="http://127.0.0.1:$backend_port" node "$services_dir/$service.mjs"
  echo "$launched_pid" >"$state_dir/$service-$env.pid"
  printf '%s\n' "$release" >"$state_dir/$service-$env.release"
  if wait_serving "$port" "$release" "$launched_pid"; then
    echo "[$verb] $service $release is serving"
    return 0
  fi
  echo "[$verb] $service $release did not come up on http://127.0.0.1:$port; last lines of $log:" >&2
  tail -n 20 "$log" >&2 || true
  exit 1
}

# deploy_main <verb> <service> "$@": the whole of a deploy or rollback script.
deploy_main() {
  local verb="$1" service="$2" fail_list
  shift 2
  parse_args "$@"
  command -v node >/dev/null 2>&1 || {
    echo "[$verb] node is not on PATH" >&2
    exit 1
  }
  if [ "$verb" = deploy ]; then fail_list="${DEMO_FAIL_DEPLOY:-}"; else fail_list="${DEMO_FAIL_ROLLBACK:-}"; fi
  if listed "$fail_list" "$service:$env"; then
    echo "[$verb] injected failure for $service:$env" >&2
    exit 1
  fi
  if [ "$verb" = deploy ] && listed "${DEMO_HANG_DEPLOY:-}" "$service:$env"; then
    echo "[$verb] injected hang for $service:$env" >&2
    exec sleep 3600 # exec: a kill of this script's pid ends the hang, with no orphaned sleep holding its pipes
  fi
  mkdir -p "$state_dir"
  start_service "$verb" "$service" "$env" "$release"
}
