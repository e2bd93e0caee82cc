// Demo traffic router: one per service and environment, listening on the service's public port. It proxies every
// request to one instance of the service, as its routing state file says, so the scripts can shift traffic (canary
// weights, blue/green colours, rollbacks) while requests keep being answered.
//
// Environment: ROUTER_PORT (the public port), ROUTER_STATE (the routing state file), SERVICE, DEPLOY_ENV.
//
// Routing state, written by scripts/lib.sh (a temp file renamed over the old one, so a reader never sees half of it):
//   {
//     "service": "backend",
//     "env": "production",
//     "stable": { "port": 18741, "release": "v1.0.0" } | null,
//     "canary": { "port": 18742, "release": "v1.1.0", "weight": 10 } | null,
//     "blue": { "port": 18743, "release": "v1.0.0" } | null,
//     "green": { "port": 18744, "release": "v1.1.0" } | null,
//     "active": "blue" | "green" | null
//   }
// The primary track is the active colour, or stable when no colour is active. The canary takes `weight` percent of
// the requests (0-100) and the primary the rest; with no primary the canary takes them all. A colour that is not
// active gets no traffic: it is a preview, reached on its own port. No route at all: 503.
// The split is a counter, not a random draw: at weight 10, exactly 10 of every 100 requests go to the canary.
//
// The file is re-read on every request (a few hundred bytes), so a change applies from the next request on; the
// scripts stop an instance only after /__router shows no route to it and no request in flight to it.
//
// Own endpoints (any method), everything else is proxied, /version and /healthz included:
//   /metrics    Prometheus text: demo_router_requests_total{service,env,track,version,code} (with a code="500"
//               series at 0 for every track and release routed to, so a healthy canary's error rate is 0, not empty),
//               demo_router_request_duration_seconds{service,env,track} (histogram),
//               demo_router_traffic_weight{service,env,track,version} (percent of requests each track gets now).
//               The canary's error rate alone, in PromQL:
//                 sum(rate(demo_router_requests_total{track="canary",code=~"5.."}[1m]))
//                   / sum(rate(demo_router_requests_total{track="canary"}[1m]))
//   /__router   JSON: the routing state as read now, the effective routes, requests in flight per instance port.
import { readFileSync } from 'node:fs'
import { Agent, createServer, request as upstreamRequest } from 'node:http'
import { BUCKETS, label } from './common.mjs'

const service = process.env.SERVICE ?? 'service'
const env = process.env.DEPLOY_ENV ?? 'staging'
const port = Number(process.env.ROUTER_PORT)
const statePath = process.env.ROUTER_STATE ?? ''
if (!Number.isInteger(port) || port <= 0 || port > 65535 || statePath === '') {
  console.error('router: set ROUTER_PORT to the port to listen on and ROUTER_STATE to the routing state file')
  process.exit(2)
}

const COLOURS = ['blue', 'green']
const UPSTREAM_TIMEOUT_MS = 10_000
// Hop-by-hop headers belong to one connection, not to the request: never forwarded either way.
const HOP_BY_HOP = new Set([
  'connection',
  'keep-alive',
  'proxy-connection',
  'proxy-authenticate',
  'proxy-authorization',
  'te',
  'trailer',
  'transfer-encoding',
  'upgrade'
])
// A fresh connection per proxied request: a pooled connection to an instance that is stopping could be reset
// under a request; on loopback a connect costs next to nothing.
const agent = new Agent({ keepAlive: false })

/** An instance entry of the state file, or null when absent or malformed. */
function instanceOf(value, withWeight) {
  if (value === null || typeof value !== 'object') return null
  const { port: instancePort, release, weight } = value
  if (!Number.isInteger(instancePort) || instancePort <= 0 || instancePort > 65535) return null
  if (typeof release !== 'string' || release === '') return null
  if (!withWeight) return { port: instancePort, release }
  if (!Number.isInteger(weight) || weight < 0 || weight > 100) return null
  return { port: instancePort, release, weight }
}

const EMPTY = { stable: null, canary: null, blue: null, green: null, active: null }
let lastGoodRouting = EMPTY
let lastReadError = ''

