// Shared plumbing of the two demo services: settings from the environment, Prometheus metrics, graceful shutdown.
import { createServer } from 'node:http'

/** Settings every demo service reads from its environment. */
export function settings(service) {
  const port = Number(process.env.PORT)
  if (!Number.isInteger(port) || port <= 0 || port > 65535) {
    console.error(`${service}: set PORT to the port to listen on`)
    process.exit(2)
  }
  const version = process.env.SERVICE_VERSION ?? 'v0.0.0'
  const env = process.env.DEPLOY_ENV ?? 'staging'
  // The demo's bad release: fine in staging, failing under production traffic (what the health window is for).
  const faulty = version.endsWith('-faulty') && env === 'production'
  return { service, port, version, env, faulty }
}

/** Latency histogram bucket bounds, in seconds. */
export const BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1]

/** A Prometheus label value: backslash, double quote and newline escaped. */
export const label = value => String(value).replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n')

/** Request counters and a latency histogram in Prometheus text format. */
export class Metrics {
  constructor(config) {
    this.config = config
    this.requests = new Map()
    this.bucketCounts = BUCKETS.map(() => 0)
    this.sum = 0
    this.count = 0
  }
  observe(path, code, seconds) {
    const key = `${path}\u0000${code}`
    this.requests.set(key, (this.requests.get(key) ?? 0) + 1)
    BUCKETS.forEach((le, i) => {
      if (seconds <= le) this.bucketCounts[i] += 1
    })
    this.sum += seconds
    this.count += 1
  }
  render() {
    const service = label(this.config.service)
    const version = label(this.config.version)
    const env = label(this.config.env)
    const lines = [
      '# HELP demo_http_requests_total HTTP requests served.',
      '# TYPE demo_http_requests_total counter'
    ]
    for (const [key, value] of this.requests) {
      const [path, code] = key.split('\u0000')
      lines.push(
        `demo_http_requests_total{service="${service}",path="${label(path)}",code="${code}"} ${value}`
      )
    }
    lines.push(
      '# HELP demo_http_request_duration_seconds Request latency.',
      '# TYPE demo_http_request_duration_seconds histogram'
    )
    BUCKETS.forEach((le, i) =>
      lines.push(
        `demo_http_request_duration_seconds_bucket{service="${service}",le="${le}"} ${this.bucketCounts[i]}`
      )
    )
    lines.push(
      `demo_http_request_duration_seconds_bucket{service="${service}",le="+Inf"} ${this.count}`,
      `demo_http_request_duration_seconds_sum{service="${service}"} ${this.sum}`,
      `demo_http_request_duration_seconds_count{service="${service}"} ${this.count}`,
      '# HELP demo_build_info Version of the running service.',
      '# TYPE demo_build_info gauge',
      `demo_build_info{service="${service}",version="${version}",env="${env}"} 1`
    )
    return lines.join('\n') + '\n'
  }
}

/** Starts a server whose routes return {status, body, type}; handles metrics, 404s and SIGTERM/SIGINT. */
export function serve(config, routes) {
  const metrics = new Metrics(config)
  let stopping = false
  const server = createServer(async (request, response) => {
    const started = process.hrtime.bigint()
    // While stopping, every answer closes its connection, so the server's last requests also end its keep-alives.
    if (stopping) response.setHeader('connection', 'close')
    const path = new URL(request.url ?? '/', 'http://localhost').pathname
    // Label by route, not raw path: unknown paths share one label so a scanner cannot grow the series without bound.
    let route = 'other'
    let result
    if (request.method === 'GET' && path === '/metrics') {
      route = path
      result = { status: 200, body: metrics.render(), type: 'text/plain; version=0.0.4' }
    } else if (request.method === 'GET' && Object.hasOwn(routes, path)) {
      route = path
      try {
        result = await routes[path]()
      } catch (error) {
        result = { status: 500, body: { error: String(error) } }
      }
    } else {
      result = { status: 404, body: { error: `no route ${request.method} ${path}` } }
    }
    const body = typeof result.body === 'string' ? result.body : JSON.stringify(result.body)
    response.writeHead(result.status, { 'content-type': result.type ?? 'application/json' })
    response.end(body)
    metrics.observe(route, result.status, Number(process.hrtime.bigint() - started) / 1e9)
  })
  server.on('error', error => {
    console.error(`${config.service}: cannot listen on 127.0.0.1:${config.port}: ${error.message}`)
    process.exit(1)
  })
  server.listen(config.port, '127.0.0.1', () => {
    console.log(
      `${config.service} ${config.version} listening on http://127.0.0.1:${config.port} (${config.env})`
    )
  })
  // Graceful: the router stops sending requests before the scripts stop an instance, so requests still in flight
  // finish; idle keep-alive connections close now, and whatever is left after 2 s is cut.
  const stop = signal => {
    if (stopping) return
    stopping = true
    console.log(`${config.service} ${config.version} stopping (${signal})`)
    server.close(() => process.exit(0))
    server.closeIdleConnections()
    setTimeout(() => {
      server.closeAllConnections()
      process.exit(0)
    }, 2000).unref()
  }
  process.on('SIGTERM', stop)
  process.on('SIGINT', stop)
  return server
}
