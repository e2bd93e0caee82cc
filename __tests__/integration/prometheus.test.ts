import { createServer } from 'node:http'
import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { queryPrometheus } from '../../src/phases/analysis/prometheus.js'
import type { PrometheusQueryOutcome } from '../../src/phases/analysis/prometheus.js'
import { FetchHttpClient } from '../../src/adapters/http.js'
import { PrometheusServer } from '../emulators/prometheus.js'

// Against the real `prometheus` binary (bash .ci/install-prometheus.sh). Its first scrape comes 5–6 s after
// start (target updates are batched on a 5 s tick), so everything here polls instead of sleeping.

/** Metric values the test controls, served in the Prometheus text format. */
interface ExposedMetrics {
  requestsTotal: number
  queueDepth: { orders: number; emails: number }
}

/** A tiny `/metrics` endpoint on a free loopback port. */
async function startMetricsServer(metrics: ExposedMetrics): Promise<{ server: Server; target: string }> {
  const server = createServer((request, response) => {
    if (request.url !== '/metrics') {
      response.writeHead(404).end()
      return
    }
    response.writeHead(200, { 'content-type': 'text/plain; version=0.0.4; charset=utf-8' })
    response.end(
      [
        '# HELP rg_test_requests_total Requests served.',
        '# TYPE rg_test_requests_total counter',
        `rg_test_requests_total{route="/checkout"} ${metrics.requestsTotal}`,
        '# HELP rg_test_queue_depth Items waiting in a queue.',
        '# TYPE rg_test_queue_depth gauge',
        `rg_test_queue_depth{queue="orders"} ${metrics.queueDepth.orders}`,
        `rg_test_queue_depth{queue="emails"} ${metrics.queueDepth.emails}`,
        ''
      ].join('\n')
    )
  })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  return { server, target: `127.0.0.1:${(server.address() as AddressInfo).port}` }
}

function closeServer(server: Server | undefined): Promise<void> {
  return new Promise(resolve => (server ? server.close(() => resolve()) : resolve()))
}

const http = new FetchHttpClient()
const metrics: ExposedMetrics = { requestsTotal: 100, queueDepth: { orders: 42.5, emails: 3 } }
let exporter: { server: Server; target: string }
let prometheus: PrometheusServer

function query(promql: string): Promise<PrometheusQueryOutcome> {
  return queryPrometheus(http, prometheus.url, promql, 2000)
}

/** Queries until `accept` holds (or the deadline passes, returning the last outcome for the assertion). */
async function queryUntil(
  promql: string,
  accept: (outcome: PrometheusQueryOutcome) => boolean,
  timeoutMs = 10_000
): Promise<PrometheusQueryOutcome> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const outcome = await query(promql)
    if (accept(outcome) || Date.now() >= deadline) return outcome
    await new Promise(resolve => setTimeout(resolve, 200))
  }
}

beforeAll(async () => {
  exporter = await startMetricsServer(metrics)
  prometheus = await PrometheusServer.start({ targets: [exporter.target], scrapeIntervalMs: 1000 })
  await prometheus.waitForScrape(exporter.target, 20_000)
}, 30_000)

afterAll(async () => {
  await prometheus?.stop()
  await closeServer(exporter?.server)
})

describe('the Prometheus query probe against a real Prometheus', () => {
  it("reads a gauge's value, and follows it when it changes", async () => {
    expect(await query('rg_test_queue_depth{queue="orders"}')).toMatchObject({
      kind: 'value',
      value: 42.5,
      series: 1
    })

    metrics.queueDepth.orders = 7
    const changed = await queryUntil(
      'rg_test_queue_depth{queue="orders"}',
      o => o.kind === 'value' && o.value === 7
    )
    expect(changed).toMatchObject({ kind: 'value', value: 7 })
  })

  it('sees a counter rate above 0 once the counter grows over a few scrapes', async () => {
    // About 10 requests per second while the test polls.
    const traffic = setInterval(() => (metrics.requestsTotal += 1), 100)
    try {
      const rate = await queryUntil(
        'sum(rate(rg_test_requests_total[5s]))',
        o => o.kind === 'value' && o.value > 0,
        15_000
      )
      expect(rate.kind).toBe('value')
      expect(rate.kind === 'value' && rate.value).toBeGreaterThan(0)
      expect(rate.kind === 'value' && rate.value).toBeLessThan(30)
    } finally {
      clearInterval(traffic)
    }
  })

  it('answers no-data for a selector that matches nothing', async () => {
    const outcome = await query('rg_test_queue_depth{queue="does-not-exist"}')
    expect(outcome.kind).toBe('no-data')
    expect(outcome.kind === 'no-data' && outcome.reason).toContain('the label selector matches nothing')
  })

  it('answers no-data for NaN, a ratio without traffic', async () => {
    const outcome = await query('sum(rg_test_queue_depth) * 0 / 0')
    expect(outcome.kind).toBe('no-data')
    expect(outcome.kind === 'no-data' && outcome.reason).toContain('NaN')
  })

  it('asks to aggregate a query that returns two series', async () => {
    const outcome = await query('rg_test_queue_depth')
    expect(outcome.kind).toBe('error')
    expect(outcome.kind === 'error' && outcome.reason).toMatch(/returned 2 series .*aggregate it, e\.g\. sum/)
    expect(await query('sum(rg_test_queue_depth)')).toMatchObject({ kind: 'value', value: 10 })
  })

  it("reports a syntax error with Prometheus's message", async () => {
    const outcome = await query('sum(rate(rg_test_requests_total[5s])')
    expect(outcome.kind).toBe('error')
    expect(outcome.kind === 'error' && outcome.reason).toContain('HTTP 400')
    expect(outcome.kind === 'error' && outcome.reason).toContain('bad_data')
    expect(outcome.kind === 'error' && outcome.reason).toContain('parse error')
  })

  it('scrapes a new target after setTargets reloads the config', async () => {
    const second = await startMetricsServer({ requestsTotal: 0, queueDepth: { orders: 1, emails: 1 } })
    try {
      await prometheus.setTargets([exporter.target, second.target])
      await prometheus.waitForScrape(second.target, 20_000)
      const upTargets = await prometheus.query('count(up == 1)')
      expect(upTargets).toEqual({
        resultType: 'vector',
        result: [{ metric: {}, value: [expect.any(Number), '2'] }]
      })
    } finally {
      await closeServer(second.server)
    }
  }, 30_000)

  it('reports an error once Prometheus is stopped', async () => {
    await prometheus.stop()
    const outcome = await query('rg_test_queue_depth{queue="orders"}')
    expect(outcome.kind).toBe('error')
    expect(outcome.kind === 'error' && outcome.reason).toContain('ECONNREFUSED')
  })
})

describe('PrometheusServer', () => {
  it('says how to install prometheus when the binary is missing', async () => {
    const path = process.env.PATH
    process.env.PATH = '/nonexistent'
    try {
      await expect(PrometheusServer.start({ targets: [] })).rejects.toThrow('bash .ci/install-prometheus.sh')
    } finally {
      process.env.PATH = path
    }
  })
})
