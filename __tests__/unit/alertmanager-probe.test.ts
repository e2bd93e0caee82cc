import { describe, expect, it } from '@jest/globals'
import {
  AlertMatcherSyntaxError,
  formatAlertMatcher,
  matchesAll,
  parseAlertMatcher
} from '../../src/core/alert-matchers.js'
import type { AlertMatcher } from '../../src/core/alert-matchers.js'
import type { ProbeSpec } from '../../src/core/config.js'
import { ConfigError } from '../../src/core/errors.js'
import type { HttpClient, HttpResponse } from '../../src/core/ports.js'
import { parseConfig } from '../../src/entry/config/parse.js'
import {
  firingAlertsUrl,
  MAX_ALERTS_BODY_BYTES,
  parseFiringAlerts,
  sampleFiringAlerts
} from '../../src/phases/analysis/alertmanager.js'
import { probeTarget, realProbeSampler } from '../../src/phases/analysis/probes.js'
import { FakeClock, fakeContext, FakeHttp, FakeRunner } from '../fakes.js'
import { runRelease } from '../../src/engine/run.js'
import type { ProductionDeploymentReport } from '../../src/core/records/index.js'
import { renderHealthLog } from '../../src/render/markdown.js'
import * as records from './evidence-records.js'

const checkout: AlertMatcher[] = [
  { name: 'service', operator: '=', value: 'checkout' },
  { name: 'severity', operator: '=~', value: 'critical|page' }
]

/** A `gettableAlert` of Alertmanager 0.25's API v2, firing unless `status` says otherwise. */
function alert(
  labels: Record<string, string>,
  status: Record<string, unknown> = {}
): Record<string, unknown> {
  return {
    annotations: { summary: 'checkout errors' },
    endsAt: '2026-12-03T10:05:00.000Z',
    fingerprint: `fp-${labels.alertname ?? 'none'}`,
    receivers: [{ name: 'null' }],
    startsAt: '2026-12-03T10:00:00.000Z',
    updatedAt: '2026-12-03T10:00:00.000Z',
    generatorURL: 'http://prometheus:9090/graph',
    labels,
    status: { state: 'active', silencedBy: [], inhibitedBy: [], ...status }
  }
}
const errorsFiring = alert({ alertname: 'CheckoutErrors', service: 'checkout', severity: 'critical' })

/** An HTTP client that records each request's method and URL and answers with `answer`. */
class RecordingHttp implements HttpClient {
  requests: { method: string; url: string }[] = []
  constructor(private readonly answer: Partial<HttpResponse>) {}
  async request(url: string, options: { method: string; timeoutMs: number }): Promise<HttpResponse> {
    this.requests.push({ method: options.method, url })
    return { ok: true, status: 200, headers: {}, body: '[]', latencyMs: 3, error: null, ...this.answer }
  }
}