/** The routing state as the file says now; no file: no routes; an unreadable file: the last good state. */
function readRouting() {
  let parsed
  try {
    parsed = JSON.parse(readFileSync(statePath, 'utf8'))
  } catch (error) {
    if (error.code === 'ENOENT') return EMPTY
    if (error.message !== lastReadError) console.error(`router: cannot read ${statePath}: ${error.message}`)
    lastReadError = error.message
    return lastGoodRouting
  }
  if (parsed === null || typeof parsed !== 'object') return lastGoodRouting
  lastGoodRouting = {
    stable: instanceOf(parsed.stable, false),
    canary: instanceOf(parsed.canary, true),
    blue: instanceOf(parsed.blue, false),
    green: instanceOf(parsed.green, false),
    active: COLOURS.includes(parsed.active) ? parsed.active : null
  }
  return lastGoodRouting
}

/** The tracks that get traffic under `routing`, each with its share in percent. */
function routesOf(routing) {
  const primaryTrack = routing.active ?? 'stable'
  const primary = routing[primaryTrack]
  const canaryWeight = routing.canary ? (primary ? routing.canary.weight : 100) : 0
  const routes = []
  if (primary && canaryWeight < 100)
    routes.push({ track: primaryTrack, ...primary, weight: 100 - canaryWeight })
  if (routing.canary && canaryWeight > 0)
    routes.push({ track: 'canary', ...routing.canary, weight: canaryWeight })
  return routes
}

// Canary credit: each request adds the canary's weight; a request that brings it to 100 goes to the canary.
let canaryCredit = 0

/** The route for the next request, or null when nothing is routed. */
function pickRoute(routes) {
  if (routes.length <= 1) return routes[0] ?? null
  const canary = routes.find(route => route.track === 'canary')
  const primary = routes.find(route => route.track !== 'canary')
  canaryCredit += canary.weight
  if (canaryCredit >= 100) {
    canaryCredit -= 100
    return canary
  }
  return primary
}

/** Per-track request counters and latency histograms, in Prometheus text format. */
class RouterMetrics {
  constructor() {
    this.requests = new Map()
    this.latency = new Map()
  }
  // Prometheus' advice on missing series: a healthy canary's 5xx series would not exist, and its error rate would be
  // "no data" rather than 0. So every track and release routed to gets a code="500" series at 0 from the start.
  initialise(routes) {
    for (const route of routes) {
      const key = `${route.track}\u0000${route.release}\u0000500`
      if (!this.requests.has(key)) this.requests.set(key, 0)
    }
  }
  observe(track, version, code, seconds) {
    const key = `${track}\u0000${version}\u0000${code}`
    this.requests.set(key, (this.requests.get(key) ?? 0) + 1)
    let histogram = this.latency.get(track)
    if (!histogram) {
      histogram = { buckets: BUCKETS.map(() => 0), sum: 0, count: 0 }
      this.latency.set(track, histogram)
    }
    BUCKETS.forEach((le, i) => {
      if (seconds <= le) histogram.buckets[i] += 1
    })
    histogram.sum += seconds
    histogram.count += 1
  }
  render(routes) {
    const common = `service="${label(service)}",env="${label(env)}"`
    const lines = [
      '# HELP demo_router_requests_total Requests the router answered, by track and the release it routed them to.',
      '# TYPE demo_router_requests_total counter'
    ]
    for (const [key, value] of this.requests) {
      const [track, version, code] = key.split('\u0000')
      lines.push(
        `demo_router_requests_total{${common},track="${label(track)}",version="${label(version)}",code="${code}"} ${value}`
      )
    }
    lines.push(
      '# HELP demo_router_request_duration_seconds Latency of requests through the router, by track.',
      '# TYPE demo_router_request_duration_seconds histogram'
    )
    for (const [track, histogram] of this.latency) {
      const labels = `${common},track="${label(track)}"`
      BUCKETS.forEach((le, i) =>
        lines.push(
          `demo_router_request_duration_seconds_bucket{${labels},le="${le}"} ${histogram.buckets[i]}`
        )
      )
      lines.push(
        `demo_router_request_duration_seconds_bucket{${labels},le="+Inf"} ${histogram.count}`,
        `demo_router_request_duration_seconds_sum{${labels}} ${histogram.sum}`,
        `demo_router_request_duration_seconds_count{${labels}} ${histogram.count}`
      )
    }
    lines.push(
      '# HELP demo_router_traffic_weight Percent of requests each track gets now.',
      '# TYPE demo_router_traffic_weight gauge'
    )
    for (const route of routes) {
      lines.push(
        `demo_router_traffic_weight{${common},track="${route.track}",version="${label(route.release)}"} ${route.weight}`
      )
    }
    return lines.join('\n') + '\n'
  }
}

