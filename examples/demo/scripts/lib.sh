#!/usr/bin/env bash
# Shared logic of the demo's scripts (deploy, rollback, switch, retire, stop). Sourced, not run.
# Settings: DEMO_STATE_DIR (default: ../.state), DEMO_PORT_BASE (default 18700).
# Test hooks: DEMO_FAIL_DEPLOY / DEMO_FAIL_ROLLBACK / DEMO_HANG_DEPLOY = comma list of service:env.
#   DEMO_FAIL_DEPLOY and DEMO_HANG_DEPLOY apply to deploy, switch and retire (they change what is live);
#   DEMO_FAIL_ROLLBACK applies to rollback.
# The release tag is data only: validated against a strict pattern, always quoted, never evaluated.
#
# Traffic. One HAProxy for the whole sandbox (DEMO_STATE_DIR) routes every service and environment: a frontend on the
# service's public port, a backend with four servers, one per slot: stable, canary, blue, green, each an instance on
# an internal port. The scripts set the servers' weights and states through HAProxy's Runtime API (a unix socket) and
# read them back; a server without live traffic is in maintenance. They stop an instance only once HAProxy no longer
# routes to it and has no session open to it (the drain), and they start the instance that takes over before routing
# to it: a switch does not fail a request. The first script that needs HAProxy writes its config and starts it.
#
# HAProxy: DEMO_HAPROXY (a path or a name) if set, else `haproxy` on PATH, else /usr/sbin/haproxy. Without it, a
# deploy or rollback replaces the service all at once on its public port (a short outage, no traffic shifting) and
# says so; a blue/green preview, switch or retire is refused with the install hint.
#
# Ports, DEMO_PORT_BASE + offset (all within +0..+99, so a test can give each sandbox 100 ports):
#   public ports (HAProxy's frontends):     staging backend +1, staging frontend +2,
#                                           production backend +11, production frontend +12
#   HAProxy's own: +9, /metrics (its Prometheus exporter) and /stats (its stats page; ;csv for CSV), read-only
#   instances: group + slot, group: staging backend +20, staging frontend +30, production backend +40,
#              production frontend +50; slot: stable 1, canary 2, blue 3, green 4
#   With the default base, production backend: public 18711, stable 18741, canary 18742, blue 18743, green 18744.
#   A probe measures the baseline and the canary apart on the stable and canary ports.
#
# Commands (every one starts HAProxy if it is not running):
#   deploy_<s>.sh --env E --release R [--weight 100]  R the only instance, in the stable slot, all traffic. While the
#                      old stable one is replaced, R serves from the canary slot at 100% (a stand-in).
#   deploy_<s>.sh --env E --release R --weight 1-99   R in the canary slot with that share of the live traffic.
#   deploy_<s>.sh --env E --release R --color C       R in colour C, a preview with no live traffic (not the live C).
#   switch_<s>.sh --env E --color C    all traffic to C; the instance live before stays up, unrouted, for an instant
#                      rollback; a canary and anything else not live are stopped.
#   retire_<s>.sh --env E --color C    stops colour C; refuses the live colour.
#   rollback_<s>.sh --env E --release R   from any state: R the only instance, all traffic; where an instance
#                      already serves R (stable or a colour), the traffic moves to it, otherwise R starts in stable.
#   stop_demo.sh       stops HAProxy and every instance.
#
# State, in DEMO_STATE_DIR:
#   <service>-<env>.log           instance output, and "--- <time> <verb> <service> <release> (<env>) [<slot>]" for
#                                 every instance started
#   <service>-<env>.release       the release that takes the live traffic (stable, or the active colour)
#   <service>-<env>/routing.json  the slots' releases, the canary's weight and the active colour (what the scripts
#                                 set HAProxy to; HAProxy is set from it again when it was restarted)
#   <service>-<env>/<slot>.pid    process ids
#   <service>-<env>/lock          one script at a time per service and environment (flock, where there is one)
#   haproxy/haproxy.cfg, haproxy.pid, haproxy.log, and admin.sock: the Runtime API, mode 600 (only this user),
#                                 level admin (it changes weights and states); lock: one HAProxy start at a time

script_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
services_dir="$(cd "$script_dir/../services" && pwd)"
state_dir="${DEMO_STATE_DIR:-$script_dir/../.state}"
port_base="${DEMO_PORT_BASE:-18700}"
release_pattern='^v?[0-9]+\.[0-9]+\.[0-9]+([-+][0-9A-Za-z.-]+)?$'
slots=(stable canary blue green)
# How long the drain waits for requests in flight before it stops an instance anyway.
drain_timeout_ms=5000
# haproxy when the sandbox's HAProxy routes, none when it is not installed (set by ensure_haproxy).
router=""
haproxy_dir="$state_dir/haproxy"
haproxy_socket="$haproxy_dir/admin.sock"
haproxy_install_hint="install it with 'sudo apt-get install haproxy' (Debian, Ubuntu) or 'bash .ci/install-haproxy.sh'"

