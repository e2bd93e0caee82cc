// What every evidence record shares: the file names, the header, and the record of one command run.

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

/** Fields every JSON artifact starts with. */
export interface RecordHeader {
  schemaVersion: 1
  artifact: string
  tag: string
  generatedAt: string
}

/** One command run: what ran, when, how it ended, and the (redacted, bounded) end of its output. */
export interface ExecRecord {
  name: string
  argv: string[]
  startedAt: string
  finishedAt: string
  durationMs: number
  exitCode: number | null
  signal: string | null
  timedOut: boolean
  status: 'success' | 'failure' | 'timeout' | 'error'
  error: string | null
  stdoutTail: string
  stderrTail: string
  outputBytes: number
  outputTruncated: boolean
}
