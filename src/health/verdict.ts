import type { HealthSample } from '../protocol/records.js'

/** Per-probe tallies and whether the window is breached. */
export interface HealthVerdict {
  failuresByProbe: Map<string, number>
  samplesByProbe: Map<string, number>
  breach: { probe: string; failures: number; at: string } | null
}

/**
 * The health verdict over the samples so far: a probe breaches when its failed samples reach the failure limit
 * (counted over the whole window, like Argo Rollouts' failureLimit, so a flapping probe cannot hide). Pure.
 */
export function assessHealth(samples: readonly HealthSample[], failureLimit: number): HealthVerdict {
  const failuresByProbe = new Map<string, number>()
  const samplesByProbe = new Map<string, number>()
  let breach: HealthVerdict['breach'] = null
  for (const sample of samples) {
    samplesByProbe.set(sample.probe, (samplesByProbe.get(sample.probe) ?? 0) + 1)
    if (sample.passed) continue
    const failures = (failuresByProbe.get(sample.probe) ?? 0) + 1
    failuresByProbe.set(sample.probe, failures)
    if (!breach && failures >= failureLimit) breach = { probe: sample.probe, failures, at: sample.finishedAt }
  }
  return { failuresByProbe, samplesByProbe, breach }
}

/** Sample times of a window: at 0, interval, 2·interval, … up to and including the window's end. */
export function sampleSchedule(windowMs: number, intervalMs: number): number[] {
  const rounds = Math.floor(windowMs / intervalMs) + 1
  return Array.from({ length: rounds }, (_, i) => i * intervalMs)
}