usage_args="--env staging|production --release <version>"
usage() {
  echo "usage: $(basename "$0") $usage_args" >&2
  echo "error: $1" >&2
  exit 2
}

# parse_args "<allowed flags>" "<required flags>" "$@": sets $env, $release, $weight, $color (empty when not given),
# or exits 2. Flags are named without their dashes: env, release, weight, color.
parse_args() {
  local allowed=" $1 " required=" $2 "
  shift 2
  env=""
  release=""
  weight=""
  color=""
  while [ $# -gt 0 ]; do
    case "$1" in
      --env | --release | --weight | --color)
        [[ "$allowed" == *" ${1#--} "* ]] || usage "unknown argument: $1"
        [ $# -ge 2 ] || usage "$1 needs a value"
        case "$1" in
          --env) env="$2" ;;
          --release) release="$2" ;;
          --weight) weight="$2" ;;
          --color) color="$2" ;;
        esac
        shift 2
        ;;
      *) usage "unknown argument: $1" ;;
    esac
  done
  case "$env" in
    staging | production) ;;
    *) usage "--env must be staging or production, got '$env'" ;;
  esac
  if [ -n "$release" ] || [[ "$required" == *" release "* ]]; then
    [[ "$release" =~ $release_pattern ]] || usage "--release must be a version like v1.2.3, got '$release'"
  fi
  if [ -n "$weight" ]; then
    # 10# keeps a leading zero from reading as octal.
    if ! [[ "$weight" =~ ^[0-9]{1,3}$ ]] || [ "$((10#$weight))" -lt 1 ] || [ "$((10#$weight))" -gt 100 ]; then
      usage "--weight must be a whole percentage from 1 to 100, got '$weight'"
    fi
    weight="$((10#$weight))"
  fi
  if [ -n "$color" ] || [[ "$required" == *" color "* ]]; then
    [ "$color" = blue ] || [ "$color" = green ] || usage "--color must be blue or green, got '$color'"
  fi
  if [ -n "$weight" ] && [ -n "$color" ]; then
    usage "--weight (canary) and --color (blue/green) do not go together; give one of them"
  fi
  [[ "$port_base" =~ ^[0-9]+$ ]] || usage "DEMO_PORT_BASE must be a number, got '$port_base'"
}

# port_of <service> <env>: the public port (HAProxy's frontend).
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

# slot_port <slot>: the internal port of $service's <slot> instance in $env.
slot_port() {
  local group offset
  case "$service:$env" in
    backend:staging) group=20 ;;
    frontend:staging) group=30 ;;
    backend:production) group=40 ;;
    frontend:production) group=50 ;;
    *)
      echo "unknown service $service:$env" >&2
      exit 2
      ;;
  esac
  case "$1" in
    stable) offset=1 ;;
    canary) offset=2 ;;
    blue) offset=3 ;;
    green) offset=4 ;;
    *)
      echo "unknown slot $1" >&2
      exit 2
      ;;
  esac
  echo $((port_base + group + offset))
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
    # No state: reaped while we looked (this script reaps the instances it started itself).
    [ -n "$state" ] || [ -e "/proc/$1" ] || return 1
    [ "$state" != Z ] || return 1
  fi
  return 0
}

# ours <pid> <program>: the pid still runs <program> (guards against a recycled pid after a reboot or crash).
ours() {
  [ -r "/proc/$1/cmdline" ] || return 0 # no /proc (macOS): trust the pid file
  tr '\0' ' ' <"/proc/$1/cmdline" 2>/dev/null | grep -q -- "$2"
}

