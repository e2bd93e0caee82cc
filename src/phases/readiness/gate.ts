import type { ReadinessChecklist } from '../../core/records/index.js'
import type { GateVerdict } from '../../core/outcome.js'
import { sameTag, verdict } from '../shared/gate.js'

/** Gate 1 (Readiness): every prerequisite valid and fresh, rollback plan executable. */
export function readinessGate(tag: string, checklist: ReadinessChecklist | undefined): GateVerdict {
  if (!checklist)
    return verdict(1, ['deployment-readiness-checklist.json is missing: run the readiness phase first'])
  return verdict(1, [
    ...sameTag('deployment-readiness-checklist.json', checklist, tag),
    ...checklist.prerequisites.filter(p => !p.passed).map(p => `prerequisite ${p.id}: ${p.message}`),
    ...(checklist.rollbackPlan.executable ? [] : [`rollback plan: ${checklist.rollbackPlan.message}`]),
    ...checklist.problems
  ])
}