describe('alert matchers', () => {
  it.each<[string, AlertMatcher]>([
    ['service="checkout"', { name: 'service', operator: '=', value: 'checkout' }],
    ['severity=~"critical|page"', { name: 'severity', operator: '=~', value: 'critical|page' }],
    ['env != "staging"', { name: 'env', operator: '!=', value: 'staging' }],
    ['team!~"ops.*"', { name: 'team', operator: '!~', value: 'ops.*' }],
    ['service=checkout', { name: 'service', operator: '=', value: 'checkout' }],
    ['summary="say \\"hi\\"\\\\"', { name: 'summary', operator: '=', value: 'say "hi"\\' }],
    ['version="${tag}"', { name: 'version', operator: '=', value: '${tag}' }]
  ])('parses %s', (text, expected) => {
    expect(parseAlertMatcher(text)).toEqual(expected)
  })

  it.each([
    ['no operator', 'service', 'expected name="value"'],
    ['a label name starting with a digit', '1service="x"', 'expected name="value"'],
    ['an unclosed quote', 'service="checkout', 'quotes do not close'],
    ['text after the closing quote', 'service="a" or 1', 'quotes do not close'],
    ['an unknown escape', 'service="a\\tb"', 'unknown escape \\t'],
    ['an unquoted value with a space', 'service=check out', 'quote a value'],
    ['a regex that does not compile', 'severity=~"(critical"', 'the regex does not compile']
  ])('refuses %s', (_, text, reason) => {
    expect(() => parseAlertMatcher(text)).toThrow(AlertMatcherSyntaxError)
    expect(() => parseAlertMatcher(text)).toThrow(reason)
  })

  it('writes a matcher back quoted and escaped, so that it parses to itself', () => {
    const tricky: AlertMatcher = { name: 'summary', operator: '!=', value: 'a "b"\\c\nd' }
    expect(formatAlertMatcher(tricky)).toBe('summary!="a \\"b\\"\\\\c\\nd"')
    expect(parseAlertMatcher(formatAlertMatcher(tricky))).toEqual(tricky)
  })

  it.each([
    ['all matchers hold', { service: 'checkout', severity: 'page' }, true],
    ['a regex must match the whole value', { service: 'checkout', severity: 'critical-ish' }, false],
    ['a wrong service', { service: 'cart', severity: 'critical' }, false],
    ['a missing label compares as ""', { severity: 'critical' }, false]
  ])('matches labels when %s', (_, labels, expected) => {
    expect(matchesAll(checkout, labels)).toBe(expected)
  })

  it('treats a missing label as "" for != and !~, as Alertmanager does', () => {
    expect(matchesAll([{ name: 'env', operator: '!=', value: 'staging' }], {})).toBe(true)
    expect(matchesAll([{ name: 'env', operator: '!~', value: '.+' }], {})).toBe(true)
  })
})

describe('alertmanager probe config', () => {
  const config = (probe: string): string => `
version: 1
services:
  api:
    deploy: deploy.sh
    rollback: rollback.sh
health:
  window: 1m
  interval: 10s
  probes:
    - ${probe}
`

  it('loads the URL, the parsed matchers and a timeout of the interval at most 5s', () => {
    const loaded = parseConfig(
      config(
        `{ id: alerts, alertmanager: { url: "http://am:9093/", matchers: ['service="checkout"', 'severity=~"critical|page"'] } }`
      ),
      'x.yml'
    )
    expect(loaded.health.probes[0]).toEqual({
      id: 'alerts',
      kind: 'alertmanager',
      url: 'http://am:9093',
      matchers: checkout,
      timeoutMs: 5000,
      failureLimit: 1,
      consecutiveErrorLimit: 3,
      inconclusiveLimit: 3
    })
  })

  it.each([
    [
      'a matcher that is not in the syntax',
      `{ id: alerts, alertmanager: { url: "http://am:9093", matchers: ['service="checkout"', 'severity'] } }`,
      '$.health.probes[0].alertmanager.matchers[1]: invalid matcher "severity": expected name="value", name!="value", name=~"regex" or name!~"regex"'
    ],
    [
      'a regex that does not compile',
      `{ id: alerts, alertmanager: { url: "http://am:9093", matchers: ['severity=~"(page"'] } }`,
      '$.health.probes[0].alertmanager.matchers[0]: invalid matcher "severity=~\\"(page\\"": the regex does not compile'
    ],
    [
      'min or max',
      `{ id: alerts, max: 0, alertmanager: { url: "http://am:9093", matchers: ['service="checkout"'] } }`,
      '$.health.probes[0]: an alertmanager probe fails on any matching firing alert; min/max do not apply, remove them'
    ]
  ])('refuses %s with a clear error', (_, probe, problem) => {
    let problems: string[] = []
    try {
      parseConfig(config(probe), 'x.yml')
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError)
      problems = (error as ConfigError).problems
    }
    expect(problems.join('\n')).toContain(problem)
  })
})

