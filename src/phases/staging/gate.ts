import type { StagingDeploymentReport, UatConfirmation, ValidationResults } from '../../core/records/index.js'
import type { GateVerdict } from '../../core/outcome.js'
import { sameTag, verdict } from '../shared/gate.js'

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
