import type { HealthSpec } from '../config/types.js'
import type { Clock } from '../protocol/ports.js'
import type { HealthSample } from '../protocol/records.js'
import type { ProbeSampler } from './probes.js'
import { assessHealth, sampleSchedule, type HealthVerdict } from './verdict.js'

/** Progress of a running window, reported after every round. */
export interface WindowProgress {
  elapsedMs: number
  remainingMs: number
  samples: number
  failures: number
  round: number
  rounds: number
}

/**
 * Samples every probe on the schedule until the window ends or a probe breaches (then it stops at once: waiting out
 * the window would only delay the rollback). Time comes from the injected clock.
 */
export async function watchHealthWindow(
  health: HealthSpec,
  sample: ProbeSampler,
  clock: Clock,
  onRound: (progress: WindowProgress, newSamples: HealthSample[]) => void
): Promise<{ samples: HealthSample[]; verdict: HealthVerdict }> {
  const schedule = sampleSchedule(health.windowMs, health.intervalMs)
  const start = clock.now().getTime()
  const samples: HealthSample[] = []
  let verdict = assessHealth(samples, health.failureLimit)
  for (const [index, offset] of schedule.entries()) {
    const wait = start + offset - clock.now().getTime()
    if (wait > 0) await clock.sleep(wait)
    const round = await Promise.all(health.probes.map(probe => sample(probe, index + 1)))
    samples.push(...round)
    verdict = assessHealth(samples, health.failureLimit)
    const elapsedMs = clock.now().getTime() - start
    onRound(
      {
        elapsedMs,
        remainingMs: Math.max(0, health.windowMs - elapsedMs),
        samples: samples.length,
        failures: samples.filter(s => !s.passed).length,
        round: index + 1,
        rounds: schedule.length
      },
      round
    )
    if (verdict.breach) break
  }
  return { samples, verdict }
}
