import type { HttpCheckSpec } from '../../core/config.js'
import type { HttpClient } from '../../core/ports.js'
import type { CheckResult, PerfTarget } from '../../core/records/index.js'
import { judgeHttpResponse } from '../shared/http-check.js'

/** The q-quantile (0..1) of sorted values, nearest-rank. */
export function percentile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return 0
  const rank = Math.max(1, Math.ceil(q * sorted.length))
  return sorted[Math.min(rank, sorted.length) - 1] as number
}

/** Summarises latencies and errors of one target. Pure. */
export function summarizeTarget(
  spec: HttpCheckSpec,
  latencies: readonly number[],
  errors: number
): PerfTarget {
  const sorted = [...latencies].sort((a, b) => a - b)
  const requests = latencies.length
  const mean = requests === 0 ? 0 : sorted.reduce((sum, v) => sum + v, 0) / requests
  const round = (v: number): number => Math.round(v * 10) / 10
  return {
    id: spec.id,
    url: spec.url,
    requests,
    errors,
    errorRate: requests === 0 ? 1 : errors / requests,
    availability: requests === 0 ? 0 : (requests - errors) / requests,
    latencyMs: {
      p50: round(percentile(sorted, 0.5)),
      p95: round(percentile(sorted, 0.95)),
      p99: round(percentile(sorted, 0.99)),
      max: round(sorted.at(-1) ?? 0),
      mean: round(mean)
    }
  }
}

/** Sends `samples` requests to each target and returns the snapshot and one check verdict per target. */
export async function collectPerf(
  http: HttpClient,
  targets: readonly HttpCheckSpec[],
  samples: number,
  tag: string | null,
  now: () => Date
): Promise<{ targets: PerfTarget[]; checks: CheckResult[] }> {
  const snapshot: PerfTarget[] = []
  const checks: CheckResult[] = []
  for (const spec of targets) {
    const startedAt = now()
    const latencies: number[] = []
    let errors = 0
    let lastProblem = ''
    for (let i = 0; i < samples; i++) {
      const response = await http.request(spec.url, { method: spec.method, timeoutMs: spec.timeoutMs })
      // Latency limits are judged on p95 below, not per request.
      const judged = judgeHttpResponse({ ...spec, maxLatencyMs: undefined }, response, tag)
      latencies.push(response.latencyMs)
      if (!judged.passed) {
        errors++
        lastProblem = judged.message
      }
    }
    const target = summarizeTarget(spec, latencies, errors)
    snapshot.push(target)
    const problems = []
    if (errors > 0) problems.push(`${errors}/${samples} requests failed (last: ${lastProblem})`)
    if (spec.maxLatencyMs !== undefined && target.latencyMs.p95 > spec.maxLatencyMs)
      problems.push(`p95 ${target.latencyMs.p95}ms > ${spec.maxLatencyMs}ms`)
    const finishedAt = now()
    checks.push({
      id: spec.id,
      kind: 'http',
      passed: problems.length === 0,
      startedAt: startedAt.toISOString(),
      finishedAt: finishedAt.toISOString(),
      durationMs: finishedAt.getTime() - startedAt.getTime(),
      message:
        problems.length === 0
          ? `${samples} requests, p50 ${target.latencyMs.p50}ms, p95 ${target.latencyMs.p95}ms, no errors`
          : problems.join('; '),
      url: spec.url,
      status: null,
      latencyMs: target.latencyMs.p95
    })
  }
  return { targets: snapshot, checks }
}
