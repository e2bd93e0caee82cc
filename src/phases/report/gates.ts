import type { ReleaseEvidence } from '../../render/deployment-report.js'
import { readinessGate } from '../readiness/gate.js'
import { stagingGate } from '../staging/gate.js'
import { approvalGate, productionGate } from '../production/gate.js'
import { stabilizationGate } from '../health-window/gate.js'
import type { JudgedGate } from '../../core/outcome.js'

/** Every gate judged again from the bundle, with the same functions that decided it during the release. */
export function gateVerdicts(tag: string, b: ReleaseEvidence): JudgedGate[] {
  return [
    {
      name: 'Gate 1: Readiness',
      verdict: b.checklist ? readinessGate(tag, b.checklist) : null,
      at: b.checklist?.finishedAt ?? null
    },
    {
      name: 'Gate 2: Staging validation',
      verdict: b.staging ? stagingGate(tag, b.staging, b.stagingValidation, b.uat) : null,
      at: b.uat?.recordedAt ?? b.staging?.finishedAt ?? null
    },
    {
      name: 'Gate 3: Approval',
      verdict: b.approval ? approvalGate(tag, b.approval) : null,
      at: b.approval?.decidedAt ?? null
    },
    {
      name: 'Gate 3: Production launch',
      verdict: b.production ? productionGate(tag, b.production, b.postValidation) : null,
      at: b.postValidation?.generatedAt ?? b.production?.finishedAt ?? null
    },
    {
      name: 'Gate 4: Stabilization',
      verdict: b.health ? stabilizationGate(tag, b.health) : null,
      at: b.health?.finishedAt ?? null
    }
  ]
}