# running <pid file> <program>: the pid file names a live process running <program>.
running() {
  local pid
  [ -f "$1" ] || return 1
  pid="$(cat "$1")"
  [[ "$pid" =~ ^[0-9]+$ ]] && alive "$pid" && ours "$pid" "$2"
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

# stop_process <pid file> <port> <program> <name>: TERM, wait up to 5 s, then KILL. When the pid file names no
# process of ours, waits up to 5 s until nothing listens on the port (after our process exits, its port is free).
stop_process() {
  local pid_file="$1" port="$2" program="$3" name="$4" pid
  if [ -f "$pid_file" ]; then
    pid="$(cat "$pid_file")"
    if [[ "$pid" =~ ^[0-9]+$ ]] && alive "$pid" && ours "$pid" "$program"; then
      kill -TERM "$pid" 2>/dev/null || true
      for _ in $(seq 100); do
        alive "$pid" || break
        sleep 0.05
      done
      if alive "$pid"; then
        echo "$name did not stop within 5s; killing pid $pid" >&2
        kill -KILL "$pid" 2>/dev/null || true
        for _ in $(seq 20); do
          alive "$pid" || break
          sleep 0.05
        done
      fi
      if ! alive "$pid"; then
        rm -f "$pid_file"
        return 0
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

# getJson(url, timeoutMs) → {ok, body}, for the node snippets below: node's http client, as fetch takes 0.1 s to
# load, and the scripts call these snippets several times a switch.
# shellcheck disable=SC2016 # JavaScript, not shell
js_get_json='
  const getJson = (url, timeoutMs) =>
    new Promise((resolve, reject) => {
      const request = require("http").get(url, { timeout: timeoutMs }, response => {
        let text = ""
        response.setEncoding("utf8")
        response.on("data", chunk => (text += chunk))
        response.on("end", () => {
          const ok = response.statusCode >= 200 && response.statusCode < 300
          try { resolve({ ok, body: JSON.parse(text) }) } catch { resolve({ ok, body: null }) }
        })
        response.on("error", reject)
      })
      request.on("timeout", () => request.destroy(new Error("timed out")))
      request.on("error", reject)
    })
'

# wait_http <url> <expected version, or empty for any 2xx> <pid> <budget ms>: polls the url every 25 ms until it
# answers (with that version); gives up when the budget is spent or the process has exited.
wait_http() {
  # shellcheck disable=SC2016 # JavaScript, not shell
  node -e "$js_get_json"'
    const [url, expected, pid, budget] = process.argv.slice(1)
    const fs = require("fs")
    const deadline = Date.now() + Number(budget)
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
          const answer = await getJson(url, 500)
          if (answer.ok && (expected === "" || answer.body?.version === expected)) process.exit(0)
        } catch {}
        if (exited() || Date.now() >= deadline) process.exit(1)
        await new Promise(done => setTimeout(done, 25))
      }
    }
    poll()
  ' "$1" "$2" "$3" "$4"
}

# launch <log> <command...>: runs the command fully detached (own session, no inherited stdio); sets $launched_pid.
launch() {
  local log="$1"
  shift
  # The caller captures our stdout/stderr: the service must not hold those pipes, or the caller would never see EOF.
  # Nor the lock (fd 9): the next script would wait for this service to end.
  if command -v setsid >/dev/null 2>&1; then
    setsid "$@" </dev/null >>"$log" 2>&1 9>&- &
  else
    nohup "$@" </dev/null >>"$log" 2>&1 9>&- &
  fi
  launched_pid=$!
}

# ---- one service in one environment: $service, $env, $verb set by the entry points ---------------------------

# open_unit: the state paths of $service in $env; takes the lock, so one script at a time changes them.
open_unit() {
  unit_dir="$state_dir/$service-$env"
  routing_file="$unit_dir/routing.json"
  log="$state_dir/$service-$env.log"
  public_port="$(port_of "$service" "$env")"
  mkdir -p "$unit_dir"
  exec 9>"$unit_dir/lock"
  if command -v flock >/dev/null 2>&1 && ! flock -w 60 9; then
    echo "[$verb] another script has been changing $service ($env) for 60s; gave up" >&2
    exit 1
  fi
}

# load_routing: the routing state into slot_release_<slot>, canary_weight, active_color (validated, never evaluated).
load_routing() {
  local key value
  for key in "${slots[@]}"; do set_release "$key" ""; done
  canary_weight=0
  active_color=""
  [ -f "$routing_file" ] || return 0
  while read -r key value; do
    case "$key" in
      stable | canary | blue | green)
        if [[ "$value" =~ $release_pattern ]]; then set_release "$key" "$value"; fi
        ;;
      weight)
        if [[ "$value" =~ ^[0-9]{1,3}$ ]] && [ "$value" -le 100 ]; then canary_weight="$value"; fi
        ;;
      active)
        if [ "$value" = blue ] || [ "$value" = green ]; then active_color="$value"; fi
        ;;
    esac
  done < <(
    # shellcheck disable=SC2016 # JavaScript, not shell
    node -e '
      const state = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"))
      for (const slot of ["stable", "canary", "blue", "green"]) {
        const release = state?.[slot]?.release
        if (typeof release === "string" && /^[\x21-\x7e]+$/.test(release)) console.log(slot, release)
      }
      if (Number.isInteger(state?.canary?.weight)) console.log("weight", state.canary.weight)
      if (typeof state?.active === "string" && /^[a-z]+$/.test(state.active)) console.log("active", state.active)
    ' "$routing_file" || echo "[$verb] $routing_file is unreadable; starting from an empty routing state" >&2
  )
}

# set_release <slot> <release or empty>: what the routing state lists in <slot> (saved by save_routing).
set_release() {
  case "$1" in
    stable | canary | blue | green) printf -v "slot_release_$1" '%s' "$2" ;;
    *)
      echo "unknown slot $1" >&2
      exit 2
      ;;
  esac
}

# release_in <slot>: the release the routing state lists in <slot>, or nothing.
release_in() {
  local name="slot_release_$1"
  printf '%s' "${!name}"
}

# primary_slot: the slot the live traffic goes to (less a canary's share): the active colour, else stable if any.
primary_slot() {
  if [ -n "$active_color" ]; then
    printf '%s' "$active_color"
  elif [ -n "$slot_release_stable" ]; then
    printf 'stable'
  fi
}

