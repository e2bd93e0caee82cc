// What every evidence record shares: the file names and the record of one command run (the header: record-header.ts).

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
