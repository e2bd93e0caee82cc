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
  // Running tallies: a round costs what its own samples cost, however many rounds came before (the phase is read
  // after each round; the tallies are copied once, at the end).
  const running = new RunningAnalysis(limitsOf)
  for (const [index, offset] of schedule.entries()) {
    const wait = start + offset - clock.now().getTime()
    if (wait > 0) await clock.sleep(wait)
    const round = await sampleRound(probes, start + offset, schedule, index, sample, clock)
    for (const taken of round) {
      samples.push(taken)
      running.add(taken)
    }
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
    if (running.phase !== 'running') break
  }
  const final = finalVerdict(
    running.verdict(),
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
 * The closest two starts within a round may be: probes whose even slots fall closer together start together, in
 * groups this far apart (at most 2 a second). Each group costs a wake-up of a process that sat idle, and the answers
 * to probes started together mostly arrive in a few wake-ups too; at 100 probes a second, wake-ups cost more CPU than
 * the probes' own work (a bare socket loop on 2 cores: 2.4 % of a core in 20 groups a second, 1.3 % in 5; the health
 * window's sampler over 60 s: about 1.85 % in 5 groups, 1.5 % in 2). 50 probes started at once still go out within a
 * millisecond or two, each on its own connection.
 */
export const MIN_START_GAP_MS = 500

/**
 * When probe `probeIndex` of `probes` starts after the start of round `roundIndex` (0-based) of `schedule`: spread
 * evenly over the round (probe i of N at i/N of it) so N probes do not contend for the event loop (and the target) in
 * the same millisecond, in at most spread / `MIN_START_GAP_MS` groups. Pure.
 */
export function probeStaggerMs(
  schedule: readonly number[],
  roundIndex: number,
  probeIndex: number,
  probes: number
): number {
  const spread = roundSpread(schedule, roundIndex)
  const groups = Math.max(1, Math.min(probes, Math.floor(spread / MIN_START_GAP_MS)))
  return Math.round((Math.floor((probeIndex * groups) / probes) * spread) / groups)
}

/**
 * One round (`roundIndex`, 0-based), each probe at its stagger after the round's start in the schedule
 * (`roundStart`, not when the round got to start: a round that starts late, its last probes of the round before still
 * answering, catches up instead of carrying the delay to every probe). Samples keep the probes' order.
 */
async function sampleRound(
  probes: readonly ProbeSpec[],
  roundStart: number,
  schedule: readonly number[],
  roundIndex: number,
  sample: ProbeSampler,
  clock: Clock
): Promise<HealthSample[]> {
  const started: Promise<HealthSample>[] = []
  try {
    // Probes of one start group share a slot: the clock is read, and slept on, once per group, not once per probe.
    let slot = -1
    for (let index = 0; index < probes.length; index += 1) {
      const stagger = probeStaggerMs(schedule, roundIndex, index, probes.length)
      if (stagger !== slot) {
        slot = stagger
        const wait = roundStart + stagger - clock.now().getTime()
        if (wait > 0) await clock.sleep(wait)
      }
      started.push(sample(probes[index] as ProbeSpec, roundIndex + 1))
    }
  } catch (error) {
    // Stopped between starts: the probes already running finish unobserved; the stopped round has no verdict.
    void Promise.allSettled(started)
    throw error
  }
  return Promise.all(started)
}