# instance_json <slot>: the slot's entry in the routing state.
instance_json() {
  local release_of
  release_of="$(release_in "$1")"
  if [ -z "$release_of" ]; then
    printf 'null'
  elif [ "$1" = canary ]; then
    printf '{ "port": %s, "release": "%s", "weight": %s }' "$(slot_port "$1")" "$release_of" "$canary_weight"
  else
    printf '{ "port": %s, "release": "%s" }' "$(slot_port "$1")" "$release_of"
  fi
}

# save_routing: writes the routing state (a temp file renamed over the old one: the router reads all or nothing) and
# records the live release in <service>-<env>.release.
save_routing() {
  local temp="$routing_file.$$.tmp" active_json=null live
  if [ -n "$active_color" ]; then active_json="\"$active_color\""; fi
  {
    printf '{\n  "service": "%s",\n  "env": "%s",\n' "$service" "$env"
    printf '  "stable": %s,\n' "$(instance_json stable)"
    printf '  "canary": %s,\n' "$(instance_json canary)"
    printf '  "blue": %s,\n' "$(instance_json blue)"
    printf '  "green": %s,\n' "$(instance_json green)"
    printf '  "active": %s\n}\n' "$active_json"
  } >"$temp"
  mv -f "$temp" "$routing_file"
  apply_routing
  live="$(primary_slot)"
  if [ -n "$live" ]; then printf '%s\n' "$(release_in "$live")" >"$state_dir/$service-$env.release"; fi
}

# slot_serves <slot> <release>: the routing state lists <release> in <slot>, its process runs, and it answers so.
slot_serves() {
  [ "$(release_in "$1")" = "$2" ] || return 1
  running "$unit_dir/$1.pid" "$service.mjs" || return 1
  wait_http "http://127.0.0.1:$(slot_port "$1")/version" "$2" "$(cat "$unit_dir/$1.pid")" 1000
}

# slot_weight <slot>: the percentage of the live traffic HAProxy is to send to <slot> (0: none).
slot_weight() {
  local primary canary_share=0
  primary="$(primary_slot)"
  if [ -n "$slot_release_canary" ]; then
    if [ -n "$primary" ]; then canary_share="$canary_weight"; else canary_share=100; fi
  fi
  if [ "$1" = canary ]; then
    printf '%s' "$canary_share"
  elif [ "$1" = "$primary" ]; then
    printf '%s' "$((100 - canary_share))"
  else
    printf '0'
  fi
}

# The Runtime API, for the node snippets below: runtime(command) → HAProxy's answer (one command per connection:
# HAProxy answers and closes).
# shellcheck disable=SC2016 # JavaScript, not shell
js_runtime='
  const runtime = command =>
    new Promise((resolve, reject) => {
      const connection = require("net").createConnection(process.env.HAPROXY_SOCKET)
      let text = ""
      connection.setEncoding("utf8")
      connection.setTimeout(2000, () => connection.destroy(new Error("the Runtime API did not answer within 2 s")))
      connection.on("connect", () => connection.write(command + "\n"))
      connection.on("data", chunk => (text += chunk))
      connection.on("end", () => resolve(text))
      connection.on("error", reject)
    })
'

# apply_routing: sets $service's HAProxy backend to the routing state: the routed slots' weights first, then the
# others into maintenance (so no instant routes nowhere), and reads the weights and states back.
apply_routing() {
  [ "$router" = haproxy ] || return 0
  local slot weights=()
  for slot in "${slots[@]}"; do weights+=("$slot:$(slot_weight "$slot")"); done
  # shellcheck disable=SC2016 # JavaScript, not shell
  HAPROXY_SOCKET="$haproxy_socket" node -e "$js_runtime"'
    const [backend, ...pairs] = process.argv.slice(1)
    const wanted = pairs.map(pair => pair.split(":")).map(([server, weight]) => ({ server, weight: Number(weight) }))
    const commands = [
      ...wanted.filter(s => s.weight > 0).flatMap(s => [
        `set server ${backend}/${s.server} weight ${s.weight}`,
        `set server ${backend}/${s.server} state ready`
      ]),
      ...wanted.filter(s => s.weight === 0).map(s => `set server ${backend}/${s.server} state maint`)
    ]
    const main = async () => {
      for (const command of commands) {
        const answer = (await runtime(command)).trim()
        if (answer !== "") throw new Error(`${command}: ${answer}`)
      }
      // show servers state: be_id be_name srv_id srv_name srv_addr srv_op_state srv_admin_state srv_uweight ...
      const state = new Map()
      for (const line of (await runtime(`show servers state ${backend}`)).split("\n")) {
        const fields = line.split(" ")
        if (fields[1] === backend) state.set(fields[3], { maint: (Number(fields[6]) & 1) === 1, weight: Number(fields[7]) })
      }
      for (const { server, weight } of wanted) {
        const now = state.get(server)
        const right = weight > 0 ? now && !now.maint && now.weight === weight : now && now.maint
        if (!right) throw new Error(`${backend}/${server} reads back as ${JSON.stringify(now)}, not weight ${weight}`)
      }
    }
    main().catch(error => {
      console.error(`HAProxy: ${error.message}`)
      process.exit(1)
    })
  ' "$service-$env" "${weights[@]}" || {
    echo "[$verb] $service ($env): could not set the traffic in HAProxy (socket $haproxy_socket)" >&2
    exit 1
  }
}

