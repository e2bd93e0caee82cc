import type { ProbeSpec } from '../../core/config.js'
import type { Clock } from '../../core/ports.js'
import type { HealthSample } from '../../core/records/index.js'
import type { ProbeSampler } from './probes.js'
import { finalVerdict, RunningAnalysis, type AnalysisBreach } from './verdict.js'

/** Progress of a running window or analysis, reported after every round. */
export interface WindowProgress {
  elapsedMs: number
  remainingMs: number
  samples: number
  failures: number
  round: number
  rounds: number
}

/** What a finished (or stopped) measurement run concluded. */
export interface MeasurementResult {
  samples: HealthSample[]
  phase: 'passed' | 'failed' | 'inconclusive'
  breach: AnalysisBreach | null
}

/**
 * Samples `probes` at each offset of `schedule` until the schedule ends or the verdict is no longer running (it stops
 * at once: waiting out the window would only delay the rollback). A round's probes start spread evenly over the
 * interval, so each probe is sampled exactly every interval. Time comes from the injected clock. The health
 * window and every rollout analysis step run through here, so a metric means the same thing in both.
 */
export async function measure(
  probes: readonly ProbeSpec[],
  schedule: readonly number[],
  sample: ProbeSampler,
  clock: Clock,
  onRound: (progress: WindowProgress, newSamples: HealthSample[]) => void
): Promise<MeasurementResult> {
  const limits = new Map(probes.map(p => [p.id, p]))
  const limitsOf = (id: string): ProbeSpec => limits.get(id) as ProbeSpec
  const start = clock.now().getTime()
  const end = schedule.at(-1) ?? 0
  const samples: HealthSample[] = []
  // Running tallies: a round costs what its own samples cost, however many rounds came before.
  const running = new RunningAnalysis(limitsOf)
  let verdict = running.verdict()
  for (const [index, offset] of schedule.entries()) {
    const wait = start + offset - clock.now().getTime()
    if (wait > 0) await clock.sleep(wait)
    const round = await sampleRound(probes, schedule, index, sample, clock)
    for (const taken of round) {
      samples.push(taken)
      running.add(taken)
    }
    verdict = running.verdict()
    const elapsedMs = clock.now().getTime() - start
    onRound(
      {
        elapsedMs,
        remainingMs: Math.max(0, end - elapsedMs),
        samples: samples.length,
        failures: running.failedSamples,
        round: index + 1,
        rounds: schedule.length
      },
      round
    )
    if (verdict.phase !== 'running') break
  }
  const final = finalVerdict(
    verdict,
    probes.map(p => p.id),
    samples
  )
  return { samples, phase: final.phase, breach: final.breach }
}

/** The time a round's probe starts are spread over: the gap to the next round (the last round keeps the one before). */
function roundSpread(schedule: readonly number[], index: number): number {
  const next = schedule[index + 1]
  const current = schedule[index] ?? 0
  if (next !== undefined) return next - current
  const previous = schedule[index - 1]
  return previous !== undefined ? current - previous : 0
}

/**
 * When probe `probeIndex` of `probes` starts after the start of round `roundIndex` (0-based) of `schedule`: i·spread/n,
 * so N probes do not contend for the event loop (and the target) in the same millisecond. Pure.
 */
export function probeStaggerMs(
  schedule: readonly number[],
  roundIndex: number,
  probeIndex: number,
  probes: number
): number {
  return Math.round((probeIndex * roundSpread(schedule, roundIndex)) / probes)
}

/** One round (`roundIndex`, 0-based), each probe at its stagger after the round's start. Samples keep the probes' order. */
async function sampleRound(
  probes: readonly ProbeSpec[],
  schedule: readonly number[],
  roundIndex: number,
  sample: ProbeSampler,
  clock: Clock
): Promise<HealthSample[]> {
  const roundStart = clock.now().getTime()
  const started: Promise<HealthSample>[] = []
  try {
    for (const [index, probe] of probes.entries()) {
      const wait =
        roundStart + probeStaggerMs(schedule, roundIndex, index, probes.length) - clock.now().getTime()
      if (wait > 0) await clock.sleep(wait)
      started.push(sample(probe, roundIndex + 1))
    }
  } catch (error) {
    // Stopped between starts: the probes already running finish unobserved; the stopped round has no verdict.
    void Promise.allSettled(started)
    throw error
  }
  return Promise.all(started)
}
