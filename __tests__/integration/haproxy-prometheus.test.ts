import { createServer, type Server } from 'node:http'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { FetchHttpClient } from '../../src/adapters/http.js'
import { queryPrometheus, type PrometheusQueryOutcome } from '../../src/phases/analysis/prometheus.js'
import { HaproxyProcess, haproxyBinary } from '../emulators/haproxy.js'
import { freePort, PrometheusServer } from '../emulators/prometheus.js'

// The ready-made canary queries of docs/strategies.md, over HAProxy 2.6's own exporter scraped by a real Prometheus:
// a canary server answering 500 shows a 5xx ratio of 1, the stable one 0, through the probe's own query code.
const installed = haproxyBinary() !== null
const run = installed || process.env.CI ? describe : describe.skip
if (!installed && !process.env.CI)
  console.warn('haproxy-prometheus.test.ts skipped: haproxy is not installed (bash .ci/install-haproxy.sh)')

const ratio5xx = (server: string): string =>
  `sum(rate(haproxy_server_http_responses_total{proxy="web",server="${server}",code="5xx"}[5s])) / sum(rate(haproxy_server_http_responses_total{proxy="web",server="${server}"}[5s]))`

async function statusServer(status: number): Promise<{ server: Server; port: number }> {
  const server = createServer((_request, response) => response.writeHead(status).end(String(status)))
  const port = await freePort()
  await new Promise<void>(resolve => server.listen(port, '127.0.0.1', resolve))
  return { server, port }
}

let stable: { server: Server; port: number }
let canary: { server: Server; port: number }
let haproxy: HaproxyProcess
let prometheus: PrometheusServer
let traffic: NodeJS.Timeout

beforeAll(async () => {
  if (!installed && !process.env.CI) return
  stable = await statusServer(200)
  canary = await statusServer(500)
  haproxy = await HaproxyProcess.start({
    backend: 'web',
    servers: { web_stable: { port: stable.port, weight: 50 }, web_canary: { port: canary.port, weight: 50 } },
    metrics: true
  })
  prometheus = await PrometheusServer.start({
    targets: [`127.0.0.1:${haproxy.ports.metrics}`],
    scrapeIntervalMs: 1000
  })
  // Steady traffic through HAProxy, half of it to each server.
  traffic = setInterval(() => void fetch(haproxy.url).catch(() => undefined), 25)
  await prometheus.waitForScrape(`127.0.0.1:${haproxy.ports.metrics}`, 20_000)
}, 40_000)

afterAll(async () => {
  clearInterval(traffic)
  await prometheus?.stop()
  await haproxy?.stop()
  for (const backend of [stable, canary]) await new Promise(resolve => backend?.server.close(resolve))
})

/** Queries until `accept` holds or 20 s pass (a rate needs two scrapes), returning the last outcome. */
async function queryUntil(
  promql: string,
  accept: (value: number) => boolean
): Promise<PrometheusQueryOutcome> {
  const deadline = Date.now() + 20_000
  for (;;) {
    const outcome = await queryPrometheus(new FetchHttpClient(), prometheus.url, promql, 2000)
    if ((outcome.kind === 'value' && accept(outcome.value)) || Date.now() > deadline) return outcome
    await new Promise(resolve => setTimeout(resolve, 500))
  }
}

run("a canary analysis over HAProxy's Prometheus exporter", () => {
  it('reads the canary server 5xx ratio as 1 and the stable one as 0', async () => {
    expect(await queryUntil(ratio5xx('web_canary'), v => v > 0)).toMatchObject({ kind: 'value', value: 1 })
    expect(await queryUntil(ratio5xx('web_stable'), v => v === 0)).toMatchObject({ kind: 'value', value: 0 })
  }, 45_000)

  it("reads the servers' average response time", async () => {
    const outcome = await queryUntil(
      'max(haproxy_server_response_time_average_seconds{proxy="web",server="web_canary"})',
      v => v >= 0
    )
    expect(outcome.kind).toBe('value')
    expect(outcome.kind === 'value' && outcome.value).toBeLessThan(1)
  }, 25_000)
})
