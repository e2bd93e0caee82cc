import { spawn, type ChildProcess } from 'node:child_process'
import { Agent, createServer, get } from 'node:http'
import type { ProbeSpec } from '../src/core/config.js'
import type { HealthSample } from '../src/core/records/index.js'
import { realProbeSampler, type ProbeSampler } from '../src/phases/analysis/probes.js'
import { measure, probeStaggerMs } from '../src/phases/analysis/measure.js'
import { sampleSchedule } from '../src/phases/analysis/verdict.js'
import { FetchHttpClient } from '../src/adapters/http.js'
import { systemClock } from '../src/adapters/local.js'
import { fixed, median, note, percentile, type BenchMode, type Figure, type TargetCheck } from './measure.js'

const INTERVAL_MS = 1000
/** The probes' timeout: the strictest the demo's windows give (a 100 ms interval), where a slow first round fails. */
const PROBE_TIMEOUT_MS = 100
const TARGET_N = 100
const TARGET_LAG_RATIO = 1.5
const TARGET_CPU = 0.02
/** Per-round cost is flat when the round at the largest size costs at most this many times the round at 1k samples. */
const TARGET_FLAT_RATIO = 1.5
const MB = 1024 * 1024

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

/** A child process of the bench bundle, resolving with its one line of stdout once it ends (or at once, for a server). */
function worker(
  self: string,
  args: string[],
  firstLineOnly = false
): Promise<{ child: ChildProcess; line: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--expose-gc', self, '--worker', ...args], {
      stdio: ['ignore', 'pipe', 'inherit']
    })
    let output = ''
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString()
      if (firstLineOnly && output.includes('\n')) resolve({ child, line: output.trim() })
    })
    child.on('error', reject)
    child.on('close', code =>
      code === 0
        ? resolve({ child, line: output.trim() })
        : reject(new Error(`bench worker ${args.join(' ')} exited ${code}`))
    )
  })
}

/** `n` HTTP probes of `url(i)`; the bench measures every round, so no failure limit stops a window early. */
const httpProbes = (n: number, url: (i: number) => string): ProbeSpec[] =>
  Array.from({ length: n }, (_, i) => ({
    id: `probe-${i}`,
    kind: 'http',
    url: url(i),
    expectStatus: 200,
    expectJson: {},
    timeoutMs: PROBE_TIMEOUT_MS,
    failureLimit: 1_000_000,
    consecutiveErrorLimit: 1_000_000,
    inconclusiveLimit: 1_000_000
  }))

/**
 * How late a probe started against its own slot: its round's start in the schedule plus its stagger in the round (probe
 * i of N at i/N of the interval, as the health window starts it), not the round's start, which would count the
 * stagger as lateness. Pure.
 */
export function probeLagMs(
  startedMs: number,
  windowStartMs: number,
  schedule: readonly number[],
  round: number,
  probeIndex: number,
  probes: number
): number {
  const roundIndex = round - 1
  const slot = (schedule[roundIndex] ?? 0) + probeStaggerMs(schedule, roundIndex, probeIndex, probes)
  return startedMs - (windowStartMs + slot)
}

/** What one load level measured, in the process that probed (see `probeWorker`). */
export type ProbeLevel = Record<string, number | string>

/** The window whose CPU share is the median of `runs` (the lower middle one of an even count): a run that happened. */
export function medianRun(runs: readonly ProbeLevel[]): ProbeLevel {
  const sorted = [...runs].sort((a, b) => (a.cpuShare as number) - (b.cpuShare as number))
  return sorted[Math.floor((sorted.length - 1) / 2)] as ProbeLevel
}

/** Lag and failures of one round list, split into the first round and the rest (steady state). */
function summarizeLags(lagsByRound: number[][], failuresByRound: number[]): Record<string, number> {
  const steady = lagsByRound.slice(1).flat()
  const first = lagsByRound[0] ?? []
  return {
    firstRoundP50LagMs: percentile(first, 50),
    firstRoundMaxLagMs: Math.max(...first),
    firstRoundFailures: failuresByRound[0] ?? 0,
    steadyP50LagMs: percentile(steady, 50),
    steadyP99LagMs: percentile(steady, 99),
    steadyMaxLagMs: Math.max(...steady),
    steadyFailures: failuresByRound.slice(1).reduce((sum, n) => sum + n, 0)
  }
}

