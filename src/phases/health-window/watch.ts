import type { HealthSpec } from '../../core/config.js'
import type { Clock } from '../../core/ports.js'
import type { HealthSample } from '../../core/records/index.js'
import { measure, type MeasurementResult, type WindowProgress } from '../analysis/measure.js'
import type { ProbeSampler } from '../analysis/probes.js'
import { sampleSchedule } from '../analysis/verdict.js'

/** The Phase 4 soak window: every health probe at the interval for the window. */
export function watchHealthWindow(
  health: HealthSpec,
  sample: ProbeSampler,
  clock: Clock,
  onRound: (progress: WindowProgress, newSamples: HealthSample[]) => void
): Promise<MeasurementResult> {
  return measure(health.probes, sampleSchedule(health.windowMs, health.intervalMs), sample, clock, onRound)
}
