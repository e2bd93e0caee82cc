import { createServer, type AddressInfo, type Server, type Socket } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { AlertMatcher } from '../../src/core/alert-matchers.js'
import { parseAlertMatcher } from '../../src/core/alert-matchers.js'
import type { HttpClient, HttpResponse } from '../../src/core/ports.js'
import { FetchHttpClient } from '../../src/adapters/http.js'
import { sampleFiringAlerts, type AlertsSample } from '../../src/phases/analysis/alertmanager.js'
import { AlertmanagerServer, alertmanagerMissing, freeLoopbackPort } from '../emulators/alertmanager.js'

// Against the real Alertmanager 0.25 (bash .ci/install-alertmanager.sh), fed alerts through its API v2. Each test
// labels its alerts with its own `case`, so the alerts of one test never count in another.

/** The real HTTP client, recording each request's method. */
class RecordingHttp implements HttpClient {
  readonly methods: string[] = []
  private readonly http = new FetchHttpClient()
  request(url: string, options: { method: string; timeoutMs: number }): Promise<HttpResponse> {
    this.methods.push(options.method)
    return this.http.request(url, options)
  }
}

const missing = alertmanagerMissing()
if (missing) console.warn(`Skipping the Alertmanager integration tests: ${missing}`)
const describeWithAlertmanager = missing ? describe.skip : describe

describeWithAlertmanager('the alertmanager probe against a real Alertmanager 0.25', () => {
  const http = new RecordingHttp()
  let alertmanager: AlertmanagerServer

  beforeAll(async () => {
    alertmanager = await AlertmanagerServer.start()
  }, 30_000)

  afterAll(async () => {
    await alertmanager?.stop()
  })

  /** The probe's matchers, narrowed to one test's alerts. */
  const matchersOf = (testCase: string): AlertMatcher[] =>
    ['service="checkout"', 'severity=~"critical|page"', `case="${testCase}"`].map(parseAlertMatcher)
  const sample = (testCase: string): Promise<AlertsSample> =>
    sampleFiringAlerts(http, alertmanager.url, matchersOf(testCase), 2000)

  it('passes while no matching alert fires', async () => {
    await expect(sample('quiet')).resolves.toEqual({
      status: 'passed',
      value: 0,
      message: 'no matching alert firing'
    })
  })

  it('fails while a matching alert fires, recording its name, labels, start time and fingerprint', async () => {
    const startsAt = new Date(Date.now() - 60_000).toISOString()
    const labels = { alertname: 'CheckoutErrors', service: 'checkout', severity: 'critical', case: 'firing' }
    await alertmanager.postAlerts([{ labels, startsAt, annotations: { summary: 'checkout 5xx above 1%' } }])
    const read = await sample('firing')
    expect(read).toMatchObject({ status: 'failed', value: 1 })
    expect(read.message).toMatch(
      /^1 matching alert\(s\) firing: "CheckoutErrors" since \S+ \(fingerprint [0-9a-f]{16}\)$/
    )
    expect(read.alerts).toEqual([
      {
        alertname: 'CheckoutErrors',
        labels,
        startsAt: expect.any(String),
        fingerprint: expect.stringMatching(/^[0-9a-f]{16}$/)
      }
    ])
    expect(Date.parse(read.alerts?.[0]?.startsAt ?? '')).toBe(Date.parse(startsAt))
  })

  it('does not count alerts of another service or severity', async () => {
    await alertmanager.postAlerts([
      { labels: { alertname: 'CartErrors', service: 'cart', severity: 'critical', case: 'others' } },
      { labels: { alertname: 'CheckoutSlow', service: 'checkout', severity: 'warning', case: 'others' } }
    ])
    await expect(sample('others')).resolves.toMatchObject({ status: 'passed', value: 0 })
  })

  // Each case fires a matching alert, sees the sample fail, then ends the alert's firing its own way.
  it.each<[string, (labels: Record<string, string>) => Promise<unknown>]>([
    ['the test silences it', labels => alertmanager.silence({ case: labels.case as string })],
    [
      'another alert inhibits it',
      labels =>
        alertmanager.postAlerts([
          { labels: { alertname: 'RegionDown', inhibits: 'checkout', case: labels.case as string } }
        ])
    ],
    [
      'it resolves',
      labels => alertmanager.postAlerts([{ labels, endsAt: new Date(Date.now() - 1000).toISOString() }])
    ]
  ])('does not count a firing alert once %s', async (testCase, stopFiring) => {
    const labels = { alertname: 'CheckoutErrors', service: 'checkout', severity: 'page', case: testCase }
    await alertmanager.postAlerts([{ labels }])
    await expect(sample(testCase)).resolves.toMatchObject({ status: 'failed', value: 1 })
    await stopFiring(labels)
    await expect(sample(testCase)).resolves.toMatchObject({ status: 'passed', value: 0 })
  })

  it('only ever sent GET requests and created no silence of its own', async () => {
    expect(http.methods.length).toBeGreaterThan(5)
    expect(new Set(http.methods)).toEqual(new Set(['GET']))
    const silences = (await alertmanager.silences()) as { createdBy: string }[]
    expect(silences.map(s => s.createdBy)).toEqual(['release-gate tests'])
  })
})

describe('the alertmanager probe when Alertmanager cannot answer', () => {
  let silent: Server | undefined
  afterAll(() => new Promise<void>(resolve => (silent ? silent.close(() => resolve()) : resolve())))

  it('is inconclusive, never a pass, when nothing listens', async () => {
    const url = `http://127.0.0.1:${await freeLoopbackPort()}`
    const read = await sampleFiringAlerts(
      new FetchHttpClient(),
      url,
      [parseAlertMatcher('service="checkout"')],
      1000
    )
    expect(read).toMatchObject({ status: 'inconclusive', value: null })
    expect(read.message).toContain('ECONNREFUSED')
  })

  it('is inconclusive when Alertmanager does not answer within the timeout', async () => {
    const connections: Socket[] = []
    silent = createServer(socket => void connections.push(socket))
    await new Promise<void>(resolve => silent?.listen(0, '127.0.0.1', resolve))
    const { port } = silent.address() as AddressInfo
    const started = Date.now()
    const read = await sampleFiringAlerts(
      new FetchHttpClient(),
      `http://127.0.0.1:${port}`,
      [parseAlertMatcher('service="checkout"')],
      300
    )
    expect(read).toMatchObject({ status: 'inconclusive', value: null })
    expect(read.message).toContain('no answer within 300ms')
    expect(Date.now() - started).toBeLessThan(2000)
    for (const socket of connections) socket.destroy()
  })
})