# drain <slot>: waits until HAProxy has no session open to the slot's server (apply_routing took it out first).
drain() {
  [ "$router" = haproxy ] || return 0
  # shellcheck disable=SC2016 # JavaScript, not shell
  HAPROXY_SOCKET="$haproxy_socket" node -e "$js_runtime"'
    const [backend, server, budget] = process.argv.slice(1)
    const deadline = Date.now() + Number(budget)
    // show stat (CSV): pxname, svname, qcur, qmax, scur, ...
    const busy = async () =>
      (await runtime("show stat"))
        .split("\n")
        .map(line => line.split(","))
        .some(f => f[0] === backend && f[1] === server && (Number(f[2]) > 0 || Number(f[4]) > 0))
    const poll = async () => {
      for (;;) {
        try {
          if (!(await busy())) process.exit(0)
        } catch {
          process.exit(0) // no HAProxy, no traffic
        }
        if (Date.now() >= deadline) {
          console.error(`${backend}/${server} still had requests in flight after ${budget} ms; stopping it anyway`)
          process.exit(0)
        }
        await new Promise(done => setTimeout(done, 20))
      }
    }
    poll()
  ' "$service-$env" "$1" "$drain_timeout_ms"
}

# stop_slot <slot>: stops the slot's instance (callers unroute it first).
stop_slot() {
  stop_process "$unit_dir/$1.pid" "$(slot_port "$1")" "$service.mjs" "$service ($env, $1)"
}

# retire_slot <slot>: takes the slot out of the routing state, drains it, stops its instance.
retire_slot() {
  if [ -n "$(release_in "$1")" ]; then
    set_release "$1" ""
    if [ "$1" = canary ]; then canary_weight=0; fi
    if [ "$active_color" = "$1" ]; then active_color=""; fi
    save_routing
    drain "$1"
  fi
  if [ -f "$unit_dir/$1.pid" ]; then
    stop_slot "$1" || {
      echo "[$verb] $service ($env): cannot free the $1 port $(slot_port "$1")" >&2
      exit 1
    }
  fi
}

# start_slot <slot> <release>: starts <release> in the (unrouted) slot and waits until it serves; exits 1 if it does
# not come up.
start_slot() {
  local slot="$1" release_to_start="$2" port backend_port
  port="$(slot_port "$slot")"
  backend_port="$(port_of backend "$env")"
  # A port held by something else shows as the instance's own "cannot listen" error below.
  if [ -f "$unit_dir/$slot.pid" ] && ! stop_slot "$slot"; then
    echo "[$verb] $service $release_to_start: cannot free port $port" >&2
    exit 1
  fi
  echo "--- $(date -u +%Y-%m-%dT%H:%M:%SZ) $verb $service $release_to_start ($env) [$slot]" >>"$log"
  # The frontend calls the backend through the backend's router, so it follows the backend's traffic shifts.
  launch "$log" env PORT="$port" SERVICE_VERSION="$release_to_start" DEPLOY_ENV="$env" \
    BACKEND_URL="http://127.0.0.1:$backend_port" node "$services_dir/$service.mjs"
  echo "$launched_pid" >"$unit_dir/$slot.pid"
  if ! wait_http "http://127.0.0.1:$port/version" "$release_to_start" "$launched_pid" 10000; then
    echo "[$verb] $service $release_to_start did not come up on http://127.0.0.1:$port; last lines of $log:" >&2
    tail -n 20 "$log" >&2 || true
    stop_slot "$slot" || true
    exit 1
  fi
  set_release "$slot" "$release_to_start"
}

# find_haproxy: sets $haproxy_bin to the HAProxy to run (see the top), or empty when there is none.
find_haproxy() {
  haproxy_bin=""
  if [ -n "${DEMO_HAPROXY+set}" ]; then
    haproxy_bin="$(command -v -- "$DEMO_HAPROXY" 2>/dev/null || true)"
  elif command -v haproxy >/dev/null 2>&1; then
    haproxy_bin="$(command -v haproxy)"
  elif [ -x /usr/sbin/haproxy ]; then
    haproxy_bin=/usr/sbin/haproxy
  fi
}

