import { spawn, type ChildProcess } from 'node:child_process'
import { createServer } from 'node:http'
import type { ProbeSpec } from '../src/core/config.js'
import { realProbeSampler } from '../src/phases/analysis/probes.js'
import { measure } from '../src/phases/analysis/measure.js'
import { sampleSchedule } from '../src/phases/analysis/verdict.js'
import { FetchHttpClient } from '../src/adapters/http.js'
import { systemClock } from '../src/adapters/local.js'
import { fixed, note, percentile, type BenchMode, type Figure } from './measure.js'

const INTERVAL_MS = 1000
const TARGET_N = 100
const TARGET_P99_MS = 50
const TARGET_CPU = 0.1

/** The loopback service the probes hit, in its own process so its CPU is not counted as the sampler's. */
export function serveHealthz(): void {
  const server = createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'application/json' })
    response.end('{"status":"ok"}')
  })
  server.keepAliveTimeout = 10_000
  server.listen(0, '127.0.0.1', () => {
    const address = server.address()
    process.stdout.write(`${typeof address === 'object' && address ? address.port : 0}\n`)
  })
}

function startServer(self: string): Promise<{ child: ChildProcess; port: number }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [self, '--worker', 'server'], {
      stdio: ['ignore', 'pipe', 'inherit']
    })
    child.stdout?.once('data', (chunk: Buffer) => resolve({ child, port: Number(String(chunk).trim()) }))
    child.on('error', reject)
  })
}

/** One load level: n HTTP probes every second for the window, through the health window's own sampler. */
async function probeLoad(port: number, n: number, windowMs: number): Promise<Record<string, number>> {
  const probes: ProbeSpec[] = Array.from({ length: n }, (_, i) => ({
    id: `probe-${i}`,
    kind: 'http',
    url: `http://127.0.0.1:${port}/healthz?probe=${i}`,
    expectStatus: 200,
    expectJson: {},
    timeoutMs: INTERVAL_MS,
    failureLimit: 2,
    consecutiveErrorLimit: 3,
    inconclusiveLimit: 3
  }))
  const real = realProbeSampler({
    http: new FetchHttpClient(),
    runner: { run: () => Promise.reject(new Error('no command probes here')) },
    now: () => systemClock.now(),
    vars: { tag: 'v1.0.0', env: 'production', previous: '', evidence: '', service: '' },
    selfArgv: []
  })
  const lags: number[] = []
  let start = 0
  const sampler: typeof real = (probe, round) => {
    // Lag: how late the probe starts against its slot in the schedule.
    lags.push(performance.now() - (start + (round - 1) * INTERVAL_MS))
    return real(probe, round)
  }
  const cpuBefore = process.cpuUsage()
  start = performance.now()
  const result = await measure(
    probes,
    sampleSchedule(windowMs, INTERVAL_MS),
    sampler,
    systemClock,
    () => undefined
  )
  const wallMs = performance.now() - start
  const cpu = process.cpuUsage(cpuBefore)
  const failed = result.samples.filter(s => !s.passed).length
  return {
    probes: n,
    samples: result.samples.length,
    failedSamples: failed,
    p50LagMs: percentile(lags, 50),
    p99LagMs: percentile(lags, 99),
    maxLagMs: Math.max(...lags),
    cpuShare: (cpu.user + cpu.system) / 1000 / wallMs,
    wallMs
  }
}

/**
 * Figure 4: N HTTP probes against a loopback server at a 1 s interval, N = 10, 100, 500: scheduling lag (when each
 * probe starts against its slot) and the sampler process's CPU time over wall time (share of one core).
 */
export async function probeCapacity(self: string, mode: BenchMode): Promise<Figure> {
  const { child, port } = await startServer(self)
  try {
    const levels: Record<string, number>[] = []
    for (const n of mode.probeCounts) {
      const level = await probeLoad(port, n, mode.probeWindowMs)
      levels.push(level)
      note(
        `probes N=${n}: p50 lag ${fixed(level.p50LagMs as number, 1)} ms, p99 ${fixed(level.p99LagMs as number, 1)} ms, CPU ${fixed(100 * (level.cpuShare as number), 1)}%, ${level.failedSamples} failed of ${level.samples}`
      )
    }
    const atTarget = levels.find(l => l.probes === TARGET_N)
    const summary = levels
      .map(
        l =>
          `N=${l.probes}: p50 ${fixed(l.p50LagMs as number, 1)} / p99 ${fixed(l.p99LagMs as number, 1)} ms, ${fixed(100 * (l.cpuShare as number), 1)}% CPU`
      )
      .join('; ')
    return {
      id: 'probe-capacity',
      title: `HTTP probes at 1 s for ${fixed(mode.probeWindowMs / 1000)} s: lag p50/p99, CPU of one core`,
      value: summary,
      target: `N=${TARGET_N}: p99 < ${TARGET_P99_MS} ms, CPU < ${fixed(TARGET_CPU * 100)}%`,
      met:
        atTarget !== undefined &&
        (atTarget.p99LagMs as number) < TARGET_P99_MS &&
        (atTarget.cpuShare as number) < TARGET_CPU &&
        atTarget.failedSamples === 0,
      details: { intervalMs: INTERVAL_MS, windowMs: mode.probeWindowMs, levels }
    }
  } finally {
    child.kill()
  }
}
