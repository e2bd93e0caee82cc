import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { PrometheusServer } from '../emulators/prometheus.js'
import { pollService } from './traffic.js'
import { DemoSandbox } from './demo-sandbox.js'
import { demoReleaseConfig } from './release-configs.js'

// A canary on the demo, analysed by a real Prometheus scraping the demo's HAProxy (its built-in exporter): a good canary is promoted
// step by step; a canary that returns errors is aborted at the first analysis that breaches and rolled back, and the
// service serves the previous version again. Real processes, real HTTP, real PromQL.

const BASE = 29000
const BACKEND_ROUTER = BASE + 11
/** The sandbox HAProxy's stats port: /metrics is its Prometheus exporter. */
const HAPROXY_METRICS = BASE + 9
let prometheus: PrometheusServer

beforeAll(async () => {
  prometheus = await PrometheusServer.start({
    targets: [`127.0.0.1:${HAPROXY_METRICS}`],
    scrapeIntervalMs: 1000
  })
}, 30_000)
afterAll(async () => {
  await prometheus.stop()
})

/** The release config: the backend rolls out as a canary judged on its error rate in Prometheus. */
function canaryConfig(): string {
  const errorRate = (selector: string): string =>
    `sum(rate(haproxy_server_http_responses_total{${selector},code="5xx"}[5s])) / sum(rate(haproxy_server_http_responses_total{${selector}}[5s]))`
  return demoReleaseConfig({
    backend: {
      type: 'canary',
      steps: [
        { 'set-weight': 25 },
        { pause: '3s' },
        { analysis: { probes: ['backend-canary-errors'], interval: '1s', count: 6 } },
        { 'set-weight': 100 }
      ]
    },
    withFrontend: true,
    metrics: [
      {
        id: 'backend-canary-errors',
        prometheus: {
          url: prometheus.url,
          query: errorRate('proxy="backend-production",server="canary"')
        },
        max: 0.05,
        'failure-limit': 2,
        'inconclusive-limit': 4
      }
    ],
    health: {
      window: '2s',
      interval: '1s',
      probes: [{ id: 'backend-greeting', http: { url: `http://127.0.0.1:${BACKEND_ROUTER}/api/greeting` } }]
    }
  })
}

function prepare(): DemoSandbox {
  const box = new DemoSandbox(BASE)
  box.baseline('v1.0.0')
  box.upstream()
  writeFileSync(join(box.demo, 'canary.yml'), canaryConfig())
  return box
}

describe('canary analysis against a real Prometheus', () => {
  it('promotes a healthy canary step by step', async () => {
    const box = prepare()
    try {
      await prometheus.waitForScrape(`127.0.0.1:${HAPROXY_METRICS}`, 20_000)
      const load = pollService(`http://127.0.0.1:${BACKEND_ROUTER}/api/greeting`, {
        maxRequests: 6000,
        maxMs: 90_000
      })
      const run = await box.run(
        [
          process.execPath,
          join(box.root, 'dist', 'cli.js'),
          'run',
          '--tag',
          'v1.1.0',
          '--config',
          'canary.yml',
          '--approve',
          'e2e',
          '--json'
        ],
        {}
      )
      const seen = await load.stop()
      expect(run.code).toBe(0)
      expect(run.stdout).toContain('backend | step 1/4: set weight 25%')
      expect(run.stdout).toContain('backend | analysis passed')
      const rollout = box.json<{ services: { rollout?: unknown }[] }>('production-deployment-report.json')
        .services[0]?.rollout as {
        status: string
        steps: { kind: string; analysis: { verdict: string; samples: { status: string }[] } | null }[]
      }
      expect(rollout.status).toBe('promoted')
      const analysis = rollout.steps.find(s => s.kind === 'analysis')?.analysis
      expect(analysis?.verdict).toBe('passed')
      expect(analysis?.samples.some(s => s.status === 'passed')).toBe(true)
      expect(await box.serving('backend', 'production')).toBe('v1.1.0')
      expect(seen.failed).toBe(0)
      expect(seen.versions.get('v1.1.0')).toBeGreaterThan(0)
    } finally {
      box.stop()
    }
  }, 90_000)

  it('aborts a canary that returns errors at the first analysis, rolls back, and the previous version serves', async () => {
    const box = prepare()
    try {
      await prometheus.waitForScrape(`127.0.0.1:${HAPROXY_METRICS}`, 20_000)
      const load = pollService(`http://127.0.0.1:${BACKEND_ROUTER}/api/greeting`, {
        maxRequests: 6000,
        maxMs: 90_000
      })
      const run = await box.run([
        process.execPath,
        join(box.root, 'dist', 'cli.js'),
        'run',
        '--tag',
        'v1.2.0-faulty',
        '--config',
        'canary.yml',
        '--approve',
        'e2e'
      ])
      const seen = await load.stop()
      expect(run.code).toBe(4)
      expect(run.stderr).toContain('[ALERT] Post-deployment metrics outside thresholds.')
      expect(run.stderr).toContain('backend rollout aborted at step 3')
      const report = box.json<{
        status: string
        rollback: { trigger: string; status: string }
        services: { rollout?: { abort: { step: number; reason: string } | null } }[]
      }>('production-deployment-report.json')
      expect(report.status).toBe('rolled-back')
      expect(report.rollback).toMatchObject({ trigger: 'rollout-analysis', status: 'success' })
      expect(report.services[0]?.rollout?.abort?.step).toBe(3)
      expect(report.services[0]?.rollout?.abort?.reason).toMatch(
        /probe backend-canary-errors failed 2 time\(s\) \(limit 2\); last: [\d.]+ > max 0\.05/
      )
      expect(await box.serving('backend', 'production')).toBe('v1.0.0')
      // Only the canary's share of requests saw the bad release; after the rollback only v1.0.0 answers.
      expect(seen.versions.get('v1.0.0')).toBeGreaterThan(seen.versions.get('v1.2.0-faulty') ?? 0)
      expect(box.deployed('production', 'v1.2.0-faulty')).toBe(true)
    } finally {
      box.stop()
    }
  }, 90_000)
})