# haproxy_config: the sandbox's haproxy.cfg: a frontend per service and environment on its public port, a backend
# with the four slots' servers (in maintenance until a script routes to them), and the read-only stats port.
haproxy_config() {
  local unit_service unit_env slot
  cat <<CONFIG
# Written by examples/demo/scripts/lib.sh; rewritten at every start.
global
  stats socket $haproxy_socket mode 600 level admin
  pidfile $haproxy_dir/haproxy.pid
defaults
  mode http
  timeout connect 1s
  timeout client 30s
  timeout server 10s
  # A connection refused by an instance is retried on another server, never answered with an error.
  retries 2
  option redispatch
  # A fresh server connection per request: no pooled connection to an instance that is stopping.
  option http-server-close
frontend haproxy-stats
  bind 127.0.0.1:$((port_base + 9))
  http-request use-service prometheus-exporter if { path /metrics }
  stats enable
  stats uri /stats
CONFIG
  for unit_service in backend frontend; do
    for unit_env in staging production; do
      printf 'frontend public-%s-%s\n  bind 127.0.0.1:%s\n  default_backend %s-%s\n' \
        "$unit_service" "$unit_env" "$(port_of "$unit_service" "$unit_env")" "$unit_service" "$unit_env"
      # x-demo-track: the slot that answered.
      printf 'backend %s-%s\n  balance roundrobin\n  http-response set-header x-demo-track %%s\n' \
        "$unit_service" "$unit_env"
      for slot in "${slots[@]}"; do
        printf '  server %s 127.0.0.1:%s weight 1 disabled\n' "$slot" "$(service="$unit_service" env="$unit_env" slot_port "$slot")"
      done
    done
  done
}

# ensure_haproxy: starts the sandbox's HAProxy unless it runs; sets $router to haproxy, or to none (with a note)
# when HAProxy is not installed.
ensure_haproxy() {
  local pid_file="$haproxy_dir/haproxy.pid"
  find_haproxy
  if [ -z "$haproxy_bin" ]; then
    router=none
    echo "[$verb] note: HAProxy not found${DEMO_HAPROXY+ (DEMO_HAPROXY=$DEMO_HAPROXY)}; $haproxy_install_hint." \
      "Without it, $service ($env) is replaced all at once on port $public_port (a short outage, no traffic shifting)." >&2
    return 0
  fi
  router=haproxy
  running "$pid_file" haproxy && return 0
  mkdir -p "$haproxy_dir"
  (
    # One start at a time for the whole sandbox (the scripts of other services may be starting it too).
    exec 8>"$haproxy_dir/lock"
    if command -v flock >/dev/null 2>&1 && ! flock -w 60 8; then
      echo "[$verb] another script has been starting HAProxy for 60s; gave up" >&2
      exit 1
    fi
    running "$pid_file" haproxy && exit 0
    haproxy_config >"$haproxy_dir/haproxy.cfg"
    rm -f "$haproxy_socket" "$pid_file"
    echo "--- $(date -u +%Y-%m-%dT%H:%M:%SZ) haproxy ($haproxy_bin) on ports $((port_base + 1))-$((port_base + 12))" \
      >>"$haproxy_dir/haproxy.log"
    # -D: in the background once its ports and socket are open; it must hold neither the locks nor our pipes.
    if ! "$haproxy_bin" -D -f "$haproxy_dir/haproxy.cfg" </dev/null >>"$haproxy_dir/haproxy.log" 2>&1 8>&- 9>&-; then
      echo "[$verb] HAProxy did not start (a port held by another process shows here); last lines of" \
        "$haproxy_dir/haproxy.log:" >&2
      tail -n 20 "$haproxy_dir/haproxy.log" >&2 || true
      exit 1
    fi
  ) || exit 1
}

# make_sole <release> <where>: ends with <release> the only instance, taking all the traffic.
#   where=stable: in the stable slot. where=any: in the slot that already serves it (the live one first), else stable.
# Nothing the router routes to is stopped before the instance that takes over serves.
make_sole() {
  local target_release="$1" where="$2" target="" live slot candidates=()
  live="$(primary_slot)"
  if [ "$where" = any ]; then
    if [ -n "$live" ]; then candidates+=("$live"); fi
    for slot in blue green stable; do
      if [ "$slot" != "$live" ]; then candidates+=("$slot"); fi
    done
    for slot in "${candidates[@]}"; do
      if slot_serves "$slot" "$target_release"; then
        target="$slot"
        break
      fi
    done
  fi
  if [ -z "$target" ]; then
    target=stable
    if ! slot_serves stable "$target_release"; then
      if [ "$live" = stable ]; then
        # The stable slot takes live traffic: the canary slot stands in while the stable one is replaced.
        if ! slot_serves canary "$target_release"; then
          retire_slot canary
          start_slot canary "$target_release"
        fi
        canary_weight=100
        save_routing
      fi
      retire_slot stable
      start_slot stable "$target_release"
    fi
  fi
  for slot in "${slots[@]}"; do
    if [ "$slot" != "$target" ]; then set_release "$slot" ""; fi
  done
  canary_weight=0
  active_color=""
  if [ "$target" = blue ] || [ "$target" = green ]; then active_color="$target"; fi
  save_routing
  for slot in "${slots[@]}"; do
    if [ "$slot" != "$target" ] && [ -f "$unit_dir/$slot.pid" ]; then
      drain "$slot"
      stop_slot "$slot" || echo "[$verb] $service ($env): the $slot instance did not stop cleanly" >&2
    fi
  done
}

