import { spawn } from 'node:child_process'

/** One benchmark figure as printed in the table and written to bench/results.json. */
export interface Figure {
  id: string
  title: string
  /** What was measured, short, e.g. `+142 ms over node -e 0`. */
  value: string
  target: string
  /** null when the figure has no target (reported for information). */
  met: boolean | null
  /** Raw numbers behind the figure. */
  details: Record<string, unknown>
}

/** How thorough a run is: repetitions and the probe window. */
export interface BenchMode {
  quick: boolean
  coldStartRuns: number
  overheadRuns: number
  detectRuns: number
  probeWindowMs: number
  probeCounts: number[]
  evidenceSizes: number[]
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

/** A number with `digits` decimals, for the table. */
export const fixed = (value: number, digits = 0): string => value.toFixed(digits)

/** What one timed process did. */
export interface TimedRun {
  ms: number
  code: number | null
  output: string
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
      env: options.env ?? process.env,
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
