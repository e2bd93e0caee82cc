import type {
  ProductionApproval,
  ProductionDeploymentReport,
  ValidationResults
} from '../../core/records/index.js'
import type { GateVerdict } from '../../core/outcome.js'
import { sameTag, verdict } from '../shared/gate.js'

/** Gate 3 precondition (the spec's CRITICAL rule): approval recorded before anything touches production. */
export function approvalGate(tag: string, approval: ProductionApproval | undefined): GateVerdict {
  if (!approval) return verdict(3, ['production-approval.json is missing: no recorded approval'])
  return verdict(3, [
    ...sameTag('production-approval.json', approval, tag),
    ...(approval.decision === 'approved' && approval.approver
      ? []
      : [`approval ${approval.decision}: ${approval.reason}`])
  ])
}

/** Gate 3 (Production launch): deployed without critical errors and immediate checks passed. */
export function productionGate(
  tag: string,
  report: ProductionDeploymentReport | undefined,
  checks: ValidationResults | undefined
): GateVerdict {
  const reasons: string[] = []
  if (!report) reasons.push('production-deployment-report.json is missing')
  else {
    reasons.push(...sameTag('production-deployment-report.json', report, tag))
    if (report.status !== 'deployed')
      reasons.push(
        `production deployment ${report.status}${report.failure ? `: ${report.failure.reason}` : ''}`
      )
  }
  if (!checks) reasons.push('post-deployment-validation.json is missing')
  else if (!checks.passed) reasons.push('post-deployment checks failed')
  return verdict(3, reasons)
}