/** The process's own figures after the window: CPU share of one core over the window, RSS now and at its peak. */
function processFigures(cpuBefore: NodeJS.CpuUsage, wallMs: number): Record<string, number> {
  const cpu = process.cpuUsage(cpuBefore)
  return {
    cpuShare: (cpu.user + cpu.system) / 1000 / wallMs,
    // Apart, because the system share is mostly the loopback's send path (waking the server), not our own code.
    cpuUserShare: cpu.user / 1000 / wallMs,
    cpuSystemShare: cpu.system / 1000 / wallMs,
    rssMiB: process.memoryUsage().rss / MB,
    peakRssMiB: (process.resourceUsage().maxRSS * 1024) / MB,
    wallMs
  }
}

/**
 * The worker of one level, in a fresh process (so the first round pays what a release's first round pays, and the
 * CPU and RSS are the sampler's alone). `arm` is `release-gate` (n probes through the health window's own sampler and
 * HTTP client) or `reference` (a minimal loop: node:http with a keep-alive agent, the same n requests a round, each
 * round awaited as the sampler awaits its round, each probe started at the same staggered slot). Lag is how late each
 * probe starts against its own slot (`probeLagMs`).
 */
export async function probeWorker(arm: string, port: number, n: number, windowMs: number): Promise<void> {
  const schedule = sampleSchedule(windowMs, INTERVAL_MS)
  const lagsByRound: number[][] = schedule.map(() => [])
  const failuresByRound: number[] = schedule.map(() => 0)
  const url = (i: number): string => `http://127.0.0.1:${port}/healthz?probe=${i}`
  let start = 0
  const lag = (round: number, probeIndex: number): void => {
    lagsByRound[round - 1]?.push(probeLagMs(performance.now(), start, schedule, round, probeIndex, n))
  }
  const cpuBefore = process.cpuUsage()
  if (arm === 'release-gate') {
    const probes = httpProbes(n, url)
    const real = realProbeSampler({
      http: new FetchHttpClient(),
      runner: { run: () => Promise.reject(new Error('no command probes here')) },
      now: () => systemClock.now(),
      vars: { tag: 'v1.0.0', env: 'production', previous: '', evidence: '', service: '' },
      selfArgv: []
    })
    const indexOf = new Map(probes.map((probe, i) => [probe, i]))
    const sampler: ProbeSampler = (probe, round) => {
      lag(round, indexOf.get(probe) ?? 0)
      return real(probe, round)
    }
    start = performance.now()
    const result = await measure(probes, schedule, sampler, systemClock, () => undefined)
    for (const s of result.samples)
      if (!s.passed) failuresByRound[s.round - 1] = (failuresByRound[s.round - 1] ?? 0) + 1
  } else {
    const agent = new Agent({ keepAlive: true, maxSockets: n })
    const one = (i: number, round: number): Promise<void> =>
      new Promise(resolve => {
        lag(round, i)
        const fail = (): void => {
          failuresByRound[round - 1] = (failuresByRound[round - 1] ?? 0) + 1
          resolve()
        }
        const request = get(url(i), { agent, timeout: PROBE_TIMEOUT_MS }, response => {
          response.resume()
          response.on('end', () => (response.statusCode === 200 ? resolve() : fail()))
        })
        request.on('timeout', () => request.destroy(new Error('timeout')))
        request.on('error', fail)
      })
    start = performance.now()
    // The same schedule as the window's: probe i starts at its stagger in the round; the round is awaited.
    const until = (slot: number): Promise<void> | undefined => {
      const wait = start + slot - performance.now()
      return wait > 0 ? new Promise(resolve => setTimeout(resolve, wait)) : undefined
    }
    for (const [index, offset] of schedule.entries()) {
      await until(offset)
      const round: Promise<void>[] = []
      for (let i = 0; i < n; i++) {
        await until(offset + probeStaggerMs(schedule, index, i, n))
        round.push(one(i, index + 1))
      }
      await Promise.all(round)
    }
    agent.destroy()
  }
  const wallMs = performance.now() - start
  // The process's figures first: sorting the lags for their percentiles is the bench's work, not the sampler's.
  const figures = processFigures(cpuBefore, wallMs)
  process.stdout.write(
    JSON.stringify({
      arm,
      probes: n,
      rounds: schedule.length,
      timeoutMs: PROBE_TIMEOUT_MS,
      ...summarizeLags(lagsByRound, failuresByRound),
      ...figures
    }) + '\n'
  )
}

/**
 * Per-round cost of the window's own bookkeeping as the samples grow: `n` probes through `measure` with a sampler that
 * answers at once and a clock that never waits, so a round costs only what the window does with its samples. The cost
 * of the rounds around each size is their median; it stops at `maxSamples` or when `budgetMs` is spent.
 */
