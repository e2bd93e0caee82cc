import type {
  ProductionApproval,
  ProductionDeploymentReport,
  ReadinessChecklist,
  StagingDeploymentReport,
  UatConfirmation,
  ValidationResults,
  HealthWindowRecord
} from './records.js'

/** A gate's verdict: passed, or the reasons it did not. */
export interface GateVerdict {
  gate: 1 | 2 | 3 | 4
  passed: boolean
  reasons: string[]
}

const verdict = (gate: GateVerdict['gate'], reasons: string[]): GateVerdict => ({
  gate,
  passed: reasons.length === 0,
  reasons
})
const sameTag = (name: string, record: { tag: string | null } | undefined, tag: string): string[] =>
  record && record.tag !== null && record.tag !== tag ? [`${name} is for ${record.tag}, not ${tag}`] : []

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

/** Gate 2 (Staging): staging deploy succeeded, validation passed, UAT approved when required. */
export function stagingGate(
  tag: string,
  staging: StagingDeploymentReport | undefined,
  validation: ValidationResults | undefined,
  uat: UatConfirmation | undefined
): GateVerdict {
  const reasons: string[] = []
  if (!staging) reasons.push('staging-deployment-report.json is missing: no recorded staging deployment')
  else {
    reasons.push(...sameTag('staging-deployment-report.json', staging, tag))
    for (const s of staging.services.filter(s => s.status !== 'deployed'))
      reasons.push(`staging deploy of ${s.service}: ${s.status}`)
  }
  if (!validation) reasons.push('staging-validation-results.json is missing: no recorded staging validation')
  else {
    reasons.push(...sameTag('staging-validation-results.json', validation, tag))
    for (const c of validation.commands.filter(c => c.status !== 'success'))
      reasons.push(`staging validation ${c.name}: ${c.status}`)
    for (const c of validation.checks.filter(c => !c.passed))
      reasons.push(`staging check ${c.id}: ${c.message}`)
    if (!validation.passed && reasons.length === 0) reasons.push('staging validation did not pass')
  }
  if (!uat) reasons.push('uat-confirmation.json is missing')
  else if (!uat.passed) reasons.push(`UAT: ${uat.basis}`)
  return verdict(2, reasons)
}

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