describe('reading firing alerts (API v2)', () => {
  it('asks only for active, unsilenced, uninhibited alerts, with each matcher as a filter', () => {
    expect(firingAlertsUrl('http://am:9093/', checkout)).toBe(
      'http://am:9093/api/v2/alerts?active=true&silenced=false&inhibited=false' +
        `&filter=${encodeURIComponent('service="checkout"')}&filter=${encodeURIComponent('severity=~"critical|page"')}`
    )
  })

  it('records each firing alert: alertname, labels, start time and fingerprint', () => {
    expect(parseFiringAlerts(JSON.stringify([errorsFiring]), 200, checkout)).toEqual({
      kind: 'alerts',
      firing: [
        {
          alertname: 'CheckoutErrors',
          labels: { alertname: 'CheckoutErrors', service: 'checkout', severity: 'critical' },
          startsAt: '2026-12-03T10:00:00.000Z',
          fingerprint: 'fp-CheckoutErrors'
        }
      ],
      ignored: 0
    })
  })

  it.each([
    [
      'silenced (state suppressed), though the API was asked to leave it out',
      { state: 'suppressed', silencedBy: ['s1'] }
    ],
    ['inhibited (state suppressed)', { state: 'suppressed', inhibitedBy: ['fp-x'] }]
  ])('does not count an alert that is %s', (_, status) => {
    const answer = JSON.stringify([
      alert({ alertname: 'Muted', service: 'checkout', severity: 'page' }, status)
    ])
    expect(parseFiringAlerts(answer, 200, checkout)).toEqual({ kind: 'alerts', firing: [], ignored: 1 })
  })

  it('does not count an alert that does not match every matcher, though the API returned it', () => {
    const answer = JSON.stringify([alert({ alertname: 'CartErrors', service: 'cart', severity: 'critical' })])
    expect(parseFiringAlerts(answer, 200, checkout)).toEqual({ kind: 'alerts', firing: [], ignored: 1 })
  })

  it('counts an alert not yet checked against silences (state unprocessed) as firing', () => {
    const answer = JSON.stringify([
      alert({ alertname: 'New', service: 'checkout', severity: 'page' }, { state: 'unprocessed' })
    ])
    expect(parseFiringAlerts(answer, 200, checkout)).toMatchObject({
      kind: 'alerts',
      firing: [{ alertname: 'New' }]
    })
  })

  it.each([
    ['HTTP 500', '{"code":500,"message":"boom"}', 500, 'Alertmanager answered HTTP 500: "{\\"code\\":500'],
    ['HTTP 400 (a filter it rejected)', '{"code":400,"message":"bad matcher"}', 400, 'answered HTTP 400'],
    ['a redirect', '', 302, 'answered HTTP 302'],
    ['a body that is not JSON', '<html>502 Bad Gateway</html>', 200, 'a body that is not JSON: "<html>502'],
    ['JSON that is not a list', '{"alerts":[]}', 200, 'JSON that is not a list of alerts'],
    ['an alert that is not an object', '[1]', 200, "alert 0 of Alertmanager's answer is not an object"],
    [
      'an alert without labels',
      JSON.stringify([{ ...errorsFiring, labels: undefined }]),
      200,
      'has no "labels" object of strings'
    ],
    [
      'a label that is not a string',
      JSON.stringify([alert({ service: 1 as unknown as string })]),
      200,
      'has no "labels" object of strings'
    ],
    [
      'an alert without fingerprint',
      JSON.stringify([{ ...errorsFiring, fingerprint: '' }]),
      200,
      'has no "fingerprint"'
    ],
    [
      'a startsAt that is not a time',
      JSON.stringify([{ ...errorsFiring, startsAt: 'soon' }]),
      200,
      'has no "startsAt" time'
    ],
    [
      'an alert without status',
      JSON.stringify([{ ...errorsFiring, status: undefined }]),
      200,
      'has no "status" object'
    ],
    [
      'an unknown state',
      JSON.stringify([alert({}, { state: 'firing' })]),
      200,
      'has the status.state "firing"'
    ],
    [
      'a status without silencedBy',
      JSON.stringify([alert({}, { silencedBy: null })]),
      200,
      'has no "status.silencedBy"'
    ],
    [
      '"active" yet silenced',
      JSON.stringify([alert({}, { silencedBy: ['s1'] })]),
      200,
      'is "active" yet names a silence'
    ],
    [
      'a body cut off at the size limit',
      `[${' '.repeat(MAX_ALERTS_BODY_BYTES)}`,
      200,
      'reached 256 KiB and was cut off'
    ]
  ])('is inconclusive on %s', (_, body, status, reason) => {
    const result = parseFiringAlerts(body, status, checkout)
    expect(result.kind).toBe('inconclusive')
    expect(result.kind === 'inconclusive' && result.reason).toContain(reason)
  })
})