async function roundCost(
  n: number,
  sizes: readonly number[],
  budgetMs: number
): Promise<{ bySamples: Record<string, number>; reached: number }> {
  const probes = httpProbes(n, i => `http://127.0.0.1/${i}`)
  const maxSamples = Math.max(...sizes)
  const rounds = Math.ceil(maxSamples / n) + 3
  let fakeNow = Date.parse('2026-12-01T10:00:00.000Z')
  const clock = { now: () => new Date(fakeNow), sleep: (ms: number) => ((fakeNow += ms), Promise.resolve()) }
  const sampler: ProbeSampler = (probe, round): Promise<HealthSample> =>
    Promise.resolve({
      probe: probe.id,
      round,
      passed: true,
      status: 'passed',
      value: 200,
      startedAt: '2026-12-01T10:00:00.000Z',
      finishedAt: '2026-12-01T10:00:00.004Z',
      message: 'status 200, 4.0ms'
    })
  const costs = new Map<number, number[]>()
  const started = performance.now()
  let last = started
  let reached = 0
  const abort = new Error('budget spent')
  try {
    await measure(probes, sampleSchedule(rounds * INTERVAL_MS, INTERVAL_MS), sampler, clock, progress => {
      const now = performance.now()
      for (const size of sizes)
        if (Math.abs(progress.samples - size) <= 2 * n)
          costs.set(size, [...(costs.get(size) ?? []), now - last])
      reached = progress.samples
      last = now
      if (now - started > budgetMs) throw abort
    })
  } catch (error) {
    if (error !== abort) throw error
  }
  const bySamples = Object.fromEntries([...costs].map(([size, list]) => [String(size), median(list)]))
  return { bySamples, reached }
}

/**
 * Figure 4: N HTTP probes against a loopback server (its own process) every second, N = 10, 100, 500, each level in a
 * fresh process: lag of the first round and of the steady state, failures (a probe's timeout is 100 ms), CPU of one
 * core and RSS of the sampler process; a minimal node:http keep-alive loop at N = 100 as the reference; and the
 * window's per-round cost from 1k to 1M samples.
 */