const metrics = new RouterMetrics()
// Requests in flight per instance port: what the scripts wait on before they stop an instance.
const inflight = new Map()
let proxied = 0

function forwardable(headers) {
  const kept = {}
  for (const [name, value] of Object.entries(headers)) {
    if (!HOP_BY_HOP.has(name) && value !== undefined) kept[name] = value
  }
  return kept
}

function answer(response, status, body, type = 'application/json') {
  response.writeHead(status, { 'content-type': type })
  response.end(typeof body === 'string' ? body : JSON.stringify(body))
}

function proxy(request, response, route) {
  const started = process.hrtime.bigint()
  inflight.set(route.port, (inflight.get(route.port) ?? 0) + 1)
  proxied += 1
  let code = 0
  let upstreamBroke = false
  const upstream = upstreamRequest(
    {
      host: '127.0.0.1',
      port: route.port,
      method: request.method,
      path: request.url,
      headers: {
        ...forwardable(request.headers),
        'x-forwarded-for': request.socket.remoteAddress ?? '',
        'x-demo-track': route.track
      },
      agent,
      timeout: UPSTREAM_TIMEOUT_MS
    },
    upstreamResponse => {
      code = upstreamResponse.statusCode ?? 502
      response.writeHead(code, {
        ...forwardable(upstreamResponse.headers),
        'x-demo-track': route.track,
        'x-demo-release': route.release
      })
      upstreamResponse.pipe(response)
      upstreamResponse.on('error', () => {
        upstreamBroke = true
        response.destroy()
      })
    }
  )
  upstream.on('timeout', () => upstream.destroy(new Error(`no answer within ${UPSTREAM_TIMEOUT_MS} ms`)))
  upstream.on('error', error => {
    if (response.headersSent) {
      upstreamBroke = true
      response.destroy()
      return
    }
    code = error.message.startsWith('no answer') ? 504 : 502
    answer(response, code, {
      error: `${service} ${route.track} ${route.release} on port ${route.port}: ${error.message}`
    })
  })
  // 'close' comes once, whether the answer was sent, broke off, or the client went away.
  response.once('close', () => {
    inflight.set(route.port, inflight.get(route.port) - 1)
    if (inflight.get(route.port) === 0) inflight.delete(route.port)
    // 499: the client closed the connection before the answer was complete (nginx's code for it).
    const status = response.writableFinished || upstreamBroke ? code || 502 : 499
    metrics.observe(route.track, route.release, status, Number(process.hrtime.bigint() - started) / 1e9)
    // The client went away: so does the request to the instance.
    if (!response.writableFinished && !upstream.destroyed) upstream.destroy()
  })
  request.pipe(upstream)
}

const server = createServer((request, response) => {
  const path = new URL(request.url ?? '/', 'http://localhost').pathname
  const routing = readRouting()
  const routes = routesOf(routing)
  metrics.initialise(routes)
  if (path === '/metrics') {
    answer(response, 200, metrics.render(routes), 'text/plain; version=0.0.4')
  } else if (path === '/__router') {
    answer(response, 200, {
      service,
      env,
      port,
      routing,
      routes,
      inflight: Object.fromEntries(inflight),
      proxied
    })
  } else {
    const route = pickRoute(routes)
    if (route) {
      proxy(request, response, route)
    } else {
      const started = process.hrtime.bigint()
      answer(response, 503, { error: `no release of ${service} is routed in ${env}` })
      metrics.observe('none', '', 503, Number(process.hrtime.bigint() - started) / 1e9)
    }
  }
})
server.on('error', error => {
  console.error(`router ${service} (${env}): cannot listen on 127.0.0.1:${port}: ${error.message}`)
  process.exit(1)
})
server.listen(port, '127.0.0.1', () => {
  console.log(`router ${service} (${env}) listening on http://127.0.0.1:${port}, routing from ${statePath}`)
})

let stopping = false
const stop = signal => {
  if (stopping) return
  stopping = true
  console.log(`router ${service} (${env}) stopping (${signal})`)
  server.close(() => process.exit(0))
  server.closeIdleConnections()
  setTimeout(() => {
    server.closeAllConnections()
    process.exit(0)
  }, 2000).unref()
}
process.on('SIGTERM', stop)
process.on('SIGINT', stop)