describe('an alertmanager sample', () => {
  it.each<[string, Partial<HttpResponse>, { status: string; value: number | null; message: string }]>([
    [
      'passes while no matching alert fires',
      { body: '[]' },
      { status: 'passed', value: 0, message: 'no matching alert firing' }
    ],
    [
      'fails while a matching alert fires',
      { body: JSON.stringify([errorsFiring]) },
      {
        status: 'failed',
        value: 1,
        message:
          '1 matching alert(s) firing: "CheckoutErrors" since 2026-12-03T10:00:00.000Z (fingerprint fp-CheckoutErrors)'
      }
    ],
    [
      'is inconclusive when Alertmanager cannot be reached',
      { ok: false, status: null, body: '', error: 'GET http://am:9093/api/v2/alerts failed: ECONNREFUSED' },
      {
        status: 'inconclusive',
        value: null,
        message: 'GET http://am:9093/api/v2/alerts failed: ECONNREFUSED'
      }
    ],
    [
      'is inconclusive when Alertmanager times out',
      {
        ok: false,
        status: null,
        body: '',
        error: 'GET http://am:9093/api/v2/alerts failed: no answer within 500ms'
      },
      {
        status: 'inconclusive',
        value: null,
        message: 'GET http://am:9093/api/v2/alerts failed: no answer within 500ms'
      }
    ],
    [
      'is inconclusive on HTTP 503',
      { status: 503, body: 'unavailable' },
      { status: 'inconclusive', value: null, message: 'Alertmanager answered HTTP 503: "unavailable"' }
    ]
  ])('%s', async (_, answer, expected) => {
    const http = new RecordingHttp(answer)
    await expect(sampleFiringAlerts(http, 'http://am:9093', checkout, 500)).resolves.toMatchObject(expected)
  })

  it('names three alerts, counts the rest and records at most 20', async () => {
    const many = Array.from({ length: 25 }, (_, i) =>
      alert({ alertname: `A${i}`, service: 'checkout', severity: 'page' })
    )
    const read = await sampleFiringAlerts(
      new RecordingHttp({ body: JSON.stringify(many) }),
      'http://am',
      checkout,
      500
    )
    expect(read.value).toBe(25)
    expect(read.message).toContain('"A2" since')
    expect(read.message).toContain(', … 22 more')
    expect(read.alerts).toHaveLength(20)
  })

  it('samples through the probe dispatch with ${tag} substituted, sends only GETs, and records the alerts', async () => {
    const http = new RecordingHttp({ body: JSON.stringify([errorsFiring]) })
    const probe: ProbeSpec = {
      id: 'alerts',
      kind: 'alertmanager',
      url: 'http://am:9093',
      matchers: [{ name: 'version', operator: '!=', value: '${tag}' }],
      timeoutMs: 500,
      failureLimit: 1,
      consecutiveErrorLimit: 3,
      inconclusiveLimit: 3
    }
    const clock = { now: () => new Date('2026-12-03T10:01:00Z') }
    const sampler = realProbeSampler({
      http,
      runner: new FakeRunner(),
      now: clock.now,
      vars: { tag: 'v1.2.3', env: 'production', previous: 'v1.2.2', evidence: '.artifacts', service: '' },
      selfArgv: []
    })
    const sample = await sampler(probe, 1)
    expect(http.requests).toEqual([
      {
        method: 'GET',
        url: `http://am:9093/api/v2/alerts?active=true&silenced=false&inhibited=false&filter=${encodeURIComponent('version!="v1.2.3"')}`
      }
    ])
    expect(sample).toMatchObject({ probe: 'alerts', status: 'failed', passed: false, value: 1 })
    expect(sample.alerts).toEqual([
      expect.objectContaining({ alertname: 'CheckoutErrors', fingerprint: 'fp-CheckoutErrors' })
    ])
    expect(probeTarget(probe)).toBe('{version!="${tag}"} @ http://am:9093')
  })
})

