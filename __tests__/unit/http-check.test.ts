import { describe, expect, it } from '@jest/globals'
import { judgeHttpResponse } from '../../src/phases/shared/http-check.js'
import { percentile, summarizeTarget } from '../../src/phases/production/perf.js'
import type { HttpCheckSpec } from '../../src/core/config.js'
import type { HttpResponse } from '../../src/core/ports.js'

const check: HttpCheckSpec = {
  id: 'version',
  url: 'http://127.0.0.1/version',
  method: 'GET',
  expectStatus: 200,
  expectHeaders: { 'Content-Type': 'application/json' },
  expectJson: { '/version': '${tag}', '/env': 'staging' },
  maxLatencyMs: 100,
  timeoutMs: 1000
}
const response = (over: Partial<HttpResponse>): HttpResponse => ({
  ok: true,
  status: 200,
  headers: { 'content-type': 'application/json; charset=utf-8' },
  body: '{"version":"v1.2.3","env":"staging"}',
  latencyMs: 12,
  error: null,
  ...over
})

describe('HTTP checks', () => {
  it.each([
    ['passes a matching response', {}, true, '200 in 12ms'],
    ['fails on the wrong status', { status: 503 }, false, 'status 503, expected 200'],
    ['fails on a missing header', { headers: {} }, false, 'header Content-Type is absent'],
    [
      'fails on the wrong JSON field, naming it',
      { body: '{"version":"v1.2.2","env":"staging"}' },
      false,
      '/version is "v1.2.2", expected "v1.2.3"'
    ],
    ['fails when the body is not JSON', { body: '<html>' }, false, 'body is not JSON'],
    ['fails when too slow', { latencyMs: 250 }, false, 'latency 250ms, expected at most 100ms'],
    [
      'fails when the request failed',
      { ok: false, status: null, error: 'GET x failed: ECONNREFUSED' },
      false,
      'ECONNREFUSED'
    ]
  ])('%s', (_, over, passed, message) => {
    const verdict = judgeHttpResponse(check, response(over), 'v1.2.3')
    expect(verdict.passed).toBe(passed)
    expect(verdict.message).toContain(message)
  })

  it('computes nearest-rank percentiles', () => {
    const values = Array.from({ length: 100 }, (_, i) => i + 1)
    expect(percentile(values, 0.5)).toBe(50)
    expect(percentile(values, 0.95)).toBe(95)
    expect(percentile(values, 0.99)).toBe(99)
    expect(percentile([], 0.5)).toBe(0)
  })

  it('summarises availability and error rate', () => {
    const summary = summarizeTarget(check, [10, 20, 30, 40], 1)
    expect(summary).toMatchObject({
      requests: 4,
      errors: 1,
      errorRate: 0.25,
      availability: 0.75,
      latencyMs: { p50: 20, max: 40, mean: 25 }
    })
  })
})
