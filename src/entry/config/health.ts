import type { HealthSpec } from '../../core/config.js'
import { DEFAULT_ON_BREACH, MAX_HEALTH_WINDOW, MIN_SAMPLE_INTERVAL_MS } from '../../core/defaults.js'
import { parseDuration } from '../../core/duration.js'
import { reportDuplicateIds, type NormalizeContext } from './context.js'
import { normalizeProbe } from './probes.js'
import type { RawHealth } from './raw.js'

/** Phase 4's settings: a window the interval fits in, and uniquely named probes. */
export function normalizeHealth(context: NormalizeContext, raw: RawHealth): HealthSpec {
  const { problems } = context
  const windowMs = parseDuration(raw.window)
  const intervalMs = parseDuration(raw.interval)
  if (windowMs === 0) problems.push('$.health.window: must be longer than 0')
  if (windowMs > MAX_HEALTH_WINDOW.ms)
    problems.push(`$.health.window: got "${raw.window}", expected at most ${MAX_HEALTH_WINDOW.text}`)
  if (intervalMs < MIN_SAMPLE_INTERVAL_MS)
    problems.push(`$.health.interval: got "${raw.interval}", expected at least ${MIN_SAMPLE_INTERVAL_MS}ms`)
  if (intervalMs > windowMs)
    problems.push(`$.health.interval: "${raw.interval}" is longer than the window "${raw.window}"`)
  const probes = raw.probes.map((p, i) => normalizeProbe(context, p, `$.health.probes[${i}]`, intervalMs))
  reportDuplicateIds(
    context,
    probes.map(p => p.id),
    '$.health.probes'
  )
  return {
    windowMs,
    intervalMs,
    failureLimit: context.healthFailureLimit,
    onBreach: raw['on-breach'] ?? DEFAULT_ON_BREACH,
    probes
  }
}
