import type { HttpCheckSpec } from '../../core/config.js'
import type { HttpClient, HttpResponse } from '../../core/ports.js'
import { jsonPointer } from '../../core/json-pointer.js'
import type { CheckResult } from '../../core/records/index.js'

/** Judges one HTTP response against a check: status, headers, JSON fields, latency. Pure. */
export function judgeHttpResponse(
  spec: HttpCheckSpec,
  response: HttpResponse,
  tag: string | null
): { passed: boolean; message: string } {
  if (!response.ok) return { passed: false, message: response.error ?? 'request failed' }
  const problems: string[] = []
  if (response.status !== spec.expectStatus)
    problems.push(`status ${response.status}, expected ${spec.expectStatus}`)
  for (const [name, expected] of Object.entries(spec.expectHeaders)) {
    const actual = response.headers[name.toLowerCase()]
    if (actual === undefined || !actual.toLowerCase().includes(expected.toLowerCase())) {
      problems.push(
        `header ${name} is ${actual === undefined ? 'absent' : JSON.stringify(actual)}, expected it to contain ${JSON.stringify(expected)}`
      )
    }
  }
  const jsonExpectations = Object.entries(spec.expectJson)
  if (jsonExpectations.length > 0) {
    let body: unknown
    try {
      body = JSON.parse(response.body)
    } catch {
      problems.push('body is not JSON')
    }
    if (body !== undefined) {
      for (const [pointer, rawExpected] of jsonExpectations) {
        const expected =
          typeof rawExpected === 'string' && tag !== null
            ? rawExpected.replaceAll('${tag}', tag)
            : rawExpected
        const actual = jsonPointer(body, pointer)
        if (actual !== expected)
          problems.push(
            `${pointer} is ${JSON.stringify(actual) ?? 'absent'}, expected ${JSON.stringify(expected)}`
          )
      }
    }
  }
  if (spec.maxLatencyMs !== undefined && response.latencyMs > spec.maxLatencyMs) {
    problems.push(`latency ${response.latencyMs}ms, expected at most ${spec.maxLatencyMs}ms`)
  }
  return problems.length === 0
    ? { passed: true, message: `${response.status} in ${response.latencyMs}ms` }
    : { passed: false, message: problems.join('; ') }
}

/** Runs one HTTP check and records it. */
export async function runHttpCheck(
  http: HttpClient,
  spec: HttpCheckSpec,
  tag: string | null,
  now: () => Date
): Promise<CheckResult> {
  const startedAt = now()
  const response = await http.request(spec.url, { method: spec.method, timeoutMs: spec.timeoutMs })
  const finishedAt = now()
  const judged = judgeHttpResponse(spec, response, tag)
  return {
    id: spec.id,
    kind: 'http',
    passed: judged.passed,
    startedAt: startedAt.toISOString(),
    finishedAt: finishedAt.toISOString(),
    durationMs: finishedAt.getTime() - startedAt.getTime(),
    message: judged.message,
    url: spec.url,
    status: response.status,
    latencyMs: response.latencyMs
  }
}
