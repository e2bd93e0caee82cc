import type { HealthWindowRecord } from '../../core/records/index.js'
import type { GateVerdict } from '../../core/outcome.js'
import { sameTag, verdict } from '../shared/gate.js'

/** Gate 4 (Stabilization): the health window completed within thresholds. */
export function stabilizationGate(tag: string, health: HealthWindowRecord | undefined): GateVerdict {
  if (!health) return verdict(4, ['health-window.json is missing: the health window did not run'])
  return verdict(4, [
    ...sameTag('health-window.json', health, tag),
    ...(health.verdict === 'healthy'
      ? []
      : [`health window ${health.verdict}${health.breach ? `: ${health.breach.reason}` : ''}`])
  ])
}