export async function probeCapacity(self: string, mode: BenchMode): Promise<Figure> {
  const { child, line } = await worker(self, ['server'], true)
  const port = Number(line)
  try {
    const level = async (arm: string, n: number): Promise<ProbeLevel> => {
      const result = JSON.parse(
        (await worker(self, ['probes', arm, String(port), String(n), String(mode.probeWindowMs)])).line
      ) as ProbeLevel
      const v = (key: string): number => result[key] as number
      note(
        `probes ${arm} N=${n}: first round p50 ${fixed(v('firstRoundP50LagMs'), 1)} / max ${fixed(v('firstRoundMaxLagMs'), 1)} ms (${v('firstRoundFailures')} failed), steady p50 ${fixed(v('steadyP50LagMs'), 1)} / p99 ${fixed(v('steadyP99LagMs'), 1)} ms (${v('steadyFailures')} failed), CPU ${fixed(100 * v('cpuShare'), 1)}%, RSS ${fixed(v('rssMiB'))} MiB (peak ${fixed(v('peakRssMiB'))})`
      )
      return result
    }
    const levels: ProbeLevel[] = []
    const runs: { gate: ProbeLevel[]; reference: ProbeLevel[] } = { gate: [], reference: [] }
    for (const n of mode.probeCounts) {
      if (n !== TARGET_N) {
        levels.push(await level('release-gate', n))
        continue
      }
      // The reference runs right after each window at the target level, so that both see the same machine.
      for (let run = 0; run < Math.max(1, mode.probeTargetRuns); run++) {
        runs.gate.push(await level('release-gate', n))
        runs.reference.push(await level('reference', n))
      }
      levels.push(medianRun(runs.gate))
    }
    const cost = await roundCost(TARGET_N, mode.roundCostSizes, mode.roundCostBudgetMs)
    note(
      `per-round cost at N=${TARGET_N}: ${Object.entries(cost.bySamples)
        .map(([size, ms]) => `${size} samples ${fixed(ms, 2)} ms`)
        .join(', ')} (reached ${cost.reached})`
    )
    if (runs.gate.length === 0) throw new Error(`the probe figure needs N=${TARGET_N}`)
    const reference = medianRun(runs.reference)
    // Each figure of the target is its median over the arm's windows; failures count in every window.
    const t = (key: string): number => median(runs.gate.map(run => run[key] as number))
    const r = (key: string): number => median(runs.reference.map(run => run[key] as number))
    const range = (list: ProbeLevel[], key: string): string =>
      list.length > 1 ? ` [${list.map(run => fixed(100 * (run[key] as number), 2)).join(', ')}]` : ''
    const sum = (key: string): number => runs.gate.reduce((total, run) => total + (run[key] as number), 0)
    const windows =
      runs.gate.length > 1
        ? `median of ${runs.gate.length} windows per arm, interleaved`
        : 'one window per arm'
    const lagRatio = t('steadyP99LagMs') / r('steadyP99LagMs')
    const smallest = Math.min(...mode.roundCostSizes)
    const largest = Math.max(...mode.roundCostSizes)
    const flatRatio =
      (cost.bySamples[String(largest)] ?? Infinity) / (cost.bySamples[String(smallest)] ?? NaN)
    const targets: TargetCheck[] = [
      {
        target: `N=${TARGET_N}: steady-state p99 lag at most ${TARGET_LAG_RATIO}x a minimal node:http keep-alive loop`,
        measured: `${fixed(lagRatio, 2)}x (${fixed(t('steadyP99LagMs'), 1)} ms vs ${fixed(r('steadyP99LagMs'), 1)} ms)`,
        met: lagRatio <= TARGET_LAG_RATIO,
        method: `p99 over rounds 2..${t('rounds')} of each probe's start minus its slot, each window a fresh process, the reference right after; ${windows}`
      },
      {
        target: `N=${TARGET_N}: CPU at most ${fixed(TARGET_CPU * 100)} % of a core`,
        measured: `${fixed(100 * t('cpuShare'), 2)} %${range(runs.gate, 'cpuShare')} (reference ${fixed(100 * r('cpuShare'), 2)} %${range(runs.reference, 'cpuShare')})`,
        met: t('cpuShare') <= TARGET_CPU,
        method: `user + system CPU of the sampler process over the window wall time; ${windows}`
      },
      {
        target: `N=${TARGET_N}: zero first-round timeouts`,
        measured: `${sum('firstRoundFailures')} of ${TARGET_N * runs.gate.length} failed in the first round${runs.gate.length > 1 ? `s of ${runs.gate.length} windows` : ''} (timeout ${PROBE_TIMEOUT_MS} ms), ${sum('steadyFailures')} after`,
        met: sum('firstRoundFailures') === 0,
        method: `failed samples of round 1 in a fresh process (the first round pays for loading the HTTP path), timeout ${PROBE_TIMEOUT_MS} ms; every window counts`
      },
      {
        target: `per-round cost flat from ${smallest.toLocaleString('en')} to ${largest.toLocaleString('en')} samples`,
        measured:
          cost.reached >= largest
            ? `${fixed(flatRatio, 2)}x (${Object.entries(cost.bySamples)
                .map(([size, ms]) => `${Number(size).toLocaleString('en')}: ${fixed(ms, 2)} ms`)
                .join(', ')})`
            : `${largest.toLocaleString('en')} samples not reached in ${fixed(mode.roundCostBudgetMs / 1000)} s (reached ${cost.reached.toLocaleString('en')}; ${Object.entries(
                cost.bySamples
              )
                .map(([size, ms]) => `${Number(size).toLocaleString('en')}: ${fixed(ms, 2)} ms`)
                .join(', ')})`,
        met: cost.reached >= largest && flatRatio <= TARGET_FLAT_RATIO,
        method: `median wall time of the rounds around each size, N=${TARGET_N} probes through measure() with an instant sampler and clock; flat = at most ${TARGET_FLAT_RATIO}x the cost at ${smallest.toLocaleString('en')}`
      }
    ]
    const summary = (l: ProbeLevel): string =>
      `N=${l.probes}: first round max ${fixed(l.firstRoundMaxLagMs as number, 1)} ms, steady p50 ${fixed(l.steadyP50LagMs as number, 1)} / p99 ${fixed(l.steadyP99LagMs as number, 1)} ms, ${fixed(100 * (l.cpuShare as number), 1)}% CPU, RSS ${fixed(l.rssMiB as number)} MiB`
    return {
      id: 'probe-capacity',
      title: `HTTP probes at 1 s for ${fixed(mode.probeWindowMs / 1000)} s (timeout ${PROBE_TIMEOUT_MS} ms): lag first round / steady p50/p99, CPU of one core, RSS`,
      value: `${levels.map(summary).join('; ')}; reference (node:http keep-alive) ${summary(reference)}`,
      target: `N=${TARGET_N}: p99 ≤ ${TARGET_LAG_RATIO}x reference, CPU ≤ ${fixed(TARGET_CPU * 100)}%, 0 first-round timeouts, flat per-round cost`,
      met: targets.every(target => target.met),
      targets,
      details: {
        intervalMs: INTERVAL_MS,
        windowMs: mode.probeWindowMs,
        timeoutMs: PROBE_TIMEOUT_MS,
        levels,
        reference,
        targetRuns: runs,
        roundCost: cost
      }
    }
  } finally {
    child.kill()
  }
}
