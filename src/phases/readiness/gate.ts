import type { ReadinessChecklist } from '../../core/records/index.js'
import type { GateVerdict } from '../../core/outcome.js'
import { sameTag, verdict } from '../shared/gate.js'
import { missingSignoffs, signoffCommandText } from '../../core/signoffs.js'

/** Gate 1 (Readiness): every prerequisite valid and fresh, rollback plan executable, required sign-offs recorded. */
export function readinessGate(tag: string, checklist: ReadinessChecklist | undefined): GateVerdict {
  if (!checklist)
    return verdict(1, ['deployment-readiness-checklist.json is missing: run the readiness phase first'])
  return verdict(1, [
    ...sameTag('deployment-readiness-checklist.json', checklist, tag),
    ...checklist.prerequisites.filter(p => !p.passed).map(p => `prerequisite ${p.id}: ${p.message}`),
    ...(checklist.rollbackPlan.executable ? [] : [`rollback plan: ${checklist.rollbackPlan.message}`]),
    ...missingSignoffs(checklist.stakeholders ?? []).map(
      s =>
        `stakeholder sign-off: ${s.name}${s.role ? ` (${s.role})` : ''} is required and has not signed off ${tag}; record it with ${signoffCommandText(tag, s.role ?? s.name)}`
    ),
    ...checklist.problems
  ])
}