# inject_faults: the test hooks.
inject_faults() {
  local fail_list
  if [ "$verb" = rollback ]; then fail_list="${DEMO_FAIL_ROLLBACK:-}"; else fail_list="${DEMO_FAIL_DEPLOY:-}"; fi
  if listed "$fail_list" "$service:$env"; then
    echo "[$verb] injected failure for $service:$env" >&2
    exit 1
  fi
  if [ "$verb" != rollback ] && listed "${DEMO_HANG_DEPLOY:-}" "$service:$env"; then
    echo "[$verb] injected hang for $service:$env" >&2
    exec sleep 3600 # exec: a kill of this script's pid ends the hang, with no orphaned sleep holding its pipes
  fi
}

# prepare <verb> <service>: the common start of every entry point, after parse_args.
prepare() {
  verb="$1"
  service="$2"
  command -v node >/dev/null 2>&1 || {
    echo "[$verb] node is not on PATH" >&2
    exit 1
  }
  inject_faults
  mkdir -p "$state_dir"
  open_unit
  load_routing
  ensure_haproxy
  # HAProxy may have been restarted since: it routes as the routing state says.
  if [ "$router" = haproxy ] && [ -f "$routing_file" ]; then apply_routing; fi
}

# deploy_main <verb> <service> "$@": the whole of a deploy or rollback script.
#   deploy --env E --release R                 R the only (stable) instance, all traffic
#   deploy --env E --release R --weight 1-99   R the canary, taking that percentage of the traffic
#   deploy --env E --release R --weight 100    R promoted: the only (stable) instance, all traffic
#   deploy --env E --release R --color C       R in colour C as a preview: no live traffic until switch_<service>.sh
#   rollback --env E --release R               R the only instance, all traffic; kept where it already runs
deploy_main() {
  local url
  if [ "$1" = deploy ]; then
    usage_args="--env staging|production --release <version> [--weight 1-100 | --color blue|green]"
    parse_args "env release weight color" "env release" "${@:3}"
  else
    parse_args "env release" "env release" "${@:3}"
  fi
  prepare "$1" "$2"
  url="http://127.0.0.1:$public_port"
  if [ "$router" = none ]; then
    if [ -n "$color" ]; then no_router_refusal "a blue/green preview"; fi
    deploy_all_at_once "$url"
  elif [ -n "$color" ]; then
    deploy_preview "$url"
  elif [ -n "$weight" ] && [ "$weight" -lt 100 ]; then
    deploy_canary "$url"
  else
    echo "[$verb] $service $release -> $env on $url"
    if [ "$verb" = rollback ]; then make_sole "$release" any; else make_sole "$release" stable; fi
    echo "[$verb] $service $release is serving"
  fi
}

# no_router_refusal <what>: exits 1: <what> needs HAProxy.
no_router_refusal() {
  echo "[$verb] $service ($env): $1 needs HAProxy, which is not installed; $haproxy_install_hint" >&2
  exit 1
}

# deploy_all_at_once <public url>: without HAProxy, $release replaces whatever serves on the public port (a short
# outage); a --weight is ignored (all at once).
deploy_all_at_once() {
  local pid_file="$state_dir/$service-$env.pid"
  echo "[$verb] $service $release -> $env on $1, all at once (no HAProxy${weight:+; --weight $weight ignored})"
  stop_process "$pid_file" "$public_port" "$service.mjs" "$service ($env)" || {
    echo "[$verb] $service ($env): cannot free the public port $public_port" >&2
    exit 1
  }
  echo "--- $(date -u +%Y-%m-%dT%H:%M:%SZ) $verb $service $release ($env) [all at once]" >>"$log"
  launch "$log" env PORT="$public_port" SERVICE_VERSION="$release" DEPLOY_ENV="$env" \
    BACKEND_URL="http://127.0.0.1:$(port_of backend "$env")" node "$services_dir/$service.mjs"
  echo "$launched_pid" >"$pid_file"
  if ! wait_http "$1/version" "$release" "$launched_pid" 10000; then
    echo "[$verb] $service $release did not come up on $1; last lines of $log:" >&2
    tail -n 20 "$log" >&2 || true
    exit 1
  fi
  printf '%s\n' "$release" >"$state_dir/$service-$env.release"
  echo "[$verb] $service $release is serving"
}

