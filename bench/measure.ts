import { spawn } from 'node:child_process'

/** One benchmark figure as printed in the table and written to bench/results.json. */
export interface Figure {
  id: string
  title: string
  /** What was measured, short, e.g. `+142 ms over node -e 0`. */
  value: string
  target: string
  /** null when the figure has no target (reported for information); else whether every one of `targets` is met. */
  met: boolean | null
  /** The targets this figure checks, each a ratio or difference measured in this run. */
  targets: TargetCheck[]
  /** Raw numbers behind the figure. */
  details: Record<string, unknown>
}

/** How thorough a run is: repetitions and the probe window. */
export interface BenchMode {
  quick: boolean
  coldStartRuns: number
  /** Paired runs of figure 2: at least min, then until resolved against the target, at most max. */
  overheadPairs: { min: number; max: number }
  detectRuns: number
  /** Bad blue/green releases through HAProxy in the breach → traffic back figure. */
  breachRuns: number
  probeWindowMs: number
  probeCounts: number[]
  /**
   * Windows of each arm at the target level, interleaved (release-gate, reference, release-gate, …): one 60 s window's
   * CPU share varies by ±15 % between runs here, so the target is judged on the median run.
   */
  probeTargetRuns: number
  /** Sample counts at which the window's per-round cost is taken, and the time that measurement may spend. */
  roundCostSizes: number[]
  roundCostBudgetMs: number
  evidenceSizes: number[]
  /** Lengths of the release history (recorded events) at which one release's ledger work is taken. */
  historySizes: number[]
}

/** Median of a non-empty list. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2
}

/** The p-th percentile (nearest rank) of a non-empty list. */
export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b)
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))
  return sorted[rank] as number
}

/** A deterministic pseudo-random source (mulberry32), so that a bootstrap gives the same interval for the same data. */
function seeded(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32
  }
}

/** The spread of a median: the quartiles of the values and a 95 % percentile-bootstrap interval of their median. */
export interface MedianSpread {
  n: number
  median: number
  q1: number
  q3: number
  ci95: [number, number]
}

/** The median of `values` with its quartiles and a 95 % bootstrap interval (2000 resamples, fixed seed). */
export function medianSpread(values: readonly number[], resamples = 2000): MedianSpread {
  const random = seeded(0x5eed)
  const medians = Array.from({ length: resamples }, () =>
    median(Array.from(values, () => values[Math.floor(random() * values.length)] as number))
  )
  return {
    n: values.length,
    median: median(values),
    q1: percentile(values, 25),
    q3: percentile(values, 75),
    ci95: [percentile(medians, 2.5), percentile(medians, 97.5)]
  }
}

/** Pairwise ratios a[i] / b[i] of two equally long runs of paired measurements. */
export const pairRatios = (a: readonly number[], b: readonly number[]): number[] =>
  a.map((value, i) => value / (b[i] as number))

/** Pairwise differences a[i] − b[i]. */
export const pairDifferences = (a: readonly number[], b: readonly number[]): number[] =>
  a.map((value, i) => value - (b[i] as number))

/**
 * Whether a median with this spread is resolved against `target`: its 95 % interval lies wholly on one side. A
 * sequential benchmark takes pairs until it is, between a floor (so that an early lucky streak does not stop it) and
 * a ceiling (so that a figure sitting on the target ends).
 */
export const resolvedAgainst = (spread: MedianSpread, target: number): boolean =>
  spread.ci95[1] < target || spread.ci95[0] > target

/** `1.23x [IQR 1.20–1.27, 95 % CI 1.21–1.25, n=20]`: a median with its spread, for the table. */
export function describeSpread(spread: MedianSpread, digits: number, unit = ''): string {
  const f = (v: number): string => v.toFixed(digits)
  return `${f(spread.median)}${unit} [IQR ${f(spread.q1)}–${f(spread.q3)}, 95 % CI ${f(spread.ci95[0])}–${f(spread.ci95[1])}, n=${spread.n}]`
}

/** A target of the Targets section as results.json records it. */
export interface TargetCheck {
  target: string
  measured: string
  met: boolean
  method: string
}

/** A number with `digits` decimals, for the table. */
export const fixed = (value: number, digits = 0): string => value.toFixed(digits)

/** What one timed process did. */
export interface TimedRun {
  ms: number
  code: number | null
  output: string
}

/**
 * The one environment of every measured process: this process's own (so NODE_EXTRA_CA_CERTS, NODE_OPTIONS and the like
 * weigh on every arm alike) plus what an arm needs to do its work. No arm gets a hand-built environment: a variable
 * one arm lacks changes what Node does at start (NODE_EXTRA_CA_CERTS alone costs about 40 ms a start).
 */
export function benchEnv(extra: Readonly<Record<string, string | undefined>> = {}): NodeJS.ProcessEnv {
  return { ...process.env, ...extra }
}

/** Runs a process to its end and measures its wall time from spawn to exit. */
export function timed(
  argv: readonly string[],
  options: { cwd: string; env?: NodeJS.ProcessEnv }
): Promise<TimedRun> {
  return new Promise((resolve, reject) => {
    const started = performance.now()
    const child = spawn(argv[0] as string, argv.slice(1), {
      cwd: options.cwd,
      env: options.env ?? benchEnv(),
      stdio: ['ignore', 'pipe', 'pipe']
    })
    let output = ''
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.on('error', reject)
    child.on('close', code => resolve({ ms: performance.now() - started, code, output }))
  })
}

/** Progress on stderr, so stdout holds only the table. */
export function note(line: string): void {
  process.stderr.write(`[bench] ${line}\n`)
}
