// What every evidence record shares: the file names, the header, and the record of one command run.
import type { SchemaVersion, Tag, Time } from '../generated/common.js'

export type { ExecRecord } from '../generated/common.js'

/** The artifacts release-gate writes, by file name. */
export const ARTIFACTS = {
  readinessChecklist: 'deployment-readiness-checklist.json',
  releaseManifest: 'release-manifest.md',
  releaseManifestJson: 'release-manifest.json',
  communications: 'deployment-communications.md',
  stagingDeployment: 'staging-deployment-report.json',
  stagingValidation: 'staging-validation-results.json',
  uatConfirmation: 'uat-confirmation.json',
  productionApproval: 'production-approval.json',
  productionDeployment: 'production-deployment-report.json',
  postDeploymentValidation: 'post-deployment-validation.json',
  healthWindow: 'health-window.json',
  healthLog: 'deployment-health-log.md',
  rollbackReport: 'rollback-report.json',
  deploymentReport: 'DEPLOYMENT-REPORT.md',
  deploymentReportHtml: 'DEPLOYMENT-REPORT.html',
  rollbackRehearsal: 'rollback-rehearsal.json',
  rollbackPlan: 'rollback-plan.md',
  retrospective: 'retrospective-inputs.json',
  releaseInterrupted: 'release-interrupted.json'
} as const

/**
 * Fields every JSON artifact starts with. Hand-written from the generated parts: each schema repeats these fields
 * (with its own `artifact` constant) rather than sharing a header definition, so no schema names the header alone.
 */
export interface RecordHeader {
  schemaVersion: SchemaVersion
  artifact: string
  tag: Tag
  generatedAt: Time
}