describe('firing alerts in deployment-health-log.md', () => {
  it('lists each firing alert of a sample: round, probe, name, start, fingerprint and labels', () => {
    const failed = {
      probe: 'alerts',
      round: 2,
      passed: false,
      status: 'failed' as const,
      value: 1,
      startedAt: '2026-12-03T10:01:00.000Z',
      finishedAt: '2026-12-03T10:01:00.100Z',
      message: '1 matching alert(s) firing',
      alerts: [
        {
          alertname: 'Checkout*Errors*',
          labels: { alertname: 'Checkout*Errors*', service: 'checkout' },
          startsAt: '2026-12-03T10:00:00.000Z',
          fingerprint: 'a1b2c3d4e5f60718'
        }
      ]
    }
    const log = renderHealthLog(records.health({ verdict: 'breached', samples: [failed] }))
    expect(log).toContain(
      '## Firing alerts\n\n| Round | Probe | Alert | Since | Fingerprint | Labels |\n|---|---|---|---|---|---|\n' +
        '| 2 | alerts | Checkout\\*Errors\\* | 2026-12-03T10:00:00.000Z | a1b2c3d4e5f60718 | alertname="Checkout\\*Errors\\*", service="checkout" |\n'
    )
  })

  it('has no firing-alerts section when no alert fired', () => {
    expect(renderHealthLog(records.health({ verdict: 'healthy' }))).not.toContain('Firing alerts')
  })
})

describe('an alertmanager probe in a canary analysis step', () => {
  const ALERTMANAGER = 'http://127.0.0.1:9093'
  const canaryConfig = `
version: 1
services:
  backend:
    deploy: deploy.sh \${env} \${tag} weight=\${weight}
    rollback: rollback.sh \${env} \${previous}
    strategy:
      type: canary
      steps:
        - set-weight: 10
        - analysis: { probes: [checkout-alerts], interval: 10s, count: 3 }
        - set-weight: 100
metrics:
  - id: checkout-alerts
    alertmanager: { url: ${ALERTMANAGER}, matchers: ['service="checkout"', 'version="\${tag}"'] }
health:
  window: 10s
  interval: 5s
  probes:
    - { id: api, http: { url: http://127.0.0.1:1/healthz } }
`

  /** A release whose GETs to Alertmanager get `answer`; every other URL answers 200. */
  async function releaseWith(answer: Partial<HttpResponse>) {
    const runner = new FakeRunner()
    const http = new FakeHttp(url => (url.startsWith(ALERTMANAGER) ? answer : { status: 200 }))
    const ctx = fakeContext(parseConfig(canaryConfig, 'test.yml'), { runner, http, clock: new FakeClock() })
    const outcome = await runRelease(ctx)
    const report = await ctx.store.readJson<ProductionDeploymentReport>('production-deployment-report.json')
    return { outcome, http, rollout: report?.services[0]?.rollout }
  }

  it('aborts the canary while a matching alert fires, recording the alert in the analysis', async () => {
    const firing = alert({ alertname: 'CheckoutErrors', service: 'checkout', version: 'v1.1.0' })
    const { outcome, http, rollout } = await releaseWith({ body: JSON.stringify([firing]) })
    expect(outcome).toMatchObject({ kind: 'rolled-back' })
    expect(http.urls.filter(u => u.startsWith(ALERTMANAGER))[0]).toContain(
      `&filter=${encodeURIComponent('version="v1.1.0"')}`
    )
    expect(rollout?.abort?.reason).toContain('probe checkout-alerts failed 1 time(s) (limit 1)')
    expect(rollout?.steps[1]?.analysis?.samples[0]?.alerts).toEqual([
      expect.objectContaining({ alertname: 'CheckoutErrors', fingerprint: 'fp-CheckoutErrors' })
    ])
  })

  it('aborts as inconclusive, never passing, while Alertmanager cannot be reached', async () => {
    const { outcome, rollout } = await releaseWith({
      ok: false,
      status: null,
      body: '',
      error: 'ECONNREFUSED'
    })
    expect(outcome).toMatchObject({ kind: 'rolled-back' })
    expect(rollout?.abort?.reason).toContain('analysis inconclusive')
  })

  it('promotes the canary while no matching alert fires', async () => {
    const { outcome, rollout } = await releaseWith({ body: '[]' })
    expect(outcome).toMatchObject({ kind: 'passed' })
    expect(rollout?.steps[1]?.analysis).toMatchObject({ verdict: 'passed', count: 3 })
  })
})
