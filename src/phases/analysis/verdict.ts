import type { ProbeLimits } from '../../core/config.js'
import type { HealthSample, SampleStatus } from '../../core/records/index.js'

/** Counts of one probe's samples. */
export interface ProbeTally {
  samples: number
  passed: number
  failures: number
  errors: number
  consecutiveErrors: number
  inconclusive: number
}

/** Why an analysis stopped: a probe failed, could not be measured, or gave no data. */
export interface AnalysisBreach {
  probe: string
  kind: 'failed' | 'error' | 'inconclusive'
  /** The count that reached its limit. */
  count: number
  limit: number
  at: string
  reason: string
}

/** Where an analysis stands (Argo Rollouts' AnalysisRun phases, minus the ones we do not need). */
export interface AnalysisVerdict {
  phase: 'running' | 'failed' | 'inconclusive'
  tallies: Map<string, ProbeTally>
  breach: AnalysisBreach | null
}

const emptyTally = (): ProbeTally => ({
  samples: 0,
  passed: 0,
  failures: 0,
  errors: 0,
  consecutiveErrors: 0,
  inconclusive: 0
})

/**
 * The verdict over the samples so far. Pure. A probe fails when its failed samples reach its failure limit (over the
 * whole analysis, so a flapping probe cannot hide) or its consecutive errors reach the error limit; it is inconclusive
 * when its no-data samples reach the inconclusive limit. A failure outranks an inconclusive probe.
 */
export function assessAnalysis(
  samples: readonly HealthSample[],
  limitsOf: (probe: string) => ProbeLimits
): AnalysisVerdict {
  const running = new RunningAnalysis(limitsOf)
  for (const sample of samples) running.add(sample)
  return running.verdict()
}

/**
 * The verdict of `assessAnalysis`, kept up to date one sample at a time: a round costs O(its samples + probes),
 * never a re-scan of every sample so far, so an hour-long window's last round costs what its first did. Memory is
 * one tally per probe.
 */
export class RunningAnalysis {
  private readonly tallies = new Map<string, ProbeTally>()
  private failed: AnalysisBreach | null = null
  private inconclusive: AnalysisBreach | null = null
  /** Samples that did not pass, over every probe. */
  failedSamples = 0

  constructor(private readonly limitsOf: (probe: string) => ProbeLimits) {}

  /** Counts one sample in; samples must come in the order they were taken. */
  add(sample: HealthSample): void {
    const { probe, status } = sample
    let tally = this.tallies.get(probe)
    if (!tally) {
      tally = emptyTally()
      this.tallies.set(probe, tally)
    }
    const limits = this.limitsOf(probe)
    tally.samples += 1
    tally.consecutiveErrors = status === 'error' ? tally.consecutiveErrors + 1 : 0
    countStatus(tally, status)
    if (!sample.passed) this.failedSamples += 1
    const breach = (
      kind: AnalysisBreach['kind'],
      count: number,
      limit: number,
      what: string
    ): AnalysisBreach => ({
      probe,
      kind,
      count,
      limit,
      at: sample.finishedAt,
      reason: `probe ${probe} ${what} ${count} time(s) (limit ${limit}); last: ${sample.message}`
    })
    if (!this.failed && status === 'failed' && tally.failures >= limits.failureLimit)
      this.failed = breach('failed', tally.failures, limits.failureLimit, 'failed')
    if (!this.failed && status === 'error' && tally.consecutiveErrors >= limits.consecutiveErrorLimit)
      this.failed = breach(
        'error',
        tally.consecutiveErrors,
        limits.consecutiveErrorLimit,
        'could not be measured'
      )
    if (!this.inconclusive && status === 'inconclusive' && tally.inconclusive >= limits.inconclusiveLimit)
      this.inconclusive = breach(
        'inconclusive',
        tally.inconclusive,
        limits.inconclusiveLimit,
        'returned no data'
      )
  }

  /** Where the analysis stands now, without its tallies: what a window asks after each round. */
  get phase(): AnalysisVerdict['phase'] {
    return this.failed ? 'failed' : this.inconclusive ? 'inconclusive' : 'running'
  }

  /** Where the analysis stands now; the tallies are a copy (one per probe), later samples do not change them. */
  verdict(): AnalysisVerdict {
    const tallies = new Map([...this.tallies].map(([probe, tally]) => [probe, { ...tally }]))
    return { phase: this.phase, tallies, breach: this.failed ?? this.inconclusive }
  }
}

function countStatus(tally: ProbeTally, status: SampleStatus): void {
  switch (status) {
    case 'passed':
      tally.passed += 1
      return
    case 'failed':
      tally.failures += 1
      return
    case 'error':
      tally.errors += 1
      return
    case 'inconclusive':
      tally.inconclusive += 1
      return
  }
}

/**
 * The verdict when every round is done: still running means passed, except that a probe which never produced one
 * passing sample is inconclusive (no data is never a pass). Pure.
 */
export function finalVerdict(
  verdict: AnalysisVerdict,
  probes: readonly string[],
  samples: readonly HealthSample[]
): { phase: 'passed' | 'failed' | 'inconclusive'; breach: AnalysisBreach | null } {
  if (verdict.phase !== 'running') return { phase: verdict.phase, breach: verdict.breach }
  for (const probe of probes) {
    const tally = verdict.tallies.get(probe) ?? emptyTally()
    if (tally.passed === 0) {
      return {
        phase: 'inconclusive',
        breach: {
          probe,
          kind: 'inconclusive',
          count: tally.samples - tally.passed,
          limit: tally.samples,
          at: samples.filter(s => s.probe === probe).at(-1)?.finishedAt ?? samples.at(-1)?.finishedAt ?? '',
          reason: `probe ${probe} never produced a passing sample (${tally.inconclusive} without data, ${tally.errors} errors of ${tally.samples})`
        }
      }
    }
  }
  return { phase: 'passed', breach: null }
}

/** Sample times of a window: at 0, interval, 2·interval, … up to and including the window's end. */
export function sampleSchedule(windowMs: number, intervalMs: number): number[] {
  const rounds = Math.floor(windowMs / intervalMs) + 1
  return Array.from({ length: rounds }, (_, i) => i * intervalMs)
}

/** Judges a measured value against min/max. Pure. */
export function judgeValue(value: number, bounds: { min?: number; max?: number }): string | null {
  if (bounds.max !== undefined && value > bounds.max) return `${formatValue(value)} > max ${bounds.max}`
  if (bounds.min !== undefined && value < bounds.min) return `${formatValue(value)} < min ${bounds.min}`
  return null
}

/** A measured value, short: 0.0123, 212, Infinity. */
export function formatValue(value: number): string {
  if (!Number.isFinite(value)) return String(value)
  return Number.isInteger(value) ? String(value) : String(Number(value.toPrecision(4)))
}