# deploy_canary <public url>: $release in the canary slot with $weight percent of the traffic.
deploy_canary() {
  local live
  live="$(primary_slot)"
  if [ -z "$live" ]; then
    echo "[$verb] $service ($env) has no live release to split traffic from; deploy one without --weight first" >&2
    exit 1
  fi
  echo "[$verb] $service $release -> $env canary, $weight% of $1 (instance http://127.0.0.1:$(slot_port canary))"
  if ! slot_serves canary "$release"; then
    retire_slot canary
    start_slot canary "$release"
  fi
  canary_weight="$weight"
  save_routing
  echo "[$verb] $service $release is serving $weight% of traffic, $(release_in "$live") ($live) the rest"
}

# deploy_preview <public url>: $release in colour $color, with no live traffic.
deploy_preview() {
  if [ "$active_color" = "$color" ]; then
    echo "[$verb] $service ($env): $color is live (serving $(release_in "$color"));" \
      "deploy the preview to the other colour" >&2
    exit 1
  fi
  echo "[$verb] $service $release -> $env $color (preview) on http://127.0.0.1:$(slot_port "$color");" \
    "live traffic on $1 unchanged"
  if ! slot_serves "$color" "$release"; then
    retire_slot "$color"
    start_slot "$color" "$release"
  fi
  save_routing
  if [ ! -f "$state_dir/$service-$env.release" ]; then printf '%s\n' "$release" >"$state_dir/$service-$env.release"; fi
  echo "[$verb] $service $release is serving on $color (preview, no live traffic)"
}

# switch_main <service> "$@": switch_<service>.sh --env E --color C: all traffic to colour C at once. The instance
# that was live stays up, unrouted, for an instant rollback (retire_<service>.sh stops it if it is a colour); a
# canary and anything else that was not live are stopped.
switch_main() {
  local previous slot target_release was
  usage_args="--env staging|production --color blue|green"
  parse_args "env color" "env color" "${@:2}"
  prepare switch "$1"
  if [ "$router" = none ]; then no_router_refusal "a blue/green switch"; fi
  target_release="$(release_in "$color")"
  if [ -z "$target_release" ] || ! slot_serves "$color" "$target_release"; then
    echo "[switch] $service ($env): nothing serves on $color;" \
      "deploy a release there first (deploy_$service.sh --color $color)" >&2
    exit 1
  fi
  previous="$(primary_slot)"
  was=""
  if [ -n "$previous" ]; then was=" (was $previous $(release_in "$previous"))"; fi
  echo "[switch] $service ($env): all traffic on http://127.0.0.1:$public_port -> $color $target_release$was"
  active_color="$color"
  set_release canary ""
  canary_weight=0
  for slot in "${slots[@]}"; do
    if [ "$slot" != "$color" ] && [ "$slot" != "$previous" ] && [ "$slot" != canary ]; then
      set_release "$slot" ""
    fi
  done
  save_routing
  for slot in "${slots[@]}"; do
    if [ "$slot" != "$color" ] && [ "$slot" != "$previous" ] && [ -f "$unit_dir/$slot.pid" ]; then
      drain "$slot"
      stop_slot "$slot" || echo "[switch] $service ($env): the $slot instance did not stop cleanly" >&2
    fi
  done
  echo "[switch] $service $target_release ($color) is serving 100% of traffic"
}

# retire_main <service> "$@": retire_<service>.sh --env E --color C: stops colour C; refuses the live colour.
retire_main() {
  local retired
  usage_args="--env staging|production --color blue|green"
  parse_args "env color" "env color" "${@:2}"
  prepare retire "$1"
  if [ "$router" = none ]; then no_router_refusal "a blue/green retire"; fi
  if [ "$active_color" = "$color" ]; then
    echo "[retire] $service ($env): $color is the live colour (serving $(release_in "$color"));" \
      "switch traffic to the other colour first" >&2
    exit 1
  fi
  retired="$(release_in "$color")"
  retire_slot "$color"
  echo "[retire] $service ($env): $color${retired:+ $retired} stopped"
}

# stop_all: stop_demo.sh: HAProxy and every instance the scripts started, as recorded in the state dir.
stop_all() {
  local status=0 found
  if [ -f "$haproxy_dir/haproxy.pid" ]; then
    stop_process "$haproxy_dir/haproxy.pid" "$(port_of backend production)" haproxy HAProxy || status=1
    echo "stopped HAProxy"
  fi
  for service in backend frontend; do
    for env in staging production; do
      unit_dir="$state_dir/$service-$env"
      found=no
      for slot in "${slots[@]}"; do
        if [ -f "$unit_dir/$slot.pid" ]; then
          found=yes
          stop_slot "$slot" || status=1
        fi
      done
      # An instance started all at once (no HAProxy), on the public port.
      if [ -f "$state_dir/$service-$env.pid" ]; then
        found=yes
        stop_process "$state_dir/$service-$env.pid" "$(port_of "$service" "$env")" "$service.mjs" "$service ($env)" ||
          status=1
      fi
      # Nothing runs: the next deploy starts from an empty routing state.
      rm -f "$unit_dir/routing.json"
      if [ "$found" = yes ]; then echo "stopped $service ($env)"; fi
    done
  done
  return "$status"
}
